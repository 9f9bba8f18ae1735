import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simSession, texts } from '../../e2e/sim-harness.ts';
import { dumpTables } from '../../helpers.ts';

const sepayDocs = JSON.parse(readFileSync(new URL('../../fixtures/bank/sepay-docs-example.json', import.meta.url), 'utf8'));
type S = ReturnType<typeof simSession>;

/** The sign-in URL path the bot sent to this user in answer to /web. */
async function askLink(s: S, userId: string): Promise<string> {
  const r = await s.say(userId, '/web');
  const m = /http:\/\/localhost:3000(\/web\/login\/[\w-]{40,})/.exec(texts(r));
  if (!m) throw new Error(`no link in ${texts(r)}`);
  return m[1]!;
}

/** Signs in by link: the session cookie and the page's CSRF token. */
async function signIn(s: S, userId: string) {
  const path = await askLink(s, userId);
  const res = await s.app.request(path, { method: 'POST' });
  expect(res.status).toBe(303);
  const setCookie = res.headers.get('set-cookie') ?? '';
  const cookie = /gom_web=([^;]+)/.exec(setCookie)![1]!;
  const get = (p: string) => s.app.request(p, { headers: { cookie: `gom_web=${cookie}` } });
  const home = await get(res.headers.get('location')!);
  const landing = home.status === 303 ? await get(home.headers.get('location')!) : home;
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await landing.text())![1]!;
  const post = (p: string, form: Record<string, string>, withCsrf = true) =>
    s.app.request(p, { method: 'POST', headers: { cookie: `gom_web=${cookie}`, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ ...(withCsrf ? { _csrf: csrf } : {}), ...form }).toString() });
  return { cookie, csrf, setCookie, get, post, landing: home.headers.get('location') };
}

async function placeOrder(s: S, userId = 'u1', text = 'KL-XANH x2') {
  await s.say(userId, text, undefined, 'Lan');
  const r = await s.press(userId, 'ok');
  return /Đã đặt đơn ([A-Z0-9]{7})/.exec(texts(r))![1]!;
}

describe('web sign-in', () => {
  it('/web sends a one-time link; opening it does not use it, pressing sign in does, once; the cookie is HTTP-only and SameSite', async () => {
    const s = simSession();
    const path = await askLink(s, 'admin');
    // A chat app's link preview (a GET) leaves the link usable.
    const look = await s.app.request(path);
    expect(look.status).toBe(200);
    expect(await look.text()).toContain('Đăng nhập');
    const res = await s.app.request(path, { method: 'POST' });
    expect(res.status).toBe(303);
    expect(res.headers.get('set-cookie')).toMatch(/gom_web=[\w-]+; Max-Age=2592000; Path=\/web; HttpOnly; SameSite=Lax/);
    const again = await s.app.request(path, { method: 'POST' });
    expect(again.status).toBe(400);
    expect(again.headers.get('set-cookie')).toBeNull();
    expect(await again.text()).toContain('Link đăng nhập không dùng được');
    expect((await s.app.request(path)).status).toBe(400);
    // Only the hashes are stored.
    const stored = JSON.stringify(s.db.$client.prepare('select * from web_links').all());
    expect(stored).not.toContain(path.split('/').pop());
  });

  it('a link expires after ten minutes; a customer without a role gets no link', async () => {
    const s = simSession();
    const path = await askLink(s, 'admin');
    s.clock.advance(10 * 60_000 + 1);
    expect((await s.app.request(path, { method: 'POST' })).status).toBe(400);
    expect(s.db.$client.prepare('select count(*) n from web_sessions').get()).toEqual({ n: 0 });
    const r = await s.say('u9', '/web');
    expect(texts(r)).not.toContain('/web/login/');
    expect(s.db.$client.prepare('select count(*) n from web_links').get()).toEqual({ n: 1 });
  });

  it('without a session every page is 401; sign out revokes the session', async () => {
    const s = simSession();
    expect((await s.app.request('/web/today')).status).toBe(401);
    expect((await s.app.request('/web/today', { headers: { cookie: 'gom_web=forged' } })).status).toBe(401);
    const a = await signIn(s, 'admin');
    expect(a.landing).toBe('/web/today');
    expect((await a.get('/web/today')).status).toBe(200);
    expect((await a.post('/web/logout', {})).status).toBe(200);
    expect((await a.get('/web/today')).status).toBe(401);
  });

  it('the session slides: used within 30 days it stays, unused for 30 days it ends', async () => {
    const s = simSession();
    const a = await signIn(s, 'admin');
    s.clock.advance(20 * 24 * 3600_000);
    expect((await a.get('/web/today')).status).toBe(200);
    s.clock.advance(20 * 24 * 3600_000);
    expect((await a.get('/web/today')).status).toBe(200);
    s.clock.advance(31 * 24 * 3600_000);
    expect((await a.get('/web/today')).status).toBe(401);
  });
});

