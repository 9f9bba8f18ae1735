import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie } from 'hono/cookie';
import { html } from 'hono/html';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { tx, type Db } from '../../db/index.ts';
import type { Clock } from '../../core/clock.ts';
import { DomainError, StaleError } from '../../core/errors.ts';
import { getHousehold } from '../../core/catalog/queries.ts';
import { setStock } from '../../core/households/allocations.ts';
import { updatePerson } from '../../core/people/identify.ts';
import { redeemSignInLink, revokeSession, signInLinkValid } from '../../core/people/web-sessions.ts';
import { closePoolNow, extendPool } from '../../core/pools/pools.ts';
import { settlement } from '../../core/settlement/settlement.ts';
import { renderQrPng } from '../../core/payments/qr-image.ts';
import { listOrders, viewOrders } from '../../core/orders/order-view.ts';
import { advanceOrder } from '../../core/orders/advance-order.ts';
import { cancelOrderByShop } from '../../core/orders/cancel-order.ts';
import { reallocateLine } from '../../core/orders/reallocate.ts';
import { payHousehold } from '../../core/settlement/pay-household.ts';
import { assignTransferToOrder, confirmReceived, markPaidByHand } from '../../core/payments/confirm-payment.ts';
import { getOrder } from '../../core/orders/transition-order.ts';
import { webMessages } from '../../bots/i18n/web.ts';
import { onError } from '../http-errors.ts';
import { need, noStore, ownHouseholds, requireSession, SESSION_COOKIE, setSessionCookie, WebRefusal, type WebCtx, type WebEnv } from './auth.ts';
import { barePage } from './layout.ts';
import { orderPage, ordersPage, paymentsPage, todayPage } from './pages-orders.ts';
import { chartPage, householdPage, householdsPage, poolsPage, settlementPage } from './pages-group.ts';
import { parseOrderFilter, listPayments } from './queries.ts';
import { toCsv } from './csv.ts';

/** What the web pages need. */
export interface WebDeps {
  db: Db;
  clock: Clock;
  /** The server's public base URL; the session cookie is Secure when it is https. */
  publicUrl: string;
}

const STATUS: Partial<Record<DomainError['code'], ContentfulStatusCode>> = { NOT_FOUND: 404, FORBIDDEN: 403, INVALID_INPUT: 400, INVITE_INVALID: 400 };

/** A Vietnam-time `YYYY-MM-DDTHH:mm` from a datetime-local input, as an instant. */
function fromVnLocal(s: string | undefined): Date {
  if (!s || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(s)) throw new DomainError('INVALID_INPUT', 'deadline');
  const t = Date.parse(`${s}:00Z`) - 7 * 3600_000;
  if (Number.isNaN(t)) throw new DomainError('INVALID_INPUT', 'deadline');
  return new Date(t);
}

/**
 * The mobile admin pages under /web: sign-in by one-time link, then Today, Orders, Payments, Pools,
 * Households, Settlement (with CSV exports) and a sales chart. Every action calls the same operation
 * as the chat command and records `<role>:web:<person id>` as who did it.
 */
