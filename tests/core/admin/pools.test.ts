import { describe, expect, it } from 'vitest';
import { DeadlineError, parseDeadline } from '../../../core/pools/deadline.ts';
import { closeDuePools, openPool, openPoolOf, openPoolOfOrder, poolTargetsMet, releasePool, splitForPool, unreachableTargets } from '../../../core/pools/pools.ts';
import { PoolAlreadyOpenError } from '../../../core/errors.ts';
import { identify } from '../../../core/people/identify.ts';
import { placeOrder } from '../../../core/orders/place-order.ts';
import { formatTimeWithYear } from '../../../bots/format.ts';
import { demoDb, dumpTables } from '../../helpers.ts';

// 17:00 on 22/11/2026 in Vietnam.
const now = new Date('2026-11-22T10:00:00.000Z');

function refused(fn: () => unknown): DeadlineError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DeadlineError) return e;
    throw e;
  }
  throw new Error('not refused');
}

describe('pool deadlines', () => {
  it('reads a date and time in Vietnam time, in this year when it is still ahead', () => {
    expect(parseDeadline('30/11', '18:00', now).toISOString()).toBe('2026-11-30T11:00:00.000Z');
    expect(parseDeadline('30/11/2026', '18h', now).toISOString()).toBe('2026-11-30T11:00:00.000Z');
    expect(parseDeadline('5/1/27', undefined, now).toISOString()).toBe('2027-01-05T16:59:00.000Z');
  });

  it('refuses a date without a year that has passed, instead of moving it to next year, and offers the year', () => {
    const e = refused(() => parseDeadline('20/11', '18:00', now));
    expect(e.problem).toBe('next_year');
    expect(e.suggestion).toBe('20/11/2027 18:00');
    // Earlier today is past too.
    expect(refused(() => parseDeadline('22/11', '16:00', now)).problem).toBe('next_year');
  });

  it('refuses a past date written with its year, and a date that does not exist', () => {
    expect(refused(() => parseDeadline('20/11/2026', '18:00', now)).problem).toBe('past');
    expect(refused(() => parseDeadline('31/02/2027', undefined, now)).problem).toBe('format');
    expect(refused(() => parseDeadline('30/13', undefined, now)).problem).toBe('format');
    expect(refused(() => parseDeadline('30/11', '25:00', now)).problem).toBe('format');
    expect(refused(() => parseDeadline('mai', undefined, now)).problem).toBe('format');
  });

  it('is shown with its year', () => {
    expect(formatTimeWithYear('2026-11-30T11:00:00.000Z')).toBe('30/11/2026 18:00');
  });
});

describe('opening a pool', () => {
  it('a second pool while one is open is refused naming the open one, and writes nothing', () => {
    const { db, groupId } = demoDb();
    openPool(db, { groupId, name: 'Khách sạn Sen', deadline: new Date('2026-11-30T11:00:00Z'), targets: { 'KL-XANH': 10 } }, now);
    const before = dumpTables(db);
    let err: unknown;
    try {
      openPool(db, { groupId, name: 'Tết', deadline: new Date('2026-12-30T11:00:00Z'), targets: {} }, now);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PoolAlreadyOpenError);
    expect((err as PoolAlreadyOpenError).poolName).toBe('Khách sạn Sen');
    expect((err as PoolAlreadyOpenError).deadline).toBe('2026-11-30T11:00:00.000Z');
    expect(dumpTables(db)).toEqual(before);
  });

  it('a target naming no product is refused', () => {
    const { db, groupId } = demoDb();
    expect(() => openPool(db, { groupId, name: 'X', deadline: new Date('2026-11-30T11:00:00Z'), targets: { 'KL-TIM': 10 } }, now)).toThrow(/KL-TIM/);
    expect(openPoolOf(db, groupId)).toBeUndefined();
  });

  it('names the minimums larger than the stock for sale', () => {
    const { db, groupId } = demoDb();
    // KL-XANH: 12 + 8 = 20 for sale; KL-VANG: 5.
    expect(unreachableTargets(db, groupId, { 'KL-XANH': 20, 'KL-VANG': 30 })).toEqual([{ sku: 'KL-VANG', name: 'Khăn lụa tơ tằm màu vàng', unit: 'chiếc', target: 30, available: 5 }]);
  });
});

