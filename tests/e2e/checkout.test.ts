import { describe, expect, it } from 'vitest';
import { texts } from './sim-harness.ts';
import { buttonFor, labels, simFileSession } from './sim-file-harness.ts';

type Session = ReturnType<typeof simFileSession>;

async function order(s: Session, userId = 'u1', text = 'KL-XANH x2', name = 'Lan') {
  await s.say(userId, text, undefined, name);
  const placed = await s.press(userId, 'ok');
  const code = /Đã đặt đơn ([A-Z0-9]{7})/.exec(texts(placed))![1]!;
  return { code, placed };
}

describe('checkout asks who receives the order and where, one question at a time', () => {
  it('a first order: receiver, phone, address; the order, the admin and the API carry them', async () => {
    const s = simFileSession();
    const { code, placed } = await order(s);
    // The order is placed and its QR sent at once; then the first missing detail is asked.
    expect(placed.some((r) => r.type === 'photo')).toBe(true);
    expect(texts(placed)).toContain('Cho shop xin tên người nhận hàng nhé.');
    expect(labels(placed)).toEqual(expect.arrayContaining(['👤 Lan', 'Bỏ qua']));

    const phone = await s.say('u1', 'Nguyễn Thị Lan');
    expect(texts(phone)).toContain('Cho shop xin số điện thoại người nhận');
    const address = await s.say('u1', '0912 345 678');
    expect(texts(address)).toContain('Shop giao hàng về địa chỉ nào ạ?');
    expect(labels(address)).toEqual(expect.arrayContaining(['🏡 Nhận tại làng', 'Bỏ qua']));
    const done = await s.say('u1', '12 Lê Lợi, Hà Đông');
    expect(texts(done)).toContain(`Thông tin giao hàng của đơn ${code}:\nNgười nhận: Nguyễn Thị Lan\nSĐT: 0912345678\nGiao về: 12 Lê Lợi, Hà Đông`);

    const { json } = await s.api(`/api/orders/${code}`);
    expect(json.delivery).toEqual({ receiver: 'Nguyễn Thị Lan', phone: '0912345678', address: '12 Lê Lợi, Hà Đông', pickup: false });
    expect(json.customer.phone).toBe('0912345678');
    const admin = await s.press('admin', `ao:${code}`);
    expect(texts(admin)).toContain('Nguyễn Thị Lan');
    expect(texts(admin)).toContain('12 Lê Lợi, Hà Đông');
  });

  it('the next order offers the remembered address back; one tap fills receiver, phone and address', async () => {
    const s = simFileSession();
    await order(s);
    await s.say('u1', 'Nguyễn Thị Lan');
    await s.say('u1', '0912345678');
    await s.say('u1', 'giao về 12 Lê Lợi, Hà Đông');
    const { code, placed } = await order(s, 'u1', 'KL-DO x1');
    expect(texts(placed)).toContain('Giao về 12 Lê Lợi, Hà Đông như lần trước?');
    const done = await s.press('u1', buttonFor(placed, 'Đúng rồi'));
    expect(texts(done)).toContain('Người nhận: Nguyễn Thị Lan\nSĐT: 0912345678\nGiao về: 12 Lê Lợi, Hà Đông');
    expect((await s.api(`/api/orders/${code}`)).json.delivery).toEqual({ receiver: 'Nguyễn Thị Lan', phone: '0912345678', address: '12 Lê Lợi, Hà Đông', pickup: false });
  });

  it('"Địa chỉ khác" asks again; "Nhận tại làng" and "Bỏ qua" are buttons; written "như cũ" also works', async () => {
    const s = simFileSession();
    await order(s);
    await s.press('u1', buttonFor(await s.say('u1', 'Lan'), 'Bỏ qua')); // skip the phone
    const pickup = await s.say('u1', 'nhận tại làng');
    expect(texts(pickup)).toContain('Nhận tại làng: Nhà văn hoá làng lụa Vạn Phúc');

    const second = await order(s, 'u1', 'KL-DO x1');
    expect(texts(second.placed)).toContain('Nhận tại làng như lần trước?');
    // Another address keeps the saved receiver; the phone, skipped last time, is asked again, then where.
    const other = await s.press('u1', buttonFor(second.placed, 'Địa chỉ khác'));
    expect(texts(other)).toContain('Cho shop xin số điện thoại người nhận');
    const where = await s.press('u1', buttonFor(other, 'Bỏ qua'));
    expect(texts(where)).toContain('Shop giao hàng về địa chỉ nào ạ?');
    await s.press('u1', buttonFor(where, 'Bỏ qua'));
    expect((await s.api(`/api/orders/${second.code}`)).json.delivery).toEqual({ receiver: 'Lan', phone: null, address: null, pickup: false });

    const third = await order(s, 'u1', 'KL-VANG x1');
    expect(texts(third.placed)).toContain('Nhận tại làng như lần trước?');
    await s.say('u1', 'như cũ nhé');
    expect((await s.api(`/api/orders/${third.code}`)).json.delivery).toMatchObject({ receiver: 'Lan', pickup: true });
  });

  it('an order written with its address and phone asks only for what is missing', async () => {
    const s = simFileSession();
    const { code, placed } = await order(s, 'u3', 'chị ơi e đặt 1 khăn xanh nhé, giao về 25 Lê Lợi, Hà Đông. sđt 0388.765.432', 'Hà');
    expect(texts(placed)).toContain('Cho shop xin tên người nhận hàng nhé.');
    expect(texts(placed)).not.toContain('địa chỉ nào');
    await s.press('u3', buttonFor(placed, '👤 Hà'));
    expect((await s.api(`/api/orders/${code}`)).json.delivery).toEqual({ receiver: 'Hà', phone: '0388765432', address: '25 Lê Lợi, Hà Đông', pickup: false });
  });

  it('a phone sent after ordering is saved on the order; an address written alone is set on the open order', async () => {
    const s = simFileSession();
    const { code, placed } = await order(s);
    // The customer skips every question, and writes the details later.
    const askPhone = await s.press('u1', buttonFor(placed, 'Bỏ qua'));
    const askAddress = await s.press('u1', buttonFor(askPhone, 'Bỏ qua'));
    expect(texts(await s.press('u1', buttonFor(askAddress, 'Bỏ qua')))).toBe('');
    const phone = await s.say('u1', 'sđt của mình 0912345678 nhé');
    expect(texts(phone)).toContain(`Đã lưu số điện thoại 0912345678 cho đơn ${code}`);
    const address = await s.say('u1', 'giao về 12 Lê Lợi, Hà Đông');
    expect(texts(address)).toContain('Giao về: 12 Lê Lợi, Hà Đông');
    expect(texts(address)).not.toContain('chưa hiểu');
    expect((await s.api(`/api/orders/${code}`)).json.delivery).toMatchObject({ phone: '0912345678', address: '12 Lê Lợi, Hà Đông' });
  });

  it('an address written before any order is remembered and offered at checkout', async () => {
    const s = simFileSession();
    const r = await s.say('u7', 'giao về 5 Hàng Bông, Hoàn Kiếm nhé', undefined, 'Minh');
    expect(texts(r)).toContain('Shop đã lưu địa chỉ 5 Hàng Bông, Hoàn Kiếm');
    const { placed } = await order(s, 'u7', 'KL-DO x1', 'Minh');
    expect(texts(placed)).toContain('Giao về 5 Hàng Bông, Hoàn Kiếm như lần trước?');
  });

  it('an order placed by one line in a group chat asks its delivery details once kept in the private chat', async () => {
    const s = simFileSession();
    await s.say('admin', '/dang', 'g1');
    await s.say('u1', '+1 khăn xanh, giao về 12 Lê Lợi, Hà Đông', 'g1', 'Lan');
    const privately = await s.inbox({ userId: 'u1' });
    const code = /đơn ([A-Z0-9]{7})/.exec(texts(privately))![1]!;
    const kept = await s.press('u1', buttonFor(privately, 'Giữ đơn'));
    expect(texts(kept)).toContain(`Đã giữ đơn ${code}`);
    expect(texts(kept)).toContain('Cho shop xin tên người nhận hàng nhé.');
    expect(texts(kept)).not.toContain('địa chỉ nào');
    expect((await s.api(`/api/orders/${code}`)).json.delivery).toMatchObject({ address: '12 Lê Lợi, Hà Đông' });
  });

  it('placing more, asking or claiming payment while a question is pending is not taken as the answer', async () => {
    const s = simFileSession();
    const { code } = await order(s);
    const more = await s.say('u1', '1 khăn đỏ');
    expect(texts(more)).toContain('Khăn lụa tơ tằm màu đỏ');
    expect((await s.api(`/api/orders/${code}`)).json.delivery.receiver).toBeNull();
  });
});
