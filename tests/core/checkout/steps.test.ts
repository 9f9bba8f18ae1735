import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../../db/index.ts';
import { importShop } from '../../../core/catalog/import-shop.ts';
import { identify } from '../../../core/people/identify.ts';
import { placeOrder } from '../../../core/orders/place-order.ts';
import { getOrderById, transitionOrder } from '../../../core/orders/transition-order.ts';
import { answerStep, nextStep, stepContext, CHECKOUT_STEPS, type CheckoutStep } from '../../../core/checkout/steps.ts';
import { setOrderDelivery } from '../../../core/checkout/set-delivery.ts';
import { savedAddresses } from '../../../core/checkout/address-book.ts';
import { DomainError } from '../../../core/errors.ts';
import { demoShop, dumpTables } from '../../helpers.ts';

const now = new Date('2026-11-22T10:00:00.000Z');

/** The demo shop in a real SQLite file, with its checkout settings overridden. */
function shopDb(checkout: Record<string, unknown> = {}): { db: Db; groupId: number } {
  const db = openDb(join(mkdtempSync(join(tmpdir(), 'gom-checkout-')), 'gom.db'));
  const shop = demoShop();
  const { groupId } = importShop(db, { ...shop, group: { ...shop.group, checkout: { ...shop.group.checkout, ...checkout } as never } });
  return { db, groupId };
}

function place(db: Db, groupId: number, userId = 'u1', phone: string | null = null) {
  const { identity, person } = identify(db, { platform: 'sim', userId, name: 'Lan', privateChatId: userId }, now);
  return placeOrder(db, { groupId, personId: person.id, identityId: identity.id, phone, lines: [{ sku: 'KL-XANH', qty: 1 }], chatPlatform: 'sim', chatId: userId, actor: 'test' }, now);
}

/** Walks checkout with the customer's written answers; returns the keys of the steps asked. */
function walk(db: Db, orderId: number, answers: string[]): string[] {
  const asked: string[] = [];
  const skipped: string[] = [];
  for (const text of answers) {
    const cx = stepContext(db, orderId, skipped);
    const step = nextStep(cx);
    if (!step) break;
    asked.push(step.key);
    const r = answerStep(db, step, cx, text, 'customer:sim:u1', now);
    if (r === null || r.skip) skipped.push(step.key);
  }
  const last = nextStep(stepContext(db, orderId, skipped));
  if (last) asked.push(`…${last.key}`);
  return asked;
}

