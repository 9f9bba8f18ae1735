import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { parseVietQr } from '../../core/payments/vietqr.ts';
import { buttonData, simSession, texts } from './sim-harness.ts';
import { dumpTables } from '../helpers.ts';

describe('a customer on the simulator', () => {
  it('starts, browses, orders by code, confirms, and the order is in the API with total and allocations', async () => {
    const s = simSession();
    const start = await s.say('u1', '/start', undefined, 'Lan');
    expect(texts(start)).toContain('Tổ hợp tác Lụa Vạn Phúc');
    expect(buttonData(start)).toContain('c:0');

    const catalog = await s.press('u1', 'c:0');
    expect(texts(catalog)).toContain('Khăn lụa tơ tằm màu xanh ngọc — 250.000 ₫/chiếc');
    expect(buttonData(catalog)).toContain('p:KL-XANH');
    expect(buttonData(catalog)).toContain('c:1');
    const page2 = await s.press('u1', 'c:1');
    expect(texts(page2)).toContain('Vỏ gối lụa tơ tằm');

    const card = await s.press('u1', 'p:KL-XANH');
    expect(texts(card)).toContain('Mã: KL-XANH');
    expect(buttonData(card)).toContain('a:KL-XANH:2');

    const cart = await s.say('u1', 'KL-XANH x2');
    expect(texts(cart)).toContain('2 chiếc Khăn lụa tơ tằm màu xanh ngọc × 250.000 ₫ = 500.000 ₫');
    expect(texts(cart)).toContain('Tổng cộng: 500.000 ₫');
    expect(buttonData(cart)).toContain('ok');

    const confirmed = await s.press('u1', 'ok');
    const code = /Đã đặt đơn ([A-Z0-9]{7})/.exec(texts(confirmed))![1]!;
    expect(texts(confirmed)).toContain('Chờ thanh toán');
    const photo = confirmed.find((r) => r.type === 'photo');
    expect(photo?.type).toBe('photo');
    if (photo?.type === 'photo') {
      const png = PNG.sync.read(Buffer.from(photo.base64, 'base64'));
      const payload = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)!.data;
      expect(parseVietQr(payload)).toMatchObject({ amount: 500000, memo: code, account: '0451000123456' });
      expect(photo.caption).toContain('Số tiền: 500.000 ₫');
      expect(photo.caption).toContain(`Nội dung: ${code}`);
    }

    const mine = await s.press('u1', 'o');
    expect(texts(mine)).toContain(`${code} — Chờ thanh toán — 500.000 ₫`);

    const { status, json } = await s.api('/api/orders?group=lua-van-phuc');
    expect(status).toBe(200);
    expect(json.orders).toHaveLength(1);
    expect(json.orders[0]).toMatchObject({
      code,
      status: 'awaiting_payment',
      total: 500000,
      customer: { platform: 'sim', userId: 'u1', name: 'Lan' },
      items: [{ sku: 'KL-XANH', qty: 2, unitPrice: 250000, allocations: [{ household: 'ho-lan', qty: 2 }] }],
      payment: { status: 'unpaid', paidAmount: 0 },
    });
    const one = await s.api(`/api/orders/${code}`);
    expect(one.json.code).toBe(code);
  });

  it('orders with "2 KL-XANH", edits the cart, and cancels an order, releasing stock', async () => {
    const s = simSession();
    await s.say('u1', '2 KL-XANH');
    const edit = await s.press('u1', 'ke');
    expect(buttonData(edit)).toEqual(expect.arrayContaining(['kq:KL-XANH:-1', 'kq:KL-XANH:1', 'kr:KL-XANH']));
    const more = await s.press('u1', 'kq:KL-XANH:1');
    expect(texts(more)).toContain('3 chiếc');
    const placed = await s.press('u1', 'ok');
    const code = /Đã đặt đơn ([A-Z0-9]{7})/.exec(texts(placed))![1]!;
    const ask = await s.press('u1', `x:${code}`);
    expect(buttonData(ask)).toContain(`xy:${code}`);
    const done = await s.press('u1', `xy:${code}`);
    expect(texts(done)).toContain(`Đã huỷ đơn ${code}`);
    expect(s.db.$client.prepare("select sum(qty) q from stock s join products p on p.id = s.product_id where p.sku = 'KL-XANH'").get()).toEqual({ q: 20 });
  });

  it('orders by writing freely: the phone is remembered and the words (the address) kept on the order', async () => {
    const s = simSession();
    const cart = await s.say('u3', 'chị ơi e đặt 1 khăn xanh 1 khăn vàng nhé, giao về 25 Lê Lợi, Hà Đông. sđt 0388.765.432', undefined, 'Hà');
    expect(texts(cart)).toContain('Tổng cộng: 500.000 ₫');
    expect(texts(cart)).toContain('SĐT liên hệ: 0388765432');
    const placed = await s.press('u3', 'ok');
    expect(texts(placed)).not.toContain('Nhắn số điện thoại');
    const code = /Đã đặt đơn ([A-Z0-9]{7})/.exec(texts(placed))![1]!;
    const order = (await s.api(`/api/orders/${code}`)).json;
    expect(order.customer.phone).toBe('0388765432');
    expect(order.note).toContain('25 Lê Lợi, Hà Đông');
    expect(order.items.map((i: { sku: string }) => i.sku).sort()).toEqual(['KL-VANG', 'KL-XANH']);
  });

  it('asks which one when a message is ambiguous, and the answer completes the cart', async () => {
    const s = simSession();
    const ask = await s.say('u4', 'Cho mình 2 khăn lụa nha');
    expect(buttonData(ask)).toEqual(expect.arrayContaining(['as:KL-XANH', 'as:KL-DO', 'as:KL-VANG']));
    const cart = await s.press('u4', 'as:KL-DO');
    expect(texts(cart)).toContain('2 chiếc Khăn lụa tơ tằm màu đỏ');
    const placed = await s.press('u4', 'ok');
    expect(texts(placed)).toMatch(/Đã đặt đơn [A-Z0-9]{7}/);
    // The same answer again is stale: nothing more is added.
    expect(texts(await s.press('u4', 'as:KL-DO'))).toContain('không còn hiệu lực');
  });

  it('asks how much of goods sold by the metre when the message says no amount, and a tapped amount fills the cart', async () => {
    const s = simSession();
    const ask = await s.say('u5', 'cho mình lụa may áo nhé');
    expect(texts(ask)).toContain('Bạn muốn lấy bao nhiêu mét Lụa tơ tằm may áo (theo mét) ạ?');
    expect(buttonData(ask)).toEqual(expect.arrayContaining(['a:LT-M:0.5', 'a:LT-M:1', 'a:LT-M:2']));
    const cart = await s.press('u5', 'a:LT-M:2');
    expect(texts(cart)).toContain('2 mét Lụa tơ tằm may áo (theo mét)');
    // With the amount said, nothing is asked.
    expect(buttonData(await s.say('u6', 'cho mình 3 mét lụa may áo nhé'))).not.toContain('a:LT-M:0.5');
  });

  it('"lấy như lần trước" offers the last order, and one tap puts its goods in the cart again', async () => {
    const s = simSession();
    // With no earlier order, the customer is asked to write the goods; nothing is placed.
    const none = await s.say('u7', 'shop ơi lấy như lần trước nhé');
    expect(texts(none)).toContain('chưa thấy đơn nào trước đây của bạn');
    expect(texts(none)).not.toContain('Shop chưa có');
    await s.say('u7', 'cho mình 2 khăn đỏ và 1 cà vạt nhé');
    const first = /Đã đặt đơn ([A-Z0-9]{7})/.exec(texts(await s.press('u7', 'ok')))![1]!;
    const offer = await s.say('u7', 'e lấy y như đơn lần trước nha');
    expect(texts(offer)).toContain(`Đơn gần nhất của bạn là ${first}`);
    expect(texts(offer)).toContain('Khăn lụa tơ tằm màu đỏ');
    expect(buttonData(offer)).toContain(`ro:${first}`);
    const cart = await s.press('u7', `ro:${first}`);
    expect(texts(cart)).toContain(`Đã cho các món của đơn ${first} vào giỏ.`);
    expect(texts(cart)).toContain('2 chiếc Khăn lụa tơ tằm màu đỏ');
    const second = /Đã đặt đơn ([A-Z0-9]{7})/.exec(texts(await s.press('u7', 'ok')))![1]!;
    const items = (await s.api(`/api/orders/${second}`)).json.items.map((i: { sku: string; qty: number }) => [i.sku, i.qty]);
    expect(items.sort()).toEqual([['CA-VAT', 1], ['KL-DO', 2]]);
    // Another customer's order is not theirs to repeat.
    expect(texts(await s.press('u8', `ro:${first}`))).toContain('không còn hiệu lực');
  });

  it('answers a question or a greeting kindly without placing anything', async () => {
    const s = simSession();
    const stock = await s.say('u5', 'Shop ơi khăn đỏ còn không ạ?');
    expect(texts(stock)).toContain('Khăn lụa tơ tằm màu đỏ\nMã: KL-DO\nGiá: 250.000 ₫/chiếc\nCòn: 16 chiếc');
    expect(buttonData(stock)).toContain('a:KL-DO:1');
    expect(texts(await s.say('u5', 'giá ao dai size L bao nhieu vay'))).toContain('Mã: AD-L');
    expect(texts(await s.say('u5', 'Chào shop ạ'))).toContain('rất vui');
    // Issue #13: a delivery-time question is answered from the shop's settings, no longer "chưa hiểu".
    expect(texts(await s.say('u5', 'ship ra Đà Nẵng mất mấy ngày vậy shop?'))).toContain('khoảng 2-4 ngày');
    expect(s.db.$client.prepare('select count(*) n from orders').get()).toEqual({ n: 0 });
  });

  it('speaks English after /lang en', async () => {
    const s = simSession();
    const r = await s.say('u9', '/lang en');
    expect(texts(r)).toContain('Switched to English');
    const cart = await s.say('u9', 'KL-DO x1');
    expect(texts(cart)).toContain('Total: 250.000 ₫');
  });

  it('keeps the cart across a restart (state in the database)', async () => {
    const s = simSession();
    await s.say('u1', 'KL-DO x1');
    const { createApp } = await import('../../adapters/server.ts');
    const { loadConfig } = await import('../../adapters/config.ts');
    const again = createApp({ db: s.db, clock: s.clock, config: loadConfig({}) });
    const res = await again.request('/sim/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: 'u1', button: 'k' }) });
    const json = (await res.json()) as { replies: { text: string }[] };
    expect(json.replies[0]!.text).toContain('Khăn lụa tơ tằm màu đỏ');
  });

  it('refuses an order beyond stock kindly and places nothing', async () => {
    const s = simSession();
    const r = await s.say('u1', 'KL-VANG x6');
    expect(texts(r)).toContain('chỉ còn 5 chiếc');
    expect(s.db.$client.prepare('select count(*) n from orders').get()).toEqual({ n: 0 });
  });
});

