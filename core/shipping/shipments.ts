import { and, asc, eq, inArray, lte, or, sql } from 'drizzle-orm';
import { tx, type Db } from '../../db/index.ts';
import { orderEvents, shipments, type ShipmentStatus } from '../../db/schema.ts';
import { DomainError } from '../errors.ts';
import { CarrierHttpError, CarrierRejectedError, type Carrier, type Carriers, type Created, type Quote } from './carrier.ts';
import { emit } from '../events.ts';
import { getOrderById } from '../orders/transition-order.ts';
import { planShipments } from './plan-shipments.ts';

export type ShipmentRow = typeof shipments.$inferSelect;

/** Statuses from which a parcel moves no more. */
export const FINAL: readonly ShipmentStatus[] = ['delivered', 'returned', 'cancelled', 'failed'];

/** One carrier's offer for a whole order (all its parcels), or why it could not quote. */
export type OrderQuote = (Quote & { carrierName: string; parcels: number }) | { carrier: string; carrierName: string; error: string };

/**
 * Asks every configured carrier for the fee of shipping a ready order (each parcel quoted, the fees of
 * one service summed), cheapest first; a carrier that fails is listed with its error. Network calls only:
 * nothing is written.
 */
export async function quoteOrder(db: Db, carriers: Carriers, orderCode: string): Promise<OrderQuote[]> {
  const { parcels } = planShipments(db, orderCode);
  const out: OrderQuote[] = [];
  await Promise.all(
    [...carriers.values()].map(async (c) => {
      try {
        const per = await Promise.all(parcels.map((p) => c.quote({ from: p.from, to: p.to, parcel: p.parcel })));
        // A service counts only if it serves every parcel of the order.
        const byService = new Map<string, Quote & { n: number }>();
        for (const qs of per) {
          for (const q of qs) {
            const prev = byService.get(q.serviceId);
            byService.set(q.serviceId, prev ? { ...prev, fee: prev.fee + q.fee, n: prev.n + 1, expectedDeliveryAt: later(prev.expectedDeliveryAt, q.expectedDeliveryAt) } : { ...q, n: 1 });
          }
        }
        for (const { n, ...q } of byService.values()) if (n === parcels.length) out.push({ ...q, carrierName: c.name, parcels: parcels.length });
      } catch (e) {
        out.push({ carrier: c.code, carrierName: c.name, error: (e as Error).message });
      }
    }),
  );
  return out.sort((a, b) => ('fee' in a ? a.fee : Infinity) - ('fee' in b ? b.fee : Infinity) || a.carrier.localeCompare(b.carrier));
}

function later(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}

/**
 * Books the parcels of a ready order with a carrier and service: writes one `pending` shipment per
 * parcel, to be created at the carrier by `createDueShipments` outside this transaction. Asking again
 * for an order already booked returns its shipments and books nothing.
 */
export function requestShipments(db: Db, orderCode: string, carrier: string, serviceId: string, actor: string, now: Date, quotedFee?: number): ShipmentRow[] {
  return tx(db, (t) => {
    const { order, parcels } = planShipments(t, orderCode);
    const live = t.select().from(shipments).where(eq(shipments.orderId, order.id)).all().filter((s) => !['cancelled', 'failed'].includes(s.status));
    if (live.length) return live;
    const at = now.toISOString();
    const n = t.select({ n: sql<number>`count(*)` }).from(shipments).where(eq(shipments.orderId, order.id)).get()!.n;
    const rows = parcels.map((p, i) =>
      t
        .insert(shipments)
        .values({
          orderId: order.id,
          groupId: order.groupId,
          householdId: p.householdId,
          carrier,
          serviceId,
          status: 'pending',
          clientOrderCode: `${order.code}-${n + i + 1}`,
          fee: quotedFee !== undefined && parcels.length === 1 ? quotedFee : null,
          codAmount: p.parcel.codAmount,
          value: p.parcel.value,
          weightGrams: p.parcel.weightGrams,
          sizeCm: p.parcel.sizeCm,
          fromPlace: { ...p.from, items: p.parcel.items, content: p.parcel.content } as unknown as Record<string, unknown>,
          toPlace: p.to as unknown as Record<string, unknown>,
          nextAttemptAt: at,
          actor,
          createdAt: at,
          updatedAt: at,
        })
        .returning()
        .get(),
    );
    t.insert(orderEvents).values({ orderId: order.id, type: 'shipment_requested', actor, note: `${carrier} ${serviceId}: ${rows.map((r) => r.clientOrderCode).join(', ')}`, at }).run();
    return rows;
  });
}

