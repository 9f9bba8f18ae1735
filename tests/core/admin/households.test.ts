import { describe, expect, it } from 'vitest';
import { allocate, allocatePreferring } from '../../../core/orders/allocate.ts';
import { identify } from '../../../core/people/identify.ts';
import { createInvite, redeemInvite } from '../../../core/people/roles.ts';
import { placeOrder } from '../../../core/orders/place-order.ts';
import { transitionOrder } from '../../../core/orders/transition-order.ts';
import { cannotSupply, markReady } from '../../../core/households/allocations.ts';
import { orderAllocations, shipBlockers, silentHouseholds } from '../../../core/households/order-allocations.ts';
import { reachableHouseholds } from '../../../core/households/reach.ts';
import { markUnreachable } from '../../../core/people/identify.ts';
import { getHousehold } from '../../../core/catalog/queries.ts';
import { demoDb } from '../../helpers.ts';

const now = new Date('2026-11-22T10:00:00.000Z');

describe('allocation preferring households that can be told', () => {
  const stocks = [
    { householdId: 1, qty: 6 },
    { householdId: 2, qty: 10 },
  ];
  it('gives the work to those who can be told when they hold enough', () => {
    expect(allocate(3, stocks)).toEqual([{ householdId: 2, qty: 3 }]);
    expect(allocatePreferring(3, stocks, new Set([1]))).toEqual([{ householdId: 1, qty: 3 }]);
  });
  it('takes all they hold before giving the rest to others, fewest first', () => {
    expect(allocatePreferring(9, stocks, new Set([1]))).toEqual([
      { householdId: 1, qty: 6 },
      { householdId: 2, qty: 3 },
    ]);
    expect(allocatePreferring(17, stocks, new Set([1]))).toBeNull();
  });
  it('with nobody (or everybody) reachable, splits as before', () => {
    expect(allocatePreferring(12, stocks, new Set())).toEqual(allocate(12, stocks));
    expect(allocatePreferring(12, stocks, new Set([1, 2]))).toEqual(allocate(12, stocks));
  });
  it('keeps fractional quantities exact', () => {
    expect(allocatePreferring(7.5, [{ householdId: 1, qty: 2.25 }, { householdId: 2, qty: 40 }], new Set([1]), 'fewest', true)).toEqual([
      { householdId: 1, qty: 2.25 },
      { householdId: 2, qty: 5.25 },
    ]);
  });
});

/** The demo shop with a chat member linked to ho-lan and ho-minh only (ho-hoa and ho-tuan have none). */
function shop() {
  const { db, groupId } = demoDb();
  for (const key of ['ho-lan', 'ho-minh']) {
    const { person } = identify(db, { platform: 'telegram', userId: `tg-${key}`, name: key, privateChatId: `tg-${key}` }, now);
    redeemInvite(db, createInvite(db, { groupId, role: 'household', householdKey: key }, now), person.id, now);
  }
  const hid = (key: string) => getHousehold(db, groupId, key).id;
  const order = (sku: string, qty: number) => {
    const { identity, person } = identify(db, { platform: 'sim', userId: 'u1', name: 'Lan', privateChatId: 'u1' }, now);
    return placeOrder(db, { groupId, personId: person.id, identityId: identity.id, lines: [{ sku, qty }], chatPlatform: 'sim', chatId: 'u1', actor: 'test' }, now);
  };
  return { db, groupId, hid, order };
}

describe('no work goes to nobody', () => {
  it('knows which households can be told, and forgets one whose member blocked the bot', () => {
    const { db, groupId, hid } = shop();
    expect(reachableHouseholds(db, groupId)).toEqual(new Set([hid('ho-lan'), hid('ho-minh')]));
    const ident = db.$client.prepare("select id from identities where platform_user_id = 'tg-ho-minh'").get() as { id: number };
    markUnreachable(db, ident.id, 'blocked', now);
    expect(reachableHouseholds(db, groupId)).toEqual(new Set([hid('ho-lan')]));
  });

  it('an order of red scarves goes to Bà Lan, who is in chat, though Chị Hoa holds more', () => {
    const { db, groupId, hid, order } = shop();
    const o = order('KL-DO', 3);
    const view = orderAllocations(db, { id: o.id, groupId });
    expect(view.households.map((h) => [h.key, h.reachable, h.shares.map((s) => s.qty)])).toEqual([['ho-lan', true, [3]]]);
    expect(silentHouseholds(db, { id: o.id, groupId })).toEqual([]);
    expect(hid('ho-lan')).toBe(view.households[0]!.householdId);
  });

  it('stock only a household without a member holds still sells, and that household is named for the admin with its phone', () => {
    const { db, groupId, order } = shop();
    const o = order('KL-VANG', 2);
    const silent = silentHouseholds(db, { id: o.id, groupId });
    expect(silent.map((h) => [h.key, h.name, h.phone, h.shares.map((s) => `${s.qty} ${s.sku}`)])).toEqual([['ho-hoa', 'Hộ chị Phạm Thị Hoa', '0358123456', ['2 KL-VANG']]]);
  });

  it('"Không đủ hàng" moves the share to a household in chat first', () => {
    const { db, groupId, hid, order } = shop();
    // 14 red scarves: Bà Lan's 6, then 8 of Chị Hoa's 10.
    const o = order('KL-DO', 4);
    transitionOrder(db, o.id, 'paid', 'test', now);
    expect(orderAllocations(db, { id: o.id, groupId }).households.map((h) => h.key)).toEqual(['ho-lan']);
    const r = cannotSupply(db, o.id, hid('ho-lan'), 'test', now);
    // Nobody in chat holds red scarves any more: Chị Hoa takes them, and is silent.
    expect(r.moved.map((m) => [m.householdId, m.qty])).toEqual([[hid('ho-hoa'), 4]]);
    expect(silentHouseholds(db, { id: o.id, groupId }).map((h) => h.key)).toEqual(['ho-hoa']);
    const view = orderAllocations(db, { id: o.id, groupId });
    expect(view.households.map((h) => [h.key, h.shares.map((s) => s.status)])).toEqual([
      ['ho-lan', ['cannot_supply']],
      ['ho-hoa', ['pending']],
    ]);
  });
});

describe('why an order cannot be shipped yet', () => {
  it('names the households not ready and what nobody covers', () => {
    const { db, groupId, hid, order } = shop();
    const o = order('KL-XANH', 15); // split fairly: Bà Lan 8, Anh Minh 7, both in chat
    transitionOrder(db, o.id, 'paid', 'test', now);
    let b = shipBlockers(db, { id: o.id, groupId, status: 'paid' });
    expect(b.waiting.map((h) => h.key).sort()).toEqual(['ho-lan', 'ho-minh']);
    markReady(db, o.id, hid('ho-lan'), 'test', now);
    b = shipBlockers(db, { id: o.id, groupId, status: 'paid' });
    expect(b.waiting.map((h) => [h.key, h.shares.map((s) => `${s.qty} ${s.sku}`)])).toEqual([['ho-minh', ['7 KL-XANH']]]);
    expect(b.short).toEqual([]);
    // Anh Minh has not enough after all; Bà Lan's other 4 are not enough for 7 either.
    const r = cannotSupply(db, o.id, hid('ho-minh'), 'test', now);
    expect(r.uncovered).toEqual([{ sku: 'KL-XANH', qty: 7 }]);
    b = shipBlockers(db, { id: o.id, groupId, status: 'paid' });
    expect(b.waiting).toEqual([]);
    expect(b.short).toEqual([{ sku: 'KL-XANH', missing: 7 }]);
  });
});
