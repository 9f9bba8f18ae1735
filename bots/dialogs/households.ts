import type { Db } from '../../db/index.ts';
import { getGroupById, getHouseholdById, type Group } from '../../core/catalog/queries.ts';
import { DomainError } from '../../core/errors.ts';
import { cannotSupply, markHouseholdsNotified, markNotified, markReady, openSharesOfHousehold, setStock, sharesOfOrder, shortLines, type HouseholdShare } from '../../core/households/allocations.ts';
import { getOrder, getOrderById } from '../../core/orders/transition-order.ts';
import { householdMembers, rolesOf } from '../../core/people/roles.ts';
import { settlement } from '../../core/settlement/settlement.ts';
import type { Conversation } from '../conversation.ts';
import type { Messages } from '../i18n/index.ts';
import { notifyPerson, notifyRole } from '../notify.ts';
import type { Outgoing } from '../model.ts';
import { feature } from '../feature.ts';
import { btn } from '../buttons.ts';
import { orderDeliveryLines } from './order-labels.ts';

/** The message telling a household what to prepare for an order, with Ready / Cannot supply buttons. */
function prepareMessage(m: Messages, group: Group, code: string, shares: HouseholdShare[], delivery: string[] = []): Outgoing {
  return {
    type: 'text',
    text: [m.prepare(code, shares.map((s) => m.shareLine(s.qty, s.unit, s.name, s.sku)), m.gatherPoint(group.name)), ...delivery].join('\n'),
    buttons: [[{ label: m.btnReady, data: btn.householdReady.data({ code: code }) }, { label: m.btnCannotSupply, data: btn.householdShort.data({ code: code }) }]],
  };
}

/** Tells each household with a share in the order what to prepare (once per household). */
export function notifyHouseholds(t: Db, group: Group, orderId: number, now: Date): void {
  const order = getOrderById(t, orderId);
  const byHousehold = new Map<number, HouseholdShare[]>();
  for (const s of sharesOfOrder(t, orderId)) {
    if (s.status !== 'pending') continue;
    byHousehold.set(s.householdId, [...(byHousehold.get(s.householdId) ?? []), s]);
  }
  for (const [householdId, shares] of byHousehold) {
    for (const member of householdMembers(t, householdId)) {
      notifyPerson(t, group, member.personId, (m) => prepareMessage(m, group, order.code, shares, orderDeliveryLines(m, group, order)), now);
    }
    markNotified(t, orderId, householdId, now);
  }
  markHouseholdsNotified(t, orderId, now);
}

/** The household this person acts for in the conversation's group (FORBIDDEN if none). */
function householdOf(c: Conversation, orderId?: number): number {
  const ms = rolesOf(c.t, c.person.id, c.group.id).filter((m) => m.role === 'household' && m.householdId);
  if (ms.length === 0) throw new DomainError('FORBIDDEN', 'household members only');
  if (orderId !== undefined) {
    const shares = new Set(sharesOfOrder(c.t, orderId).map((s) => s.householdId));
    const hit = ms.find((m) => shares.has(m.householdId!));
    if (hit) return hit.householdId!;
  }
  return ms[0]!.householdId!;
}

/** "Đã sẵn sàng": the household's share is ready; the order becomes ready when all are. */
export function ready(c: Conversation, code: string): void {
  const o = getOrder(c.t, code);
  const group = getGroupById(c.t, o.groupId);
  const hid = householdOf(c, o.id);
  const r = markReady(c.t, o.id, hid, `household:${c.inc.platform}:${c.inc.userId}`, c.now);
  c.reply({ type: 'text', text: c.m.readyThanks(o.code) });
  if (r.orderReady) {
    notifyPerson(c.t, group, o.personId, (m) => ({ type: 'text', text: m.orderReadyCustomer(o.code) }), c.now);
    notifyRole(c.t, group, 'admin', (m) => ({ type: 'text', text: m.orderReadyAdmin(o.code), buttons: [[{ label: m.btnShipped, data: btn.shipped.data({ code: o.code }) }]] }), c.now);
  } else if (shortLines(c.t, o.id).length > 0 && sharesOfOrder(c.t, o.id).every((s) => s.status === 'ready' || s.status === 'cannot_supply')) {
    notifyRole(c.t, group, 'admin', (m) => ({ type: 'text', text: m.shortLinesAdmin(o.code) }), c.now);
  }
}

