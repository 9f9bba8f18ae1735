import type { Db } from '../../db/index.ts';
import { ORDER_STATUSES, type OrderStatus } from '../../db/schema.ts';
import type { OrderRow } from '../../core/orders/transition-order.ts';
import { EARNING_STATUSES } from '../../core/settlement/settlement.ts';
import { PAID_REPORT_PREFIX } from '../../core/payments/paid-report.ts';

/** Orders per page on the web list. */
export const PAGE_SIZE = 30;

/** The filters of the web order list. */
export interface OrderFilter {
  status?: OrderStatus;
  /** Vietnam dates, YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
  household?: string;
  pool?: number;
  q?: string;
  page: number;
}

const VN_OFFSET_MS = 7 * 3600_000;
/** The UTC instant at which a Vietnam calendar day (YYYY-MM-DD) starts. */
export function vnDayStart(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - VN_OFFSET_MS).toISOString();
}

/** Reads the order list filters from a query string; anything malformed is ignored, not an error. */
export function parseOrderFilter(q: Record<string, string>): OrderFilter {
  const day = (s?: string) => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)) ? s : undefined);
  const status = (ORDER_STATUSES as readonly string[]).includes(q.status ?? '') ? (q.status as OrderStatus) : undefined;
  const page = Math.min(10_000, Math.max(1, Number.parseInt(q.page ?? '1', 10) || 1));
  const pool = Number.parseInt(q.pool ?? '', 10);
  const household = q.household && /^[a-z0-9-]{1,63}$/.test(q.household) ? q.household : undefined;
  const search = q.q?.trim().slice(0, 60);
  return { page, ...(status ? { status } : {}), ...(day(q.from) ? { from: day(q.from)! } : {}), ...(day(q.to) ? { to: day(q.to)! } : {}), ...(household ? { household } : {}), ...(pool > 0 ? { pool } : {}), ...(search ? { q: search } : {}) };
}

type RawOrder = Record<string, unknown>;
const toOrder = (r: RawOrder) =>
  ({
    id: r.id,
    code: r.code,
    groupId: r.group_id,
    personId: r.person_id,
    identityId: r.identity_id,
    customerName: r.customer_name,
    phone: r.phone,
    note: r.note,
    status: r.status,
    paymentStatus: r.payment_status,
    total: r.total,
    paidAmount: r.paid_amount,
    poolId: r.pool_id,
    chatPlatform: r.chat_platform,
    chatId: r.chat_id,
    expiresAt: r.expires_at,
    remindedAt: r.reminded_at,
    householdsNotifiedAt: r.households_notified_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }) as OrderRow;

/** One page of a group's orders, newest first, and whether there is a next page. */
export function searchOrders(db: Db, groupId: number, f: OrderFilter): { rows: OrderRow[]; more: boolean } {
  const where = ['o.group_id = ?'];
  const args: unknown[] = [groupId];
  if (f.status) (where.push('o.status = ?'), args.push(f.status));
  if (f.from) (where.push('o.created_at >= ?'), args.push(vnDayStart(f.from)));
  if (f.to) (where.push('o.created_at < ?'), args.push(new Date(Date.parse(vnDayStart(f.to)) + 24 * 3600_000).toISOString()));
  if (f.pool) (where.push('o.pool_id = ?'), args.push(f.pool));
  if (f.household) {
    where.push('exists (select 1 from order_lines l join allocations a on a.order_line_id = l.id join households h on h.id = a.household_id where l.order_id = o.id and h.key = ?)');
    args.push(f.household);
  }
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    const digits = f.q.replace(/\D/g, '');
    where.push(`(o.code like ? escape '\\' or o.customer_name like ? escape '\\'${digits.length >= 3 ? " or o.phone like ? escape '\\'" : ''})`);
    args.push(like.toUpperCase(), like);
    if (digits.length >= 3) args.push(`%${digits}%`);
  }
  const rows = db.$client
    .prepare(`select o.* from orders o where ${where.join(' and ')} order by o.id desc limit ? offset ?`)
    .all(...args, PAGE_SIZE + 1, (f.page - 1) * PAGE_SIZE) as RawOrder[];
  return { rows: rows.slice(0, PAGE_SIZE).map(toOrder), more: rows.length > PAGE_SIZE };
}

/** Count and money per order status in a group (money = totals; for awaiting payment, what is still due). */
export function statusTotals(db: Db, groupId: number): Map<string, { n: number; money: number }> {
  const rows = db.$client
    .prepare(
      `select status, count(*) as n, sum(case when status = 'awaiting_payment' then total - paid_amount else total end) as money from orders where group_id = ? group by status`,
    )
    .all(groupId) as { status: string; n: number; money: number }[];
  return new Map(rows.map((r) => [r.status, { n: r.n, money: r.money ?? 0 }]));
}

