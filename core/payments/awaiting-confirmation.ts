import type { Db } from '../../db/index.ts';
import { PAID_REPORT_PREFIX } from './paid-report.ts';

/** An unpaid order whose customer said they paid, waiting for a confirmer. */
export interface AwaitingConfirmation {
  id: number;
  code: string;
  total: number;
  paidAmount: number;
  due: number;
  customerName: string | null;
  phone: string | null;
  /** When the customer first said they paid (in the current report). */
  reportedAt: string;
}

/** The group's orders waiting for a confirmer's ✅/❌, oldest report first (at most `limit`), and how many in all. */
export function awaitingConfirmation(db: Db, groupId: number, limit = 10): { orders: AwaitingConfirmation[]; total: number } {
  const rows = db.$client
    .prepare(
      `select o.id, o.code, o.total, o.paid_amount as paidAmount, o.customer_name as customerName, o.phone, cs.data
       from orders o join chat_states cs on cs.key = ? || o.id
       where o.group_id = ? and o.status = 'awaiting_payment'`,
    )
    .all(PAID_REPORT_PREFIX, groupId) as { id: number; code: string; total: number; paidAmount: number; customerName: string | null; phone: string | null; data: string }[];
  const list = rows
    .map((r) => {
      const since = (JSON.parse(r.data) as { since?: string }).since ?? '';
      return { id: r.id, code: r.code, total: r.total, paidAmount: r.paidAmount, due: Math.max(0, r.total - r.paidAmount), customerName: r.customerName, phone: r.phone, reportedAt: since };
    })
    .sort((a, b) => a.reportedAt.localeCompare(b.reportedAt) || a.id - b.id);
  return { orders: list.slice(0, limit), total: list.length };
}
