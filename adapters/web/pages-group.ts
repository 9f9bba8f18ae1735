import { html, raw } from 'hono/html';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { households } from '../../db/schema.ts';
import { formatQty, formatTime, formatVnd } from '../../bots/format.ts';
import { listProducts, reservedStock, type Household } from '../../core/catalog/queries.ts';
import { poolProgress, type PoolRow } from '../../core/pools/pools.ts';
import { settlement } from '../../core/settlement/settlement.ts';
import type { WebCtx } from './auth.ts';
import { page, postForm, type Html } from './layout.ts';
import { allocationsOf, householdMemberNames, payoutsOf, preparationOf, salesSeries } from './queries.ts';

/** A Vietnam-time value for a datetime-local input. */
function vnLocal(iso: string): string {
  return new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(0, 16);
}

/** Pools: progress toward each target, deadline, extend or close. */
export function poolsPage(db: Db, ctx: WebCtx, notice?: string): Html {
  const w = ctx.w;
  const pools = db.$client.prepare('select * from pools where group_id = ? order by id desc limit 20').all(ctx.group.id) as Record<string, unknown>[];
  const body = pools.length
    ? pools.map((raw) => {
        const p = { id: raw.id as number, name: raw.name as string, deadline: raw.deadline as string, status: raw.status as PoolRow['status'] };
        const progress = poolProgress(db, p.id);
        return html`<div class="card" data-pool="${p.id}"><div class="row"><b>${p.name}</b><span class="tag">${w.poolStatus[p.status] ?? p.status}</span></div>
<div class="muted">${w.deadline}: ${formatTime(p.deadline)}</div>
${progress.map((x) => {
  const pct = x.target ? Math.min(100, Math.round((x.ordered / x.target) * 100)) : 100;
  return html`<div style="margin:.4rem 0"><div class="row"><span>${x.sku}</span><span>${formatQty(x.ordered, w.lang)}${x.target ? ` / ${formatQty(x.target, w.lang)}` : ` (${w.noTarget})`}</span></div>
<div class="bar" role="progressbar" aria-valuenow="${pct}" aria-valuemin="0" aria-valuemax="100"><i style="width:${pct}%"></i></div></div>`;
})}
${
  p.status === 'open'
    ? html`${postForm(ctx.frame, `/web/pools/${p.id}/extend`, html`<input type="datetime-local" name="deadline" value="${vnLocal(p.deadline)}" aria-label="${w.deadline}"><button class="sec">${w.extend}</button>`)}
${postForm(ctx.frame, `/web/pools/${p.id}/close`, html`<button class="danger">${w.closeNow}</button>`, { confirm: w.confirmClose })}`
    : ''
}</div>`;
      })
    : html`<p class="muted">${w.noPools}</p>`;
  return page(ctx.frame, w.poolsTitle, '/web/pools', html`${body}`, notice);
}

/** The group's products with what each household has for sale and has promised, read once per page. */
function stockOfGroup(db: Db, groupId: number) {
  const products = listProducts(db, groupId);
  const reserved = new Map(products.map((p) => [p.id, reservedStock(db, p.id)]));
  const rows = db.$client.prepare('select s.household_id as h, s.product_id as p, s.qty from stock s join products p on p.id = s.product_id where p.group_id = ?').all(groupId) as { h: number; p: number; qty: number }[];
  const forSale = new Map(rows.map((r) => [`${r.h}:${r.p}`, r.qty]));
  return { products, reserved, forSale };
}

