import { eq } from 'drizzle-orm';
import { tx, type Db } from '../../db/index.ts';
import { households, orderEvents, orders } from '../../db/schema.ts';
import { CONFIDENT, matchAddress, type AddressMatch } from '../address/match-address.ts';
import { adminUnits } from '../address/units.ts';
import { DomainError } from '../errors.ts';
import { getOrderById, type OrderRow } from '../orders/transition-order.ts';
import { resolvePickup, type Pickup } from './settings.ts';

/** A household sets where carriers pick up its parcels (`/diachi`); an address whose ward is unsure is refused (AddressUnclearError). */
export function setHouseholdPickup(db: Db, householdId: number, address: string): Pickup {
  const h = db.select().from(households).where(eq(households.id, householdId)).get();
  if (!h) throw new DomainError('NOT_FOUND', `no household #${householdId}`);
  const pickup = resolvePickup(address.trim(), h.phone);
  db.update(households).set({ pickup: pickup as Record<string, unknown> }).where(eq(households.id, householdId)).run();
  return pickup;
}

/** Records the 2025 ward the customer confirmed (or picked) for an order's delivery address. */
export function confirmDeliveryWard(db: Db, orderId: number, wardCode: string, actor: string, now: Date): OrderRow {
  const w = adminUnits().wardByCode.get(wardCode);
  if (!w) throw new DomainError('INVALID_INPUT', `no ward with code ${wardCode}`);
  return tx(db, (t) => {
    const o = getOrderById(t, orderId);
    const at = now.toISOString();
    t.update(orders).set({ shipWardCode: wardCode, updatedAt: at }).where(eq(orders.id, o.id)).run();
    t.insert(orderEvents).values({ orderId: o.id, type: 'address_confirmed', actor, note: w.name, at }).run();
    return getOrderById(t, o.id);
  });
}

/**
 * The customer gives (or corrects) an order's delivery address before it ships. A confident match records
 * its ward at once; otherwise the match is returned for the customer to confirm or pick (confirmDeliveryWard).
 */
export function setDeliveryAddress(db: Db, orderId: number, address: string, actor: string, now: Date): { order: OrderRow; match: AddressMatch } {
  const text = address.trim();
  if (text.length < 5 || text.length > 300) throw new DomainError('INVALID_INPUT', 'an address is 5 to 300 characters');
  return tx(db, (t) => {
    const o = getOrderById(t, orderId);
    if (!['awaiting_payment', 'paid', 'ready'].includes(o.status)) throw new DomainError('ILLEGAL_TRANSITION', `order ${o.code} is ${o.status}: its address can no longer change`);
    const match = matchAddress(text);
    const sure = match.ward && match.confidence >= CONFIDENT ? match.ward.code : null;
    const at = now.toISOString();
    t.update(orders).set({ deliveryAddress: text, pickup: false, shipWardCode: sure, updatedAt: at }).where(eq(orders.id, o.id)).run();
    t.insert(orderEvents).values({ orderId: o.id, type: 'address', actor, note: text, at }).run();
    return { order: getOrderById(t, o.id), match };
  });
}
