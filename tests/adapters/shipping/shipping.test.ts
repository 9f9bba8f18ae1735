import { readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { openTestDb, type Db } from '../../../db/index.ts';
import { orders, payments, shipments } from '../../../db/schema.ts';
import { importShop } from '../../../core/catalog/import-shop.ts';
import { parseShopFile } from '../../../core/catalog/shop-file.ts';
import { identify } from '../../../core/people/identify.ts';
import { placeOrder } from '../../../core/orders/place-order.ts';
import { getOrder, transitionOrder } from '../../../core/orders/transition-order.ts';
import { markReady } from '../../../core/households/allocations.ts';
import { recordPayment } from '../../../core/payments/record-payment.ts';
import { settlement } from '../../../core/settlement/settlement.ts';
import { chooseCod } from '../../../core/shipping/cod.ts';
import { createDueShipments, quoteOrder, requestShipments, shipmentsOfOrder } from '../../../core/shipping/shipments.ts';
import { loadConfig } from '../../../adapters/config.ts';
import { createApp } from '../../../adapters/server.ts';
import { carriersFromConfig, shippingRoutes } from '../../../adapters/shipping/index.ts';
import { demoShop, dumpTables, fakeClock } from '../../helpers.ts';

const GHN = 'https://ghn.test/shiip/public-api';
const GHTK = 'https://ghtk.test';
const SECRET = 'hook-secret-1';
const fixture = (carrier: 'ghn' | 'ghtk', name: string) => readFileSync(new URL(`../../fixtures/${carrier}/${name}`, import.meta.url), 'utf8');
const json = (carrier: 'ghn' | 'ghtk', name: string) => JSON.parse(fixture(carrier, name)) as Record<string, unknown>;

/** What the fake carriers received, and the parcels they hold (by our client order code). */
let calls: { carrier: string; path: string; headers: Record<string, string>; body: unknown }[] = [];
let ghnParcels = new Map<string, string>();
let ghtkParcels = new Map<string, string>();
let ghnCreateFailures: ('lose-answer' | 'refuse')[] = [];

const record = async (carrier: string, request: Request) => {
  const url = new URL(request.url);
  const body = request.method === 'GET' ? Object.fromEntries(url.searchParams) : await request.clone().json();
  const headers: Record<string, string> = {};
  request.headers.forEach((v, k) => (headers[k] = v));
  calls.push({ carrier, path: url.pathname.replace(/^\/shiip\/public-api/, ''), headers, body });
  return body as Record<string, unknown>;
};

const server = setupServer(
  // GHN: every call must carry the shop's Token and ShopId.
  http.all(`${GHN}/*`, async ({ request }) => {
    if (request.headers.get('token') !== 'ghn-token' || request.headers.get('shopid') !== '885') return HttpResponse.json({ code: 401, message: 'Token is invalid' }, { status: 401 });
    return undefined;
  }),
  http.get(`${GHN}/master-data/province`, async ({ request }) => (await record('ghn', request), HttpResponse.json(json('ghn', 'province.json')))),
  http.post(`${GHN}/master-data/district`, async ({ request }) => {
    const b = await record('ghn', request);
    return HttpResponse.json(json('ghn', `district-${String(b['province_id'])}.json`));
  }),
  http.post(`${GHN}/master-data/ward`, async ({ request }) => {
    const b = await record('ghn', request);
    return HttpResponse.json(json('ghn', `ward-${String(b['district_id'])}.json`));
  }),
  http.post(`${GHN}/v2/shipping-order/available-services`, async ({ request }) => (await record('ghn', request), HttpResponse.json(json('ghn', 'available-services.json')))),
  http.post(`${GHN}/v2/shipping-order/fee`, async ({ request }) => (await record('ghn', request), HttpResponse.json(json('ghn', 'fee.json')))),
  http.post(`${GHN}/v2/shipping-order/leadtime`, async ({ request }) => (await record('ghn', request), HttpResponse.json(json('ghn', 'leadtime.json')))),
  http.post(`${GHN}/v2/shipping-order/create`, async ({ request }) => {
    const b = await record('ghn', request);
    const client = String(b['client_order_code']);
    if (ghnParcels.has(client)) return HttpResponse.json(json('ghn', 'create-duplicate.json'), { status: 400 });
    const failure = ghnCreateFailures.shift();
    if (failure === 'refuse') return HttpResponse.json({ code: 400, message: 'Số điện thoại không hợp lệ', data: null }, { status: 400 });
    const code = `GHN${client.replace(/\W/g, '')}`;
    ghnParcels.set(client, code);
    // The parcel exists at GHN, but the answer is lost on the way back.
    if (failure === 'lose-answer') return HttpResponse.json({ code: 500, message: 'upstream timeout' }, { status: 502 });
    const answer = json('ghn', 'create.json');
    (answer['data'] as Record<string, unknown>)['order_code'] = code;
    return HttpResponse.json(answer);
  }),
  http.post(`${GHN}/v2/shipping-order/detail-by-client-code`, async ({ request }) => {
    const b = await record('ghn', request);
    const code = ghnParcels.get(String(b['client_order_code']));
    if (!code) return HttpResponse.json({ code: 400, message: 'Không tìm thấy đơn hàng', data: null }, { status: 400 });
    const answer = json('ghn', 'detail-by-client-code.json');
    Object.assign(answer['data'] as Record<string, unknown>, { order_code: code, client_order_code: b['client_order_code'] });
    return HttpResponse.json(answer);
  }),
  http.post(`${GHN}/v2/a5/gen-token`, async ({ request }) => (await record('ghn', request), HttpResponse.json(json('ghn', 'gen-token.json')))),
  // GHTK: the Token header on every call.
  http.all(`${GHTK}/*`, ({ request }) => (request.headers.get('token') !== 'ghtk-token' ? HttpResponse.json({ success: false, message: 'Token không hợp lệ' }, { status: 401 }) : undefined)),
  http.get(`${GHTK}/services/shipment/fee`, async ({ request }) => (await record('ghtk', request), HttpResponse.json(json('ghtk', 'fee.json')))),
  http.post(`${GHTK}/services/shipment/order`, async ({ request }) => {
    const b = await record('ghtk', request);
    const id = String((b['order'] as Record<string, unknown>)['id']);
    if (ghtkParcels.has(id)) return HttpResponse.json(json('ghtk', 'order-exists.json'));
    const label = `S1.A1.${id.replace(/\W/g, '')}`;
    ghtkParcels.set(id, label);
    const answer = json('ghtk', 'order.json');
    Object.assign(answer['order'] as Record<string, unknown>, { partner_id: id, label });
    return HttpResponse.json(answer);
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const config = loadConfig({
  GHN_TOKEN: 'ghn-token',
  GHN_SHOP_ID: '885',
  GHN_API_BASE: GHN,
  GHTK_TOKEN: 'ghtk-token',
  GHTK_API_BASE: GHTK,
  SHIPPING_WEBHOOK_SECRET: SECRET,
  PUBLIC_URL: 'https://gom.test',
  SIM: '0',
  DEMO: '0',
});

let db: Db;
let clock: ReturnType<typeof fakeClock>;
let app: Hono;
/** The domain events recorded so far (type and data), oldest first. */
const events = () => db.$client.prepare('select type, data from domain_events order by id').all().map((r) => ({ ...(JSON.parse((r as { data: string }).data) as object), type: (r as { type: string }).type })) as ({ type: string } & Record<string, unknown>)[];
const carriers = carriersFromConfig(config);

beforeEach(() => {
  calls = [];
  ghnParcels = new Map();
  ghtkParcels = new Map();
  ghnCreateFailures = [];
  db = openTestDb();
  clock = fakeClock('2026-12-02T03:00:00.000Z');
  const shop = demoShop();
  shop.group.shipping = { cod: { allowed: true, maxAmount: 3_000_000, firstOrderDeposit: 30_000 } };
  shop.households.find((h) => h.key === 'ho-lan')!.pickupAddress = 'Số 12 Vạn Phúc, P. Vạn Phúc, Q. Hà Đông, Hà Nội';
  shop.households.find((h) => h.key === 'ho-hoa')!.pickupAddress = 'Thôn 3, Xã Bát Tràng, Huyện Gia Lâm, Hà Nội';
  shop.products.find((p) => p.sku === 'KL-XANH')!.weightGrams = 150;
  importShop(db, parseShopFile(shop));
  app = createApp({ db, clock, config, mounts: [shippingRoutes({ db, clock, config, carriers })] });
});

/** A customer orders a blue scarf (held by hộ Lan) and a yellow one (hộ Hoa): two households, two parcels. */
function readyOrder(userId: string, pay: 'vietqr' | 'cod'): string {
  const { identity, person } = identify(db, { platform: 'sim', userId, name: 'Nguyễn Thu Lan' }, clock());
  const groupId = db.$client.prepare('select id from groups').get() as { id: number };
  const placed = placeOrder(
    db,
    {
      groupId: groupId.id,
      personId: person.id,
      identityId: identity.id,
      customerName: 'Nguyễn Thu Lan',
      phone: '0912345678',
      note: '45 Trần Quốc Thảo, phường 5, quận 3, TP.HCM',
      lines: [
        { sku: 'KL-XANH', qty: 1 },
        { sku: 'KL-VANG', qty: 1 },
      ],
      chatPlatform: 'sim',
      chatId: userId,
      actor: 'test',
    },
    clock(),
  );
  if (pay === 'vietqr') recordPayment(db, { groupId: groupId.id, orderId: placed.id, source: 'sepay', externalId: `tx-${placed.code}`, amount: placed.total, actor: 'sepay' }, clock());
  else {
    const { deposit } = chooseCod(db, placed.id, `customer:sim:${userId}`, clock());
    if (deposit > 0) recordPayment(db, { groupId: groupId.id, orderId: placed.id, source: 'sepay', externalId: `dep-${placed.code}`, amount: deposit, actor: 'sepay' }, clock());
  }
  expect(getOrder(db, placed.code).status).toBe('paid');
  for (const h of db.$client.prepare('select distinct a.household_id id from allocations a join order_lines l on l.id = a.order_line_id where l.order_id = ?').all(placed.id) as { id: number }[]) {
    markReady(db, placed.id, h.id, 'household', clock());
  }
  expect(getOrder(db, placed.code).status).toBe('ready');
  return placed.code;
}

const ghnHook = (over: Record<string, unknown>, query = `?secret=${SECRET}`) =>
  app.request(`/webhooks/shipping/ghn${query}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...json('ghn', 'webhook-switch-status.json'), ShopID: 885, ...over }) });
const ghtkHook = (over: Record<string, string>, query = `?hash=${SECRET}`) => {
  const form = new URLSearchParams(fixture('ghtk', 'webhook.form').trim());
  for (const [k, v] of Object.entries(over)) form.set(k, v);
  return app.request(`/webhooks/shipping/ghtk${query}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() });
};
const earned = () => Object.fromEntries(settlement(db, 'lua-van-phuc').households.map((h) => [h.household, h.earned]));

describe('shipping an order paid by VietQR with GHN', () => {
  it('quotes every carrier, creates one parcel per household, and follows the webhooks to delivered', async () => {
    const code = readyOrder('u1', 'vietqr');

    const quotes = await quoteOrder(db, carriers, code);
    // Two parcels each: GHTK 2 × 30.400, GHN light goods 2 × 36.300 (and its heavy service), cheapest first.
    expect(quotes.map((q) => ('fee' in q ? `${q.carrier}:${q.serviceId}:${q.fee}` : q.error))).toEqual(['ghtk:road:60800', 'ghn:53320:72600', 'ghn:100039:72600']);
    const ghnFee = calls.filter((c) => c.carrier === 'ghn' && c.path === '/v2/shipping-order/fee').map((c) => c.body as Record<string, unknown>);
    // The customer's "phường 5, quận 3" is what GHN is given, in its own ids; each household ships from its own ward.
    expect(new Set(ghnFee.map((b) => `${String(b['to_district_id'])}/${String(b['to_ward_code'])}`))).toEqual(new Set(['1444/20305']));
    expect(new Set(ghnFee.map((b) => b['from_ward_code']))).toEqual(new Set(['1B1515', '1A0703']));
    expect(ghnFee.every((b) => b['cod_value'] === 0)).toBe(true);
    const ghtkFee = calls.filter((c) => c.carrier === 'ghtk').map((c) => c.body as Record<string, string>);
    expect(ghtkFee.map((b) => `${b['pick_district']}|${b['district']}|${b['ward']}`).sort()).toEqual(['Huyện Gia Lâm|Quận 3|Phường 5', 'Quận Hà Đông|Quận 3|Phường 5']);

    const booked = requestShipments(db, code, 'ghn', '53320', 'admin:sim:admin', clock());
    expect(booked.map((s) => [s.status, s.codAmount, s.clientOrderCode])).toEqual([
      ['pending', 0, `${code}-1`],
      ['pending', 0, `${code}-2`],
    ]);
    // Booking again books nothing more.
    expect(requestShipments(db, code, 'ghn', '53320', 'admin:sim:admin', clock()).map((s) => s.id)).toEqual(booked.map((s) => s.id));

    calls = [];
    const created = await createDueShipments(db, carriers, clock);
    expect(created.map((s) => s.status)).toEqual(['created', 'created']);
    const creates = calls.filter((c) => c.path === '/v2/shipping-order/create').map((c) => c.body as Record<string, unknown>);
    expect(creates).toHaveLength(2);
    for (const b of creates) {
      expect(b).toMatchObject({ payment_type_id: 1, cod_amount: 0, to_name: 'Nguyễn Thu Lan', to_phone: '0912345678', to_ward_code: '20305', to_district_id: 1444, service_id: 53320 });
    }
    expect(creates.map((b) => b['client_order_code'])).toEqual([`${code}-1`, `${code}-2`]);
    expect(creates.map((b) => b['weight'])).toEqual([150, 500]); // the product's own weight, else the group default
    expect(events().filter((e) => e.type === 'shipment.created')).toHaveLength(2);
    const [a, b] = created.map((s) => s.carrierOrderCode!);

    // Labels for the household, tracking for the customer.
    expect(await carriers.get('ghn')!.labelUrl([a!])).toBe('https://ghn.test/a5/public-api/printA5?token=1a7e6d53-d1a7-11ec-a9f4-8a8a3c9d2c0e');
    expect(carriers.get('ghn')!.trackingUrl(a!)).toBe(`https://donhang.ghn.vn/?order_code=${a}`);

    const t = (m: number) => new Date(Date.parse('2026-12-02T04:00:00.000Z') + m * 60_000).toISOString();
    expect((await ghnHook({ OrderCode: a, ClientOrderCode: `${code}-1`, Status: 'picked', Time: t(1) })).status).toBe(200);
    expect(getOrder(db, code).status).toBe('shipped');
    expect((await ghnHook({ OrderCode: b, ClientOrderCode: `${code}-2`, Status: 'picked', Time: t(2) })).status).toBe(200);
    expect((await ghnHook({ OrderCode: a, Status: 'delivering', Time: t(3) })).status).toBe(200);
    expect((await ghnHook({ OrderCode: a, Status: 'delivered', Time: t(4) })).status).toBe(200);
    expect(getOrder(db, code).status).toBe('shipped'); // one parcel still on its way
    expect((await ghnHook({ OrderCode: b, Status: 'delivered', Time: t(5) })).status).toBe(200);
    expect(getOrder(db, code).status).toBe('delivered');
    expect(events().filter((e) => e.type === 'order.advanced').map((e) => e.to)).toEqual(['shipped', 'delivered']);
    expect(shipmentsOfOrder(db, getOrder(db, code).id).map((s) => s.status)).toEqual(['delivered', 'delivered']);

    // A redelivered webhook changes nothing.
    const before = dumpTables(db);
    const again = await ghnHook({ OrderCode: b, Status: 'delivered', Time: t(5) });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ ok: true, duplicate: true });
    expect(dumpTables(db)).toEqual(before);
  });

  it('refuses malformed, unknown, foreign and unsigned webhooks, writing nothing', async () => {
    const code = readyOrder('u1', 'vietqr');
    requestShipments(db, code, 'ghn', '53320', 'admin', clock());
    const [s] = await createDueShipments(db, carriers, clock);
    const before = dumpTables(db);
    const post = (body: string, query = `?secret=${SECRET}`) => app.request(`/webhooks/shipping/ghn${query}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect((await post('{"OrderCode":')).status).toBe(400);
    expect((await post(JSON.stringify({ Status: 'delivered', Type: 'switch_status', Time: '2026-12-02T04:00:00Z' }))).status).toBe(400);
    expect((await post(JSON.stringify([1, 2]))).status).toBe(400);
    expect((await ghnHook({ OrderCode: s!.carrierOrderCode, Status: 'delivered', Time: 'yesterday' })).status).toBe(400);
    expect((await ghnHook({ OrderCode: 'NOT-OURS', Status: 'delivered', Time: '2026-12-02T04:00:00Z' })).status).toBe(404);
    expect((await ghnHook({ OrderCode: s!.carrierOrderCode, ClientOrderCode: 'OTHER-1', Status: 'delivered', Time: '2026-12-02T04:00:00Z' })).status).toBe(404);
    expect((await ghnHook({ OrderCode: s!.carrierOrderCode, ShopID: 81558, Status: 'delivered', Time: '2026-12-02T04:00:00Z' })).status).toBe(400);
    expect((await ghnHook({ OrderCode: s!.carrierOrderCode, Status: 'delivered', Time: '2026-12-02T04:00:00Z' }, '?secret=wrong')).status).toBe(401);
    expect((await ghnHook({ OrderCode: s!.carrierOrderCode, Status: 'delivered', Time: '2026-12-02T04:00:00Z' }, '')).status).toBe(401);
    expect((await app.request('/webhooks/shipping/vnpost', { method: 'POST', body: '{}' })).status).toBe(404);
    expect(dumpTables(db)).toEqual(before);
  });

  it('never makes a second parcel when the create answer is lost: the retry finds the first by its client order code', async () => {
    const code = readyOrder('u1', 'vietqr');
    requestShipments(db, code, 'ghn', '53320', 'admin', clock());
    ghnCreateFailures = ['lose-answer'];
    const first = await createDueShipments(db, carriers, clock);
    expect(first.map((s) => s.status)).toEqual(['pending', 'created']);
    expect(first[0]!.lastError).toMatch(/HTTP 502/);
    expect(await createDueShipments(db, carriers, clock)).toEqual([]); // not due before its backoff
    clock.advance(31_000);
    const retried = await createDueShipments(db, carriers, clock);
    expect(retried.map((s) => [s.status, s.carrierOrderCode])).toEqual([['created', ghnParcels.get(`${code}-1`)]]);
    expect(calls.filter((c) => c.path === '/v2/shipping-order/create')).toHaveLength(2); // one per parcel, none repeated
    expect(ghnParcels.size).toBe(2);
  });

  it('never creates the booked parcels of an order cancelled before the job ran', async () => {
    const code = readyOrder('u1', 'vietqr');
    requestShipments(db, code, 'ghn', '53320', 'admin', clock());
    transitionOrder(db, getOrder(db, code).id, 'cancelled', 'admin', clock());
    expect(await createDueShipments(db, carriers, clock)).toEqual([]);
    expect(calls.filter((c) => c.path === '/v2/shipping-order/create')).toEqual([]);
    expect(shipmentsOfOrder(db, getOrder(db, code).id).map((s) => s.status)).toEqual(['cancelled', 'cancelled']);
  });

  it('marks a parcel the carrier refuses as failed, and says why', async () => {
    const code = readyOrder('u1', 'vietqr');
    requestShipments(db, code, 'ghn', '53320', 'admin', clock());
    ghnCreateFailures = ['refuse'];
    const done = await createDueShipments(db, carriers, clock);
    expect(done[0]).toMatchObject({ status: 'failed' });
    expect(done[0]!.lastError).toMatch(/Số điện thoại không hợp lệ/);
    expect(events().find((e) => e.type === 'shipment.failed')).toMatchObject({ carrier: 'ghn' });
    expect(getOrder(db, code).status).toBe('ready');
  });
});

describe('cash on delivery with GHTK', () => {
  it('collects the due amount, records it as a cod payment, and only then counts it in settlement', async () => {
    const before = earned();
    const code = readyOrder('u2', 'cod'); // a first-time buyer: 30.000 ₫ deposit by VietQR first
    const o = getOrder(db, code);
    expect(o).toMatchObject({ paymentMethod: 'cod', depositDue: 30_000, paidAmount: 30_000, paymentStatus: 'partial' });
    expect(earned()).toEqual(before); // nothing earned while the cash is not collected

    requestShipments(db, code, 'ghtk', 'road', 'admin', clock());
    const created = await createDueShipments(db, carriers, clock);
    const bodies = calls.filter((c) => c.carrier === 'ghtk' && c.path === '/services/shipment/order').map((c) => c.body as { order: Record<string, unknown>; products: Record<string, unknown>[] });
    expect(bodies.map((b) => b.order['pick_money'])).toEqual(created.map((s) => s.codAmount));
    expect(created.reduce((s, x) => s + x.codAmount, 0)).toBe(o.total - 30_000);
    expect(bodies[0]!.order).toMatchObject({ id: `${code}-1`, tel: '0912345678', province: 'Thành phố Hồ Chí Minh', district: 'Quận 3', ward: 'Phường 5', is_freeship: '1' });
    expect(bodies[0]!.products[0]).toMatchObject({ name: 'Khăn lụa tơ tằm màu xanh ngọc', product_code: 'KL-XANH', quantity: 1, weight: 0.15 });

    const [a, b] = created;
    for (const s of [a!, b!]) expect((await ghtkHook({ label_id: s.carrierOrderCode!, partner_id: s.clientOrderCode, status_id: '3', action_time: '2026-12-02T11:00:00+07:00' })).status).toBe(200);
    expect(getOrder(db, code).status).toBe('shipped');
    for (const s of [a!, b!]) {
      const r = await ghtkHook({ label_id: s.carrierOrderCode!, partner_id: s.clientOrderCode, status_id: '5', action_time: '2026-12-03T09:00:00+07:00', pick_money: String(s.codAmount) });
      expect(r.status).toBe(200);
    }
    const done = getOrder(db, code);
    expect(done).toMatchObject({ status: 'delivered', paymentStatus: 'paid', paidAmount: done.total });
    const cod = db.select().from(payments).where(eq(payments.source, 'cod')).all();
    expect(cod.map((p) => [p.amount, p.carrier, p.transferredAt])).toEqual([
      [a!.codAmount, 'ghtk', null],
      [b!.codAmount, 'ghtk', null],
    ]);
    // Now the households' shares count: hộ Lan's scarf and hộ Hoa's.
    const after = earned();
    expect(after['ho-lan']! - before['ho-lan']!).toBe(250_000);
    expect(after['ho-hoa']! - before['ho-hoa']!).toBe(250_000);

    // GHTK reconciles (status 6): the transfer date is recorded once.
    await ghtkHook({ label_id: a!.carrierOrderCode!, partner_id: a!.clientOrderCode, status_id: '6', action_time: '2026-12-05T10:00:00+07:00' });
    expect(db.select().from(payments).where(eq(payments.externalId, `ghtk:${a!.carrierOrderCode}`)).get()!.transferredAt).toBe('2026-12-05T03:00:00.000Z');
    expect(events().filter((e) => e.type === 'payment.recorded').map((e) => e.amount)).toEqual([30_000, a!.codAmount, b!.codAmount]);
    expect(events().filter((e) => e.type === 'cod.transferred')).toHaveLength(1);
  });

  it('accepts the JSON form of the callback too', async () => {
    const code = readyOrder('u1', 'vietqr');
    requestShipments(db, code, 'ghtk', 'road', 'admin', clock());
    const [s] = await createDueShipments(db, carriers, clock);
    const body = { ...json('ghtk', 'webhook.json'), label_id: s!.carrierOrderCode, partner_id: s!.clientOrderCode, status_id: 3 };
    const r = await app.request(`/webhooks/shipping/ghtk?hash=${SECRET}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(r.status).toBe(200);
    expect(db.select().from(shipments).where(eq(shipments.id, s!.id)).get()!.status).toBe('picked');
  });

  it('a returned COD parcel releases nothing to the households and is reported to the admin', async () => {
    const before = earned();
    const code = readyOrder('u3', 'cod');
    requestShipments(db, code, 'ghtk', 'road', 'admin', clock());
    const created = await createDueShipments(db, carriers, clock);
    for (const [status, time] of [
      ['3', '2026-12-02T11:00:00+07:00'],
      ['20', '2026-12-04T11:00:00+07:00'],
      ['21', '2026-12-06T11:00:00+07:00'],
    ] as const) {
      for (const s of created) expect((await ghtkHook({ label_id: s.carrierOrderCode!, partner_id: s.clientOrderCode, status_id: status, action_time: time })).status).toBe(200);
    }
    expect(getOrder(db, code)).toMatchObject({ status: 'returned', paymentStatus: 'partial' });
    expect(db.select().from(payments).where(eq(payments.source, 'cod')).all()).toEqual([]);
    expect(earned()).toEqual(before);
    expect(events().find((e) => e.type === 'order.returned')).toMatchObject({ codAmount: getOrder(db, code).total - 30_000 });
  });

  it('lets a returning customer pay on delivery without a deposit, and refuses COD over the group maximum', () => {
    const first = readyOrder('u1', 'vietqr');
    const id = getOrder(db, first).id;
    for (const to of ['shipped', 'delivered'] as const) transitionOrder(db, id, to, 'test', clock());
    const second = readyOrder('u1', 'cod');
    expect(getOrder(db, second)).toMatchObject({ paymentMethod: 'cod', depositDue: 0, paidAmount: 0 });

    const { identity, person } = identify(db, { platform: 'sim', userId: 'u9', name: 'Hùng' }, clock());
    const big = placeOrder(db, { groupId: 1, personId: person.id, identityId: identity.id, lines: [{ sku: 'AD-M', qty: 2 }], chatPlatform: 'sim', chatId: 'u9', actor: 'test' }, clock());
    const snapshot = dumpTables(db);
    expect(() => chooseCod(db, big.id, 'customer', clock())).toThrow(/only up to 3000000/);
    expect(dumpTables(db)).toEqual(snapshot);
    expect(db.select().from(orders).where(eq(orders.id, big.id)).get()!.paymentMethod).toBe('vietqr');
  });
});
