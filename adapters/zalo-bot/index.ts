import { createHash } from 'node:crypto';
import { errFields, logger } from '../log.ts';
import type { Hono } from 'hono';
import type { Db } from '../../db/index.ts';
import type { Clock } from '../../core/clock.ts';
import type { Group } from '../../core/catalog/queries.ts';
import { servedGroup } from '../zalo/index.ts';
import { ZaloBotClient } from './client.ts';
import { ZaloBotSender } from './sender.ts';
import { adaptingSender, type ChatAdapter } from '../adapter.ts';
import { ZALO_BOT_CAPABILITIES } from './capabilities.ts';
import type { Sender } from '../outbox/types.ts';
import { zaloBotWebhookRoutes } from './webhook.ts';
import { messages } from '../../bots/i18n/index.ts';

export { ZALO_BOT_CAPABILITIES } from './capabilities.ts';

/** The Zalo Bot Platform environment (adapters/config.ts). */
export interface ZaloBotConfig {
  ZALO_BOT_TOKEN?: string;
  ZALO_BOT_WEBHOOK_SECRET?: string;
  ZALO_BOT_API_BASE: string;
  PUBLIC_URL?: string;
  publicUrl: string;
}

/** What the Bot Platform adapter adds to the app. */
export interface ZaloBotSetup extends ChatAdapter {
  group: Group;
  secret: string;
  mount: (app: Hono) => void;
  /** The Bot Platform sender behind `sender` (which adapts each message to ZALO_BOT_CAPABILITIES first). */
  botSender: ZaloBotSender;
  sender: Sender;
  /** Registers the webhook when PUBLIC_URL is set; logs and carries on when Zalo is unreachable. */
  registerWebhook: () => Promise<void>;
}

/** The webhook secret: ZALO_BOT_WEBHOOK_SECRET, else one derived from the bot token (stable across restarts). */
export function zaloBotSecret(token: string, configured?: string): string {
  return configured ?? createHash('sha256').update(`gom-zalo-bot-webhook:${token}`).digest('hex').slice(0, 48);
}

/** Sets up the Zalo Bot Platform when ZALO_BOT_TOKEN is set; otherwise returns undefined. */
export function setupZaloBot(deps: { db: Db; clock: Clock; config: ZaloBotConfig; fetch?: typeof fetch }): ZaloBotSetup | undefined {
  const c = deps.config;
  if (!c.ZALO_BOT_TOKEN) return undefined;
  const group = servedGroup(deps.db, 'zalo-bot');
  if (!group) return undefined;
  const secret = zaloBotSecret(c.ZALO_BOT_TOKEN, c.ZALO_BOT_WEBHOOK_SECRET);
  const client = new ZaloBotClient(c.ZALO_BOT_API_BASE.replace(/\/$/, ''), c.ZALO_BOT_TOKEN, deps.fetch);
  const sender = new ZaloBotSender({ db: deps.db, clock: deps.clock, client, publicUrl: c.publicUrl });
  const busyReply = async (chatId: string) => {
    try {
      await client.sendMessage(chatId, messages('vi').busy);
    } catch (e) {
      logger().warn({ platform: 'zalo-bot', chatId, ...errFields(e) }, 'could not tell the person to try again');
    }
  };
  const routes = zaloBotWebhookRoutes({ db: deps.db, clock: deps.clock, secret, groupSlug: group.slug, busyReply });
  const url = `${c.publicUrl}/webhooks/zalo-bot/${group.slug}`;
  const registerWebhook = async () => {
    if (!c.PUBLIC_URL) return;
    try {
      await client.setWebhook(url, secret);
      logger().info({ platform: 'zalo-bot', url }, 'webhook set');
    } catch (e) {
      logger().error({ platform: 'zalo-bot', url, ...errFields(e) }, 'could not set the webhook');
    }
  };
  return {
    name: 'zalo-bot',
    capabilities: ZALO_BOT_CAPABILITIES,
    group,
    secret,
    mount: (app) => void app.route('/webhooks/zalo-bot', routes),
    botSender: sender,
    sender: adaptingSender(sender, ZALO_BOT_CAPABILITIES),
    registerWebhook,
    afterListen: registerWebhook,
  };
}

/** The Zalo Bot Platform adapter, when it is configured (see `setupZaloBot`). */
export const createZaloBotAdapter = setupZaloBot;