/**
 * The newest orders of a group with one status; those whose customer said "I paid" and still wait for a
 * confirmer come first, flagged `reported`.
 */
export function ordersWithStatus(db: Db, groupId: number, status: OrderStatus, limit = 20): (OrderRow & { reported: boolean })[] {
  const rows = db.$client
    .prepare("select o.*, exists (select 1 from chat_states cs where cs.key = ? || o.id) as reported from orders o where o.group_id = ? and o.status = ? order by reported desc, o.id desc limit ?")
    .all(PAID_REPORT_PREFIX, groupId, status, limit) as RawOrder[];
  return rows.map((r) => ({ ...toOrder(r), reported: r.reported === 1 }));
}

/** A payment row as the web lists it, with its order's code. */
export interface PaymentLine {
  id: number;
  source: string;
  amount: number;
  status: string;
  description: string | null;
  actor: string;
  receivedAt: string;
  orderCode: string | null;
}

/** A group's payments, newest first (unmatched ones first when asked). */
export function listPayments(db: Db, groupId: number, opts: { unmatchedOnly?: boolean; orderId?: number; limit?: number; offset?: number } = {}): PaymentLine[] {
  const where = ['p.group_id = ?'];
  const args: unknown[] = [groupId];
  if (opts.unmatchedOnly) where.push("p.order_id is null and p.status = 'unmatched'");
  if (opts.orderId !== undefined) (where.push('p.order_id = ?'), args.push(opts.orderId));
  return db.$client
    .prepare(
      `select p.id, p.source, p.amount, p.status, p.description, p.actor, p.received_at as receivedAt, o.code as orderCode
       from payments p left join orders o on o.id = p.order_id where ${where.join(' and ')} order by p.id desc limit ? offset ?`,
    )
    .all(...args, opts.limit ?? 200, opts.offset ?? 0) as PaymentLine[];
}

/** How many transfers of a group match no order. */
export function unmatchedCount(db: Db, groupId: number): number {
  return (db.$client.prepare("select count(*) as n from payments where group_id = ? and order_id is null and status = 'unmatched'").get(groupId) as { n: number }).n;
}

/** Orders still awaiting payment whose amount due equals `amount`, placed within three days before or after `at`. */
export function ordersForAmount(db: Db, groupId: number, amount: number, at: string): OrderRow[] {
  const t = Date.parse(at);
  const lo = new Date(t - 3 * 24 * 3600_000).toISOString();
  const hi = new Date(t + 3 * 24 * 3600_000).toISOString();
  return (
    db.$client
      .prepare("select * from orders where group_id = ? and status = 'awaiting_payment' and total - paid_amount = ? and created_at between ? and ? order by id desc limit 5")
      .all(groupId, amount, lo, hi) as RawOrder[]
  ).map(toOrder);
}

/** The order's history (state changes, payments), oldest first. */
export function orderEventsOf(db: Db, orderId: number): { type: string; fromStatus: string | null; toStatus: string | null; actor: string; note: string | null; at: string }[] {
  return db.$client
    .prepare('select type, from_status as fromStatus, to_status as toStatus, actor, note, at from order_events where order_id = ? order by id')
    .all(orderId) as { type: string; fromStatus: string | null; toStatus: string | null; actor: string; note: string | null; at: string }[];
}

/**
 * Who did something, for people reading a history: the person's name for a chat identity (`admin:telegram:123`) or a
 * web session (`admin:web:7`), with the role; the provider for a bank (`bank:sepay`); the role alone otherwise.
 */
export function actorOf(db: Db, actor: string): { role: string; name: string | null } {
  const [role = actor, platform, id] = actor.split(':');
  if (platform === undefined || id === undefined) return { role, name: null };
  if (role === 'bank') return { role, name: platform === 'sepay' ? 'SePay' : platform === 'casso' ? 'Casso' : platform };
  const row = (platform === 'web'
    ? db.$client.prepare('select name from people where id = ?').get(Number(id))
    : db.$client
        .prepare('select coalesce(p.name, i.display_name) as name from identities i left join people p on p.id = i.person_id where i.platform = ? and i.platform_user_id = ?')
        .get(platform, id)) as { name: string | null } | undefined;
  return { role, name: row?.name ?? null };
}

/** People holding a household's role: their names. */
export function householdMemberNames(db: Db, householdId: number): string[] {
  return (
    db.$client
      .prepare("select coalesce(p.name, (select display_name from identities i where i.person_id = p.id limit 1), '#' || p.id) as name from memberships m join people p on p.id = m.person_id where m.household_id = ? and m.role = 'household' order by m.id")
      .all(householdId) as { name: string }[]
  ).map((r) => r.name);
}

