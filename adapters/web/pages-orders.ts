import { html } from 'hono/html';
import type { Db } from '../../db/index.ts';
import { ORDER_STATUSES } from '../../db/schema.ts';
import { formatQty, formatTime, formatVnd } from '../../bots/format.ts';
import type { OrderRow } from '../../core/orders/transition-order.ts';
import { viewOrder } from '../../core/orders/order-view.ts';
import type { WebCtx } from './auth.ts';
import { page, postForm, type Html } from './layout.ts';
import { actorOf, listPayments, unmatchedCount, orderEventsOf, ordersForAmount, ordersWithStatus, searchOrders, statusTotals, type OrderFilter } from './queries.ts';

/** One order as a list item linking to its page. */
function orderItem(ctx: WebCtx, o: OrderRow & { reported?: boolean }): Html {
  const who = [o.customerName, o.phone].filter(Boolean).join(' · ');
  return html`<li><div class="row"><span><a href="/web/orders/${o.code}"><b>${o.code}</b></a>${o.reported ? html` <span class="tag warn">${ctx.w.reportedPaid}</span>` : ''}</span><span class="big" style="font-size:1rem">${formatVnd(o.total)}</span></div>
<div class="row muted"><span>${who || '—'}</span><span>${ctx.w.status[o.status] ?? o.status} · ${formatTime(o.createdAt)}</span></div></li>`;
}

/** Today: what to act on now, with counts and the money in each state. */
export function todayPage(db: Db, ctx: WebCtx, notice?: string): Html {
  const totals = statusTotals(db, ctx.group.id);
  const unmatched = unmatchedCount(db, ctx.group.id);
  const section = (title: string, status: 'awaiting_payment' | 'paid' | 'ready') => {
    const t = totals.get(status) ?? { n: 0, money: 0 };
    const rows = ordersWithStatus(db, ctx.group.id, status, 10);
    return html`<section class="card" data-state="${status}"><div class="row"><h2 style="margin:0">${title}</h2><span class="big">${t.n}</span></div>
<div class="muted">${ctx.w.countMoney(t.n, formatVnd(t.money))}</div>
${rows.length ? html`<ul class="list">${rows.map((o) => orderItem(ctx, o))}</ul>` : html`<p class="muted">${ctx.w.nothing}</p>`}
${t.n > rows.length ? html`<a href="/web/orders?status=${status}">${ctx.w.seeAll} (${t.n})</a>` : ''}</section>`;
  };
  const body = html`${unmatched ? html`<p class="card warn"><a href="/web/payments">${ctx.w.unmatchedWaiting(unmatched)}</a></p>` : ''}
${section(ctx.w.awaitingConfirmation, 'awaiting_payment')}${section(ctx.w.paidNotReady, 'paid')}${section(ctx.w.readyToShip, 'ready')}`;
  return page(ctx.frame, ctx.w.todayTitle, '/web/today', body, notice);
}

/** The order list with its filters and pages. */
export function ordersPage(db: Db, ctx: WebCtx, f: OrderFilter, query: Record<string, string>): Html {
  const { rows, more } = searchOrders(db, ctx.group.id, f);
  const households = db.$client.prepare('select key, name from households where group_id = ? order by id').all(ctx.group.id) as { key: string; name: string }[];
  const pools = db.$client.prepare('select id, name from pools where group_id = ? order by id desc limit 50').all(ctx.group.id) as { id: number; name: string }[];
  const link = (p: number) => `/web/orders?${new URLSearchParams({ ...query, page: String(p) })}`;
  const opt = (value: string, label: string, selected: boolean) => html`<option value="${value}" ${selected ? 'selected' : ''}>${label}</option>`;
  const body = html`<form method="get" action="/web/orders" class="card">
<div class="row"><input name="q" type="search" placeholder="${ctx.w.search}" value="${f.q ?? ''}" style="flex:1" aria-label="${ctx.w.search}"></div>
<div class="row" style="margin-top:.4rem">
<select name="status" aria-label="${ctx.w.filterStatus}">${opt('', `${ctx.w.filterStatus}: ${ctx.w.filterAll}`, !f.status)}${ORDER_STATUSES.map((s) => opt(s, ctx.w.status[s] ?? s, f.status === s))}</select>
<select name="household" aria-label="${ctx.w.filterHousehold}">${opt('', `${ctx.w.filterHousehold}: ${ctx.w.filterAll}`, !f.household)}${households.map((h) => opt(h.key, h.name, f.household === h.key))}</select>
${pools.length ? html`<select name="pool" aria-label="${ctx.w.filterPool}">${opt('', `${ctx.w.filterPool}: ${ctx.w.filterAll}`, !f.pool)}${pools.map((p) => opt(String(p.id), p.name, f.pool === p.id))}</select>` : ''}
</div><div class="row" style="margin-top:.4rem"><label>${ctx.w.filterFrom} <input type="date" name="from" value="${f.from ?? ''}"></label><label>${ctx.w.filterTo} <input type="date" name="to" value="${f.to ?? ''}"></label><button>${ctx.w.apply}</button></div></form>
<div class="card">${rows.length ? html`<ul class="list" id="orders">${rows.map((o) => orderItem(ctx, o))}</ul>` : html`<p class="muted">${ctx.w.noOrders}</p>`}</div>
<div class="row">${f.page > 1 ? html`<a href="${link(f.page - 1)}">${ctx.w.prev}</a>` : html`<span></span>`}<span class="muted">${ctx.w.pageOf(f.page)}</span>${more ? html`<a href="${link(f.page + 1)}">${ctx.w.next}</a>` : html`<span></span>`}</div>`;
  return page(ctx.frame, ctx.w.ordersTitle, '/web/orders', body);
}

