import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { botAccounts } from '../../db/schema.ts';
import { firstGroup, listGroups, type Group } from '../../core/catalog/queries.ts';

/**
 * Which Viber bot (auth token) serves which group. One bot per group: a `bot_accounts` row (platform
 * 'viber', token = the bot's auth token) wins; otherwise VIBER_AUTH_TOKEN serves the first group, unless
 * a `bot_accounts` row already gives that same token to another group.
 */
export interface ViberBot {
  group: Group;
  token: string;
}

/** Every group that has a Viber bot, with its token. */
export function viberBots(db: Db, envToken: string | undefined): ViberBot[] {
  const rows = db.select().from(botAccounts).where(eq(botAccounts.platform, 'viber')).all();
  const groups = listGroups(db);
  const out: ViberBot[] = [];
  for (const row of rows) {
    const group = groups.find((g) => g.id === row.groupId);
    if (group && row.token) out.push({ group, token: row.token });
  }
  const first = firstGroup(db);
  if (envToken && first && !out.some((b) => b.group.id === first.id || b.token === envToken)) out.push({ group: first, token: envToken });
  return out;
}

/** The Viber auth token of one group's bot, or undefined when that group has none. */
export function viberTokenFor(db: Db, envToken: string | undefined, groupId: number): string | undefined {
  const row = db
    .select()
    .from(botAccounts)
    .where(and(eq(botAccounts.platform, 'viber'), eq(botAccounts.groupId, groupId)))
    .get();
  if (row?.token) return row.token;
  return viberBots(db, envToken).find((b) => b.group.id === groupId)?.token;
}
