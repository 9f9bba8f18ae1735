import { describe, expect, it } from 'vitest';
import { importShop } from '../../core/catalog/import-shop.ts';
import { createInvite } from '../../core/people/roles.ts';
import { recordPayment } from '../../core/payments/record-payment.ts';
import { enqueue } from '../../core/outbox/enqueue.ts';
import { deliverDue } from '../../adapters/outbox/worker.ts';
import type { Delivery } from '../../adapters/outbox/types.ts';
import { runDueJobs } from '../../bots/jobs.ts';
import { demoShop, fakeClock } from '../helpers.ts';
import { openTestDb } from '../../db/index.ts';
import { buttonData, simSession, texts } from './sim-harness.ts';

const orderCode = (r: { type: string }[]) => /Đã đặt đơn ([A-Z0-9]{7})/.exec(texts(r as never))![1]!;
const row = (s: ReturnType<typeof simSession>, code: string) =>
  s.db.$client.prepare('select status, payment_status p, paid_amount a from orders where code = ?').get(code);
const stockOf = (s: ReturnType<typeof simSession>, sku: string) =>
  (s.db.$client.prepare('select sum(s.qty) q from stock s join products p on p.id = s.product_id where p.sku = ?').get(sku) as { q: number }).q;

async function order(s: ReturnType<typeof simSession>, user: string, text: string) {
  await s.say(user, text, undefined, user === 'u1' ? 'Lan' : 'Khách');
  return orderCode(await s.press(user, 'ok'));
}

describe('pools and money', () => {
  it('money sent for a pool order is held until the pool closes; an unmet pool cancels it and reports the refund', async () => {
    const s = simSession();
    await s.say('admin', '/gom mo "Khách sạn" han 23/11 18:00 toi-thieu KL-XANH 10');
    const code = await order(s, 'u1', 'KL-XANH x2');
    // No QR or "I have paid" while the pool is open.
    const detail = await s.press('u1', `o:${code}`);
    expect(buttonData(detail)).not.toContain(`pd:${code}`);
    expect(texts(await s.press('u1', `pd:${code}`))).toContain('chưa cần chuyển khoản');
    // A transfer arrives anyway: kept on the order, but the order does not go ahead yet.
    recordPayment(s.db, { groupId: 1, orderId: 1, source: 'sepay', externalId: 't1', amount: 500000, actor: 'bank:sepay' }, s.clock());
    expect(row(s, code)).toEqual({ status: 'awaiting_payment', p: 'paid', a: 500000 });
    s.clock.set('2026-11-23T11:30:00.000Z');
    runDueJobs(s.db, s.clock);
    expect(row(s, code)).toMatchObject({ status: 'cancelled', a: 500000 });
    expect(texts(await s.inbox({ userId: 'admin' }))).toContain('Cần hoàn 500.000 ₫');
    expect(texts(await s.inbox({ userId: 'u1' }))).toContain('Shop sẽ hoàn lại 500.000 ₫');
    expect(stockOf(s, 'KL-XANH')).toBe(20);
  });

  it('a met pool moves orders paid while it was open to paid, and households are told', async () => {
    const s = simSession();
    await s.say('admin', '/gom mo "Sen" han 23/11 18:00 toi-thieu KL-XANH 2');
    const code = await order(s, 'u1', 'KL-XANH x2');
    recordPayment(s.db, { groupId: 1, orderId: 1, source: 'sepay', externalId: 't1', amount: 500000, actor: 'bank:sepay' }, s.clock());
    s.clock.set('2026-11-23T11:30:00.000Z');
    runDueJobs(s.db, s.clock);
    expect(row(s, code)).toMatchObject({ status: 'paid' });
    expect(texts(await s.inbox({ userId: 'ho-lan' }))).toContain(`Đơn ${code}: nhờ hộ mình chuẩn bị`);
  });

  it('a pool with whole and fractional metres of fabric closes', async () => {
    const s = simSession();
    await s.say('admin', '/gom mo "May" han 23/11 18:00');
    await order(s, 'u1', 'LT-M 1,5m');
    await order(s, 'u2', 'LT-M 1m');
    s.clock.set('2026-11-23T11:30:00.000Z');
    runDueJobs(s.db, s.clock);
    expect(s.db.$client.prepare('select status from pools').get()).toEqual({ status: 'met' });
    const lines = s.db.$client.prepare('select l.qty, (select sum(a.qty) from allocations a where a.order_line_id = l.id) allocated from order_lines l').all();
    expect(lines).toEqual([{ qty: 1.5, allocated: 1.5 }, { qty: 1, allocated: 1 }]);
    expect(stockOf(s, 'LT-M')).toBe(122.5);
  });

  it('a treasurer’s ✅ and the bank’s later report of the same transfer count the money once', async () => {
    const s = simSession({ SEPAY_API_KEY: 'k' });
    const code = await order(s, 'u1', 'KL-XANH x2');
    await s.press('u1', `pd:${code}`);
    await s.press('thu-quy', `cy:${code}`);
    await s.inbox({ userId: 'u1' });
    const res = await s.app.request('/webhooks/bank/sepay', {
      method: 'POST',
      headers: { authorization: 'Apikey k' },
      body: JSON.stringify({ id: 5, gateway: 'Vietcombank', transactionDate: '2026-11-22 17:05:00', accountNumber: '0451000123456', content: code, transferType: 'in', transferAmount: 500000, referenceCode: 'FT1' }),
    });
    expect(res.status).toBe(200);
    expect(row(s, code)).toEqual({ status: 'paid', p: 'paid', a: 500000 });
    expect(s.db.$client.prepare('select source, status from payments order by id').all()).toEqual([
      { source: 'confirmer', status: 'reconciled' },
      { source: 'sepay', status: 'reconciles' },
    ]);
    expect(texts(await s.inbox({ userId: 'u1' }))).not.toContain('dư');
  });

  it('a customer cannot cancel an order money was sent for; expiry of a part-paid order reports the refund', async () => {
    const s = simSession();
    const code = await order(s, 'u1', 'KL-XANH x2');
    recordPayment(s.db, { groupId: 1, orderId: 1, source: 'sepay', externalId: 't1', amount: 100000, actor: 'bank:sepay' }, s.clock());
    expect(texts(await s.press('u1', `xy:${code}`))).toContain('không tự huỷ được');
    expect(row(s, code)).toMatchObject({ status: 'awaiting_payment' });
    s.clock.advance(25 * 3600_000);
    runDueJobs(s.db, s.clock);
    expect(row(s, code)).toMatchObject({ status: 'expired', a: 100000 });
    expect(texts(await s.inbox({ userId: 'admin' }))).toContain('Cần hoàn 100.000 ₫');
  });
});

