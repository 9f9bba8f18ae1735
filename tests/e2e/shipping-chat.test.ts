import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../db/index.ts';
import { groups, orders } from '../../db/schema.ts';
import { seedDemoIfEmpty } from '../../adapters/boot.ts';
import { loadConfig } from '../../adapters/config.ts';
import { createApp } from '../../adapters/server.ts';
import { carriersFromConfig, runShippingJob, shippingRoutes } from '../../adapters/shipping/index.ts';
import type { SimReply } from '../../adapters/sim/sim.ts';
import { recordPayment } from '../../core/payments/record-payment.ts';
import { fakeClock } from '../helpers.ts';
import { buttonData, texts } from './sim-harness.ts';

/**
 * The whole shipping conversation through the simulator, with a fake GHN answering in its documented
 * shapes (tests/fixtures/ghn): a household sets its pickup address, a customer orders, chooses cash on
 * delivery and gives an old-style address, the household marks the goods ready, the admin gets GHN's
 * fees as buttons and picks one, the customer gets the tracking code, the household the label link, and
 * GHN's webhooks take the order to delivered with the customer told and the COD money in settlement.
 */
const GHN = 'https://ghn.test/shiip/public-api';
const fx = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/ghn/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;
const created: Record<string, unknown>[] = [];
const server = setupServer(
  http.get(`${GHN}/master-data/province`, () => HttpResponse.json(fx('province.json'))),
  http.post(`${GHN}/master-data/district`, async ({ request }) => HttpResponse.json(fx(`district-${String(((await request.json()) as Record<string, unknown>)['province_id'])}.json`))),
  http.post(`${GHN}/master-data/ward`, async ({ request }) => HttpResponse.json(fx(`ward-${String(((await request.json()) as Record<string, unknown>)['district_id'])}.json`))),
  http.post(`${GHN}/v2/shipping-order/available-services`, () => HttpResponse.json(fx('available-services.json'))),
  http.post(`${GHN}/v2/shipping-order/fee`, () => HttpResponse.json(fx('fee.json'))),
  http.post(`${GHN}/v2/shipping-order/leadtime`, () => HttpResponse.json(fx('leadtime.json'))),
  http.post(`${GHN}/v2/shipping-order/create`, async ({ request }) => {
    const body = (await request.json()) as Record<string, unknown>;
    created.push(body);
    const answer = fx('create.json');
    (answer['data'] as Record<string, unknown>)['order_code'] = 'LGHN7K3Q';
    return HttpResponse.json(answer);
  }),
  http.post(`${GHN}/v2/a5/gen-token`, () => HttpResponse.json(fx('gen-token.json'))),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('shipping in the chat', () => {
  it('from pickup address to delivered, with COD, through the simulator and GHN', async () => {
    const db = openTestDb();
    const clock = fakeClock('2026-12-02T03:00:00.000Z');
    seedDemoIfEmpty(db, true, clock());
    db.update(groups).set({ shipping: { cod: { allowed: true, firstOrderDeposit: 30_000 } } }).run();
    const config = loadConfig({ GHN_TOKEN: 'ghn-token', GHN_SHOP_ID: '885', GHN_API_BASE: GHN, PUBLIC_URL: 'https://gom.test' });
    const carriers = carriersFromConfig(config);
    const app = createApp({ db, clock, config, mounts: [shippingRoutes({ db, clock, config, carriers })] });
    const post = async (body: Record<string, unknown>) => ((await (await app.request('/sim/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json()) as { replies: SimReply[] }).replies;
    const say = (userId: string, text: string) => post({ userId, text });
    const press = (userId: string, button: string) => post({ userId, button });
    const inbox = async (userId: string) => ((await (await app.request(`/sim/inbox?userId=${userId}`)).json()) as { messages: SimReply[] }).messages;

    // The household sets its pickup address; an unclear one is refused with a hint.
    expect(texts(await say('ho-lan', '/diachi Hà Nội'))).toMatch(/Chưa rõ phường\/xã/);
    expect(texts(await say('ho-lan', '/diachi Số 12 Vạn Phúc, P. Vạn Phúc, Q. Hà Đông, Hà Nội'))).toMatch(/Đã lưu địa chỉ lấy hàng: Số 12 Vạn Phúc.*\n\(Phường Hà Đông, Thành phố Hà Nội\)/);

    // The customer orders; the payment QR offers cash on delivery.
    await say('u1', 'KL-XANH x1, sđt 0912345678');
    const checkout = await press('u1', 'ok');
    const code = db.select().from(orders).get()!.code;
    expect(buttonData(checkout)).toContain(`cod:${code}`);
    // A first COD order needs a deposit by VietQR.
    const cod = await press('u1', `cod:${code}`);
    expect(texts(cod)).toMatch(/đặt cọc 30\.000/);
    expect(cod.some((r) => r.type === 'photo')).toBe(true);
    recordPayment(db, { groupId: 1, orderId: 1, source: 'sepay', externalId: 'dep-1', amount: 30_000, actor: 'sepay' }, clock());
    expect(texts(await inbox('u1'))).toMatch(/đã nhận tiền cọc.*trả 220\.000 ₫ khi nhận hàng/i);

    // The customer gives the address the old way; the bot reads it into the 2025 ward.
    expect(texts(await say('u1', `/diachigiao ${code} 45 Trần Quốc Thảo, phường 5, quận 3, TP.HCM`))).toMatch(/sẽ giao đến: Phường Bàn Cờ, Thành phố Hồ Chí Minh/);

    // The household was told to prepare; it marks the goods ready.
    expect(buttonData(await inbox('ho-lan'))).toContain(`hr:${code}`);
    await press('ho-lan', `hr:${code}`);
    expect(db.select().from(orders).get()!.status).toBe('ready');

    // The shipping job asks GHN; the admin gets the fees as buttons and picks one.
    await runShippingJob(db, carriers, clock, config);
    const quotes = await inbox('admin');
    expect(texts(quotes)).toMatch(new RegExp(`Đơn ${code} đã sẵn sàng giao \\(1 kiện\\)[\\s\\S]*GHN — Hàng nhẹ: 36\\.300 ₫`));
    expect(buttonData(quotes)).toContain(`sv:${code}:ghn:53320`);
    expect(texts(await press('admin', `sv:${code}:ghn:53320`))).toMatch(/Đã chọn GHN/);

    // The job creates the parcel with the cash to collect; tracking to the customer, label to the household.
    await runShippingJob(db, carriers, clock, config);
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ cod_amount: 220_000, to_ward_code: '20305', to_district_id: 1444, from_ward_name: 'Phường Vạn Phúc', client_order_code: `${code}-1` });
    expect(texts(await inbox('u1'))).toMatch(/mã vận đơn GHN: LGHN7K3Q\nTheo dõi: https:\/\/donhang\.ghn\.vn\/\?order_code=LGHN7K3Q/);
    const label = texts(await inbox('ho-lan'));
    expect(label).toMatch(/thu hộ 220\.000 ₫/);
    const link = /https:\/\/gom\.test(\/shipping\/labels\/ghn\/LGHN7K3Q\?sig=[\w-]+)/.exec(label)![1]!;
    const print = await app.request(link);
    expect(print.status).toBe(302);
    expect(print.headers.get('location')).toBe('https://ghn.test/a5/public-api/printA5?token=1a7e6d53-d1a7-11ec-a9f4-8a8a3c9d2c0e');
    expect((await app.request(link.replace(/sig=.*/, 'sig=forged'))).status).toBe(404);

    // GHN's webhooks: picked, delivering, delivered; the customer hears each step.
    const hook = (Status: string, Time: string) =>
      app.request('/webhooks/shipping/ghn', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...fx('webhook-switch-status.json'), ShopID: 885, OrderCode: 'LGHN7K3Q', ClientOrderCode: `${code}-1`, Status, Time, CODAmount: 220_000 }) });
    expect((await hook('picked', '2026-12-02T08:00:00Z')).status).toBe(200);
    expect(texts(await inbox('u1'))).toMatch(new RegExp(`Đơn ${code} đã được gửi đi`));
    expect((await hook('delivering', '2026-12-03T02:00:00Z')).status).toBe(200);
    expect(texts(await inbox('u1'))).toMatch(/Shipper đang giao đơn/);
    expect((await hook('delivered', '2026-12-03T04:00:00Z')).status).toBe(200);
    expect(texts(await inbox('u1'))).toMatch(new RegExp(`Đơn ${code} đã giao xong`));
    expect((await hook('delivered', '2026-12-03T04:00:00Z')).status).toBe(200);
    expect(await inbox('u1')).toEqual([]); // told once
    expect(db.select().from(orders).where(eq(orders.code, code)).get()).toMatchObject({ status: 'delivered', paymentStatus: 'paid', paidAmount: 250_000 });
  });
});
