import { and, eq, isNull } from 'drizzle-orm';
import { tx, type Db } from '../../db/index.ts';
import { broadcastOptOuts, broadcasts, type Platform } from '../../db/schema.ts';
import { DomainError } from '../errors.ts';
import { enqueue } from '../outbox/enqueue.ts';

/**
 * Zalo OA consultation ("tư vấn") messages may be sent only within 7 days of the customer's last message to
 * the OA (Zalo's rule: see the README, "What costs money"); after that Zalo refuses them (error -213).
 */
export const ZALO_CS_WINDOW_MS = 7 * 24 * 3600_000;

/** Why a customer is left out of an announcement by their platform's rules. */
export type NotAllowedReason = 'zalo_window' | 'blocked' | 'not_subscribed' | 'unfollowed' | 'no_private_chat';

/** Longest announcement: fits every platform's text limit (Telegram 4,096, Zalo 2,000) with room to spare. */
export const BROADCAST_MAX_CHARS = 1500;

/** One customer an announcement goes to, on the identity they used most recently that may receive it. */
export interface BroadcastRecipient {
  personId: number;
  identityId: number;
  platform: Platform;
  chatId: string;
  language: 'vi' | 'en' | null;
}

/** Who an announcement would reach: recipients, customers left out by their platform's rules (with why), and those who opted out. */
export interface BroadcastPlan {
  recipients: BroadcastRecipient[];
  notAllowed: { personId: number; platform: Platform; reason: NotAllowedReason }[];
  optedOut: number;
}

interface IdentityRow {
  personId: number;
  identityId: number;
  platform: Platform;
  privateChatId: string | null;
  lastInboundAt: string | null;
  unreachableAt: string | null;
  unreachableReason: string | null;
  language: 'vi' | 'en' | null;
  optedOut: number;
}

/** Whether a platform's rules let the bot write to this identity now, and if not, why. */
export function mayReceive(i: Pick<IdentityRow, 'platform' | 'privateChatId' | 'lastInboundAt' | 'unreachableAt' | 'unreachableReason'>, now: Date): NotAllowedReason | null {
  if (!i.privateChatId) return 'no_private_chat';
  if (i.unreachableAt) {
    if (i.platform === 'viber') return 'not_subscribed';
    if (i.platform === 'zalo' && /unfollow/i.test(i.unreachableReason ?? '')) return 'unfollowed';
    return 'blocked';
  }
  // Zalo OA: outside the 7-day consultation window a message needs a paid, Zalo-approved template.
  if (i.platform === 'zalo' && (!i.lastInboundAt || now.getTime() - Date.parse(i.lastInboundAt) > ZALO_CS_WINDOW_MS)) return 'zalo_window';
  return null;
}

/**
 * The group's customers (everyone who talked to this shop or ordered from it, but the sender) and, for each,
 * the identity an announcement may go to: their most recently active identity that their platform lets the
 * bot write to. Opted-out customers are counted, not listed.
 */
export function planBroadcast(db: Db, groupId: number, senderPersonId: number, now: Date): BroadcastPlan {
  const rows = db.$client
    .prepare(
      `select i.person_id as personId, i.id as identityId, i.platform, i.private_chat_id as privateChatId, i.last_inbound_at as lastInboundAt,
              i.unreachable_at as unreachableAt, i.unreachable_reason as unreachableReason, p.language,
              exists (select 1 from broadcast_opt_outs b where b.person_id = i.person_id and b.group_id = ?) as optedOut
       from identities i join people p on p.id = i.person_id
       where i.person_id != ? and i.person_id in (
         select person_id from identities where last_group_id = ?
         union select person_id from orders where group_id = ?)
       order by i.person_id, i.last_inbound_at desc, i.id desc`,
    )
    .all(groupId, senderPersonId, groupId, groupId) as IdentityRow[];
  const byPerson = new Map<number, IdentityRow[]>();
  for (const r of rows) byPerson.set(r.personId, [...(byPerson.get(r.personId) ?? []), r]);
  const plan: BroadcastPlan = { recipients: [], notAllowed: [], optedOut: 0 };
  for (const [personId, ids] of byPerson) {
    if (ids[0]!.optedOut) {
      plan.optedOut++;
      continue;
    }
    const ok = ids.find((i) => mayReceive(i, now) === null);
    if (ok) plan.recipients.push({ personId, identityId: ok.identityId, platform: ok.platform, chatId: ok.privateChatId!, language: ok.language });
    else plan.notAllowed.push({ personId, platform: ids[0]!.platform, reason: mayReceive(ids[0]!, now)! });
  }
  return plan;
}

