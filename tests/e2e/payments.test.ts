import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cassoSignature } from '../../adapters/bank/casso.ts';
import { runDueJobs } from '../../bots/jobs.ts';
import { buttonData, simSession, texts } from './sim-harness.ts';
import { dumpTables } from '../helpers.ts';

/** The SePay documentation's example body (tests/fixtures/bank/sepay-docs-example.json), pointed at our account and an order. */
const sepayDocs = JSON.parse(readFileSync(new URL('../fixtures/bank/sepay-docs-example.json', import.meta.url), 'utf8'));
const cassoDocs = JSON.parse(readFileSync(new URL('../fixtures/bank/casso-v2-docs-sample.json', import.meta.url), 'utf8'));

async function placeOrder(s: ReturnType<typeof simSession>, userId = 'u1', text = 'KL-XANH x2') {
  await s.say(userId, text, undefined, 'Lan');
  const r = await s.press(userId, 'ok');
  return /Đã đặt đơn ([A-Z0-9]{7})/.exec(texts(r))![1]!;
}

const orderRow = (s: ReturnType<typeof simSession>, code: string) =>
  s.db.$client.prepare('select status, payment_status as paymentStatus, paid_amount as paidAmount from orders where code = ?').get(code);

function sepay(s: ReturnType<typeof simSession>, body: Record<string, unknown>, key = 'sepay-key') {
  return s.app.request('/webhooks/bank/sepay', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Apikey ${key}` },
    body: JSON.stringify({ ...sepayDocs, accountNumber: '0451000123456', ...body }),
  });
}

describe('payment confirmation', () => {
  it('customer reports payment, the treasurer confirms from their chat, the customer is told, the order is paid', async () => {
    const s = simSession();
    const code = await placeOrder(s);
    const reported = await s.press('u1', `pd:${code}`);
    expect(texts(reported)).toContain(`đang kiểm tra tiền cho đơn ${code}`);
    const asked = await s.inbox({ userId: 'thu-quy' });
    expect(texts(asked)).toContain(`Đơn ${code} — 500.000 ₫ — khách Lan báo đã chuyển khoản`);
    expect(buttonData(asked)).toEqual([`cy:${code}`, `cn:${code}`]);
    const done = await s.press('thu-quy', `cy:${code}`);
    expect(texts(done)).toContain('✅ đã nhận tiền (Thủ quỹ Hà)');
    expect(texts(await s.inbox({ userId: 'u1' }))).toContain(`Shop đã nhận tiền cho đơn ${code}`);
    expect(orderRow(s, code)).toEqual({ status: 'paid', paymentStatus: 'paid', paidAmount: 500000 });
    // The household holding the scarves is told what to prepare.
    const hh = await s.inbox({ userId: 'ho-lan' });
    expect(texts(hh)).toContain(`Đơn ${code}: nhờ hộ mình chuẩn bị`);
    // A second tap is harmless.
    const again = await s.press('thu-quy', `cy:${code}`);
    expect(texts(again)).toContain('đã được xử lý');
    const who = s.db.$client.prepare("select source, actor from payments").all();
    expect(who).toEqual([{ source: 'confirmer', actor: 'confirmer:sim:thu-quy' }]);
  });

  it('❌ not received tells the customer and leaves the order unpaid', async () => {
    const s = simSession();
    const code = await placeOrder(s);
    await s.press('u1', `pd:${code}`);
    await s.inbox({ userId: 'thu-quy' });
    await s.press('thu-quy', `cn:${code}`);
    expect(texts(await s.inbox({ userId: 'u1' }))).toContain(`Shop chưa thấy tiền cho đơn ${code}`);
    expect(orderRow(s, code)).toMatchObject({ status: 'awaiting_payment' });
  });

  it('a customer cannot confirm their own payment', async () => {
    const s = simSession();
    const code = await placeOrder(s);
    const r = await s.press('u1', `cy:${code}`);
    expect(texts(r)).toContain('chỉ dành cho');
    expect(orderRow(s, code)).toMatchObject({ status: 'awaiting_payment' });
  });

  it('an admin marks an order paid by hand with a note, in chat and through the API', async () => {
    const s = simSession();
    const a = await placeOrder(s, 'u1');
    const b = await placeOrder(s, 'u2', 'KL-DO x1');
    await s.say('admin', `/thanhtoan ${a} khách trả tiền mặt`);
    expect(orderRow(s, a)).toMatchObject({ status: 'paid' });
    const api = await s.api(`/api/orders/${b}/mark-paid`, { method: 'POST', body: JSON.stringify({ note: 'cash at the stall' }) });
    expect(api.status).toBe(200);
    expect(api.json.status).toBe('paid');
    expect(s.db.$client.prepare('select description from payments order by id').all()).toEqual([{ description: 'khách trả tiền mặt' }, { description: 'cash at the stall' }]);
    expect((await s.api(`/api/orders/${b}/mark-paid`, { method: 'POST', body: JSON.stringify({}) })).status).toBe(400);
    const refused = await s.say('u1', `/thanhtoan ${a} x`);
    expect(texts(refused)).toContain('chỉ dành cho');
  });
});

describe('bank-transfer webhooks', () => {
  it('SePay: exact amount pays the order, whatever the bank did to the code; the same transaction twice counts once', async () => {
    const s = simSession({ SEPAY_API_KEY: 'sepay-key' });
    const code = await placeOrder(s);
    const mangled = `MBVCB.3278907687.${code.slice(0, 3).toLowerCase()} ${code.slice(3)}.CT tu 0123 NGUYEN VAN A`;
    const r1 = await sepay(s, { id: 1001, transferAmount: 500000, content: mangled });
    expect(r1.status).toBe(200);
    expect(await r1.json()).toEqual({ success: true });
    const r2 = await sepay(s, { id: 1001, transferAmount: 500000, content: mangled });
    expect(r2.status).toBe(200);
    expect(orderRow(s, code)).toEqual({ status: 'paid', paymentStatus: 'paid', paidAmount: 500000 });
    expect(s.db.$client.prepare('select count(*) n from payments').get()).toEqual({ n: 1 });
    expect(texts(await s.inbox({ userId: 'u1' }))).toContain(`Shop đã nhận tiền cho đơn ${code}`);
  });

  it('SePay: less is partial with a new QR for the rest; then more is overpaid and flagged to the admin', async () => {
    const s = simSession({ SEPAY_API_KEY: 'sepay-key' });
    const code = await placeOrder(s);
    await sepay(s, { id: 2001, transferAmount: 300000, content: code });
    expect(orderRow(s, code)).toEqual({ status: 'awaiting_payment', paymentStatus: 'partial', paidAmount: 300000 });
    const told = await s.inbox({ userId: 'u1' });
    expect(texts(told)).toContain('còn thiếu 200.000 ₫');
    expect(told.some((m) => m.type === 'photo' && m.caption?.includes('Số tiền: 200.000 ₫'))).toBe(true);
    await sepay(s, { id: 2002, transferAmount: 250000, content: code });
    expect(orderRow(s, code)).toEqual({ status: 'paid', paymentStatus: 'overpaid', paidAmount: 550000 });
    expect(texts(await s.inbox({ userId: 'admin' }))).toContain(`Đơn ${code} được chuyển dư 50.000 ₫`);
  });

  it('SePay: a transfer matching no order is kept as unmatched and the admin can assign it', async () => {
    const s = simSession({ SEPAY_API_KEY: 'sepay-key' });
    const code = await placeOrder(s);
    await sepay(s, { id: 3001, transferAmount: 500000, content: 'chuyen tien mua khan lua' });
    const row = s.db.$client.prepare('select id, status, order_id o from payments').get() as { id: number; status: string; o: null };
    expect(row).toMatchObject({ status: 'unmatched', o: null });
    expect(texts(await s.inbox({ userId: 'admin' }))).toContain('không khớp đơn nào');
    const listed = await s.api('/api/groups/lua-van-phuc/payments');
    expect(listed.json.payments[0]).toMatchObject({ status: 'unmatched', amount: 500000 });
    await s.say('admin', `/gan ${row.id} ${code}`);
    expect(orderRow(s, code)).toMatchObject({ status: 'paid' });
  });

  it('SePay: a wrong or missing key is 401, a malformed body 400, and nothing is written', async () => {
    const s = simSession({ SEPAY_API_KEY: 'sepay-key' });
    const code = await placeOrder(s);
    const before = dumpTables(s.db);
    expect((await sepay(s, { id: 4001, transferAmount: 500000, content: code }, 'wrong')).status).toBe(401);
    const missing = await s.app.request('/webhooks/bank/sepay', { method: 'POST', body: JSON.stringify({ ...sepayDocs, content: code }) });
    expect(missing.status).toBe(401);
    const malformed = await s.app.request('/webhooks/bank/sepay', { method: 'POST', headers: { authorization: 'Apikey sepay-key' }, body: '{"id":' });
    expect(malformed.status).toBe(400);
    expect(dumpTables(s.db)).toEqual(before);
  });

  it('Casso v2: a signed transfer pays the order; a stale timestamp is refused', async () => {
    const key = cassoDocs.checksumKey as string;
    const s = simSession({ CASSO_SECURE_TOKEN: key });
    const code = await placeOrder(s);
    const body = { ...cassoDocs.body, data: { ...cassoDocs.body.data, id: 77, description: `${code} chuyen khoan`, amount: 500000, accountNumber: '0451000123456' } };
    const t = String(s.clock().getTime());
    const res = await s.app.request('/webhooks/bank/casso', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-casso-signature': `t=${t},v1=${cassoSignature(body, t, key)}` },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(200);
    expect(orderRow(s, code)).toMatchObject({ status: 'paid' });
    const old = String(s.clock().getTime() - 3600_000);
    const stale = await s.app.request('/webhooks/bank/casso', {
      method: 'POST',
      headers: { 'x-casso-signature': `t=${old},v1=${cassoSignature(body, old, key)}` },
      body: JSON.stringify(body),
    });
    expect(stale.status).toBe(401);
  });

  it('a provider without its key configured answers 404', async () => {
    const s = simSession();
    expect((await s.app.request('/webhooks/bank/sepay', { method: 'POST', body: '{}' })).status).toBe(404);
    expect((await s.app.request('/webhooks/bank/casso', { method: 'POST', body: '{}' })).status).toBe(404);
  });
});

describe('expiry', () => {
  it('reminds before the timeout, then expires the order, releases stock and tells the customer', async () => {
    const s = simSession();
    const code = await placeOrder(s);
    await s.inbox({ userId: 'u1' });
    s.clock.advance(22.5 * 3600_000);
    expect(runDueJobs(s.db, s.clock)).toEqual({ reminded: 1, expired: 0 });
    expect(texts(await s.inbox({ userId: 'u1' }))).toContain(`Đơn ${code} sẽ hết hạn`);
    expect(runDueJobs(s.db, s.clock)).toEqual({ reminded: 0, expired: 0 });
    s.clock.advance(2 * 3600_000);
    expect(runDueJobs(s.db, s.clock)).toEqual({ reminded: 0, expired: 1 });
    expect(orderRow(s, code)).toMatchObject({ status: 'expired' });
    expect(texts(await s.inbox({ userId: 'u1' }))).toContain(`Đơn ${code} đã hết hạn`);
    expect(s.db.$client.prepare("select sum(qty) q from stock s join products p on p.id = s.product_id where p.sku = 'KL-XANH'").get()).toEqual({ q: 20 });
  });
});

describe('settlement', () => {
  it('per household: earned on paid orders, commission, payouts, owed and a VietQR to pay it', async () => {
    const s = simSession();
    const code = await placeOrder(s, 'u1', 'KL-XANH x2');
    await s.say('admin', `/thanhtoan ${code} tiền mặt`);
    const r = await s.api('/api/groups/lua-van-phuc/settlement');
    expect(r.status).toBe(200);
    const lan = r.json.households.find((h: { household: string }) => h.household === 'ho-lan');
    expect(lan).toMatchObject({ earned: 500000, commission: 25000, paidOut: 0, owed: 475000 });
    expect(lan.vietqr).toMatch(/^000201010212/);
    const chat = await s.say('admin', '/quyettoan');
    expect(texts(chat)).toContain('còn nợ 475.000 ₫');
    const qr = await s.press('admin', 'pq:ho-lan');
    expect(qr[0]!.type).toBe('photo');
    await s.press('admin', 'pp:ho-lan:475000');
    const after = await s.api('/api/groups/lua-van-phuc/settlement');
    const settled = after.json.households.find((h: { household: string }) => h.household === 'ho-lan');
    expect(settled).toMatchObject({ paidOut: 475000, owed: 0 });
    // Nothing owed: the household's static QR (no amount), still useful to pay it later.
    expect(settled.vietqr).toMatch(/^000201010211/);
    expect(texts(await s.inbox({ userId: 'ho-lan' }))).toContain('Nhóm đã chuyển cho hộ mình 475.000 ₫');
    // The same payout button again is stale, not a second payout.
    await s.press('admin', 'pp:ho-lan:475000');
    expect(s.db.$client.prepare('select count(*) n from payouts').get()).toEqual({ n: 1 });
  });
});