describe('households and allocations', () => {
  it('a share nobody else can supply keeps the order from being ready; the admin can cancel it and the refund is reported', async () => {
    const s = simSession();
    const code = await order(s, 'u1', 'KL-XANH x2, CA-VAT x1');
    await s.say('admin', `/thanhtoan ${code} tiền mặt`);
    // ho-minh holds the only ties; make the simulator's ho-minh decline them.
    expect(texts(await s.press('ho-minh', `hn:${code}`))).toContain('Chưa hộ nào khác còn hàng');
    await s.press('ho-lan', `hr:${code}`);
    expect(row(s, code)).toMatchObject({ status: 'paid' });
    const adminInbox = texts(await s.inbox({ userId: 'admin' }));
    expect(adminInbox).toContain('không hộ nào còn đủ hàng');
    expect(adminInbox).toContain('còn thiếu hàng nên chưa thể sẵn sàng');
    // The admin's own chat gets the refund reminder along with the answer.
    const cancelled = await s.say('admin', `/huy ${code} hết cà vạt`);
    expect(row(s, code)).toMatchObject({ status: 'cancelled', a: 720000 });
    expect(texts(cancelled)).toContain('Cần hoàn 720.000 ₫');
    expect(texts(await s.inbox({ userId: 'u1' }))).toContain(`Đơn ${code} đã được shop huỷ`);
    expect(texts(await s.inbox({ userId: 'ho-lan' }))).toContain('không cần chuẩn bị');
  });

  it('/chia on a paid order tells the household that now holds the line', async () => {
    const s = simSession();
    const code = await order(s, 'u1', 'KL-XANH x2');
    await s.say('admin', `/thanhtoan ${code} x`);
    await s.inbox({ userId: 'ho-lan' });
    await s.say('admin', `/chia ${code} KL-XANH ho-minh 2`);
    expect(texts(await s.inbox({ userId: 'ho-minh' }))).toContain(`Đơn ${code}: nhờ hộ mình chuẩn bị`);
    await s.press('ho-minh', `hr:${code}`);
    expect(row(s, code)).toMatchObject({ status: 'ready' });
  });

  it('re-importing the shop file (or a household counting its stock) does not sell reserved units twice', async () => {
    const s = simSession();
    await order(s, 'u1', 'KL-XANH x5');
    expect(stockOf(s, 'KL-XANH')).toBe(15);
    const shop = demoShop();
    shop.products[0]!.price = 260000;
    importShop(s.db, shop);
    expect(stockOf(s, 'KL-XANH')).toBe(15);
    expect(texts(await s.say('ho-lan', 'kho KL-XANH 12'))).toContain('đã giữ 5 chiếc');
    expect(stockOf(s, 'KL-XANH')).toBe(15);
  });

  it('half a scarf is refused kindly; half a metre of fabric is fine', async () => {
    const s = simSession();
    expect(texts(await s.press('u1', 'a:KL-XANH:0.5'))).toContain('bán theo chiếc, bạn nhập số nguyên');
    expect(texts(await s.press('u1', 'a:LT-M:0.5'))).toContain('0,5 mét');
  });
});