describe('bad input never crashes the server', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['an empty message', { userId: 'u1', text: '' }],
    ['10,000 characters', { userId: 'u1', text: 'khăn '.repeat(2000) }],
    ['emoji only', { userId: 'u1', text: '😍🙏❤️👍' }],
    ['a button that was never issued', { userId: 'u1', button: 'zz:never-issued' }],
    ['a button for an order that does not exist', { userId: 'u1', button: 'xy:VPZZZZZ' }],
    ['a button adding a product that does not exist', { userId: 'u1', button: 'a:NO-SUCH:1' }],
  ];
  for (const [name, body] of cases) {
    it(`${name}: a friendly reply and no order, cart or stock change`, async () => {
      const s = simSession();
      const before = dumpTables(s.db, ['outbox', 'identities', 'people', 'chat_states']);
      const res = await s.app.request('/sim/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect(res.status).toBe(200);
      const { replies } = (await res.json()) as { replies: { type: string; text: string }[] };
      expect(replies.length).toBeGreaterThanOrEqual(1);
      expect(replies[0]!.type).toBe('text');
      expect(replies[0]!.text.length).toBeGreaterThan(10);
      expect(replies[0]!.text).not.toMatch(/error|exception|undefined/i);
      expect(dumpTables(s.db, ['outbox', 'identities', 'people', 'chat_states'])).toEqual(before);
      const state = s.db.$client.prepare('select data from chat_states').all() as { data: string }[];
      for (const row of state) expect(JSON.parse(row.data).cart ?? []).toEqual([]);
    });
  }

  const bad: [string, string, number][] = [
    ['not JSON', '{"userId":', 400],
    ['no userId', JSON.stringify({ text: 'hi' }), 400],
    ['both text and button', JSON.stringify({ userId: 'u1', text: 'hi', button: 'k' }), 400],
    ['an unknown field', JSON.stringify({ userId: 'u1', text: 'hi', admin: true }), 400],
    ['an unknown group', JSON.stringify({ userId: 'u1', text: 'hi', group: 'no-such-group' }), 404],
  ];
  for (const [name, body, status] of bad) {
    it(`${name}: ${status} with a JSON error and nothing written`, async () => {
      const s = simSession();
      const before = dumpTables(s.db);
      const res = await s.app.request('/sim/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(res.status).toBe(status);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBeTruthy();
      expect(dumpTables(s.db)).toEqual(before);
    });
  }

  it('the API refuses a missing or wrong token with 401', async () => {
    const s = simSession();
    expect((await s.app.request('/api/orders')).status).toBe(401);
    expect((await s.app.request('/api/orders', { headers: { authorization: 'Bearer nope' } })).status).toBe(401);
    expect((await s.api('/api/orders/VPZZZZZ')).status).toBe(404);
    expect((await s.api('/api/orders?status=lost')).status).toBe(400);
    expect((await s.app.request('/healthz')).status).toBe(200);
  });
});