describe('web roles', () => {
  it("a household sees its own page, not another household's, nor any admin page or action (403)", async () => {
    const s = simSession();
    const code = await placeOrder(s);
    const h = await signIn(s, 'ho-lan');
    expect(h.landing).toBe('/web/households/ho-lan');
    const own = await h.get('/web/households/ho-lan');
    expect(own.status).toBe(200);
    expect(await own.text()).toContain('Doanh thu');
    expect((await h.get('/web/households/ho-minh')).status).toBe(403);
    for (const p of ['/web/today', '/web/orders', `/web/orders/${code}`, '/web/settlement', '/web/export/orders.csv', '/web/households', '/web/pools', '/web/chart']) {
      expect((await h.get(p)).status, p).toBe(403);
    }
    const before = dumpTables(s.db, ['web_sessions', 'health_probes']);
    expect((await h.post(`/web/orders/${code}/paid`, { note: 'x' })).status).toBe(403);
    expect((await h.post('/web/households/ho-minh/stock', { sku: 'KL-XANH', qty: '99' })).status).toBe(403);
    expect(dumpTables(s.db, ['web_sessions', 'health_probes'])).toEqual(before);
  });

  it('a household edits its own stock through the same rule as `kho` in chat', async () => {
    const s = simSession();
    const h = await signIn(s, 'ho-lan');
    expect((await h.post('/web/households/ho-lan/stock', { sku: 'KL-XANH', qty: '7' })).status).toBe(303);
    const row = s.db.$client.prepare("select s.qty from stock s join households h on h.id = s.household_id join products p on p.id = s.product_id where h.key = 'ho-lan' and p.sku = 'KL-XANH'").get();
    expect(row).toEqual({ qty: 7 });
    expect((await h.post('/web/households/ho-lan/stock', { sku: 'KL-XANH', qty: '-1' })).status).toBe(400);
    expect(s.db.$client.prepare("select s.qty from stock s join households h on h.id = s.household_id join products p on p.id = s.product_id where h.key = 'ho-lan' and p.sku = 'KL-XANH'").get()).toEqual({ qty: 7 });
  });

  it('a confirmer sees payments and orders but cannot act as an admin', async () => {
    const s = simSession();
    const code = await placeOrder(s);
    const t = await signIn(s, 'thu-quy');
    expect((await t.get('/web/payments')).status).toBe(200);
    const page = await (await t.get(`/web/orders/${code}`)).text();
    expect(page).not.toContain(`/web/orders/${code}/paid`);
    expect((await t.post(`/web/orders/${code}/paid`, {})).status).toBe(403);
    expect((await t.get('/web/settlement')).status).toBe(403);
  });
});