describe('what waits for a pool', () => {
  it('a pool with targets holds only those products; one without targets holds all', () => {
    const lines = [{ sku: 'KL-XANH', qty: 2 }, { sku: 'AD-M', qty: 1 }];
    expect(splitForPool({ targets: { 'KL-XANH': 20 } }, lines)).toEqual({ pooled: [lines[0]], direct: [lines[1]] });
    expect(splitForPool({ targets: {} }, lines)).toEqual({ pooled: lines, direct: [] });
    expect(splitForPool(undefined, lines)).toEqual({ pooled: [], direct: lines });
  });
});

describe('a pool that reaches its target before the deadline', () => {
  function setup(releaseOnTarget?: boolean) {
    const { db, groupId } = demoDb();
    const pool = openPool(db, { groupId, name: 'Sen', deadline: new Date('2026-11-30T11:00:00Z'), targets: { 'KL-XANH': 5 }, ...(releaseOnTarget === undefined ? {} : { releaseOnTarget }) }, now);
    const buy = (userId: string, qty: number) => {
      const { identity, person } = identify(db, { platform: 'sim', userId, name: userId, privateChatId: userId }, now);
      return placeOrder(db, { groupId, personId: person.id, identityId: identity.id, lines: [{ sku: 'KL-XANH', qty }], chatPlatform: 'sim', chatId: userId, poolId: pool.id, actor: 'test' }, now);
    };
    return { db, groupId, pool, buy };
  }

  it('releases its orders for payment at once, by default, and stays open for more until its deadline', () => {
    const { db, pool, buy } = setup();
    const a = buy('u1', 2);
    expect(releasePool(db, pool.id, now, [a.id])).toBeNull();
    expect(openPoolOfOrder(db, { poolId: pool.id })?.id).toBe(pool.id);
    const b = buy('u2', 3);
    expect(poolTargetsMet(db, openPoolOf(db, pool.groupId)!)).toBe(true);
    const r = releasePool(db, pool.id, now, [b.id])!;
    // The first release frees every waiting order, not only the one that met the target.
    expect(r.first).toBe(true);
    expect(r.orders.map((o) => o.code).sort()).toEqual([a.code, b.code].sort());
    // They do not expire while the pool is open: an unpaid one falling away could undo the target.
    expect(r.orders.map((o) => o.expiresAt)).toEqual([null, null]);
    // Still open (more may join until 30/11), but its orders no longer wait for it.
    expect(openPoolOf(db, pool.groupId)?.releasedAt).toBe(now.toISOString());
    expect(openPoolOfOrder(db, { poolId: pool.id })).toBeUndefined();
    expect(releasePool(db, pool.id, now)).toBeNull();
    // A later order joining the released pool is released alone.
    const c = buy('u3', 1);
    const later = releasePool(db, pool.id, now, [c.id])!;
    expect([later.first, later.orders.map((o) => o.code)]).toEqual([false, [c.code]]);
    expect(closeDuePools(db, now, () => 60)).toEqual([]);
    const closed = closeDuePools(db, new Date('2026-11-30T11:00:00Z'), () => 60);
    expect(closed.map((x) => [x.met, x.orders.length])).toEqual([[true, 3]]);
  });

  it('waits for its deadline when the admin chose so', () => {
    const { db, pool, buy } = setup(false);
    buy('u1', 5);
    expect(releasePool(db, pool.id, now)).toBeNull();
    expect(openPoolOfOrder(db, { poolId: pool.id })?.id).toBe(pool.id);
    const closed = closeDuePools(db, new Date('2026-11-30T11:00:00Z'), () => 60);
    expect(closed.map((c) => c.met)).toEqual([true]);
  });
});