/**
 * Sends an announcement: one outbox message per customer who may receive it (built in their language), all
 * tagged with the announcement's id so its outcome can be counted when delivery is done. Refuses empty or
 * over-long text (nothing written).
 */
export function startBroadcast(
  db: Db,
  input: { groupId: number; personId: number; actor: string; text: string },
  now: Date,
  build: (language: 'vi' | 'en' | null) => Record<string, unknown>,
): { id: number; plan: BroadcastPlan } {
  const text = input.text.trim();
  if (!text) throw new DomainError('INVALID_INPUT', 'the announcement is empty');
  if (text.length > BROADCAST_MAX_CHARS) throw new DomainError('INVALID_INPUT', `the announcement is longer than ${BROADCAST_MAX_CHARS} characters`);
  return tx(db, (t) => {
    const plan = planBroadcast(t, input.groupId, input.personId, now);
    const reasons: Record<string, number> = {};
    for (const n of plan.notAllowed) reasons[n.reason] = (reasons[n.reason] ?? 0) + 1;
    const at = now.toISOString();
    const id = t
      .insert(broadcasts)
      .values({ groupId: input.groupId, text, personId: input.personId, actor: input.actor, queued: plan.recipients.length, notAllowed: plan.notAllowed.length, optedOut: plan.optedOut, reasons, createdAt: at })
      .returning({ id: broadcasts.id })
      .get().id;
    for (const r of plan.recipients) {
      enqueue(t, { platform: r.platform, chatId: r.chatId, payload: build(r.language), groupId: input.groupId, identityId: r.identityId, broadcastId: id }, now);
    }
    return { id, plan };
  });
}

/** How an announcement's messages stand: sent, failed (for good, or unknown after a crash), still on their way. */
export function broadcastOutcome(db: Db, id: number): { sent: number; failed: number; pending: number } {
  // The simulator has no delivery worker: its messages are delivered when written (its page reads them).
  const r = db.$client
    .prepare(
      `select sum(case when status = 'sent' or (platform = 'sim' and status = 'pending') then 1 else 0 end) as sent,
              sum(case when status in ('failed', 'unknown') then 1 else 0 end) as failed,
              sum(case when status in ('pending', 'sending') and platform != 'sim' then 1 else 0 end) as pending
       from outbox where broadcast_id = ?`,
    )
    .get(id) as { sent: number | null; failed: number | null; pending: number | null };
  return { sent: r.sent ?? 0, failed: r.failed ?? 0, pending: r.pending ?? 0 };
}

export type BroadcastRow = typeof broadcasts.$inferSelect;

/**
 * Announcements whose every message is settled and whose sender has not been told: each is marked reported
 * with its final counts, and `report` runs in that same transaction (to write the sender's message).
 */
export function settleBroadcasts(db: Db, now: Date, report: (t: Db, b: BroadcastRow) => void): BroadcastRow[] {
  const open = db.select().from(broadcasts).where(isNull(broadcasts.reportedAt)).all();
  const done: BroadcastRow[] = [];
  for (const b of open) {
    const o = broadcastOutcome(db, b.id);
    if (o.pending > 0) continue;
    const row = tx(db, (t) => {
      const r = t
        .update(broadcasts)
        .set({ reportedAt: now.toISOString(), sent: o.sent, failed: o.failed })
        .where(and(eq(broadcasts.id, b.id), isNull(broadcasts.reportedAt)))
        .returning()
        .get();
      if (r) report(t, r);
      return r;
    });
    if (row) done.push(row);
  }
  return done;
}

/** A customer stops (`optOut` true) or resumes announcements from a group; returns whether anything changed. */
export function setBroadcastOptOut(db: Db, personId: number, groupId: number, optOut: boolean, now: Date): boolean {
  if (optOut) {
    return db.insert(broadcastOptOuts).values({ personId, groupId, at: now.toISOString() }).onConflictDoNothing().run().changes === 1;
  }
  return db.delete(broadcastOptOuts).where(and(eq(broadcastOptOuts.personId, personId), eq(broadcastOptOuts.groupId, groupId))).run().changes === 1;
}
