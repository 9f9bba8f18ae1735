import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { prepared, tablesVersion, type Db } from '../../db/index.ts';
import { botAccounts, groups } from '../../db/schema.ts';
import { firstGroup, getGroup } from '../../core/catalog/queries.ts';
import { botIdOfToken } from './translate.ts';

/** One group's Telegram bot, as stored in `bot_accounts` (platform 'telegram'). */
export interface TelegramAccount {
  groupId: number;
  slug: string;
  token: string;
  /** The webhook secret Telegram sends back in X-Telegram-Bot-Api-Secret-Token. */
  secret: string;
  botId: string;
  /** The bot's @username without the @, once known (getMe), for t.me deep links. */
  username?: string;
}

/** A fresh webhook secret: Telegram allows 1–256 characters of A-Z a-z 0-9 _ -. */
export function newWebhookSecret(): string {
  return randomBytes(32).toString('base64url');
}

const SECRET_RE = /^[A-Za-z0-9_-]{1,256}$/;

/** Every group's Telegram bot. */
export function listTelegramAccounts(db: Db): TelegramAccount[] {
  return db
    .select({ a: botAccounts, slug: groups.slug })
    .from(botAccounts)
    .innerJoin(groups, eq(groups.id, botAccounts.groupId))
    .where(eq(botAccounts.platform, 'telegram'))
    .all()
    .filter((r) => r.a.token && r.a.secret)
    .map((r) => toAccount(r.a, r.slug));
}

/** The Telegram bot of the group with this slug, or undefined (unknown group or no bot). */
export function telegramAccountBySlug(db: Db, slug: string): TelegramAccount | undefined {
  const version = tablesVersion(db, ['groups', 'bot_accounts']);
  let kept = keptAccounts.get(db.$client);
  if (!kept || kept.version !== version) keptAccounts.set(db.$client, (kept = { version, bySlug: new Map() }));
  let account = kept.bySlug.get(slug);
  if (!account) {
    const r = accountOfSlug(db).get({ slug });
    if (!r?.a.token || !r.a.secret) return undefined; // not kept: any stranger's guess of a slug would grow the map
    kept.bySlug.set(slug, (account = toAccount(r.a, r.slug)));
  }
  return { ...account };
}

// Every webhook call looks its bot up: each connection keeps the accounts it found until groups or
// bot_accounts are written (tablesVersion in db/index.ts).
const keptAccounts = new WeakMap<object, { version: string; bySlug: Map<string, TelegramAccount> }>();

// Looked up on every webhook call: one prepared, indexed query (groups.slug, then the group's bot).
const accountOfSlug = prepared((db) =>
  db
    .select({ a: botAccounts, slug: groups.slug })
    .from(groups)
    .innerJoin(botAccounts, and(eq(botAccounts.groupId, groups.id), eq(botAccounts.platform, 'telegram')))
    .where(eq(groups.slug, sql.placeholder('slug')))
    .prepare(),
);

function toAccount(a: typeof botAccounts.$inferSelect, slug: string): TelegramAccount {
  const username = typeof a.data.username === 'string' ? a.data.username : undefined;
  return { groupId: a.groupId, slug, token: a.token!, secret: a.secret!, botId: botIdOfToken(a.token!), ...(username ? { username } : {}) };
}

/**
 * Stores a group's bot token (and webhook secret): a new secret is generated when none is given,
 * and an existing one is kept when the token stays the same. Returns the stored account.
 */
export function saveTelegramAccount(db: Db, o: { groupSlug: string; token: string; secret?: string; username?: string }, now: Date): TelegramAccount {
  botIdOfToken(o.token);
  if (o.secret !== undefined && !SECRET_RE.test(o.secret)) throw new Error('TELEGRAM_WEBHOOK_SECRET may only use A-Z a-z 0-9 _ - (1–256 characters)');
  const group = getGroup(db, o.groupSlug);
  const existing = db
    .select()
    .from(botAccounts)
    .where(and(eq(botAccounts.groupId, group.id), eq(botAccounts.platform, 'telegram')))
    .get();
  const sameBot = existing?.token === o.token;
  const secret = o.secret ?? (sameBot && existing?.secret ? existing.secret : newWebhookSecret());
  const data: Record<string, unknown> = { ...(sameBot ? existing?.data : {}), ...(o.username ? { username: o.username } : {}) };
  const at = now.toISOString();
  db.insert(botAccounts)
    .values({ groupId: group.id, platform: 'telegram', token: o.token, secret, data, updatedAt: at })
    .onConflictDoUpdate({ target: [botAccounts.groupId, botAccounts.platform], set: { token: o.token, secret, data, updatedAt: at } })
    .run();
  return telegramAccountBySlug(db, group.slug)!;
}

/** Remembers a bot's @username (learnt from getMe) for deep links. */
export function saveTelegramUsername(db: Db, groupId: number, username: string, now: Date): void {
  const row = db
    .select()
    .from(botAccounts)
    .where(and(eq(botAccounts.groupId, groupId), eq(botAccounts.platform, 'telegram')))
    .get();
  if (!row || row.data.username === username) return;
  db.update(botAccounts)
    .set({ data: { ...row.data, username }, updatedAt: now.toISOString() })
    .where(eq(botAccounts.id, row.id))
    .run();
}

/**
 * Makes TELEGRAM_BOT_TOKEN the first group's bot (with TELEGRAM_WEBHOOK_SECRET, or a generated
 * secret kept in bot_accounts). Returns undefined when there is no group yet.
 */
export function ensureEnvAccount(db: Db, env: { token?: string; secret?: string }, now: Date): TelegramAccount | undefined {
  if (!env.token) return undefined;
  const group = firstGroup(db);
  if (!group) return undefined;
  return saveTelegramAccount(db, { groupSlug: group.slug, token: env.token, ...(env.secret ? { secret: env.secret } : {}) }, now);
}