/** Payouts made to a household, newest first. */
export function payoutsOf(db: Db, householdId: number): { amount: number; note: string | null; actor: string; createdAt: string }[] {
  return db.$client.prepare('select amount, note, actor, created_at as createdAt from payouts where household_id = ? order by id desc').all(householdId) as {
    amount: number;
    note: string | null;
    actor: string;
    createdAt: string;
  }[];
}

/** Every allocation of a household with its order, newest first. */
export function allocationsOf(db: Db, householdId: number, limit = 100): { code: string; orderStatus: string; sku: string; name: string; unit: string; qty: number; status: string; value: number }[] {
  return db.$client
    .prepare(
      `select o.code, o.status as orderStatus, l.sku, l.name, l.unit, a.qty, a.status, round(a.qty * l.unit_price) as value
       from allocations a join order_lines l on l.id = a.order_line_id join orders o on o.id = l.order_id
       where a.household_id = ? order by o.id desc limit ?`,
    )
    .all(householdId, limit) as { code: string; orderStatus: string; sku: string; name: string; unit: string; qty: number; status: string; value: number }[];
}

/**
 * Sales of the last `days` Vietnam days: per day the value of orders that earn (paid or later), and per
 * household the value of its allocations in those orders (the same rule as settlement).
 */
export function salesSeries(db: Db, groupId: number, now: Date, days = 30): { perDay: { day: string; total: number }[]; perHousehold: { key: string; name: string; total: number }[] } {
  const today = new Date(now.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
  const first = new Date(Date.parse(today) - (days - 1) * 24 * 3600_000).toISOString().slice(0, 10);
  const since = vnDayStart(first);
  const marks = EARNING_STATUSES.map(() => '?').join(', ');
  const byDay = db.$client
    .prepare(`select substr(datetime(created_at, '+7 hours'), 1, 10) as day, sum(total) as total from orders where group_id = ? and status in (${marks}) and created_at >= ? group by day`)
    .all(groupId, ...EARNING_STATUSES, since) as { day: string; total: number }[];
  const totals = new Map(byDay.map((r) => [r.day, r.total]));
  const perDay = Array.from({ length: days }, (_, i) => {
    const day = new Date(Date.parse(first) + i * 24 * 3600_000).toISOString().slice(0, 10);
    return { day, total: totals.get(day) ?? 0 };
  });
  const perHousehold = db.$client
    .prepare(
      `select h.key, h.name, coalesce(sum(case when o.id is not null and a.status != 'cannot_supply' then round(a.qty * l.unit_price) end), 0) as total
       from households h left join allocations a on a.household_id = h.id left join order_lines l on l.id = a.order_line_id
       left join orders o on o.id = l.order_id and o.status in (${marks}) and o.created_at >= ?
       where h.group_id = ? group by h.id order by h.id`,
    )
    .all(...EARNING_STATUSES, since, groupId) as { key: string; name: string; total: number }[];
  return { perDay, perHousehold };
}

/**
 * What a household still has to prepare, as `openSharesOfHousehold` and `/doanhthu` define it (its shares
 * of paid orders not yet ready nor refused): totals per product, how many orders, and the oldest few orders
 * first (they have waited longest), read in two queries whatever the number of orders.
 */
export function preparationOf(db: Db, householdId: number, limit = 10) {
  const where = "a.household_id = ? and o.status = 'paid' and a.status not in ('ready', 'cannot_supply')";
  const totals = db.$client
    .prepare(`select l.sku, l.name, l.unit, round(sum(a.qty), 3) as qty, count(distinct o.id) as orders from allocations a join order_lines l on l.id = a.order_line_id join orders o on o.id = l.order_id where ${where} group by l.sku order by l.sku`)
    .all(householdId) as { sku: string; name: string; unit: string; qty: number; orders: number }[];
  const from = 'from allocations a join order_lines l on l.id = a.order_line_id join orders o on o.id = l.order_id';
  const ids = (db.$client.prepare(`select distinct o.id ${from} where ${where} order by o.id limit ?`).all(householdId, limit) as { id: number }[]).map((r) => r.id);
  const shareRows = ids.length
    ? (db.$client
        .prepare(`select o.code, a.qty, l.unit, l.name ${from} where ${where} and o.id in (${ids.map(() => '?').join(', ')}) order by o.id, l.id`)
        .all(householdId, ...ids) as { code: string; qty: number; unit: string; name: string }[])
    : [];
  const oldest: { code: string; shares: { qty: number; unit: string; name: string }[] }[] = [];
  for (const r of shareRows) {
    if (oldest.at(-1)?.code !== r.code) oldest.push({ code: r.code, shares: [] });
    oldest.at(-1)!.shares.push({ qty: r.qty, unit: r.unit, name: r.name });
  }
  const orderCount = (db.$client.prepare(`select count(distinct o.id) as n from allocations a join order_lines l on l.id = a.order_line_id join orders o on o.id = l.order_id where ${where}`).get(householdId) as { n: number }).n;
  return { totals, oldest, orderCount };
}
