import { afterEach, describe, expect, it } from 'vitest';
import { clearSubscribers, subscribe } from '../../core/events.ts';
import { cancelOrder } from '../../core/orders/cancel-order.ts';
import { placeOrder } from '../../core/orders/place-order.ts';
import { identify } from '../../core/people/identify.ts';
import { tx } from '../../db/index.ts';
import { domainEvents, orders } from '../../db/schema.ts';
import { demoDb, fakeClock } from '../helpers.ts';

function setup() {
  const { db, groupId } = demoDb();
  const clock = fakeClock();
  const { identity, person } = identify(db, { platform: 'sim', userId: 'u1', name: 'Lan', privateChatId: 'u1', groupId }, clock());
  const place = () => placeOrder(db, { groupId, personId: person.id, identityId: identity.id, lines: [{ sku: 'KL-XANH', qty: 1 }], chatPlatform: 'sim', chatId: 'u1', actor: 'test' }, clock());
  return { db, clock, place };
}

describe('domain events', () => {
  afterEach(() => clearSubscribers());

  it('an operation records its event in its own transaction and runs the subscribers there', () => {
    const { db, clock, place } = setup();
    const seen: string[] = [];
    subscribe('order.cancelled', (t, e) => {
      // The subscriber sees the change it reacts to, inside the same transaction.
      seen.push(`${e.order.code}:${e.by}:${t.select().from(orders).all().find((o) => o.id === e.order.id)!.status}`);
    });
    const o = place();
    cancelOrder(db, o.id, { by: 'shop', actor: 'admin:test', reason: 'hết hàng' }, clock());
    expect(seen).toEqual([`${o.code}:shop:cancelled`]);
    const rows = db.select().from(domainEvents).all();
    expect(rows.map((r) => r.type)).toEqual(['order.placed', 'order.cancelled']);
    expect(rows[1]).toMatchObject({ orderId: o.id, data: { code: o.code, by: 'shop', paidAmount: 0 } });
  });

  it('a subscriber that throws rolls the whole change back: no cancellation, no event', () => {
    const { db, clock, place } = setup();
    const o = place();
    subscribe('order.cancelled', () => {
      throw new Error('reaction failed');
    });
    expect(() => tx(db, (t) => cancelOrder(t, o.id, { by: 'customer', actor: 'customer:test' }, clock()))).toThrow('reaction failed');
    expect(db.select().from(orders).all()[0]!.status).toBe('awaiting_payment');
    expect(db.select().from(domainEvents).all().map((r) => r.type)).toEqual(['order.placed']);
  });
});
