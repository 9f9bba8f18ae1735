import { and, eq, inArray, ne } from 'drizzle-orm';
import { tx, type Db } from '../../db/index.ts';
import { groups, orderEvents, orders } from '../../db/schema.ts';
import { DomainError } from '../errors.ts';
import { getOrderById, transitionOrder, type OrderRow } from '../orders/transition-order.ts';
import { groupShipping } from './settings.ts';
import { emit } from '../events.ts';

/** Whether a customer may pay this order cash on delivery, and what deposit the group asks first. */
export type CodOffer = { allowed: true; deposit: number } | { allowed: false; reason: 'not_offered' | 'over_max'; maxAmount?: number };

/**
 * The group's COD rule for an order: offered at all, up to a maximum total, and a deposit paid by VietQR
 * on a customer's first order with the group (fake COD orders — "bom hàng" — cost sellers a round trip each).
 */
export function codOffer(db: Db, order: OrderRow): CodOffer {
  const g = db.select().from(groups).where(eq(groups.id, order.groupId)).get()!;
  const { cod } = groupShipping(g.shipping);
  if (!cod.allowed) return { allowed: false, reason: 'not_offered' };
  if (cod.maxAmount !== undefined && order.total > cod.maxAmount) return { allowed: false, reason: 'over_max', maxAmount: cod.maxAmount };
  const before = db
    .select({ id: orders.id })
    .from(orders)
    .where(and(eq(orders.personId, order.personId), eq(orders.groupId, order.groupId), ne(orders.id, order.id), inArray(orders.status, ['delivered'])))
    .limit(1)
    .get();
  return { allowed: true, deposit: before ? 0 : Math.min(order.total, cod.firstOrderDeposit) };
}

/**
 * The customer chooses cash on delivery for an unpaid order. Without a deposit due the order goes ahead
 * at once (status `paid`: confirmed for preparing, its payment status stays `unpaid` until the carrier
 * collects); with one, it waits for the deposit by VietQR like any unpaid order. Refused with
 * COD_REFUSED when the group does not offer COD for it.
 */
export function chooseCod(db: Db, orderId: number, actor: string, now: Date): { order: OrderRow; deposit: number } {
  return tx(db, (t) => {
    const o = getOrderById(t, orderId);
    if (o.status !== 'awaiting_payment') throw new DomainError('ILLEGAL_TRANSITION', `order ${o.code} is ${o.status}: the payment method can no longer change`);
    const offer = codOffer(t, o);
    if (!offer.allowed) throw new CodRefusedError(offer.reason, offer.maxAmount);
    const at = now.toISOString();
    t.update(orders).set({ paymentMethod: 'cod', depositDue: offer.deposit, updatedAt: at }).where(eq(orders.id, o.id)).run();
    t.insert(orderEvents).values({ orderId: o.id, type: 'payment_method', actor, note: `cod${offer.deposit ? `, deposit ${offer.deposit}` : ''}`, at }).run();
    const order = o.paidAmount >= offer.deposit ? transitionOrder(t, o.id, 'paid', actor, now, 'cash on delivery') : getOrderById(t, o.id);
    emit(t, { type: 'order.cod_chosen', order, deposit: offer.deposit }, now);
    return { order, deposit: offer.deposit };
  });
}

/** The customer switches back to paying by VietQR before the order went ahead. */
export function chooseVietQr(db: Db, orderId: number, actor: string, now: Date): OrderRow {
  return tx(db, (t) => {
    const o = getOrderById(t, orderId);
    if (o.paymentMethod === 'vietqr') return o;
    if (o.status !== 'awaiting_payment') throw new DomainError('ILLEGAL_TRANSITION', `order ${o.code} is ${o.status}: the payment method can no longer change`);
    const at = now.toISOString();
    t.update(orders).set({ paymentMethod: 'vietqr', depositDue: 0, updatedAt: at }).where(eq(orders.id, o.id)).run();
    t.insert(orderEvents).values({ orderId: o.id, type: 'payment_method', actor, note: 'vietqr', at }).run();
    return getOrderById(t, o.id);
  });
}

/** COD is not offered for this order: the group does not take it, or the total is over its maximum. */
export class CodRefusedError extends DomainError {
  constructor(
    readonly reason: 'not_offered' | 'over_max',
    readonly maxAmount?: number,
  ) {
    super('INVALID_INPUT', reason === 'over_max' ? `cash on delivery only up to ${maxAmount} đồng` : 'this group does not offer cash on delivery');
    this.name = 'CodRefusedError';
  }
}