/** One order: lines, allocations, payments, history, and the actions the chat has. */
export function orderPage(db: Db, ctx: WebCtx, code: string, notice?: string): Html {
  const v = viewOrder(db, code);
  const o = db.$client.prepare('select id, group_id as groupId from orders where code = ?').get(v.code) as { id: number; groupId: number };
  const w = ctx.w;
  const admin = ctx.roles.includes('admin');
  const households = db.$client.prepare('select key, name from households where group_id = ? order by id').all(ctx.group.id) as { key: string; name: string }[];
  const hname = new Map(households.map((h) => [h.key, h.name]));
  const pays = listPayments(db, ctx.group.id, { orderId: o.id });
  const events = orderEventsOf(db, o.id);
  // "Mai (quản lý)", "SePay (ngân hàng)", "tự động": a name where there is one, never an internal id.
  const who = (actor: string): string => {
    const a = actorOf(db, actor);
    const role = w.actorRole[a.role] ?? w.actorRole.system!;
    return a.name ? `${a.name} (${role})` : role;
  };
  const canAllocate = admin && ['awaiting_payment', 'paid'].includes(v.status);
  const lines = v.items.map(
    (it) => html`<li><div class="row"><span><b>${formatQty(it.qty, w.lang)} ${it.unit}</b> ${it.name} <span class="tag">${it.sku}</span></span><span>${formatVnd(it.lineTotal)}</span></div>
<div class="muted">${w.allocations}: ${it.allocations.length ? it.allocations.map((a, i) => html`${i ? ', ' : ''}${hname.get(a.household) ?? a.household} ${formatQty(a.qty, w.lang)} (${w.allocStatus[a.status] ?? a.status})`) : '—'}</div>
${
  canAllocate
    ? postForm(
        ctx.frame,
        `/web/orders/${v.code}/allocate`,
        html`<input type="hidden" name="sku" value="${it.sku}">${households.map((h) => {
          const cur = it.allocations.filter((a) => a.household === h.key).reduce((s, a) => s + a.qty, 0);
          return html`<label class="muted">${h.name} <input name="h:${h.key}" inputmode="decimal" size="3" value="${cur ? String(cur) : ''}" style="width:4rem"></label>`;
        })}<button class="sec">${w.actionReallocate}</button>`,
      )
    : ''
}</li>`,
  );
  const actions: Html[] = [];
  if (admin && v.status === 'awaiting_payment')
    actions.push(postForm(ctx.frame, `/web/orders/${v.code}/paid`, html`<input name="note" placeholder="${w.actionNote}" aria-label="${w.actionNote}" maxlength="200"><button>${w.actionMarkPaid}</button>`));
  if (!admin && ctx.roles.includes('confirmer') && v.status === 'awaiting_payment')
    actions.push(postForm(ctx.frame, `/web/orders/${v.code}/confirm`, html`<button>${w.actionConfirmReceived(formatVnd(v.payment.due))}</button>`));
  if (admin && v.status === 'ready') actions.push(postForm(ctx.frame, `/web/orders/${v.code}/ship`, html`<button>${w.actionShip}</button>`));
  if (admin && v.status === 'shipped') actions.push(postForm(ctx.frame, `/web/orders/${v.code}/deliver`, html`<button>${w.actionDeliver}</button>`));
  if (admin && ['awaiting_payment', 'paid', 'ready'].includes(v.status))
    actions.push(
      postForm(ctx.frame, `/web/orders/${v.code}/cancel`, html`<input name="reason" placeholder="${w.actionReason}" aria-label="${w.actionReason}" maxlength="200"><button class="danger">${w.actionCancel}</button>`, {
        confirm: w.confirmCancel,
      }),
    );
  const body = html`<div class="card"><div class="row"><span class="tag">${w.status[v.status] ?? v.status}</span><span class="muted">${w.createdAt} ${formatTime(v.createdAt)}</span></div>
<table><tr><th>${w.customer}</th><td>${v.customer.name ?? '—'}</td></tr><tr><th>${w.phone}</th><td>${v.customer.phone ? html`<a href="tel:${v.customer.phone}">${v.customer.phone}</a>` : '—'}</td></tr>
<tr><th>${w.receiver}</th><td>${v.delivery.receiver ?? '—'}</td></tr><tr><th>${w.deliverTo}</th><td>${v.delivery.pickup ? w.pickupAtVillage : (v.delivery.address ?? '—')}</td></tr>
${v.payment.claimedAt ? html`<tr><th>${w.paymentClaimed}</th><td>${formatTime(v.payment.claimedAt)}</td></tr>` : ''}
<tr><th>${w.note}</th><td>${v.note ?? '—'}</td></tr><tr><th>${w.total}</th><td class="n">${formatVnd(v.total)}</td></tr><tr><th>${w.paid}</th><td class="n">${formatVnd(v.payment.paidAmount)}</td></tr>
<tr><th>${w.due}</th><td class="n">${formatVnd(v.payment.due)}</td></tr></table></div>
${actions.length ? html`<div class="card" id="actions">${actions}</div>` : ''}
<h2>${w.lines}</h2><div class="card"><ul class="list">${lines}</ul></div>
<h2>${w.paymentHistory}</h2><div class="card">${pays.length ? html`<ul class="list">${pays.map((p) => html`<li><div class="row"><b>${formatVnd(p.amount)}</b><span class="muted">${formatTime(p.receivedAt)}</span></div><div class="muted">${w.source[p.source] ?? p.source} · ${w.paymentStatus[p.status] ?? p.status} · ${p.description ?? ''}</div></li>`)}</ul>` : html`<p class="muted">${w.noPayments}</p>`}</div>
<h2>${w.history}</h2><div class="card"><ul class="list">${events.map((e) => html`<li class="muted">${formatTime(e.at)} · ${e.toStatus ? `${w.status[e.fromStatus ?? ''] ?? e.fromStatus ?? ''} → ${w.status[e.toStatus] ?? e.toStatus}` : e.type} · ${who(e.actor)}${e.note ? ` · ${e.note}` : ''}</li>`)}</ul></div>`;
  return page(ctx.frame, w.orderTitle(v.code), '/web/orders', body, notice);
}