/** One household's card: stock (editable), members, what it must prepare. */
function householdCard(db: Db, ctx: WebCtx, h: Household, full: boolean, stockInfo = stockOfGroup(db, ctx.group.id)): Html {
  const w = ctx.w;
  const { products } = stockInfo;
  const members = householdMemberNames(db, h.id);
  const prep = preparationOf(db, h.id);
  const rows = products.map((p) => {
    const forSale = stockInfo.forSale.get(`${h.id}:${p.id}`) ?? 0;
    const reserved = stockInfo.reserved.get(p.id)?.get(h.id) ?? 0;
    // The household states what it holds: for sale plus what is already promised to orders.
    const held = Math.round((forSale + reserved) * 1000) / 1000;
    return html`<tr><td>${p.name} <span class="tag">${p.sku}</span>${reserved ? html`<div class="muted">${w.reserved(formatQty(reserved, w.lang))}</div>` : ''}</td>
<td class="n">${postForm(ctx.frame, `/web/households/${h.key}/stock`, html`${full ? '' : html`<input type="hidden" name="back" value="list">`}<input type="hidden" name="sku" value="${p.sku}"><input name="qty" inputmode="decimal" value="${String(held)}" style="width:4.5rem;flex:none" aria-label="${p.sku}"> ${p.unit}<button class="sec">${w.save}</button>`)}</td></tr>`;
  });
  return html`<div class="card" data-household="${h.key}"><div class="row"><b>${full ? '' : html`<a href="/web/households/${h.key}">${h.name}</a>`}${full ? h.name : ''}</b><span class="muted">${h.phone ?? ''}</span></div>
<div class="muted">${w.members}: ${members.length ? members.join(', ') : w.noMembers}</div>
<h2>${w.toPrepare}</h2>${
    prep.orderCount
      ? html`<ul class="list">${prep.totals.map((t) => html`<li class="row"><span>${t.name} <span class="tag">${t.sku}</span></span><b>${formatQty(t.qty, w.lang)} ${t.unit}</b></li>`)}</ul>
<div class="muted">${w.prepareOrders(prep.orderCount)}</div><ul class="list muted">${prep.oldest.map((o) => html`<li><b>${o.code}</b> ${o.shares.map((x) => `${formatQty(x.qty, w.lang)} ${x.unit} ${x.name}`).join(', ')}</li>`)}</ul>
${prep.orderCount > prep.oldest.length ? html`<a href="/web/orders?status=paid&household=${h.key}">${w.seeAll} (${prep.orderCount})</a>` : ''}`
      : html`<p class="muted">${w.nothingToPrepare}</p>`
  }
<h2>${w.stock}</h2><table>${rows}</table></div>`;
}

/** All households (admin). */
export function householdsPage(db: Db, ctx: WebCtx, notice?: string): Html {
  const hs = db.select().from(households).where(eq(households.groupId, ctx.group.id)).orderBy(households.id).all();
  const stockInfo = stockOfGroup(db, ctx.group.id);
  const list = hs.map((h) => householdCard(db, ctx, h, false, stockInfo));
  return page(ctx.frame, ctx.w.householdsTitle, '/web/households', html`${list}`, notice);
}

/** One household's own page: its stock, what to prepare, its allocations, earnings and payouts. */
export function householdPage(db: Db, ctx: WebCtx, h: Household, notice?: string): Html {
  const w = ctx.w;
  const s = settlement(db, ctx.group.slug).households.find((x) => x.household === h.key)!;
  const allocs = allocationsOf(db, h.id);
  const payouts = payoutsOf(db, h.id);
  const body = html`<div class="card"><h2 style="margin-top:0">${w.earnings}</h2><table>
<tr><th>${w.earned}</th><td class="n">${formatVnd(s.earned)}</td></tr><tr><th>${w.commission}</th><td class="n">${formatVnd(s.commission)}</td></tr>
<tr><th>${w.paidOut}</th><td class="n">${formatVnd(s.paidOut)}</td></tr><tr><th>${w.owed}</th><td class="n"><b>${formatVnd(s.owed)}</b></td></tr></table></div>
${householdCard(db, ctx, h, true)}
<h2>${w.myAllocations}</h2><div class="card"><ul class="list">${allocs.map((a) => html`<li><div class="row"><b>${a.code}</b><span>${formatVnd(a.value)}</span></div><div class="muted">${formatQty(a.qty, w.lang)} ${a.unit} ${a.name} · ${w.allocStatus[a.status] ?? a.status} · ${w.status[a.orderStatus] ?? a.orderStatus}</div></li>`)}</ul></div>
<h2>${w.payouts}</h2><div class="card">${payouts.length ? html`<ul class="list">${payouts.map((p) => html`<li class="row"><span>${formatTime(p.createdAt)}</span><b>${formatVnd(p.amount)}</b></li>`)}</ul>` : html`<p class="muted">${w.nothing}</p>`}</div>`;
  const active = ctx.roles.includes('admin') ? '/web/households' : `/web/households/${h.key}`;
  return page(ctx.frame, h.name, active, body, notice);
}

