import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { allocations, groups, households, orderLines, products } from '../../db/schema.ts';
import { CONFIDENT, matchAddress } from '../address/match-address.ts';
import { adminUnits, legacyOf } from '../address/units.ts';
import { DomainError } from '../errors.ts';
import { getOrder, type OrderRow } from '../orders/transition-order.ts';
import type { Parcel, Place } from './carrier.ts';
import { AddressUnclearError, groupShipping, pickupSchema, type GroupShipping, type Pickup } from './settings.ts';

/** Where an order goes: the receiver and the address, as the checkout recorded them. */
export interface Delivery {
  name: string | null;
  phone: string | null;
  address: string | null;
  /** The 2025 ward the address was matched to and the customer confirmed, if any. */
  wardCode: string | null;
}

/**
 * The order's receiver, phone and address. The one place that knows where checkout keeps them, so
 * shipping follows the checkout's fields when they move.
 */
export function deliveryOf(o: OrderRow): Delivery {
  // Checkout (core/checkout) asks for the receiver and the address; the phone on the order is the receiver's.
  return { name: o.receiverName ?? o.customerName, phone: o.phone, address: o.deliveryAddress ?? o.note, wardCode: o.shipWardCode };
}

/** A parcel to create: whose goods, from where, to where, and what it carries. */
export interface PlannedParcel {
  householdId: number | null;
  from: Place;
  to: Place;
  parcel: Parcel;
}

/** Builds a Place from a ward code and the rest of an address. */
export function placeOf(wardCode: string, street: string, name: string, phone: string): Place {
  const u = adminUnits();
  const w = u.wardByCode.get(wardCode);
  if (!w) throw new DomainError('INVALID_INPUT', `no ward with code ${wardCode}`);
  const p = u.provinceByCode.get(w.provinceCode)!;
  return { name, phone, street, provinceCode: p.code, provinceName: p.name, wardCode: w.code, wardName: w.name, legacy: legacyOf(w.code) };
}

/** The delivery place of an order, or INVALID_INPUT saying what is missing (an AddressUnclearError when the ward is unsure). */
export function deliveryPlace(o: OrderRow): Place {
  const d = deliveryOf(o);
  if (!d.phone) throw new DomainError('INVALID_INPUT', `order ${o.code} has no receiver phone`);
  if (!d.address) throw new DomainError('INVALID_INPUT', `order ${o.code} has no delivery address`);
  const m = matchAddress(d.address);
  // A ward confirmed earlier counts only while the address still fits it (checkout may have changed the address since).
  let wardCode = d.wardCode && (m.ward?.code === d.wardCode || m.candidates.some((c) => c.code === d.wardCode)) ? d.wardCode : null;
  if (!wardCode) {
    if (!m.ward || m.confidence < CONFIDENT) {
      throw new AddressUnclearError(d.address, m.candidates.map((c) => c.code), `order ${o.code}: the ward of "${d.address}" must be confirmed first`);
    }
    wardCode = m.ward.code;
  }
  const place = placeOf(wardCode, m.street || d.address, d.name ?? 'Khách', d.phone);
  // The old ward the customer wrote ("phường 5, quận 3") tells carriers more than the one the new ward is named after.
  return m.legacy && m.ward?.code === wardCode ? { ...place, legacy: m.legacy } : place;
}

/** Splits an amount across parts in proportion to their weights, whole đồng, the rounding in the last part. */
export function splitAmount(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map((_, i) => (i === weights.length - 1 ? total : 0));
  let left = total;
  return weights.map((w, i) => {
    if (i === weights.length - 1) return left;
    const part = Math.floor((total * w) / sum);
    left -= part;
    return part;
  });
}

/**
 * Plans the parcels of a ready order: one per household that holds part of it (each ships from its own
 * pickup address), or one from the cooperative when the group gathers goods there. The cash to collect
 * (what is still due on a COD order; 0 when paid by VietQR) is split across parcels by value.
 */
