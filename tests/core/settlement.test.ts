import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../db/index.ts';
import { seedDemoIfEmpty } from '../../adapters/boot.ts';
import { handleIncoming } from '../../bots/engine.ts';
import { settlement } from '../../core/settlement/settlement.ts';
import { transitionOrder } from '../../core/orders/transition-order.ts';
import { fakeClock } from '../helpers.ts';

/** Every household's earnings summed straight from the tables: what settlement must always report. */
function earnedFromScratch(db: Db): Record<string, number> {
  const rows = db.$client
    .prepare(
      `select h.key, coalesce(sum(case when o.status in ('paid','ready','shipped','delivered') and a.status <> 'cannot_supply' then round(a.qty * l.unit_price) end), 0) as earned
       from households h left join allocations a on a.household_id = h.id left join order_lines l on l.id = a.order_line_id left join orders o on o.id = l.order_id
       group by h.id order by h.id`,
    )
    .all() as { key: string; earned: number }[];
  return Object.fromEntries(rows.map((r) => [r.key, r.earned]));
}

const reported = (db: Db) => Object.fromEntries(settlement(db, 'lua-van-phuc').households.map((h) => [h.household, h.earned]));

describe('settlement of a growing history', () => {
  it('keeps matching the sum of every earning allocation as orders are delivered, here and by another process', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'gom-settle-')), 'gom.db');
    const db = openDb(path);
    const other = openDb(path); // a second connection: another process on the same file
    const clock = fakeClock();
    seedDemoIfEmpty(db, true, clock());
    const say = (userId: string, body: { text: string } | { button: string }) =>
      handleIncoming({ db, clock }, { platform: 'sim', userId, userName: userId, chatId: userId, chatType: 'private', privateChatId: userId, ...body });
    const ids: number[] = [];
    for (const [user, text] of [['u1', 'KL-XANH x2'], ['u2', 'KL-DO x1'], ['u3', 'AD-M x1'], ['u4', 'KL-VANG x3'], ['u5', 'CA-VAT x2']] as const) {
      say(user, { text });
      say(user, { button: 'ok' });
      const id = (db.$client.prepare('select max(id) id from orders').get() as { id: number }).id;
      ids.push(id);
      transitionOrder(db, id, 'paid', 'test', clock());
    }
    expect(reported(db)).toEqual(earnedFromScratch(db));
    const deliver = (conn: Db, id: number) => {
      for (const to of ['ready', 'shipped', 'delivered'] as const) transitionOrder(conn, id, to, 'test', clock());
    };
    deliver(db, ids[0]!);
    expect(reported(db)).toEqual(earnedFromScratch(db));
    deliver(db, ids[2]!);
    deliver(other, ids[1]!);
    expect(reported(db)).toEqual(earnedFromScratch(db));
    expect(reported(other)).toEqual(earnedFromScratch(db));
    // A cancelled paid order stops earning; a delivery rolled back inside a failing transaction leaves nothing behind.
    transitionOrder(db, ids[3]!, 'cancelled', 'test', clock());
    expect(() =>
      db.$client.transaction(() => {
        deliver(db, ids[4]!);
        expect(reported(db)).toEqual(earnedFromScratch(db));
        throw new Error('roll back');
      })(),
    ).toThrow('roll back');
    expect(reported(db)).toEqual(earnedFromScratch(db));
    deliver(db, ids[4]!);
    expect(reported(db)).toEqual(earnedFromScratch(db));
    expect(Object.values(earnedFromScratch(db)).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });

  it('forgets a counted delivery that was rolled back, even when the next delivery takes over its event ids', () => {
    const db = openDb(join(mkdtempSync(join(tmpdir(), 'gom-settle-')), 'gom.db'));
    const clock = fakeClock();
    seedDemoIfEmpty(db, true, clock());
    const ids: number[] = [];
    for (const [user, text] of [['u1', 'KL-XANH x2'], ['u2', 'AD-M x1']] as const) {
      for (const body of [{ text }, { button: 'ok' }]) handleIncoming({ db, clock }, { platform: 'sim', userId: user, userName: user, chatId: user, chatType: 'private', privateChatId: user, ...body });
      ids.push((db.$client.prepare('select max(id) id from orders').get() as { id: number }).id);
      transitionOrder(db, ids.at(-1)!, 'paid', 'test', clock());
    }
    const deliver = (id: number) => {
      for (const to of ['ready', 'shipped', 'delivered'] as const) transitionOrder(db, id, to, 'test', clock());
    };
    expect(reported(db)).toEqual(earnedFromScratch(db));
    const before = (db.$client.prepare('select max(id) id from order_events').get() as { id: number }).id;
    expect(() =>
      db.$client.transaction(() => {
        deliver(ids[0]!);
        expect(reported(db)).toEqual(earnedFromScratch(db)); // the first order's delivery is counted here…
        throw new Error('roll back');
      })(),
    ).toThrow('roll back');
    deliver(ids[1]!); // …and the second order's events now carry the same ids
    expect((db.$client.prepare('select max(id) id from order_events').get() as { id: number }).id).toBe(before + 3);
    expect(reported(db)).toEqual(earnedFromScratch(db));
    expect(reported(db)).not.toEqual(Object.fromEntries(Object.keys(reported(db)).map((k) => [k, 0])));
  });
});