/** Settlement: per household earned / commission / paid out / owed, the payout QR, "mark paid out", exports. */
export function settlementPage(db: Db, ctx: WebCtx, notice?: string): Html {
  const w = ctx.w;
  const s = settlement(db, ctx.group.slug);
  const body = html`${s.households.map(
    (h) => html`<div class="card" data-household="${h.household}"><div class="row"><b>${h.name}</b><span class="big">${formatVnd(h.owed)}</span></div>
<table><tr><th>${w.earned}</th><td class="n">${formatVnd(h.earned)}</td></tr><tr><th>${w.commission}</th><td class="n">${formatVnd(h.commission)}</td></tr>
<tr><th>${w.paidOut}</th><td class="n">${formatVnd(h.paidOut)}</td></tr><tr><th>${w.owed}</th><td class="n"><b>${formatVnd(h.owed)}</b></td></tr></table>
${
  h.owed > 0
    ? html`${h.vietqr ? html`<img class="qr" src="/web/settlement/${h.household}/qr.png?amount=${h.owed}" alt="VietQR ${h.name} ${formatVnd(h.owed)}" width="288" height="288"><p class="muted">${w.scanToPay}</p>` : html`<p class="muted">${w.noPayoutAccount}</p>`}
${postForm(ctx.frame, `/web/settlement/${h.household}/payout`, html`<input type="hidden" name="amount" value="${h.owed}"><button>${w.markPaidOut(formatVnd(h.owed))}</button>`)}`
    : ''
}</div>`,
  )}
<h2>${w.exportTitle}</h2><div class="card row"><a href="/web/export/orders.csv" download>${w.exportOrders}</a><a href="/web/export/payments.csv" download>${w.exportPayments}</a><a href="/web/export/settlement.csv" download>${w.exportSettlement}</a></div>`;
  return page(ctx.frame, w.settlementTitle, '/web/settlement', body, notice);
}

/** Sales per day and per household over 30 days, as inline SVG bars drawn on the server. */
export function chartPage(db: Db, ctx: WebCtx, now: Date): Html {
  const w = ctx.w;
  const { perDay, perHousehold } = salesSeries(db, ctx.group.id, now);
  const W = 360;
  const H = 160;
  const max = Math.max(1, ...perDay.map((d) => d.total));
  const bw = W / perDay.length;
  const dayBars = perDay
    .map((d, i) => {
      const h = Math.round((d.total / max) * (H - 20));
      return `<rect x="${(i * bw + 1).toFixed(1)}" y="${H - 14 - h}" width="${(bw - 2).toFixed(1)}" height="${h}" fill="#7a1f3d"><title>${d.day}: ${formatVnd(d.total)}</title></rect>`;
    })
    .join('');
  const labels = [0, 14, 29].map((i) => `<text x="${Math.min(W - 30, i * bw)}" y="${H - 2}" font-size="10" fill="#666">${perDay[i]!.day.slice(8, 10)}/${perDay[i]!.day.slice(5, 7)}</text>`).join('');
  const hmax = Math.max(1, ...perHousehold.map((h) => h.total));
  const hRow = 26;
  const escape = (s: string) => s.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);
  const hBars = perHousehold
    .map((h, i) => {
      const len = Math.round((h.total / hmax) * (W - 210));
      return `<text x="0" y="${i * hRow + 16}" font-size="12">${escape(h.name.length > 17 ? `${h.name.slice(0, 16)}…` : h.name)}</text><rect x="120" y="${i * hRow + 5}" width="${len}" height="14" fill="#2a7a3b"/><text x="${124 + len}" y="${i * hRow + 16}" font-size="11" fill="#333">${formatVnd(h.total)}</text>`;
    })
    .join('');
  const total = perDay.reduce((s, d) => s + d.total, 0);
  const body = html`<div class="card"><div class="row"><h2 style="margin:0">${w.perDay}</h2><b>${formatVnd(total)}</b></div>
<svg id="chart-days" viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="${w.perDay}">${raw(dayBars + labels)}</svg></div>
<div class="card"><h2 style="margin-top:0">${w.perHousehold}</h2><svg id="chart-households" viewBox="0 0 ${W} ${Math.max(hRow, perHousehold.length * hRow)}" width="100%" role="img" aria-label="${w.perHousehold}">${raw(hBars)}</svg></div>`;
  return page(ctx.frame, w.chartTitle, '/web/chart', body);
}
