import { describe, expect, it } from 'vitest';
import { texts } from './sim-harness.ts';
import { labels, simFileSession } from './sim-file-harness.ts';

describe('questions get answers from the catalog and the shop settings', () => {
  const cases: [string, string][] = [
    ['khăn xanh bao nhiêu', 'Khăn lụa tơ tằm màu xanh ngọc: 250.000 ₫/chiếc.'],
    ['giá sao', 'Giá các sản phẩm của shop:'],
    ['khăn vàng còn không', 'Khăn lụa tơ tằm màu vàng còn 5 chiếc ạ.'],
    ['ship không', 'shop có giao hàng toàn quốc'],
    ['có COD không', 'chưa nhận COD'],
    ['ship mất mấy ngày', 'khoảng 2-4 ngày'],
    ['khăn lụa bao nhiêu', 'Bạn hỏi sản phẩm nào ạ?'],
  ];
  for (const [q, a] of cases) {
    it(`"${q}" → "${a}"`, async () => {
      const s = simFileSession();
      const r = await s.say('u5', q);
      expect(texts(r)).toContain(a);
      expect(texts(r)).not.toContain('chưa hiểu');
      expect(s.db.$client.prepare('select count(*) n from orders').get()).toEqual({ n: 0 });
    });
  }
});

describe('names, not internal codes', () => {
  it('the edit-cart buttons name the products; codes typed still work', async () => {
    const s = simFileSession();
    await s.say('u1', 'KL-XANH x1, AD-M x1');
    const edit = await s.press('u1', 'ke');
    expect(labels(edit)).toEqual(expect.arrayContaining(['➖ Khăn xanh', '➕ Khăn xanh', '🗑 Áo dài M']));
    expect(labels(edit).join(' ')).not.toMatch(/KL-XANH|AD-M/);
  });

  it('the group tally names products, short in its totals and in a pool\'s progress', async () => {
    const s = simFileSession();
    await s.say('admin', '/gom mo "Khách sạn Sen" han 30/11 18:00 toi-thieu KL-XANH 20');
    await s.say('admin', '/dang', 'g1');
    const r = await s.say('u1', '+2 khăn xanh', 'g1', 'Lan');
    const all = texts([...r, ...(await s.inbox({ chatId: 'g1' }))]);
    expect(all).toContain('1. Lan: 2 Khăn lụa tơ tằm màu xanh ngọc');
    expect(all).toContain('Tổng: 2 Khăn xanh');
    expect(all).toContain('• Khăn xanh: 2/20 (10%)');
    expect(all).not.toMatch(/KL-XANH/);
  });

  it("the admin's order view names products and households", async () => {
    const s = simFileSession();
    await s.say('u1', '1 áo dài size M', undefined, 'Lan');
    const placed = await s.press('u1', 'ok');
    const code = /Đã đặt đơn ([A-Z0-9]{7})/.exec(texts(placed))![1]!;
    const view = texts(await s.press('admin', `ao:${code}`));
    expect(view).toContain('Áo dài lụa Vạn Phúc size M');
    expect(view).not.toMatch(/\bAD-M\b|ho-minh|ho-tuan/);
  });
});

describe('English mode', () => {
  it('after /lang en, the catalog, cart, checkout and answers are in English, with the shop\'s English names', async () => {
    const s = simFileSession();
    await s.say('u9', '/lang en', undefined, 'Anna');
    expect(texts(await s.press('u9', 'c:0'))).toContain('Jade silk scarf');
    const cart = await s.say('u9', 'KL-XANH x1');
    expect(texts(cart)).toContain('Jade silk scarf');
    const placed = await s.press('u9', 'ok');
    expect(texts(placed)).toContain('Who will receive the order?');
    expect(texts(placed)).not.toMatch(/Đã đặt|Chờ thanh toán|Người nhận/);
    expect(texts(await s.say('u9', 'do you ship'))).toContain('we deliver across Vietnam');
  });
});
