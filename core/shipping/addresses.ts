import { eq } from 'drizzle-orm';
import { tx, type Db } from '../../db/index.ts';
import { households, orderEvents, orders } from '../../db/schema.ts';
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
