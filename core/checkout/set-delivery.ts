import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { prepared, tx, type Db } from '../../db/index.ts';
import { orderEvents, orders, type OrderStatus } from '../../db/schema.ts';
import { DomainError } from '../errors.ts';
import { getOrderById, type OrderRow } from '../orders/transition-order.ts';
import { normalizeMobile } from '../parser/index.ts';
import { rememberAddress } from './address-book.ts';

/** What can be set on an order's delivery; absent fields stay as they are. */
export interface DeliveryPatch {
  receiverName?: string | null;
  phone?: string | null;
  address?: string | null;
  pickup?: boolean;
}

/** Orders whose delivery can still change: not yet on their way, not closed. */
export const DELIVERY_EDITABLE: readonly OrderStatus[] = ['awaiting_payment', 'paid', 'ready'];

/**
 * Sets who receives an order and where (or that it is collected at the village), records who changed it,
 * and remembers an address or pickup in the customer's address book for the next checkout. A pickup clears
 * the address and an address clears the pickup. Refuses (INVALID_INPUT, nothing written) a phone that is not
 * a Vietnamese mobile number or text that is empty or too long, and (CONFLICT) an order already shipped or closed.
 */
export function setOrderDelivery(db: Db, orderId: number, patch: DeliveryPatch, actor: string, now: Date): OrderRow {
  const clean: Partial<Record<'receiverName' | 'phone' | 'deliveryAddress', string | null>> & { pickup?: boolean } = {};
  if (patch.receiverName !== undefined) clean.receiverName = text(patch.receiverName, 'receiver name', 100);
  if (patch.phone !== undefined) {
    if (patch.phone === null) clean.phone = null;
    else {
      const phone = normalizeMobile(patch.phone);
      if (!phone) throw new DomainError('INVALID_INPUT', `not a Vietnamese mobile number: "${patch.phone}"`);
      clean.phone = phone;
    }
  }
  if (patch.address !== undefined) {
    clean.deliveryAddress = text(patch.address, 'address', 300);
    if (clean.deliveryAddress) clean.pickup = false;
  }
  if (patch.pickup !== undefined) {
    clean.pickup = patch.pickup;
    if (patch.pickup) clean.deliveryAddress = null;
  }
  return tx(db, (t) => {
    const o = getOrderById(t, orderId);
    if (!DELIVERY_EDITABLE.includes(o.status)) throw new DomainError('CONFLICT', `order ${o.code} is ${o.status}; its delivery can no longer change`);
    const at = now.toISOString();
    const updated = t.update(orders).set({ ...clean, updatedAt: at }).where(eq(orders.id, o.id)).returning().get();
    const changed = Object.keys(clean).filter((k) => JSON.stringify((o as Record<string, unknown>)[k]) !== JSON.stringify((updated as Record<string, unknown>)[k]));
    if (changed.length > 0) {
      t.insert(orderEvents).values({ orderId: o.id, type: 'delivery', actor, note: describe(updated), at }).run();
    }
    if (updated.deliveryAddress || updated.pickup) {
      rememberAddress(t, o.personId, { receiverName: updated.receiverName, phone: updated.phone, address: updated.deliveryAddress, pickup: updated.pickup }, now);
    }
    return updated;
  });
}

function text(v: string | null, what: string, max: number): string | null {
  if (v === null) return null;
  const s = v.replace(/\s+/g, ' ').trim();
  if (!s) throw new DomainError('INVALID_INPUT', `empty ${what}`);
  if (s.length > max) throw new DomainError('INVALID_INPUT', `${what} longer than ${max} characters`);
  return s;
}

/** One line for the order's history: who receives it, the phone, and where. */
function describe(o: OrderRow): string {
  return [o.receiverName, o.phone, o.pickup ? 'pickup' : o.deliveryAddress].filter(Boolean).join(' · ');
}

/**
 * The customer's latest order whose delivery can still change, for details written after ordering ("giao về
 * 12 Lê Lợi, Hà Đông", a phone number): undefined when there is none.
 */
export function latestOpenOrder(db: Db, groupId: number, personId: number): OrderRow | undefined {
  return latestOpen(db).get({ groupId, personId });
}

const latestOpen = prepared((db) =>
  db
    .select()
    .from(orders)
    .where(and(eq(orders.groupId, sql.placeholder('groupId')), eq(orders.personId, sql.placeholder('personId')), inArray(orders.status, [...DELIVERY_EDITABLE])))
    .orderBy(desc(orders.id))
    .limit(1)
    .prepare(),
);
