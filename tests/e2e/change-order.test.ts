/**
 * A change said alone ("đổi khăn xanh sang khăn đỏ nhé"): in the private chat it changes the cart's line; with no such
 * line in the cart it changes nothing and offers the new line with a button; in a group it places no second order.
 */
import { describe, expect, it } from 'vitest';
import { buttonData, simSession, texts } from './sim-harness.ts';

const G = 'nhom-lua';

/** The cart the simulator keeps for a customer's private chat with the demo shop. */
function cartOf(s: ReturnType<typeof simSession>, userId: string): { sku: string; qty: number }[] {
  const row = s.db.$client.prepare('select data from chat_states where key like ?').get(`sim:${userId}:${userId}:%`) as { data: string } | undefined;
  return row ? ((JSON.parse(row.data) as { cart?: { sku: string; qty: number }[] }).cart ?? []) : [];
}

describe('changing a line of the cart by message', () => {
  it('swaps the named line for the new one and keeps the rest of the cart', async () => {
    const s = simSession();
    await s.say('u1', 'cho mình 2 khăn xanh và 1 áo dài M', undefined, 'Lan');
    expect(cartOf(s, 'u1')).toEqual([{ sku: 'KL-XANH', qty: 2 }, { sku: 'AD-M', qty: 1 }]);
    const r = await s.say('u1', 'đổi áo dài M sang size L nhé');
    expect(texts(r)).toContain('Đã bỏ Áo dài lụa Vạn Phúc size M khỏi giỏ');
    expect(texts(r)).toContain('Áo dài lụa Vạn Phúc size L');
    expect(cartOf(s, 'u1')).toEqual([{ sku: 'KL-XANH', qty: 2 }, { sku: 'AD-L', qty: 1 }]);
  });

  it('a new amount replaces the old one instead of adding to it', async () => {
    const s = simSession();
    await s.say('u1', 'lấy 2 khăn xanh');
    await s.say('u1', 'đổi 2 khăn xanh thành 3 nha');
    expect(cartOf(s, 'u1')).toEqual([{ sku: 'KL-XANH', qty: 3 }]);
  });

  it('with the line not in the cart, changes nothing and offers the new line with a button', async () => {
    const s = simSession();
    await s.say('u1', 'lấy 1 khăn vàng');
    const r = await s.say('u1', 'đổi khăn xanh sang khăn đỏ nhé');
    expect(texts(r)).toContain('Trong giỏ chưa có Khăn lụa tơ tằm màu xanh ngọc');
    expect(buttonData(r)).toContain('as:KL-DO');
    expect(cartOf(s, 'u1')).toEqual([{ sku: 'KL-VANG', qty: 1 }]);
    const added = await s.press('u1', 'as:KL-DO');
    expect(texts(added)).toContain('Khăn lụa tơ tằm màu đỏ');
    expect(cartOf(s, 'u1')).toEqual([{ sku: 'KL-VANG', qty: 1 }, { sku: 'KL-DO', qty: 1 }]);
  });

  it('a change it cannot read shows the cart to edit and changes nothing', async () => {
    const s = simSession();
    await s.say('u1', 'lấy 2 khăn xanh, 1 khăn đỏ');
    const r = await s.say('u1', 'đổi khăn lụa thành 3 cái');
    expect(texts(r)).toContain('Shop chưa rõ bạn muốn đổi món nào');
    expect(texts(r)).toContain('Tổng cộng: 750.000 ₫');
    expect(cartOf(s, 'u1')).toEqual([{ sku: 'KL-XANH', qty: 2 }, { sku: 'KL-DO', qty: 1 }]);
  });

  it('asking whether goods may be exchanged changes nothing', async () => {
    const s = simSession();
    await s.say('u1', 'lấy 1 khăn xanh');
    await s.say('u1', 'đổi khăn xanh sang khăn đỏ được không shop');
    expect(cartOf(s, 'u1')).toEqual([{ sku: 'KL-XANH', qty: 1 }]);
  });

  it('in a group chat, places no second order and says where to change it', async () => {
    const s = simSession();
    await s.say('admin', '/dang', G);
    await s.say('u1', '+2 khăn xanh', G, 'Lan');
    const count = () => (s.db.$client.prepare('select count(*) n from orders').get() as { n: number }).n;
    expect(count()).toBe(1);
    const r = await s.say('u1', 'đổi khăn xanh sang khăn đỏ nhé', G, 'Lan');
    expect(texts(r)).toContain('Lan ơi, đơn đặt trong nhóm không đổi được bằng tin nhắn ở đây');
    expect(count()).toBe(1);
  });
});
