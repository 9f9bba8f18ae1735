import { parseArgs } from 'node:util';
import { Api } from 'grammy';
import { openDb } from '../db/index.ts';
import { loadConfig } from '../adapters/config.ts';
import { environment } from '../adapters/env.ts';
import { saveTelegramAccount } from '../adapters/telegram/accounts.ts';

// `npx tsx scripts/telegram-register.ts --group SLUG --token TOKEN [--secret S]`: stores a group's own
// Telegram bot in bot_accounts. The server registers its webhook (PUBLIC_URL) at the next start.
try {
  const { values } = parseArgs({ options: { group: { type: 'string' }, token: { type: 'string' }, secret: { type: 'string' } } });
  if (!values.group || !values.token) throw new Error('usage: npx tsx scripts/telegram-register.ts --group SLUG --token TOKEN [--secret WEBHOOK_SECRET]');
  const config = loadConfig(environment());
  const db = openDb(config.DATABASE_PATH);
  // Check the token with getMe (and learn the @username for deep links); an unreachable Telegram is only a warning.
  let username: string | undefined;
  try {
    const me = await new Api(values.token, { apiRoot: config.TELEGRAM_API_ROOT, timeoutSeconds: 15 }).getMe();
    username = me.username;
  } catch (e) {
    const msg = (e as Error).message;
    if (/\b401\b|Unauthorized/i.test(msg)) throw new Error(`Telegram refused this token (${msg}). Copy it again from @BotFather.`);
    console.warn(`Không kiểm tra được token với Telegram / could not check the token with Telegram: ${msg}`);
  }
  const account = saveTelegramAccount(db, { groupSlug: values.group, token: values.token, ...(values.secret ? { secret: values.secret } : {}), ...(username ? { username } : {}) }, new Date());
  console.log(`Đã lưu bot Telegram${username ? ` @${username}` : ''} cho nhóm ${account.slug}. / Saved the Telegram bot for group ${account.slug}.`);
  console.log(`Webhook: ${config.publicUrl}/webhooks/telegram/${account.slug} (registered by the server at its next start; PUBLIC_URL must be public HTTPS)`);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