/** Retry delays of a create whose call failed (network, 5xx): 30 s doubling to an hour; then the parcel fails. */
const MAX_ATTEMPTS = 8;
const LEASE_MS = 2 * 60_000;

function backoff(attempts: number): number {
  return Math.min(3600_000, 30_000 * 2 ** Math.max(0, attempts - 1));
}

/**
 * Creates at their carriers the parcels that are due (new ones, retries, and claims left by a process
 * that died mid-call). Each is claimed in a short transaction, the carrier is called outside it, and the
 * answer is written in another; a retry first asks the carrier whether it already has the parcel under
 * our client order code, so a lost answer never makes a second parcel. Returns the parcels it handled.
 */
export async function createDueShipments(db: Db, carriers: Carriers, clock: () => Date, opts: { labelLink?: (carrier: string, code: string) => string; limit?: number } = {}): Promise<ShipmentRow[]> {
  const limit = opts.limit ?? 20;
  const now = clock();
  const at = now.toISOString();
  const claimed = tx(db, (t) => {
    const due = t
      .select()
      .from(shipments)
      .where(
        or(
          and(eq(shipments.status, 'pending'), lte(shipments.nextAttemptAt, at)),
          and(eq(shipments.status, 'creating'), lte(shipments.leaseUntil, at)),
        ),
      )
      .orderBy(asc(shipments.id))
      .limit(limit)
      .all();
    const claimed: ShipmentRow[] = [];
    for (const s of due) {
      // An order cancelled after its parcels were booked: they are never created at the carrier.
      const status = getOrderById(t, s.orderId).status;
      if (status !== 'ready' && status !== 'shipped') {
        t.update(shipments).set({ status: 'cancelled', leaseUntil: null, nextAttemptAt: null, lastError: `order ${status}`, updatedAt: at }).where(eq(shipments.id, s.id)).run();
        continue;
      }
      claimed.push(
        t
          .update(shipments)
          .set({ status: 'creating', attempts: s.attempts + 1, leaseUntil: new Date(now.getTime() + LEASE_MS).toISOString(), updatedAt: at })
          .where(eq(shipments.id, s.id))
          .returning()
          .get(),
      );
    }
    return claimed;
  });
  const done: ShipmentRow[] = [];
  for (const s of claimed) {
    const carrier = carriers.get(s.carrier);
    let result: { ok: Created } | { retry: string } | { fail: string };
    if (!carrier) result = { fail: `carrier ${s.carrier} is not configured` };
    else result = await callCreate(carrier, s);
    const links = 'ok' in result && carrier ? { trackingUrl: carrier.trackingUrl(result.ok.carrierOrderCode), labelUrl: opts.labelLink?.(s.carrier, result.ok.carrierOrderCode) ?? null } : null;
    done.push(recordCreate(db, s, result, clock(), links));
  }
  return done;
}

async function callCreate(carrier: Carrier, s: ShipmentRow): Promise<{ ok: Created } | { retry: string } | { fail: string }> {
  try {
    if (s.attempts > 1) {
      const found = await carrier.findByClientCode(s.clientOrderCode);
      if (found) return { ok: found };
    }
    const { items, content, ...from } = s.fromPlace as Record<string, unknown>;
    const created = await carrier.create({
      clientOrderCode: s.clientOrderCode,
      serviceId: s.serviceId ?? '',
      from: from as never,
      to: s.toPlace as never,
      parcel: { weightGrams: s.weightGrams, sizeCm: s.sizeCm, value: s.value, codAmount: s.codAmount, content: String(content ?? ''), items: (items ?? []) as never },
    });
    return { ok: created };
  } catch (e) {
    if (e instanceof CarrierRejectedError) {
      // "Already exists" after a lost answer: the parcel is there; find it.
      const found = await carrier.findByClientCode(s.clientOrderCode).catch(() => null);
      if (found) return { ok: found };
      return { fail: e.message };
    }
    if (e instanceof CarrierHttpError) return { retry: e.message };
    return { retry: (e as Error).message };
  }
}