/** Unmatched transfers shown at once, and payments per page of the full list. */
const UNMATCHED_SHOWN = 15;
const PAYMENTS_PAGE = 50;

/** Every payment, with unmatched transfers first and a way to assign each to an order. */
export function paymentsPage(db: Db, ctx: WebCtx, pageNo: number, notice?: string): Html {
  const w = ctx.w;
  const admin = ctx.roles.includes('admin');
  // Kept small for a phone on 3G: the newest unmatched transfers, and the full list a page at a time.
  const unmatchedN = unmatchedCount(db, ctx.group.id);
  const unmatched = listPayments(db, ctx.group.id, { unmatchedOnly: true, limit: UNMATCHED_SHOWN });
  const all = listPayments(db, ctx.group.id, { limit: PAYMENTS_PAGE + 1, offset: (pageNo - 1) * PAYMENTS_PAGE });
  const more = all.length > PAYMENTS_PAGE;
  const body = html`<h2>${w.unmatchedTitle} (${unmatchedN})</h2>
${unmatched.map((p) => {
  const cands = ordersForAmount(db, ctx.group.id, p.amount, p.receivedAt);
  return html`<div class="card" data-payment="${p.id}"><div class="row"><b>#${p.id} · ${formatVnd(p.amount)}</b><span class="muted">${formatTime(p.receivedAt)} · ${w.source[p.source] ?? p.source}</span></div>
<div class="muted">“${p.description ?? ''}”</div>
${
  admin
    ? html`<div class="muted" style="margin-top:.4rem">${w.candidates}:</div>${
        cands.length
          ? cands.map((o) => postForm(ctx.frame, `/web/payments/${p.id}/assign`, html`<input type="hidden" name="code" value="${o.code}"><button class="sec">${w.assignTo} ${o.code}</button><span class="muted">${o.customerName ?? ''} · ${formatTime(o.createdAt)}</span>`))
          : html`<p class="muted">${w.noCandidates}</p>`
      }${postForm(ctx.frame, `/web/payments/${p.id}/assign`, html`<input name="code" placeholder="${w.orderCode}" aria-label="${w.orderCode}" maxlength="12" autocapitalize="characters"><button>${w.assignTo}</button>`)}`
    : ''
}</div>`;
})}
<h2>${w.allPayments}</h2><div class="card"><table><tr><th>#</th><th>${w.createdAt}</th><th class="n">₫</th><th>${w.navOrders}</th></tr>
${all.slice(0, PAYMENTS_PAGE).map((p) => html`<tr><td>${p.id}</td><td class="muted">${formatTime(p.receivedAt)}<br>${w.source[p.source] ?? p.source} · ${w.paymentStatus[p.status] ?? p.status}</td><td class="n">${formatVnd(p.amount)}</td><td>${p.orderCode ? html`<a href="/web/orders/${p.orderCode}">${p.orderCode}</a>` : '—'}</td></tr>`)}</table></div>
<div class="row">${pageNo > 1 ? html`<a href="/web/payments?page=${pageNo - 1}">${w.prev}</a>` : html`<span></span>`}<span class="muted">${w.pageOf(pageNo)}</span>${more ? html`<a href="/web/payments?page=${pageNo + 1}">${w.next}</a>` : html`<span></span>`}</div>`;
  return page(ctx.frame, w.paymentsTitle, '/web/payments', body, notice);
}
