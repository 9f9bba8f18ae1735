import type { Hono } from 'hono';
import { errFields, logger } from '../log.ts';
import { messages } from '../../bots/i18n/index.ts';
import type { Db } from '../../db/index.ts';
import type { Clock } from '../../core/clock.ts';
import type { Config } from '../config.ts';
import type { Sender } from '../outbox/types.ts';
import { viberBots } from './accounts.ts';
import { ViberClient, type ViberEventType } from './client.ts';
import { clientForGroup, viberSender, viberSenderObject } from './sender.ts';
import { viberRoutes } from './webhook.ts';
import { adaptingSender, type ChatAdapter } from '../adapter.ts';
import { VIBER_CAPABILITIES } from './capabilities.ts';

export { VIBER_CAPABILITIES } from './capabilities.ts';

/** The optional events Gom asks Viber for (message, subscribed and unsubscribed always come). */
export const VIBER_EVENT_TYPES: ViberEventType[] = ['delivered', 'seen', 'failed', 'subscribed', 'unsubscribed', 'conversation_started'];

export interface ViberDeps {
  db: Db;
  clock: Clock;
  config: Config;
  /** Tests pass msw-backed fetch here; production uses the global fetch. */
  fetch?: typeof fetch;
}

/** True when some group has a Viber bot (VIBER_AUTH_TOKEN or a `bot_accounts` row). */
export function viberConfigured(deps: Pick<ViberDeps, 'db' | 'config'>): boolean {
  return viberBots(deps.db, deps.config.VIBER_AUTH_TOKEN).length > 0;
}

/**
 * Registers `<PUBLIC_URL>/webhooks/viber/<slug>` with Viber for every group that has a bot. Viber calls
 * the URL back (event `webhook`) before it answers, so this runs once the server listens. It needs a
 * public HTTPS URL with a certificate from a trusted CA; without PUBLIC_URL nothing is registered.
 * Never throws: an unreachable Viber or a refused URL is logged, and the server keeps running.
 */
export async function registerViberWebhooks(deps: ViberDeps): Promise<{ slug: string; ok: boolean; error?: string }[]> {
  const { config } = deps;
  if (!config.PUBLIC_URL) {
    logger().warn({ platform: 'viber' }, 'PUBLIC_URL is not set, the webhook is not registered (Viber needs a public HTTPS URL)');
    return [];
  }
  if (!config.publicUrl.startsWith('https://')) logger().warn({ platform: 'viber' }, 'PUBLIC_URL is not HTTPS; Viber will refuse the webhook');
  const results: { slug: string; ok: boolean; error?: string }[] = [];
  for (const bot of viberBots(deps.db, config.VIBER_AUTH_TOKEN)) {
    const client = new ViberClient({ token: bot.token, apiBase: config.VIBER_API_BASE, ...(deps.fetch ? { fetch: deps.fetch } : {}) });
    const url = `${config.publicUrl}/webhooks/viber/${bot.group.slug}`;
    try {
      // send_name: the customer's display name becomes the order's customer name; no photos needed.
      await client.setWebhook({ url, eventTypes: VIBER_EVENT_TYPES, sendName: true, sendPhoto: false });
      logger().info({ platform: 'viber', group: bot.group.slug, url }, 'webhook registered');
      results.push({ slug: bot.group.slug, ok: true });
    } catch (e) {
      const error = (e as Error)?.message ?? String(e);
      logger().error({ platform: 'viber', group: bot.group.slug, error: String(error) }, 'could not register the webhook');
      results.push({ slug: bot.group.slug, ok: false, error });
    }
  }
  return results;
}

/** Everything Viber adds to the app: its webhook routes, its outbox sender, and webhook registration. */
export function viberSetup(deps: ViberDeps): ChatAdapter & { mount: (app: Hono) => void; sender: Sender; afterListen: () => Promise<void> } {
  const { config } = deps;
  const common = {
    db: deps.db,
    clock: deps.clock,
    publicUrl: config.publicUrl,
    botName: config.VIBER_BOT_NAME,
    ...(config.VIBER_AUTH_TOKEN ? { envToken: config.VIBER_AUTH_TOKEN } : {}),
    ...(config.VIBER_BOT_AVATAR ? { botAvatar: config.VIBER_BOT_AVATAR } : {}),
  };
  const senderDeps = { ...common, apiBase: config.VIBER_API_BASE, ...(deps.fetch ? { fetch: deps.fetch } : {}) };
  const busyReply = async (groupId: number, userId: string) => {
    try {
      await clientForGroup(senderDeps, groupId)?.sendMessage(userId, { type: 'text', text: messages('vi').busy, sender: viberSenderObject(common) });
    } catch (e) {
      logger().warn({ platform: 'viber', userId, ...errFields(e) }, 'could not tell the person to try again');
    }
  };
  return {
    name: 'viber',
    capabilities: VIBER_CAPABILITIES,
    mount: (app) => void app.route('/webhooks/viber', viberRoutes({ ...common, busyReply })),
    sender: adaptingSender(viberSender({ ...common, apiBase: config.VIBER_API_BASE, ...(deps.fetch ? { fetch: deps.fetch } : {}) }), VIBER_CAPABILITIES),
    afterListen: async () => void (await registerViberWebhooks(deps)),
  };
}

/** The Viber adapter, when some group has a Viber bot (see `viberConfigured` and `viberSetup`). */
export function createViberAdapter(deps: ViberDeps): ReturnType<typeof viberSetup> | undefined {
  return viberConfigured(deps) ? viberSetup(deps) : undefined;
}
