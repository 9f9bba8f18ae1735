import { namedLines, statusLabel } from './order-labels.ts';
import { deliveryLines } from './checkout.ts';
import { formatQty } from '../format.ts';
import { ORDER_STATUSES, type OrderStatus } from '../../db/schema.ts';
import { DomainError } from '../../core/errors.ts';
import { getOrder } from '../../core/orders/transition-order.ts';
import { countOrdersByStatus, listOrders, orderLinesOf } from '../../core/orders/order-view.ts';
import { advanceOrder } from '../../core/orders/advance-order.ts';
import { cancelOrderByShop } from '../../core/orders/cancel-order.ts';
import { reallocateLine } from '../../core/orders/reallocate.ts';
import { assignTransferToOrder } from '../../core/payments/confirm-payment.ts';
import { requireRole } from '../../core/people/roles.ts';
import { settlement } from '../../core/settlement/settlement.ts';
import { payHousehold } from '../../core/settlement/pay-household.ts';
import type { Conversation } from '../conversation.ts';
import { UsageError } from '../errors.ts';
import type { Button } from '../model.ts';
import { feature } from '../feature.ts';
import { btn } from '../buttons.ts';

const admin = (c: Conversation) => requireRole(c.t, c.person.id, c.group.id, 'admin');
const actor = (c: Conversation) => `admin:${c.inc.platform}:${c.inc.userId}`;

/** `/don [status]`: counts per status, or the orders with one status. */
export function ordersByStatus(c: Conversation, status?: string): void {
  admin(c);
  if (status && (ORDER_STATUSES as readonly string[]).includes(status)) {
    const rows = listOrders(c.t, { groupId: c.group.id, status: status as OrderStatus, limit: 30 });
    if (rows.length === 0) return void c.reply({ type: 'text', text: c.m.noOrdersWithStatus });
    return void c.reply({
      type: 'text',
      text: rows.map((o) => c.m.orderListLine(o.code, c.m.status[o.status] ?? o.status, o.total) + (o.customerName ? ` — ${o.customerName}` : '')).join('\n'),
      buttons: rows.slice(0, 10).map((o) => [{ label: o.code, data: btn.adminOrder.data({ code: o.code }) }]),
    });
  }
  const by = countOrdersByStatus(c.t, c.group.id);
  const buttons: Button[][] = ORDER_STATUSES.filter((s) => by.get(s)).map((s) => [{ label: `${c.m.status[s]} (${by.get(s)})`, data: btn.adminStatus.data({ status: s }) }]);
  c.reply({ type: 'text', text: c.m.ordersByStatus(ORDER_STATUSES.map((s) => c.m.statusCount(c.m.status[s] ?? s, by.get(s) ?? 0))), buttons });
}

/** An order as the admin sees it, with the next step as a button. */
export function adminOrder(c: Conversation, code: string): void {
  admin(c);
  const o = getOrder(c.t, code);
  if (o.groupId !== c.group.id) throw new DomainError('NOT_FOUND', code);
  const next: Button[] = [];
  if (o.status === 'ready') next.push({ label: c.m.btnShipped, data: btn.shipped.data({ code: o.code }) });
  if (o.status === 'shipped') next.push({ label: c.m.btnDelivered, data: btn.delivered.data({ code: o.code }) });
  // Names, not codes: the products as the admin's language names them, and who receives the order where.
  const lines = namedLines(c.t, o.id, c.m.lang);
  c.reply({
    type: 'text',
    text: [
      c.m.orderSummary(o.code, statusLabel(c.m, o), o.total, o.total - o.paidAmount),
      ...lines.map((l) => `• ${formatQty(l.qty, c.m.lang)} ${l.unit} ${l.name}`),
      o.customerName ?? '',
      ...deliveryLines(c, o),
      o.note ? `“${o.note}”` : '',
    ]
      .filter(Boolean)
      .join('\n'),
    ...(next.length ? { buttons: [next] } : {}),
  });
}

/** Shipped / delivered from the chat. */
export function advance(c: Conversation, code: string, to: 'shipped' | 'delivered'): void {
  admin(c);
  const o = advanceOrder(c.t, c.group.id, code, to, actor(c), c.now);
  c.reply({
    type: 'text',
    text: c.m.statusChanged(o.code, c.m.status[to] ?? to),
    ...(to === 'shipped' ? { buttons: [[{ label: c.m.btnDelivered, data: btn.delivered.data({ code: o.code }) }]] } : {}),
  });
}

/** `/chia CODE SKU ho-lan 5 ho-minh 3`: override how a line is split, checked against stock. */
export function reallocate(c: Conversation, args: string[]): void {
  admin(c);
  const [code, sku, ...rest] = args;
  if (!code || !sku || rest.length < 2 || rest.length % 2 !== 0) return void c.reply({ type: 'text', text: c.m.chiaUsage });
  const shares = [];
  for (let i = 0; i < rest.length; i += 2) {
    const qty = Number(rest[i + 1]!.replace(',', '.'));
    if (!(qty > 0)) return void c.reply({ type: 'text', text: c.m.chiaUsage });
    shares.push({ key: rest[i]!.toLowerCase(), qty });
  }
  const o = reallocateLine(c.t, c.group.id, code, sku, shares, actor(c), c.now);
  c.reply({ type: 'text', text: c.m.allocationChanged(o.code, sku.toUpperCase()) });
}