/** "Không đủ hàng": re-allocate the share to other households, or alert the admins. */
export function notEnough(c: Conversation, code: string): void {
  const o = getOrder(c.t, code);
  const group = getGroupById(c.t, o.groupId);
  const hid = householdOf(c, o.id);
  const r = cannotSupply(c.t, o.id, hid, `household:${c.inc.platform}:${c.inc.userId}`, c.now);
  c.reply({ type: 'text', text: r.uncovered.length ? c.m.cannotSupplyNobody(o.code) : c.m.cannotSupplyAck(o.code) });
  const moved = new Set(r.moved.map((x) => x.householdId));
  // Tell the households that took it over (their new shares are pending).
  if (moved.size > 0 && (o.status === 'paid' || group.notifyHouseholdsOn === 'placed')) notifyHouseholds(c.t, group, o.id, c.now);
  if (r.uncovered.length) {
    notifyRole(c.t, group, 'admin', (m) => ({ type: 'text', text: m.uncoveredAdmin(o.code, r.uncovered.map((u) => `• ${u.qty} ${u.sku}`)) }), c.now);
  }
}

/** `kho KL-XANH 20`: a household sets its own stock of a product. */
export function updateStock(c: Conversation, sku: string | undefined, qtyText: string | undefined): void {
  const hid = householdOf(c);
  const qty = Number((qtyText ?? '').replace(',', '.'));
  if (!sku || qtyText === undefined || !Number.isFinite(qty) || qty < 0) return void c.reply({ type: 'text', text: c.m.stockUsage });
  const p = setStock(c.t, c.group.id, hid, sku, qty);
  // Matchers do not depend on stock, so the catalog version stays as it is.
  c.reply({ type: 'text', text: p.reserved > 0 ? c.m.stockSetReserved(p.name, p.forSale, p.unit, p.reserved) : c.m.stockSet(p.name, p.forSale, p.unit) });
}

/** `/doanhthu`: the household's earnings, payouts and what it still has to prepare. */
export function earnings(c: Conversation): void {
  const hid = householdOf(c);
  const h = getHouseholdById(c.t, hid);
  const s = settlement(c.t, c.group.slug).households.find((x) => x.household === h.key)!;
  const open = openSharesOfHousehold(c.t, hid).filter((x) => x.shares.some((s) => s.status !== 'ready' && s.status !== 'cannot_supply'));
  const lines = [c.m.earnings(h.name, s.earned, s.commission, s.paidOut, s.owed), ''];
  if (open.length === 0) lines.push(c.m.noOpenShares);
  else {
    lines.push(c.m.openSharesHeader);
    for (const x of open) for (const sh of x.shares) lines.push(`${x.order.code} ${c.m.shareLine(sh.qty, sh.unit, sh.name, sh.sku)}`);
  }
  c.reply({ type: 'text', text: lines.join('\n') });
}

/** A household member's side: prepare orders (ready / cannot supply), stock counts, earnings. */
export const householdFeature = feature('households')
  .command({
    names: ['kho'],
    roles: ['household'],
    help: { vi: '/kho <SKU> <số lượng> — báo số hàng hộ đang có, ví dụ /kho KL-XANH 20', en: '/kho <SKU> <qty> — how many the household holds, e.g. /kho KL-XANH 20' },
    handle: (c, { args }) => updateStock(c, args[0], args[1]),
  })
  .command({
    names: ['doanhthu'],
    roles: ['household'],
    help: { vi: '/doanhthu — tiền hộ đã làm ra và đã được trả', en: '/doanhthu — what the household earned and was paid' },
    handle: (c) => earnings(c),
  })
  // "kho KL-XANH 20" written without the slash.
  .text(/^kho\s+\S+\s+\S+$/i, (c, text) => {
    const [, sku, qty] = text.split(/\s+/);
    updateStock(c, sku, qty);
  })
  .button(btn.householdReady, (c, { code }) => ready(c, code))
  .button(btn.householdShort, (c, { code }) => notEnough(c, code));
