import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { identify, markUnreachable } from '../../../core/people/identify.ts';
import { broadcastOutcome, planBroadcast, setBroadcastOptOut, settleBroadcasts, startBroadcast } from '../../../core/broadcast/broadcast.ts';
import { outbox } from '../../../db/schema.ts';
import type { Platform } from '../../../db/schema.ts';
import { demoDb, dumpTables } from '../../helpers.ts';

const now = new Date('2026-11-22T10:00:00.000Z');
const DAY = 24 * 3600_000;

/** The demo shop with customers on several platforms, each last heard from `daysAgo` days ago. */
function shop() {
  const { db, groupId } = demoDb();
  const who = (platform: Platform, userId: string, daysAgo = 0) =>
    identify(db, { platform, userId, name: userId, privateChatId: userId, groupId }, new Date(now.getTime() - daysAgo * DAY));
  const admin = who('sim', 'admin');
  const people = {
    zaloRecent: who('zalo', 'z-recent', 6),
    zaloOld: who('zalo', 'z-old', 8),
    tgOk: who('telegram', 't-ok', 30),
    tgBlocked: who('telegram', 't-blocked', 1),
    viberUnsub: who('viber', 'v-unsub', 1),
    sim: who('sim', 'u1', 100),
    optedOut: who('telegram', 't-quiet', 1),
  };
  markUnreachable(db, people.tgBlocked.identity.id, 'telegram: the user blocked the bot', now);
  markUnreachable(db, people.viberUnsub.identity.id, 'viber: not subscribed', now);
  setBroadcastOptOut(db, people.optedOut.person.id, groupId, true, now);
  return { db, groupId, admin, people };
}

describe('who may receive an announcement', () => {
  it('follows each platform: Zalo within 7 days of the last message, Telegram not blocked, Viber subscribed; opted-out and the sender left out', () => {
    const { db, groupId, admin } = shop();
    const plan = planBroadcast(db, groupId, admin.person.id, now);
    expect(plan.recipients.map((r) => r.chatId).sort()).toEqual(['t-ok', 'u1', 'z-recent']);
    expect(plan.notAllowed.map((n) => [n.platform, n.reason]).sort()).toEqual([
      ['telegram', 'blocked'],
      ['viber', 'not_subscribed'],
      ['zalo', 'zalo_window'],
    ]);
    expect(plan.optedOut).toBe(1);
  });

  it('a customer with a Telegram identity blocked and a Zalo one still in the window is reached on Zalo, once', () => {
    const { db, groupId, admin, people } = shop();
    // The blocked Telegram user also writes to the Zalo OA today: one person, two identities.
    db.$client.prepare('insert into identities (person_id, platform, platform_user_id, private_chat_id, last_group_id, last_inbound_at) values (?, ?, ?, ?, ?, ?)').run(people.tgBlocked.person.id, 'zalo', 'z-same', 'z-same', groupId, now.toISOString());
    const plan = planBroadcast(db, groupId, admin.person.id, now);
    expect(plan.recipients.filter((r) => r.personId === people.tgBlocked.person.id).map((r) => r.chatId)).toEqual(['z-same']);
    expect(plan.notAllowed.map((n) => n.reason)).not.toContain('blocked');
  });

  it('opting back in brings a customer back', () => {
    const { db, groupId, admin, people } = shop();
    expect(setBroadcastOptOut(db, people.optedOut.person.id, groupId, false, now)).toBe(true);
    expect(setBroadcastOptOut(db, people.optedOut.person.id, groupId, false, now)).toBe(false);
    expect(planBroadcast(db, groupId, admin.person.id, now).recipients.map((r) => r.chatId)).toContain('t-quiet');
  });
});

describe('sending and counting an announcement', () => {
  it('writes one tagged message per recipient, and reports once every message is settled', () => {
    const { db, groupId, admin } = shop();
    const { id, plan } = startBroadcast(db, { groupId, personId: admin.person.id, actor: 'admin:sim:admin', text: '  Hàng mới về: khăn lụa tím  ' }, now, (lang) => ({ type: 'text', text: `[${lang ?? 'vi'}] Hàng mới về: khăn lụa tím` }));
    const rows = db.select().from(outbox).where(eq(outbox.broadcastId, id)).all();
    expect(rows.map((r) => r.chatId).sort()).toEqual(plan.recipients.map((r) => r.chatId).sort());
    expect(rows[0]!.payload).toEqual({ type: 'text', text: '[vi] Hàng mới về: khăn lụa tím' });
    // The simulator's message counts as delivered; Telegram and Zalo are still on their way.
    expect(broadcastOutcome(db, id)).toEqual({ sent: 1, failed: 0, pending: 2 });
    const reported: number[] = [];
    expect(settleBroadcasts(db, now, (_t, b) => reported.push(b.id))).toEqual([]);
    db.update(outbox).set({ status: 'sent' }).where(eq(outbox.chatId, 't-ok')).run();
    db.update(outbox).set({ status: 'failed', lastError: 'zalo: -213' }).where(eq(outbox.chatId, 'z-recent')).run();
    const done = settleBroadcasts(db, now, (_t, b) => reported.push(b.id));
    expect(done.map((b) => [b.sent, b.failed, b.notAllowed, b.optedOut, b.reasons])).toEqual([[2, 1, 3, 1, { blocked: 1, not_subscribed: 1, zalo_window: 1 }]]);
    expect(done[0]!.text).toBe('Hàng mới về: khăn lụa tím');
    expect(reported).toEqual([id]);
    expect(settleBroadcasts(db, now, (_t, b) => reported.push(b.id))).toEqual([]);
  });

  it('refuses an empty or too long announcement and writes nothing', () => {
    const { db, groupId, admin } = shop();
    const before = dumpTables(db);
    expect(() => startBroadcast(db, { groupId, personId: admin.person.id, actor: 'a', text: '   ' }, now, () => ({}))).toThrow(/empty/);
    expect(() => startBroadcast(db, { groupId, personId: admin.person.id, actor: 'a', text: 'x'.repeat(1501) }, now, () => ({}))).toThrow(/1500/);
    expect(dumpTables(db)).toEqual(before);
  });
});
