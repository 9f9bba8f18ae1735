import type { Hono } from 'hono';
import type { UserFromGetMe } from 'grammy/types';
import type { Db } from '../../db/index.ts';
import type { Clock } from '../../core/clock.ts';
import type { Config } from '../config.ts';
import type { Sender } from '../outbox/types.ts';
import { ensureEnvAccount, saveTelegramUsername, telegramAccountBySlug, type TelegramAccount } from './accounts.ts';
import { firstGroup } from '../../core/catalog/queries.ts';
import { ALLOWED_UPDATES, registerWebhook, setCommandMenu, TelegramBots } from './bot.ts';
import type { Limits } from './limiter.ts';
import { logger } from '../log.ts';
import { isStorageFailure } from '../../db/index.ts';
import { messages } from '../../bots/i18n/index.ts';
import { telegramSender } from './sender.ts';
import { answerDirectly, processUpdate, telegramWebhook } from './webhook.ts';
import { adaptingSender, type ChatAdapter } from '../adapter.ts';
import { TELEGRAM_CAPABILITIES } from './capabilities.ts';

export { TELEGRAM_CAPABILITIES } from './capabilities.ts';

export { TelegramBots } from './bot.ts';

/** What Telegram adds to the server. */
export interface TelegramSetup extends ChatAdapter {
  /** Mounts POST /webhooks/telegram/:group. */
  mount: (app: Hono) => void;
  sender: Sender;
  /** Start-time work: getMe, command menu, and either setWebhook or long polling. Never throws. */
  afterListen: () => Promise<void>;
  bots: TelegramBots;
  /** Stops long polling (tests, shutdown). */
  stop: () => Promise<void>;
}

/** Test and tuning knobs. */
export interface TelegramSetupOptions {
  botInfo?: (account: TelegramAccount) => UserFromGetMe | undefined;
  limits?: Limits;
}

const log = (msg: string) => logger().warn({ platform: 'telegram' }, msg);

/**
 * Sets Telegram up when TELEGRAM_BOT_TOKEN is set (the first group's bot) or bot_accounts holds
 * Telegram bots (registered with scripts/telegram-register.ts); returns undefined otherwise.
 */
export function telegramSetup(deps: { db: Db; clock: Clock; config: Config }, opts: TelegramSetupOptions = {}): TelegramSetup | undefined {
  const { db, clock, config } = deps;
  const env = { token: config.TELEGRAM_BOT_TOKEN, secret: config.TELEGRAM_WEBHOOK_SECRET };
  ensureEnvAccount(db, env, clock());
  const bots = new TelegramBots(db, { apiRoot: config.TELEGRAM_API_ROOT, ...(opts.botInfo ? { botInfo: opts.botInfo } : {}) });
  if (!env.token && bots.accounts().length === 0) return undefined;

  const accountFor = (slug: string) => {
    const found = telegramAccountBySlug(db, slug);
    if (found || !env.token) return found;
    // The database had no group when the server started (DEMO=0, imported since): adopt it now, but only
    // for the group the env bot serves and only if no group has it yet, so a request naming any other
    // group (or a stranger's guess) writes nothing.
    const first = firstGroup(db);
    if (first?.slug !== slug || bots.accounts().some((a) => a.token === env.token)) return undefined;
    ensureEnvAccount(db, env, clock());
    return telegramAccountBySlug(db, slug);
  };
  const polling: { stop(): Promise<void> }[] = [];

  const afterListen = async () => {
    for (const account of bots.accounts()) {
      const bot = bots.bot(account);
      try {
        await bot.init();
        saveTelegramUsername(db, account.groupId, bot.botInfo.username, clock());
        await setCommandMenu(bot);
      } catch (e) {
        log(`${account.slug}: could not reach Telegram (getMe / setMyCommands): ${(e as Error).message}`);
      }
      if (config.TELEGRAM_POLLING) {
        bot.use(async (ctx) => {
          let ack: string | undefined = ctx.callbackQuery?.id;
          try {
            ack = processUpdate({ db, clock }, account, ctx.update).ack;
          } catch (e) {
            // Nothing could be recorded: tell the person kindly, as the webhook does, instead of silence.
            if (!isStorageFailure(e) || !ctx.chat) throw e;
            await ctx.api.sendMessage(ctx.chat.id, messages('vi').busy).catch(() => undefined);
          } finally {
            if (ack) await answerDirectly(bots, account, ack);
          }
        });
        bot.catch((err) => log(`${account.slug}: update ${err.ctx.update.update_id} failed: ${String(err.error)}`));
        // bot.start() deletes any webhook first (grammY does deleteWebhook before getUpdates).
        void bot
          .start({ allowed_updates: [...ALLOWED_UPDATES], drop_pending_updates: false, onStart: (me) => log(`${account.slug}: long polling as @${me.username}`) })
          .catch((e) => log(`${account.slug}: long polling stopped: ${(e as Error).message}`));
        polling.push(bot);
      } else if (config.PUBLIC_URL) {
        try {
          const url = await registerWebhook(bot, account, config.PUBLIC_URL);
          log(`${account.slug}: webhook set to ${url}`);
        } catch (e) {
          log(`${account.slug}: setWebhook failed (PUBLIC_URL must be public HTTPS): ${(e as Error).message}`);
        }
      } else {
        log(`${account.slug}: PUBLIC_URL is not set, so no webhook was registered; set it, or TELEGRAM_POLLING=1 for local development`);
      }
    }
  };

  return {
    name: 'telegram',
    capabilities: TELEGRAM_CAPABILITIES,
    mount: (app) => void app.route('/webhooks/telegram', telegramWebhook({ db, clock, bots, accountFor })),
    sender: adaptingSender(telegramSender({ bots, clock, ...(opts.limits ? { limits: opts.limits } : {}) }), TELEGRAM_CAPABILITIES),
    afterListen,
    bots,
    stop: async () => void (await Promise.all(polling.map((b) => b.stop()))),
  };
}

/** The Telegram adapter, when it is configured (see `telegramSetup`). */
export const createTelegramAdapter = telegramSetup;