export function planShipments(db: Db, orderCode: string): { order: OrderRow; settings: GroupShipping; parcels: PlannedParcel[] } {
  const order = getOrder(db, orderCode);
  if (order.status !== 'ready') throw new DomainError('ILLEGAL_TRANSITION', `order ${order.code} is ${order.status}: only a ready order can be shipped`);
  if (order.pickup) throw new DomainError('ILLEGAL_TRANSITION', `order ${order.code} is collected at the village, not shipped`);
  const group = db.select().from(groups).where(eq(groups.id, order.groupId)).get()!;
  const settings = groupShipping(group.shipping);
  const to = deliveryPlace(order);
  const lines = db
    .select({ line: orderLines, weightGrams: products.weightGrams, sizeCm: products.sizeCm })
    .from(orderLines)
    .innerJoin(products, eq(products.id, orderLines.productId))
    .where(eq(orderLines.orderId, order.id))
    .all();
  const allocs = lines.length ? db.select().from(allocations).where(inArray(allocations.orderLineId, lines.map((l) => l.line.id))).all().filter((a) => a.status !== 'cannot_supply') : [];
  const hs = new Map(db.select().from(households).where(eq(households.groupId, order.groupId)).all().map((h) => [h.id, h]));

  type Item = Parcel['items'][number] & { size: { length: number; width: number; height: number } };
  const itemsBy = new Map<number | null, Item[]>();
  for (const a of allocs) {
    const l = lines.find((x) => x.line.id === a.orderLineId)!;
    const key = settings.mode === 'gathered' ? null : a.householdId;
    const list = itemsBy.get(key) ?? [];
    list.push({
      name: l.line.name,
      sku: l.line.sku,
      qty: a.qty,
      weightGrams: l.weightGrams ?? settings.defaultWeightGrams,
      price: l.line.unitPrice,
      size: l.sizeCm ?? settings.defaultSizeCm,
    });
    itemsBy.set(key, list);
  }
  const groups_ = [...itemsBy.entries()];
  const values = groups_.map(([, items]) => items.reduce((s, i) => s + Math.round(i.qty * i.price), 0));
  const due = Math.max(0, order.total - order.paidAmount);
  const cod = order.paymentMethod === 'cod' ? splitAmount(due, values) : values.map(() => 0);
  const parcels = groups_.map(([householdId, items], i): PlannedParcel => {
    let pickup: Pickup | undefined;
    let name = group.name;
    let phone: string | null = null;
    if (householdId === null) {
      pickup = settings.pickup;
      if (!pickup) throw new DomainError('INVALID_INPUT', `group ${group.slug} gathers goods but has no pickup address (shipping.pickupAddress)`);
      phone = pickup.phone ?? null;
    } else {
      const h = hs.get(householdId)!;
      name = h.name;
      phone = h.phone;
      const parsed = pickupSchema.safeParse(h.pickup);
      if (!parsed.success) throw new MissingPickupError(h.key, h.name);
      pickup = parsed.data;
      phone = pickup.phone ?? h.phone;
    }
    if (!phone) throw new DomainError('INVALID_INPUT', `${name} has no phone for the carrier`);
    const weight = Math.max(1, Math.round(items.reduce((s, it) => s + it.weightGrams * it.qty, 0)));
    const sizeCm = {
      length: Math.max(...items.map((it) => it.size.length)),
      width: Math.max(...items.map((it) => it.size.width)),
      height: Math.min(200, Math.ceil(items.reduce((s, it) => s + it.size.height * Math.max(1, Math.ceil(it.qty)), 0))),
    };
    return {
      householdId,
      from: placeOf(pickup.wardCode, pickup.street || pickup.address, name, phone),
      to,
      parcel: {
        weightGrams: weight,
        sizeCm,
        value: values[i]!,
        codAmount: cod[i]!,
        content: items.map((it) => `${it.qty} ${it.name}`).join(', ').slice(0, 2000),
        items: items.map(({ size: _size, ...it }) => it),
      },
    };
  });
  if (parcels.length === 0) throw new DomainError('INVALID_INPUT', `order ${order.code} has nothing to ship`);
  return { order, settings, parcels };
}

/** A household that has no pickup address yet (it sets one with /diachi, or the shop file's pickupAddress). */
export class MissingPickupError extends DomainError {
  constructor(
    readonly household: string,
    readonly householdName: string,
  ) {
    super('INVALID_INPUT', `household ${household} has no pickup address`);
    this.name = 'MissingPickupError';
  }
}