describe('web actions', () => {
  it('a post without the CSRF token is refused and writes nothing', async () => {
    const s = simSession();
    const code = await placeOrder(s);
    const a = await signIn(s, 'admin');
    const before = dumpTables(s.db, ['web_sessions', 'health_probes']);
    const res = await a.post(`/web/orders/${code}/paid`, { note: 'tiền mặt' }, false);
    expect(res.status).toBe(403);
    const wrong = await a.post(`/web/orders/${code}/paid`, { note: 'tiền mặt', _csrf: 'x'.repeat(43) }, false);
    expect(wrong.status).toBe(403);
    expect(dumpTables(s.db, ['web_sessions', 'health_probes'])).toEqual(before);
  });

  it('mark paid from the web: the customer is told as from chat, households get their shares, the web is recorded as the actor', async () => {
    const s = simSession();
    const code = await placeOrder(s);
    await s.inbox({ userId: 'u1' });
    const a = await signIn(s, 'admin');
    const res = await a.post(`/web/orders/${code}/paid`, { note: 'nhận tiền mặt' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/web/orders/${code}?ok=1`);
    expect(texts(await s.inbox({ userId: 'u1' }))).toContain(`Shop đã nhận tiền cho đơn ${code}`);
    expect(texts(await s.inbox({ userId: 'ho-lan' }))).toContain(`Đơn ${code}: nhờ hộ mình chuẩn bị`);
    const personId = (s.db.$client.prepare("select person_id p from identities where platform_user_id = 'admin'").get() as { p: number }).p;
    expect(s.db.$client.prepare('select source, actor, description from payments').all()).toEqual([{ source: 'admin', actor: `admin:web:${personId}`, description: 'nhận tiền mặt' }]);
    const page = await (await a.get(`/web/orders/${code}?ok=1`)).text();
    expect(page).toContain('Đã thanh toán');
    // The history names people, never internal ids: the customer who ordered and the admin who marked it paid.
    const history = page.slice(page.indexOf('Nhật ký'));
    expect(history).toMatch(/Lan \(khách\)/);
    expect(history).toMatch(/\(quản lý\)/);
    expect(history).not.toMatch(/(customer|admin):(sim|web):/);
    // The household now has the scarves to prepare, on its own page and on the admin's households page.
    const h = await signIn(s, 'ho-lan');
    const own = await (await h.get('/web/households/ho-lan')).text();
    const prepare = own.slice(own.indexOf('Cần chuẩn bị'), own.indexOf('Hàng trong kho'));
    expect(prepare).toContain('<b>2 chiếc</b>');
    expect(prepare).toContain(`<b>${code}</b> 2 chiếc Khăn lụa tơ tằm màu xanh ngọc`);
    expect(await (await a.get('/web/households')).text()).toContain(`<b>${code}</b>`);
    // A second press is refused (the order is no longer awaiting payment) and counts nothing twice.
    expect((await a.post(`/web/orders/${code}/paid`, {})).status).toBe(409);
    expect(s.db.$client.prepare('select count(*) n from payments').get()).toEqual({ n: 1 });
  });

  it('cancel with a reason, ship and deliver go through the chat operations', async () => {
    const s = simSession();
    const code = await placeOrder(s);
    const a = await signIn(s, 'admin');
    await a.post(`/web/orders/${code}/paid`, {});
    s.db.$client.prepare("update orders set status = 'ready' where code = ?").run(code);
    await s.inbox({ userId: 'u1' });
    expect((await a.post(`/web/orders/${code}/ship`, {})).status).toBe(303);
    expect(texts(await s.inbox({ userId: 'u1' }))).toContain(code);
    expect((await a.post(`/web/orders/${code}/deliver`, {})).status).toBe(303);
    expect(s.db.$client.prepare('select status from orders where code = ?').get(code)).toEqual({ status: 'delivered' });
    const other = await placeOrder(s, 'u2', 'KL-XANH x1');
    expect((await a.post(`/web/orders/${other}/cancel`, { reason: 'hết hàng' })).status).toBe(303);
    expect(s.db.$client.prepare("select to_status, note from order_events where type = 'status' and order_id = (select id from orders where code = ?)").all(other)).toEqual([{ to_status: 'cancelled', note: 'hết hàng' }]);
    expect(texts(await s.inbox({ userId: 'u2' }))).toContain(other);
  });

  it('an unmatched transfer is listed with the orders of its amount and assigned from the web', async () => {
    const s = simSession({ SEPAY_API_KEY: 'sepay-key' });
    const code = await placeOrder(s);
    await s.app.request('/webhooks/bank/sepay', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Apikey sepay-key' },
      body: JSON.stringify({ ...sepayDocs, accountNumber: '0451000123456', id: 3001, transferAmount: 500000, content: 'chuyen tien mua khan lua' }),
    });
    const pid = (s.db.$client.prepare('select id from payments').get() as { id: number }).id;
    const a = await signIn(s, 'admin');
    const page = await (await a.get('/web/payments')).text();
    expect(page).toContain(`Gán vào đơn ${code}`);
    expect((await a.post(`/web/payments/${pid}/assign`, { code: 'ZZZZZZZ' })).status).toBe(404);
    expect((await a.post(`/web/payments/${pid}/assign`, { code })).status).toBe(303);
    expect(s.db.$client.prepare('select status from orders where code = ?').get(code)).toEqual({ status: 'paid' });
    expect(texts(await s.inbox({ userId: 'u1' }))).toContain(`Shop đã nhận tiền cho đơn ${code}`);
  });

  it('the CSV exports start with a BOM and hold the rows', async () => {
    const s = simSession();
    const code = await placeOrder(s);
    const a = await signIn(s, 'admin');
    await a.post(`/web/orders/${code}/paid`, { note: '=cmd' });
    const res = await a.get('/web/export/orders.csv');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const buf = new Uint8Array(await res.arrayBuffer());
    expect([...buf.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = new TextDecoder().decode(buf).trim().split('\r\n');
    expect(rows[0]).toBe('code,created_at,status,payment_status,customer,phone,total,paid,items,note');
    expect(rows[1]).toMatch(new RegExp(`^${code},[^,]+,paid,paid,Lan,,500000,500000,2 KL-XANH,`));
    const pays = new TextDecoder().decode(new Uint8Array(await (await a.get('/web/export/payments.csv')).arrayBuffer())).split('\r\n');
    expect(pays[1]).toContain(`,admin,500000,matched,${code},'=cmd,`);
    const settle = new TextDecoder().decode(new Uint8Array(await (await a.get('/web/export/settlement.csv')).arrayBuffer())).split('\r\n');
    expect(settle[0]).toBe('household,name,earned,commission,paid_out,owed');
    expect(settle.some((l) => l.startsWith('ho-lan,'))).toBe(true);
  });

  it('settlement shows the payout QR and "paid out" records the payout and tells the household', async () => {
    const s = simSession();
    const code = await placeOrder(s);
    const a = await signIn(s, 'admin');
    await a.post(`/web/orders/${code}/paid`, {});
    await s.inbox({ userId: 'ho-lan' });
    const page = await (await a.get('/web/settlement')).text();
    const owed = /\/web\/settlement\/ho-lan\/qr\.png\?amount=(\d+)/.exec(page);
    expect(owed).not.toBeNull();
    const png = await a.get(`/web/settlement/ho-lan/qr.png?amount=${owed![1]}`);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect((await a.post('/web/settlement/ho-lan/payout', { amount: String(Number(owed![1]) + 1) })).status).toBe(404);
    expect((await a.post('/web/settlement/ho-lan/payout', { amount: owed![1]! })).status).toBe(303);
    expect(texts(await s.inbox({ userId: 'ho-lan' }))).toMatch(/\d/);
    expect(s.db.$client.prepare('select amount, note from payouts').all()).toEqual([{ amount: Number(owed![1]), note: 'web' }]);
  });

  it('every admin page renders, in Vietnamese and after switching, in English', async () => {
    const s = simSession();
    await placeOrder(s);
    const a = await signIn(s, 'admin');
    for (const p of ['/web/today', '/web/orders?status=awaiting_payment&q=lan', '/web/payments', '/web/pools', '/web/households', '/web/settlement', '/web/chart']) {
      const res = await a.get(p);
      expect(res.status, p).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
    expect(await (await a.get('/web/orders?q=Lan')).text()).toContain('Lan');
    expect((await a.post('/web/lang', { lang: 'en' })).status).toBe(303);
    expect(await (await a.get('/web/today')).text()).toContain('Awaiting payment');
  });
});

describe('web pools, re-split, filters, confirmers', () => {
  it('extends a pool and closes it early from the web, exactly as its deadline would', async () => {
    const s = simSession();
    await s.say('admin', '/gom mo "Khách sạn Sen" han 23/11 18:00 toi-thieu KL-XANH 3');
    await s.say('u1', 'KL-XANH x3', undefined, 'Lan');
    await s.press('u1', 'ok');
    await s.inbox({ userId: 'u1' });
    const a = await signIn(s, 'admin');
    const page = await (await a.get('/web/pools')).text();
    expect(page).toContain('Khách sạn Sen');
    expect(page).toContain('aria-valuenow="100"');
    const id = (s.db.$client.prepare('select id from pools').get() as { id: number }).id;
    // Vietnam time 25/11 20:00 is 13:00 UTC.
    expect((await a.post(`/web/pools/${id}/extend`, { deadline: '2026-11-25T20:00' })).status).toBe(303);
    expect(s.db.$client.prepare('select deadline, status from pools').get()).toEqual({ deadline: '2026-11-25T13:00:00.000Z', status: 'open' });
    expect((await a.post(`/web/pools/${id}/extend`, { deadline: '2020-01-01T00:00' })).status).toBe(400);
    expect((await a.post(`/web/pools/${id}/extend`, { deadline: 'soon' })).status).toBe(400);
    expect((await a.post(`/web/pools/${id}/close`, {})).status).toBe(303);
    expect(s.db.$client.prepare('select status from pools').get()).toEqual({ status: 'met' });
    expect(texts(await s.inbox({ userId: 'u1' }))).toContain('đã đủ số lượng');
    expect((await a.post(`/web/pools/${id}/close`, {})).status).toBe(404);
  });

  it('re-splits an order line between households, checked against their stock', async () => {
    const s = simSession();
    const code = await placeOrder(s, 'u1', 'KL-XANH x3');
    const a = await signIn(s, 'admin');
    expect((await a.post(`/web/orders/${code}/allocate`, { sku: 'KL-XANH', 'h:ho-lan': '1', 'h:ho-minh': '2' })).status).toBe(303);
    const shares = () => s.db.$client.prepare('select h.key, a.qty from allocations a join households h on h.id = a.household_id order by h.key').all();
    expect(shares()).toEqual([{ key: 'ho-lan', qty: 1 }, { key: 'ho-minh', qty: 2 }]);
    // Shares that do not add up to the line, or more than a household holds, are refused; nothing moves.
    const wrong = await a.post(`/web/orders/${code}/allocate`, { sku: 'KL-XANH', 'h:ho-lan': '1', 'h:ho-minh': '1' });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('Thông tin chưa đúng');
    expect((await a.post(`/web/orders/${code}/allocate`, { sku: 'KL-XANH', 'h:ho-lan': 'abc' })).status).toBe(400);
    expect(shares()).toEqual([{ key: 'ho-lan', qty: 1 }, { key: 'ho-minh', qty: 2 }]);
  });

  it('filters orders by status, household, search and date, 30 to a page', async () => {
    const s = simSession();
    const first = await placeOrder(s, 'u1', 'KL-XANH x1');
    const a = await signIn(s, 'admin');
    await a.post(`/web/orders/${first}/paid`, {});
    const second = await placeOrder(s, 'u2', 'KL-DO x1 0912345678');
    const list = async (q: string) => [...(await (await a.get(`/web/orders?${q}`)).text()).matchAll(/href="\/web\/orders\/([A-Z0-9]{7})"/g)].map((m) => m[1]);
    expect(await list('')).toEqual([second, first]);
    expect(await list('status=paid')).toEqual([first]);
    expect(await list('q=0912345')).toEqual([second]);
    expect(await list(`q=${first.toLowerCase()}`)).toEqual([first]);
    expect(await list('from=2026-11-22&to=2026-11-22')).toEqual([second, first]);
    expect(await list('from=2026-11-23')).toEqual([]);
    expect(await list('status=bogus&page=-4')).toEqual([second, first]);
    for (let i = 0; i < 31; i++) s.db.$client.prepare("insert into orders (code, group_id, person_id, identity_id, total, chat_platform, chat_id, created_at, updated_at) select 'ZZ' || printf('%05d', ?), group_id, person_id, identity_id, 1000, chat_platform, chat_id, created_at, updated_at from orders limit 1").run(i);
    expect((await list('')).length).toBe(30);
    const page2 = await list('page=2');
    expect(page2.length).toBe(3);
    expect(page2.at(-1)).toBe(first);
  });

  it('a confirmer confirms money received from the web, as with ✅ in chat', async () => {
    const s = simSession();
    const code = await placeOrder(s);
    await s.inbox({ userId: 'u1' });
    const t = await signIn(s, 'thu-quy');
    const page = await (await t.get(`/web/orders/${code}`)).text();
    expect(page).toContain('Đã nhận đủ 500.000 ₫');
    expect((await t.post(`/web/orders/${code}/confirm`, {})).status).toBe(303);
    expect(texts(await s.inbox({ userId: 'u1' }))).toContain(`Shop đã nhận tiền cho đơn ${code}`);
    const personId = (s.db.$client.prepare("select person_id p from identities where platform_user_id = 'thu-quy'").get() as { p: number }).p;
    expect(s.db.$client.prepare('select source, actor, amount from payments').all()).toEqual([{ source: 'confirmer', actor: `confirmer:web:${personId}`, amount: 500000 }]);
    const again = await t.post(`/web/orders/${code}/confirm`, {});
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('Đơn này đã được xử lý');
  });

  it('/web typed in a group chat sends the link privately, never into the group', async () => {
    const s = simSession();
    const r = await s.say('admin', '/web', 'nhom-ban-hang');
    expect(texts(r)).toContain('tin nhắn riêng');
    expect(texts(r)).not.toContain('/web/login/');
    expect(texts(await s.inbox({ userId: 'admin' }))).toMatch(/\/web\/login\/[\w-]{40,}/);
  });
});

describe('web today', () => {
  it('puts orders whose customer says "I paid" first, flagged, with counts and money per state', async () => {
    const s = simSession();
    const reported = await placeOrder(s, 'u1', 'KL-XANH x2');
    const quiet = await placeOrder(s, 'u2', 'KL-DO x1');
    await s.press('u1', `pd:${reported}`);
    const a = await signIn(s, 'admin');
    const html = await (await a.get('/web/today')).text();
    const awaiting = html.slice(html.indexOf('data-state="awaiting_payment"'), html.indexOf('data-state="paid"'));
    expect(awaiting.indexOf(reported)).toBeLessThan(awaiting.indexOf(quiet));
    expect(awaiting).toContain('khách báo đã chuyển');
    expect(awaiting.match(/khách báo đã chuyển/g)).toHaveLength(1);
    const total = (s.db.$client.prepare('select sum(total) t from orders').get() as { t: number }).t;
    expect(awaiting).toContain(`2 đơn · ${total.toLocaleString('de-DE')} ₫`);
  });

  it('an admin editing stock from the households list comes back to the list', async () => {
    const s = simSession();
    const a = await signIn(s, 'admin');
    const res = await a.post('/web/households/ho-minh/stock', { sku: 'KL-DO', qty: '3', back: 'list' });
    expect(res.headers.get('location')).toBe('/web/households?ok=1');
    expect(s.db.$client.prepare("select s.qty from stock s join households h on h.id = s.household_id join products p on p.id = s.product_id where h.key = 'ho-minh' and p.sku = 'KL-DO'").get()).toEqual({ qty: 3 });
  });
});