function recordCreate(db: Db, s: ShipmentRow, result: { ok: Created } | { retry: string } | { fail: string }, now: Date, links: { trackingUrl: string; labelUrl: string | null } | null): ShipmentRow {
  const at = now.toISOString();
  return tx(db, (t) => {
    const cur = t.select().from(shipments).where(eq(shipments.id, s.id)).get()!;
    if (cur.status !== 'creating' || cur.attempts !== s.attempts) return cur; // another process took it over
    if ('ok' in result) {
      const row = t
        .update(shipments)
        .set({
          status: 'created',
          carrierOrderCode: result.ok.carrierOrderCode,
          fee: result.ok.fee ?? cur.fee,
          expectedDeliveryAt: result.ok.expectedDeliveryAt,
          trackingUrl: links?.trackingUrl ?? null,
          labelUrl: links?.labelUrl ?? null,
          leaseUntil: null,
          nextAttemptAt: null,
          lastError: null,
          updatedAt: at,
        })
        .where(eq(shipments.id, s.id))
        .returning()
        .get();
      t.insert(orderEvents).values({ orderId: s.orderId, type: 'shipment_created', actor: `carrier:${s.carrier}`, note: `${s.clientOrderCode} → ${result.ok.carrierOrderCode}`, at }).run();
      emit(t, { type: 'shipment.created', order: getOrderById(t, s.orderId), shipment: row }, now);
      return row;
    }
    const reason = 'retry' in result ? result.retry : result.fail;
    if ('retry' in result && cur.attempts < MAX_ATTEMPTS) {
      return t
        .update(shipments)
        .set({ status: 'pending', nextAttemptAt: new Date(now.getTime() + backoff(cur.attempts)).toISOString(), leaseUntil: null, lastError: reason, updatedAt: at })
        .where(eq(shipments.id, s.id))
        .returning()
        .get();
    }
    const row = t.update(shipments).set({ status: 'failed', leaseUntil: null, nextAttemptAt: null, lastError: reason, updatedAt: at }).where(eq(shipments.id, s.id)).returning().get();
    t.insert(orderEvents).values({ orderId: s.orderId, type: 'shipment_failed', actor: `carrier:${s.carrier}`, note: reason.slice(0, 500), at }).run();
    emit(t, { type: 'shipment.failed', order: getOrderById(t, s.orderId), shipment: row, reason }, now);
    return row;
  });
}

/** The shipments of an order, oldest first. */
export function shipmentsOfOrder(db: Db, orderId: number): ShipmentRow[] {
  return db.select().from(shipments).where(eq(shipments.orderId, orderId)).orderBy(asc(shipments.id)).all();
}

/**
 * Cancels an order's parcels that the carrier has not picked up: at the carrier first (outside any
 * transaction), then marked cancelled. Parcels already on their way are left alone and returned.
 */
export async function cancelShipments(db: Db, carriers: Carriers, orderId: number, actor: string, clock: () => Date): Promise<{ cancelled: ShipmentRow[]; kept: ShipmentRow[] }> {
  const rows = shipmentsOfOrder(db, orderId).filter((s) => !FINAL.includes(s.status));
  const cancelled: ShipmentRow[] = [];
  const kept: ShipmentRow[] = [];
  for (const s of rows) {
    if (!['pending', 'created'].includes(s.status)) {
      kept.push(s);
      continue;
    }
    if (s.carrierOrderCode) {
      const c = carriers.get(s.carrier);
      if (!c) throw new DomainError('NOT_FOUND', `carrier ${s.carrier} is not configured`);
      await c.cancel(s.carrierOrderCode);
    }
    const at = clock().toISOString();
    cancelled.push(
      tx(db, (t) => {
        const row = t.update(shipments).set({ status: 'cancelled', leaseUntil: null, nextAttemptAt: null, updatedAt: at }).where(eq(shipments.id, s.id)).returning().get();
        t.insert(orderEvents).values({ orderId, type: 'shipment_cancelled', actor, note: s.carrierOrderCode ?? s.clientOrderCode, at }).run();
        return row;
      }),
    );
  }
  return { cancelled, kept };
}

/** Shipments of these orders by order id (for lists). */
export function shipmentsOfOrders(db: Db, orderIds: number[]): Map<number, ShipmentRow[]> {
  const m = new Map<number, ShipmentRow[]>();
  if (orderIds.length === 0) return m;
  for (const s of db.select().from(shipments).where(inArray(shipments.orderId, orderIds)).orderBy(asc(shipments.id)).all()) {
    const list = m.get(s.orderId) ?? [];
    list.push(s);
    m.set(s.orderId, list);
  }
  return m;
}