export function webRoutes(deps: WebDeps): Hono<WebEnv> {
  const { db, clock } = deps;
  const secure = deps.publicUrl.startsWith('https:');
  const web = new Hono<WebEnv>();
  web.use('*', noStore);
  web.onError((err, c) => {
    const w = (c.get('web') as WebCtx | undefined)?.w ?? webMessages(/^en\b/i.test(c.req.header('accept-language') ?? '') ? 'en' : 'vi');
    const back = html`<p><a href="javascript:history.back()">${w.back}</a></p>`;
    if (err instanceof WebRefusal) return c.html(barePage(w, w.errorTitle, html`<p>${err.message}</p>${back}`), err.status);
    if (err instanceof DomainError) {
      // Domain errors become the person's language here, the web's one mapping (the chat has its own).
      const text = err.code === 'FORBIDDEN' ? w.forbidden : ((err instanceof StaleError ? w.errors.stale : w.errors[err.code]) ?? w.errors.other!);
      return c.html(barePage(w, w.errorTitle, html`<p class="warn">${text}</p>${back}`), STATUS[err.code] ?? 409);
    }
    return onError(err, c);
  });

  // Sign-in: opening the link shows a button; only pressing it uses the link, so a chat app's link
  // preview (which fetches the URL) cannot burn it.
  web.get('/login/:token', (c) => {
    const token = c.req.param('token');
    const w = webMessages(/^en\b/i.test(c.req.header('accept-language') ?? '') ? 'en' : 'vi');
    if (!signInLinkValid(db, token, clock())) return c.html(barePage(w, w.signInTitle, html`<p class="warn">${w.linkInvalid}</p>`), 400);
    return c.html(barePage(w, w.signInTitle, html`<form method="post"><button id="sign-in">${w.signInButton}</button></form>`));
  });
  web.post('/login/:token', (c) => {
    const w = webMessages(/^en\b/i.test(c.req.header('accept-language') ?? '') ? 'en' : 'vi');
    try {
      const { cookie } = redeemSignInLink(db, c.req.param('token'), clock(), c.req.header('user-agent'));
      setSessionCookie(c, cookie, secure);
      return c.redirect('/web', 303);
    } catch (e) {
      if (e instanceof DomainError && e.code === 'INVITE_INVALID') return c.html(barePage(w, w.signInTitle, html`<p class="warn">${w.linkInvalid}</p>`), 400);
      throw e;
    }
  });

  const auth = requireSession(db, clock);
  web.use('/', auth);
  for (const p of ['/today', '/orders', '/orders/*', '/payments', '/payments/*', '/pools', '/pools/*', '/households', '/households/*', '/settlement', '/settlement/*', '/chart', '/export/*', '/lang', '/logout'])
    web.use(p, auth);
  const ctx = (c: Context<WebEnv>): WebCtx => c.get('web');
  const done = (c: Context<WebEnv>, to: string) => c.redirect(`${to}${to.includes('?') ? '&' : '?'}ok=1`, 303);
  const notice = (c: Context<WebEnv>) => (c.req.query('ok') ? ctx(c).w.done : undefined);
  /** Runs an action in one transaction, so the change and the messages it causes commit together. */
  const act = <T>(fn: (t: Db) => T): T => tx(db, fn);

  web.get('/', (c) => {
    const x = ctx(c);
    if (x.roles.includes('admin') || x.roles.includes('confirmer')) return c.redirect('/web/today', 303);
    return c.redirect(`/web/households/${x.frame.householdKey}`, 303);
  });
  web.post('/logout', (c) => {
    const cookie = getCookie(c, SESSION_COOKIE);
    if (cookie) revokeSession(db, cookie, clock());
    deleteCookie(c, SESSION_COOKIE, { path: '/web', secure });
    const w = ctx(c).w;
    return c.html(barePage(w, w.signOut, html`<p>${w.signedOut}</p>`));
  });
  web.post('/lang', (c) => {
    const x = ctx(c);
    updatePerson(db, x.person.id, { language: x.form.lang === 'en' ? 'en' : 'vi' });
    return c.redirect('/web', 303);
  });

  web.get('/today', (c) => {
    need(ctx(c), 'admin', 'confirmer');
    return c.html(todayPage(db, ctx(c), notice(c)));
  });
  web.get('/orders', (c) => {
    need(ctx(c), 'admin', 'confirmer');
    const query = c.req.query();
    return c.html(ordersPage(db, ctx(c), parseOrderFilter(query), query));
  });
  web.get('/orders/:code', (c) => {
    const x = ctx(c);
    need(x, 'admin', 'confirmer');
    const code = c.req.param('code').toUpperCase();
    const o = db.$client.prepare('select group_id as groupId from orders where code = ?').get(code) as { groupId: number } | undefined;
    if (!o || o.groupId !== x.group.id) throw new DomainError('NOT_FOUND', code);
    return c.html(orderPage(db, x, code, notice(c)));
  });
  web.post('/orders/:code/:action{paid|confirm|cancel|ship|deliver|allocate}', (c) => {
    const x = ctx(c);
    const action = c.req.param('action');
    // A treasurer confirms money received, as with ✅ in chat; every other action is an admin's.
    if (action === 'confirm') need(x, 'confirmer', 'admin');
    else need(x, 'admin');
    const code = c.req.param('code').toUpperCase();
    const who = x.actor('admin');
    const now = clock();
    act((t) => {
      switch (action) {
        case 'confirm': {
          const o = getOrder(t, code);
          if (o.groupId !== x.group.id) throw new DomainError('NOT_FOUND', code);
          if (o.status !== 'awaiting_payment') throw new DomainError('CONFLICT', `order ${o.code} is ${o.status}`);
          return void confirmReceived(t, x.group.id, o, x.actor(x.roles.includes('confirmer') ? 'confirmer' : 'admin'), x.frame.who, now);
        }
        case 'paid':
          return void markPaidByHand(t, x.group.id, code, who, (x.form.note ?? '').slice(0, 200), now);
        case 'cancel':
          return void cancelOrderByShop(t, x.group.id, code, (x.form.reason ?? '').slice(0, 200), who, now);
        case 'ship':
          return void advanceOrder(t, x.group.id, code, 'shipped', who, now);
        case 'deliver':
          return void advanceOrder(t, x.group.id, code, 'delivered', who, now);
        case 'allocate': {
          const shares = Object.entries(x.form)
            .filter(([k, v]) => k.startsWith('h:') && v.trim() !== '')
            .map(([k, v]) => ({ key: k.slice(2), qty: Number(v.replace(',', '.')) }));
          if (!x.form.sku || shares.some((s) => !(s.qty >= 0) || !Number.isFinite(s.qty))) throw new DomainError('INVALID_INPUT', 'quantities must be numbers');
          return void reallocateLine(t, x.group.id, code, x.form.sku, shares.filter((s) => s.qty > 0), who, now);
        }
      }
    });
    return done(c, `/web/orders/${code}`);
  });

  web.get('/payments', (c) => {
    need(ctx(c), 'admin', 'confirmer');
    return c.html(paymentsPage(db, ctx(c), Math.min(100_000, Math.max(1, Number.parseInt(c.req.query('page') ?? '1', 10) || 1)), notice(c)));
  });
  web.post('/payments/:id{[0-9]{1,12}}/assign', (c) => {
    const x = ctx(c);
    need(x, 'admin');
    const code = (x.form.code ?? '').trim();
    if (!/^[A-Za-z0-9]{4,12}$/.test(code)) throw new DomainError('INVALID_INPUT', 'order code');
    act((t) => assignTransferToOrder(t, x.group.id, Number(c.req.param('id')), code, x.actor('admin'), clock()));
    return done(c, '/web/payments');
  });

  web.get('/pools', (c) => {
    need(ctx(c), 'admin');
    return c.html(poolsPage(db, ctx(c), notice(c)));
  });
  web.post('/pools/:id{[0-9]{1,12}}/:action{extend|close}', (c) => {
    const x = ctx(c);
    need(x, 'admin');
    const id = Number(c.req.param('id'));
    const now = clock();
    act((t) => {
      const pool = t.$client.prepare('select group_id as groupId from pools where id = ?').get(id) as { groupId: number } | undefined;
      if (!pool || pool.groupId !== x.group.id) throw new DomainError('NOT_FOUND', 'no such pool');
      if (c.req.param('action') === 'extend') extendPool(t, id, fromVnLocal(x.form.deadline), now);
      else closePoolNow(t, x.group.id, id, now);
    });
    return done(c, '/web/pools');
  });

  web.get('/households', (c) => {
    need(ctx(c), 'admin');
    return c.html(householdsPage(db, ctx(c), notice(c)));
  });
  /** A household member may open and edit only their own household; an admin any of the group's. */
  const householdFor = (x: WebCtx, key: string) => {
    const h = getHousehold(db, x.group.id, key);
    if (!x.roles.includes('admin') && !ownHouseholds(x).includes(h.id)) throw new WebRefusal(403, x.w.forbidden);
    return h;
  };
  web.get('/households/:key', (c) => {
    const x = ctx(c);
    return c.html(householdPage(db, x, householdFor(x, c.req.param('key')), notice(c)));
  });
  web.post('/households/:key/stock', (c) => {
    const x = ctx(c);
    const h = householdFor(x, c.req.param('key'));
    const qty = Number((x.form.qty ?? '').replace(',', '.'));
    if (!x.form.sku || !Number.isFinite(qty) || qty < 0) throw new DomainError('INVALID_INPUT', 'stock must be zero or more');
    act((t) => setStock(t, x.group.id, h.id, x.form.sku!, qty));
    return done(c, x.roles.includes('admin') && x.form.back === 'list' ? '/web/households' : `/web/households/${h.key}`);
  });

  web.get('/settlement', (c) => {
    need(ctx(c), 'admin');
    return c.html(settlementPage(db, ctx(c), notice(c)));
  });
  web.get('/settlement/:key/qr.png', async (c) => {
    const x = ctx(c);
    need(x, 'admin');
    const h = settlement(db, x.group.slug).households.find((s) => s.household === c.req.param('key'));
    if (!h?.vietqr) throw new DomainError('NOT_FOUND', 'no payout account');
    return c.body(new Uint8Array(await renderQrPng(h.vietqr)), 200, { 'content-type': 'image/png' });
  });
  web.post('/settlement/:key/payout', (c) => {
    const x = ctx(c);
    need(x, 'admin');
    const amount = Number(x.form.amount);
    act((t) => payHousehold(t, x.group.id, c.req.param('key'), amount, x.actor('admin'), clock(), 'web'));
    return done(c, '/web/settlement');
  });

  web.get('/chart', (c) => {
    need(ctx(c), 'admin');
    return c.html(chartPage(db, ctx(c), clock()));
  });

  web.get('/export/:file{(?:orders|payments|settlement)\\.csv}', (c) => {
    const x = ctx(c);
    need(x, 'admin');
    const kind = c.req.param('file').replace('.csv', '') as 'orders' | 'payments' | 'settlement';
    let body: string;
    if (kind === 'orders') {
      // Viewed in chunks: one IN (…) list per chunk stays far below SQLite's limit on bound parameters.
      const all = listOrders(db, { groupId: x.group.id, limit: 1_000_000 });
      const views = Array.from({ length: Math.ceil(all.length / 500) }, (_, i) => viewOrders(db, all.slice(i * 500, i * 500 + 500))).flat();
      body = toCsv(
        ['code', 'created_at', 'status', 'payment_status', 'customer', 'phone', 'total', 'paid', 'items', 'note'],
        views.map((v) => [v.code, v.createdAt, v.status, v.payment.status, v.customer.name, v.customer.phone, v.total, v.payment.paidAmount, v.items.map((i) => `${i.qty} ${i.sku}`).join('; '), v.note]),
      );
    } else if (kind === 'payments') {
      body = toCsv(
        ['id', 'received_at', 'source', 'amount', 'status', 'order', 'description', 'actor'],
        listPayments(db, x.group.id, { limit: 1_000_000 }).map((p) => [p.id, p.receivedAt, p.source, p.amount, p.status, p.orderCode, p.description, p.actor]),
      );
    } else {
      body = toCsv(
        ['household', 'name', 'earned', 'commission', 'paid_out', 'owed'],
        settlement(db, x.group.slug).households.map((h) => [h.household, h.name, h.earned, h.commission, h.paidOut, h.owed]),
      );
    }
    const day = new Date(clock().getTime() + 7 * 3600_000).toISOString().slice(0, 10);
    return c.body(body, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${x.group.slug}-${kind}-${day}.csv"` });
  });

  return web;
}