/** `/huy CODE [reason]`: the shop cancels an order (even a paid one: the refund is then reported). */
export function cancelByShop(c: Conversation, code: string | undefined, reason: string): void {
  admin(c);
  if (!code) return void c.reply({ type: 'text', text: c.m.usage(c.m.cancelUsage) });
  const o = cancelOrderByShop(c.t, c.group.id, code, reason, actor(c), c.now);
  c.reply({ type: 'text', text: c.m.statusChanged(o.code, c.m.status.cancelled ?? 'cancelled') });
}

/** `/quyettoan`: per household what is earned, kept, paid and owed, with a payout button each. */
export function showSettlement(c: Conversation): void {
  admin(c);
  const s = settlement(c.t, c.group.slug);
  const buttons: Button[][] = s.households.filter((h) => h.owed > 0).map((h) => [{ label: c.m.btnPayout(h.name ?? h.household, h.owed), data: btn.payoutQr.data({ key: h.household }) }]);
  c.reply({
    type: 'text',
    text: [c.m.settlementHeader(c.group.name), ...s.households.map((h) => c.m.settlementLine(h.name, h.earned, h.commission, h.paidOut, h.owed))].join('\n'),
    ...(buttons.length ? { buttons } : {}),
  });
}

/** Shows the VietQR that pays a household what it is owed, with a button to record the payout. */
export function payoutQr(c: Conversation, key: string): void {
  admin(c);
  const h = settlement(c.t, c.group.slug).households.find((x) => x.household === key);
  if (!h) throw new DomainError('NOT_FOUND', key);
  const done: Button[][] = [[{ label: c.m.btnPayoutDone, data: btn.payoutDone.data({ key, amount: h.owed }) }]];
  if (h.vietqr && h.owed > 0) c.reply({ type: 'photo', image: { kind: 'vietqr', payload: h.vietqr }, caption: c.m.payoutQrCaption(h.name, h.owed), buttons: done });
  else c.reply({ type: 'text', text: c.m.payoutQrCaption(h.name, h.owed), buttons: done });
}

/** Records that a payout was made; the household is told. */
export function payoutDone(c: Conversation, key: string, amount: number): void {
  admin(c);
  const h = payHousehold(c.t, c.group.id, key, amount, actor(c), c.now, 'chat');
  c.reply({ type: 'text', text: c.m.payoutRecorded(h.name, amount) });
}

/** `/gan <payment id> <order code>`: assign an unmatched transfer to an order. */
export function assignTransfer(c: Conversation, idText?: string, code?: string): void {
  admin(c);
  const id = Number(idText?.replace('#', ''));
  if (!Number.isInteger(id) || !code) throw new UsageError('/gan <mã giao dịch> <mã đơn>');
  const o = assignTransferToOrder(c.t, c.group.id, id, code, actor(c), c.now);
  c.reply({ type: 'text', text: c.m.paymentAssigned(id, o.code) });
}

/** The group admin's commands and buttons: orders by status, shipping, reallocation, settlement, transfers. */
export const adminFeature = feature('admin')
  .command({
    names: ['don'],
    roles: ['admin'],
    help: { vi: '/don [trạng thái] — đếm đơn theo trạng thái, ví dụ /don paid', en: '/don [status] — orders per status, e.g. /don paid' },
    handle: (c, { args }) => ordersByStatus(c, args[0]),
  })
  .command({
    names: ['chia'],
    roles: ['admin'],
    help: { vi: '/chia <mã đơn> <SKU> ho-lan 5 ho-minh 3 — chia lại dòng hàng cho các hộ', en: '/chia <order> <SKU> ho-lan 5 ho-minh 3 — split a line across households' },
    handle: (c, { args }) => reallocate(c, args),
  })
  .command({
    names: ['quyettoan', 'settlement'],
    roles: ['admin'],
    help: { vi: '/quyettoan — quyết toán với các hộ', en: '/settlement — what each household is owed' },
    handle: (c) => showSettlement(c),
  })
  .command({
    names: ['giao', 'ship'],
    roles: ['admin'],
    help: { vi: '/giao <mã đơn> — đã gửi hàng', en: '/ship <order code> — the order was shipped' },
    handle: (c, { args }) => advance(c, args[0] ?? '', 'shipped'),
  })
  .command({
    names: ['danhan', 'delivered'],
    roles: ['admin'],
    help: { vi: '/danhan <mã đơn> — khách đã nhận hàng', en: '/delivered <order code> — the customer received it' },
    handle: (c, { args }) => advance(c, args[0] ?? '', 'delivered'),
  })
  .command({
    names: ['gan'],
    roles: ['admin'],
    help: { vi: '/gan <mã giao dịch> <mã đơn> — gán khoản chuyển chưa khớp vào đơn', en: '/gan <payment id> <order code> — assign an unmatched transfer' },
    handle: (c, { args }) => assignTransfer(c, args[0], args[1]),
  })
  .button(btn.shipped, (c, { code }) => advance(c, code, 'shipped'))
  .button(btn.delivered, (c, { code }) => advance(c, code, 'delivered'))
  .button(btn.adminOrder, (c, { code }) => adminOrder(c, code))
  .button(btn.adminStatus, (c, { status }) => ordersByStatus(c, status))
  .button(btn.payoutQr, (c, { key }) => payoutQr(c, key))
  .button(btn.payoutDone, (c, { key, amount }) => payoutDone(c, key, amount));