describe('checkout steps', () => {
  it('asks receiver, phone, then address, one at a time, and the order carries each answer', () => {
    const { db, groupId } = shopDb();
    const o = place(db, groupId);
    expect(walk(db, o.id, ['Nguyễn Thị Lan', '0912 345 678', 'giao về 12 Lê Lợi, Hà Đông'])).toEqual(['receiver', 'phone', 'address']);
    expect(getOrderById(db, o.id)).toMatchObject({ receiverName: 'Nguyễn Thị Lan', phone: '0912345678', deliveryAddress: '12 Lê Lợi, Hà Đông', pickup: false });
    const events = db.$client.prepare("select type, actor, note from order_events where order_id = ? and type = 'delivery'").all(o.id);
    expect(events).toHaveLength(3);
    expect(events.at(-1)).toEqual({ type: 'delivery', actor: 'customer:sim:u1', note: 'Nguyễn Thị Lan · 0912345678 · 12 Lê Lợi, Hà Đông' });
  });

  it('skips what the order already has (a phone given before) and takes an address without a label when asked for it', () => {
    const { db, groupId } = shopDb();
    const o = place(db, groupId, 'u1', '0388765432');
    expect(walk(db, o.id, ['chị Hoa', 'Khu đô thị Văn Quán, Hà Đông'])).toEqual(['receiver', 'address']);
    expect(getOrderById(db, o.id)).toMatchObject({ receiverName: 'chị Hoa', deliveryAddress: 'Khu đô thị Văn Quán, Hà Đông' });
  });

  it('remembers the address and offers it back on the next order; "đúng rồi" uses it, "địa chỉ khác" asks again', () => {
    const { db, groupId } = shopDb();
    const first = place(db, groupId);
    walk(db, first.id, ['Lan', '0912345678', 'nhận tại làng']);
    expect(getOrderById(db, first.id)).toMatchObject({ pickup: true, deliveryAddress: null });
    const second = place(db, groupId);
    // The saved entry fills receiver and phone too: one question, one answer.
    expect(walk(db, second.id, ['đúng rồi'])).toEqual(['saved']);
    expect(getOrderById(db, second.id)).toMatchObject({ receiverName: 'Lan', phone: '0912345678', pickup: true });
    const third = place(db, groupId, 'u1');
    expect(walk(db, third.id, ['địa chỉ khác', 'giao về 5 Hàng Bông, Hoàn Kiếm'])).toEqual(['saved', 'address']);
    expect(getOrderById(db, third.id)).toMatchObject({ receiverName: 'Lan', phone: '0912345678', deliveryAddress: '5 Hàng Bông, Hoàn Kiếm', pickup: false });
    expect(savedAddresses(db, second.id ? getOrderById(db, third.id).personId : 0).map((a) => a.address ?? 'pickup')).toEqual(['5 Hàng Bông, Hoàn Kiếm', 'pickup']);
  });

  it('a message that is not an answer is left for the rest of the conversation', () => {
    const { db, groupId } = shopDb();
    const o = place(db, groupId);
    const cx = stepContext(db, o.id);
    expect(nextStep(cx)!.key).toBe('receiver');
    for (const text of ['2 khăn xanh nữa', 'đã chuyển khoản rồi shop ơi nhé', 'khăn đỏ bao nhiêu?']) {
      expect(answerStep(db, nextStep(cx)!, cx, text, 'customer:sim:u1', now)).toBeNull();
    }
    expect(getOrderById(db, o.id).receiverName).toBeNull();
  });

  it('follows the shop: off is never asked, required is not skippable, pickup can be refused', () => {
    const { db, groupId } = shopDb({ receiver: 'off', address: 'required', pickup: false });
    const o = place(db, groupId, 'u1', '0912345678');
    const cx = stepContext(db, o.id);
    const step = nextStep(cx)!;
    expect(step.key).toBe('address');
    expect(step.skippable(cx)).toBe(false);
    expect(answerStep(db, step, cx, 'nhận tại làng', 'c', now)).toBeNull();
    expect(answerStep(db, step, cx, 'giao về 12 Lê Lợi, Hà Đông', 'c', now)).toEqual({ skip: false });
    expect(nextStep(stepContext(db, o.id))).toBeUndefined();
  });

  it('another step joins by being one more entry in the list', () => {
    const { db, groupId } = shopDb({ receiver: 'off', phone: 'off', address: 'off' });
    const o = place(db, groupId);
    let chosen = '';
    const payment: CheckoutStep<string> = {
      key: 'payment',
      needed: () => chosen === '',
      skippable: () => false,
      read: (text) => (/cod/i.test(text) ? 'cod' : null),
      apply: (_db, _cx, a) => void (chosen = a),
    };
    const steps = [...CHECKOUT_STEPS, payment];
    const cx = stepContext(db, o.id);
    expect(nextStep(cx, steps)!.key).toBe('payment');
    expect(answerStep(db, payment, cx, 'COD nhé', 'c', now)).toEqual({ skip: false });
    expect(nextStep(stepContext(db, o.id), steps)).toBeUndefined();
  });

  it('refuses a bad phone or an order already shipped, writing nothing', () => {
    const { db, groupId } = shopDb();
    const o = place(db, groupId);
    const before = dumpTables(db);
    expect(() => setOrderDelivery(db, o.id, { phone: '12345' }, 'c', now)).toThrow(DomainError);
    expect(() => setOrderDelivery(db, o.id, { address: '   ' }, 'c', now)).toThrow(/empty address/);
    expect(dumpTables(db)).toEqual(before);
    transitionOrder(db, o.id, 'paid', 't', now);
    transitionOrder(db, o.id, 'ready', 't', now);
    transitionOrder(db, o.id, 'shipped', 't', now);
    const shipped = dumpTables(db);
    expect(() => setOrderDelivery(db, o.id, { address: '12 Lê Lợi' }, 'c', now)).toThrow(/can no longer change/);
    expect(dumpTables(db)).toEqual(shipped);
  });
});
