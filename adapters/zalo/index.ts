import type { Hono } from 'hono';
import { errFields, logger } from '../log.ts';
import { messages } from '../../bots/i18n/index.ts';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { botAccounts, groups, type Platform } from '../../db/schema.ts';
import type { Clock } from '../../core/clock.ts';
import type { Group } from '../../core/catalog/queries.ts';
import { ZaloOaClient } from './client.ts';
import { textMessage, ZaloOaSender } from './sender.ts';
import { adaptingSender, type ChatAdapter } from '../adapter.ts';
import { ZALO_OA_CAPABILITIES } from './capabilities.ts';
import type { Sender } from '../outbox/types.ts';
import { readZaloAccount, ZaloTokenStore } from './tokens.ts';
import { zaloWebhookRoutes } from './webhook.ts';

export { ZALO_OA_CAPABILITIES } from './capabilities.ts';

/**
 * The group a one-bot-per-group platform serves: the group named by a `bot_accounts` row of that
 * platform if there is one, else the first group (lowest id).
 */
export function servedGroup(db: Db, platform: Platform): Group | undefined {
  const acc = db.select().from(botAccounts).where(eq(botAccounts.platform, platform)).orderBy(asc(botAccounts.id)).limit(1).get();
  if (acc) return db.select().from(groups).where(eq(groups.id, acc.groupId)).get();
  return db.select().from(groups).orderBy(asc(groups.id)).limit(1).get();
}

/** The Zalo OA environment (adapters/config.ts). */
export interface ZaloOaConfig {
  ZALO_APP_ID?: string;
  ZALO_APP_SECRET?: string;
  ZALO_OA_SECRET_KEY?: string;
  ZALO_REFRESH_TOKEN?: string;
  ZALO_API_BASE: string;
  ZALO_OAUTH_BASE: string;
}

/** What the OA adapter adds to the app. */
export interface ZaloOaSetup extends ChatAdapter {
  group: Group;
  mount: (app: Hono) => void;
  /** The OA sender behind `sender` (which adapts each message to ZALO_OA_CAPABILITIES first). */
  oaSender: ZaloOaSender;
  sender: Sender;
  tokens: ZaloTokenStore;
}

/**
 * Sets up Zalo OA when ZALO_APP_ID + ZALO_OA_SECRET_KEY are set and a refresh token exists (in the
 * database, or ZALO_REFRESH_TOKEN for the first start); otherwise returns undefined (Zalo stays off).
 * ZALO_APP_SECRET is needed for token refreshes.
 */
export function setupZaloOa(deps: { db: Db; clock: Clock; config: ZaloOaConfig; fetch?: typeof fetch }): ZaloOaSetup | undefined {
  const c = deps.config;
  if (!c.ZALO_APP_ID || !c.ZALO_OA_SECRET_KEY) return undefined;
  const group = servedGroup(deps.db, 'zalo');
  if (!group) return undefined;
  const stored = readZaloAccount(deps.db, group.id);
  if (!stored.refreshToken && !stored.accessToken && !c.ZALO_REFRESH_TOKEN) {
    logger().warn({ platform: 'zalo' }, 'ZALO_APP_ID and ZALO_OA_SECRET_KEY are set but there is no refresh token (set ZALO_REFRESH_TOKEN, see the README, "Put your shop on Zalo"); Zalo OA stays off.');
    return undefined;
  }
  const client = new ZaloOaClient({
    apiBase: c.ZALO_API_BASE.replace(/\/$/, ''),
    oauthBase: c.ZALO_OAUTH_BASE.replace(/\/$/, ''),
    appId: c.ZALO_APP_ID,
    appSecret: c.ZALO_APP_SECRET ?? '',
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
  });
  const tokens = new ZaloTokenStore(deps.db, group.id, client, deps.clock, c.ZALO_REFRESH_TOKEN);
  const publicUrl = (deps.config as { publicUrl?: string }).publicUrl;
  const sender = new ZaloOaSender({ db: deps.db, clock: deps.clock, client, tokens, ...(publicUrl ? { publicUrl } : {}) });
  // The customer just wrote, so the 7-day consultation window is open: a direct "try again" is allowed.
  const busyReply = async (userId: string) => {
    try {
      await client.sendCs(await tokens.accessToken(), userId, textMessage(messages('vi').busy, undefined));
    } catch (e) {
      logger().warn({ platform: 'zalo', userId, ...errFields(e) }, 'could not tell the person to try again');
    }
  };
  const routes = zaloWebhookRoutes({ db: deps.db, clock: deps.clock, appId: c.ZALO_APP_ID, oaSecretKey: c.ZALO_OA_SECRET_KEY, groupSlug: group.slug, busyReply });
  return {
    name: 'zalo',
    capabilities: ZALO_OA_CAPABILITIES,
    group,
    mount: (app) => void app.route('/webhooks/zalo', routes),
    oaSender: sender,
    sender: adaptingSender(sender, ZALO_OA_CAPABILITIES),
    tokens,
  };
}

/** The Zalo OA adapter, when it is configured (see `setupZaloOa`). */
export const createZaloOaAdapter = setupZaloOa;