describe('money across groups', () => {
  function twoGroups() {
    const s = simSession({ SEPAY_API_KEY: 'k' });
    const shop = demoShop();
    shop.group = { ...shop.group, slug: 'gom-bat-trang', name: 'Gốm Bát Tràng', bank: { ...shop.group.bank, accountNumber: '999888777' } };
    const { groupId } = importShop(s.db, shop);
    return { s, groupB: groupId };
  }

  it('an admin of one group cannot take another group’s unmatched transfer', async () => {
    const { s, groupB } = twoGroups();
    const post = async (body: object) => ((await (await s.app.request('/sim/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json()) as { replies: never[] }).replies;
    await post({ userId: 'evil', group: 'gom-bat-trang', text: `/join ${createInvite(s.db, { groupId: groupB, role: 'admin' }, s.clock())}` });
    await post({ userId: 'evil', group: 'gom-bat-trang', text: 'KL-XANH x2' });
    const code = orderCode(await post({ userId: 'evil', group: 'gom-bat-trang', button: 'ok' }));
    const unmatched = recordPayment(s.db, { groupId: 1, orderId: null, source: 'sepay', externalId: 'x', amount: 500000, actor: 'bank:sepay' }, s.clock());
    await post({ userId: 'evil', group: 'gom-bat-trang', text: `/gan ${unmatched.payment.id} ${code}` });
    expect(row(s, code)).toMatchObject({ status: 'awaiting_payment', a: 0 });
  });

  it('a transfer to one group’s account carrying another group’s order code stays unmatched', async () => {
    const { s } = twoGroups();
    const post = async (body: object) => ((await (await s.app.request('/sim/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json()) as { replies: never[] }).replies;
    await post({ userId: 'b1', group: 'gom-bat-trang', text: 'KL-XANH x2' });
    const code = orderCode(await post({ userId: 'b1', group: 'gom-bat-trang', button: 'ok' }));
    await s.app.request('/webhooks/bank/sepay', {
      method: 'POST',
      headers: { authorization: 'Apikey k' },
      body: JSON.stringify({ id: 9, gateway: 'Vietcombank', transactionDate: '2026-11-22 17:05:00', accountNumber: '0451000123456', content: code, transferType: 'in', transferAmount: 500000 }),
    });
    expect(row(s, code)).toMatchObject({ status: 'awaiting_payment', a: 0 });
    expect(s.db.$client.prepare('select group_id g, status from payments').get()).toEqual({ g: 1, status: 'unmatched' });
  });
});

describe('the outbox and edits', () => {
  it('an edit whose target has no platform id goes out as a new message and later edits follow it', async () => {
    const db = openTestDb();
    const clock = fakeClock();
    const sent: Delivery[] = [];
    let n = 0;
    const sender = {
      async send(d: Delivery) {
        sent.push(d);
        // The first message comes back without an id, as some platforms answer.
        return n++ === 0 ? {} : { messageId: `m${n}` };
      },
    };
    const first = enqueue(db, { platform: 'viber', chatId: 'c', payload: { type: 'text', text: 'tally v1' } }, clock());
    enqueue(db, { platform: 'viber', chatId: 'c', payload: { type: 'edit', target: first, text: 'tally v2' } }, clock());
    enqueue(db, { platform: 'viber', chatId: 'c', payload: { type: 'edit', target: first, text: 'tally v3' } }, clock());
    enqueue(db, { platform: 'viber', chatId: 'c', payload: { type: 'text', text: 'after' } }, clock());
    for (let i = 0; i < 3; i++) await deliverDue(db, { viber: sender }, clock);
    expect(sent.map((d) => [d.message.type === 'photo' ? '' : d.message.text, d.targetMessageId ?? null])).toEqual([
      ['tally v1', null],
      ['tally v2', null],
      ['tally v3', 'm2'],
      ['after', null],
    ]);
    expect(db.$client.prepare("select count(*) n from outbox where status = 'pending'").get()).toEqual({ n: 0 });
  });
});

describe('refusals speak Vietnamese', () => {
  it('a step that does not fit the order’s state, and missing stock, get a Vietnamese reason', async () => {
    const s = simSession();
    const code = await order(s, 'u1', 'KL-XANH x2');
    expect(texts(await s.say('admin', `/giao ${code}`))).toContain('đang ở trạng thái khác');
    await s.say('admin', `/thanhtoan ${code} x`);
    expect(texts(await s.say('admin', `/chia ${code} KL-XANH ho-hoa 2`))).toContain('Không đủ hàng');
    expect(texts(await s.say('admin', `/chia ${code} KL-XANH ho-lan 1`))).toContain('Thông tin chưa đúng');
  });
});
