import type { Db } from '../../db/index.ts';
import type { AllocationRow } from './allocations.ts';
import { shortLines } from './allocations.ts';
import { reachableHouseholds } from './reach.ts';
import type { OrderRow } from '../orders/transition-order.ts';

/** One household's part of an order, as the admin sees it. */
export interface HouseholdPart {
  householdId: number;
  key: string;
  name: string;
  phone: string | null;
  /** A member of the household is in chat and can be told; false: the admin must call them. */
  reachable: boolean;
  shares: { sku: string; name: string; unit: string; qty: number; status: AllocationRow['status'] }[];
}

/** An order's allocations grouped per household (households in the order they were given work), and what no household covers. */
export function orderAllocations(db: Db, order: Pick<OrderRow, 'id' | 'groupId'>): { households: HouseholdPart[]; short: { sku: string; missing: number }[] } {
  const rows = db.$client
    .prepare(
      `select a.household_id as householdId, h.key, h.name as householdName, h.phone, l.sku, l.name, l.unit, a.qty, a.status
       from allocations a join order_lines l on l.id = a.order_line_id join households h on h.id = a.household_id
       where l.order_id = ? order by a.id`,
    )
    .all(order.id) as { householdId: number; key: string; householdName: string; phone: string | null; sku: string; name: string; unit: string; qty: number; status: AllocationRow['status'] }[];
  const reachable = reachableHouseholds(db, order.groupId);
  const parts = new Map<number, HouseholdPart>();
  for (const r of rows) {
    let p = parts.get(r.householdId);
    if (!p) parts.set(r.householdId, (p = { householdId: r.householdId, key: r.key, name: r.householdName, phone: r.phone, reachable: reachable.has(r.householdId), shares: [] }));
    p.shares.push({ sku: r.sku, name: r.name, unit: r.unit, qty: r.qty, status: r.status });
  }
  return { households: [...parts.values()], short: shortLines(db, order.id) };
}

/** Why an order cannot be marked shipped yet; empty `waiting` and `short` with status `ready` means it can. */
export interface ShipBlockers {
  status: OrderRow['status'];
  /** Households whose shares are not ready yet (a paid order waits for them). */
  waiting: HouseholdPart[];
  /** Goods no household covers (after a "Không đủ hàng" nobody could take over). */
  short: { sku: string; missing: number }[];
}

/** What stands between an order and "shipped": its status, households not ready, goods nobody covers. */
export function shipBlockers(db: Db, order: Pick<OrderRow, 'id' | 'groupId' | 'status'>): ShipBlockers {
  const { households, short } = orderAllocations(db, order);
  const waiting = households
    .map((h) => ({ ...h, shares: h.shares.filter((s) => s.status !== 'ready' && s.status !== 'cannot_supply') }))
    .filter((h) => h.shares.length > 0);
  return { status: order.status, waiting, short };
}

/** Households with no member in chat that hold shares of this order not yet ready: someone must call them. */
export function silentHouseholds(db: Db, order: Pick<OrderRow, 'id' | 'groupId'>): HouseholdPart[] {
  return orderAllocations(db, order).households.filter((h) => !h.reachable && h.shares.some((s) => s.status === 'pending' || s.status === 'notified'));
}
