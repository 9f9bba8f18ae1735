import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseShopFileText } from '../../../core/catalog/shop-file.ts';
import { buildMatcher, parseOrder } from '../../../core/parser/index.ts';

const shop = parseShopFileText(readFileSync(new URL('../../../data/van-phuc.shop.json', import.meta.url), 'utf8'));
const vp = buildMatcher(shop.products.map((p) => ({ sku: p.sku, name: p.name, price: p.price, unit: p.unit, aliases: p.aliases })));

/** Parses against the Vạn Phúc silk catalog and returns "SKU:qty" lines sorted, plus ask. */
function parse(text: string): { lines: string; ask: boolean } {
  const r = parseOrder(vp, text);
  return { lines: r.items.map((i) => `${i.sku}:${i.qty}`).sort().join(' '), ask: r.ask };
}
const order = (lines: string) => ({ lines: lines.split(' ').sort().join(' '), ask: false });
const nothing = { lines: '', ask: false };

describe('product names, aliases and codes', () => {
  it.each([
    ['lấy 2 khăn xanh', 'KL-XANH:2'],
    ['lay 2 khan xanh', 'KL-XANH:2'],
    ['cho mình 2 khăn lụa đỏ', 'KL-DO:2'],
    ['mua 1 khan lua xanh ngoc', 'KL-XANH:1'],
    ['Cho mình 1 khăn lụa màu xanh ngọc', 'KL-XANH:1'],
    ['cho e 1 ao dai size M', 'AD-M:1'],
    ['chốt 1 áo dài L ạ', 'AD-L:1'],
    ['ao dai sz L 1 bo nhe', 'AD-L:1'],
    ['mình lấy 2 silk bag với 1 clutch nhé', 'TUI-LUA:2 VI-LUA:1'],
  ])('%s', (text, lines) => expect(parse(text)).toEqual(order(lines)));

  it.each([
    ['KL-XANH x3', 'KL-XANH:3'],
    ['klxanh 2 kldo 1', 'KL-XANH:2 KL-DO:1'],
    ['tui-lua 3', 'TUI-LUA:3'],
    ['KLVANG sl 2', 'KL-VANG:2'],
    ['kl-do 1', 'KL-DO:1'],
    ['GOI-LUA 2 đôi + CA-VAT 1', 'GOI-LUA:2 CA-VAT:1'],
  ])('sku code %s', (text, lines) => expect(parse(text)).toEqual(order(lines)));

  it.each([
    ['Khăn đõ lấy 3 cái nhé', 'KL-DO:3'],
    ['cà vặt x2', 'CA-VAT:2'],
    ['lấy 1 khăn vàg nha', 'KL-VANG:1'],
    ['khăn xaanh 1 cái', 'KL-XANH:1'],
    ['vỏ gôi lụa 1 đôi', 'GOI-LUA:1'],
    ['anh lấy 1 cavat nhé', 'CA-VAT:1'],
    ['e đặt 2 khăn do', 'KL-DO:2'],
  ])('typo %s', (text, lines) => expect(parse(text)).toEqual(order(lines)));

  it('does not "correct" real words into product words', () => {
    expect(parse('e lấy 1 tá khăn xanh làm quà cho đoàn nhé c')).toEqual(order('KL-XANH:12'));
    expect(parse('anh lấy 2 cà vạt, gói quà giúp a nhé')).toEqual(order('CA-VAT:2'));
  });
});

describe('quantities', () => {
  it.each([
    ['khăn đỏ x 2', 'KL-DO:2'],
    ['2 x khăn đỏ', 'KL-DO:2'],
    ['2c vi lua nhe shop', 'VI-LUA:2'],
    ['sl 6 khăn đỏ', 'KL-DO:6'],
    ['số lượng: 2\nsản phẩm: Túi lụa thêu tay', 'TUI-LUA:2'],
    ['sáu chiếc khăn đỏ', 'KL-DO:6'],
    ['Ba khăn đỏ, hai cà vạt', 'KL-DO:3 CA-VAT:2'],
    ['mua mười hai khăn đỏ', 'KL-DO:12'],
    ['hai mươi lăm mét lụa', 'LT-M:25'],
    ['cho e 1 tá cà vạt', 'CA-VAT:12'],
    ['hai chục mét lụa may áo', 'LT-M:20'],
    ['+2 khăn xanh', 'KL-XANH:2'],
  ])('%s', (text, lines) => expect(parse(text)).toEqual(order(lines)));

  it.each([
    ['cho chị 2 mét rưỡi vải lụa nhé em', 'LT-M:2.5'],
    ['cho e nửa mét lụa may áo', 'LT-M:0.5'],
    ['1m5 vải lụa nhé shop', 'LT-M:1.5'],
    ['3,5m vải lụa', 'LT-M:3.5'],
    ['cho e 50 phân lụa may áo nhé', 'LT-M:0.5'],
    ['lấy 120cm vải lụa', 'LT-M:1.2'],
    ['lấy 3 mét lụa với 1 túi lụa', 'LT-M:3 TUI-LUA:1'],
    ['3m lụa', 'LT-M:3'],
  ])('metres: %s', (text, lines) => expect(parse(text)).toEqual(order(lines)));

  it.each([
    ['đặt hai đôi vỏ gối lụa', 'GOI-LUA:2'],
    ['Cho mình 1 cặp vỏ gối nhé', 'GOI-LUA:1'],
    ['I would like 2 pairs of pillowcases', 'GOI-LUA:2'],
    ['1 đôi cà vạt', 'CA-VAT:2'],
  ])('pairs: %s', (text, lines) => expect(parse(text)).toEqual(order(lines)));

  it('does not read prices, dates, times and house numbers as quantities', () => {
    expect(parse('khăn đỏ 250k đúng ko shop, lấy e 2 cái')).toEqual(order('KL-DO:2'));
    expect(parse('Áo dài M 1tr8 phải k ạ? E chốt 1 bộ')).toEqual(order('AD-M:1'));
    expect(parse('đặt 1 áo dài size L giao trước 20/11 nha shop')).toEqual(order('AD-L:1'));
    expect(parse('lấy 2 khăn đỏ giao trước 8h sáng mai')).toEqual(order('KL-DO:2'));
    expect(parse('Em là Hương ở 36 Hàng Đào, cho em 1 khăn đỏ ạ')).toEqual(order('KL-DO:1'));
    expect(parse('Gửi về Nguyễn Văn Nam, 102 Trần Hưng Đạo, Q1. Lấy 1 ví lụa')).toEqual(order('VI-LUA:1'));
    expect(parse('em lấy khăn đỏ 2 cái, giao về số 5 ngõ 10 Láng Hạ')).toEqual(order('KL-DO:2'));
  });

  it('applies self-corrections', () => {
    expect(parse('lấy 3 khăn xanh... à nhầm, 2 cái thôi')).toEqual(order('KL-XANH:2'));
    expect(parse('lấy 3 khăn đỏ nhé, à không 2 thôi')).toEqual(order('KL-DO:2'));
    expect(parse('lấy 3 khăn xanh, à không, 2 khăn đỏ')).toEqual(order('KL-DO:2'));
  });

  it('sums lines of the same product and adds "thêm ... nữa"', () => {
    expect(parse('2 khăn đỏ, 1 cà vạt, à thêm 1 khăn đỏ nữa nhé')).toEqual(order('KL-DO:3 CA-VAT:1'));
    expect(parse('Cho mình 2 chiếc khăn lụa đỏ, 1 khăn lụa đỏ nữa cho em gái')).toEqual(order('KL-DO:3'));
  });

  it('asks when the amount is vague', () => {
    const r = parseOrder(vp, 'mua vài cái khăn đỏ');
    expect(r.ask).toBe(true);
    expect(r.unresolved[0]?.candidates).toEqual(['KL-DO']);
  });
});

describe('implied quantity and several items', () => {
  it.each([
    ['mua ví lụa', 'VI-LUA:1'],
    ['lấy khăn vàng', 'KL-VANG:1'],
    ['Cho mình cái cà vạt lụa nam', 'CA-VAT:1'],
    ['ship cho em khăn vàng về 45 Hàng Bạc', 'KL-VANG:1'],
    ['chị lấy khăn đỏ với khăn vàng nhé', 'KL-DO:1 KL-VANG:1'],
    ['chị lấy 1 khăn xanh với cái túi thêu', 'KL-XANH:1 TUI-LUA:1'],
    ['Chào em, chị muốn mua khăn lụa đỏ làm quà, em gửi chị 1 chiếc về 9 Phan Chu Trinh nhé', 'KL-DO:1'],
  ])('%s', (text, lines) => expect(parse(text)).toEqual(order(lines)));

  it.each([
    ['e đặt 3 khăn đỏ 2 khăn vàng', 'KL-DO:3 KL-VANG:2'],
    ['khăn đỏ 2, khăn xanh 3 nha c', 'KL-DO:2 KL-XANH:3'],
    ['ca vat x3 + vi lua x2', 'CA-VAT:3 VI-LUA:2'],
    ['lay 2 khan do va 2 vo goi nha shop', 'KL-DO:2 GOI-LUA:2'],
    ['Đặt giúp mình:\n2 khăn xanh\n1 khăn đỏ\n3m lụa', 'KL-XANH:2 KL-DO:1 LT-M:3'],
    ['Đơn hàng:\n- Khăn lụa đỏ: 2\n- Cà vạt: 1\n- Vỏ gối: 1 đôi', 'KL-DO:2 CA-VAT:1 GOI-LUA:1'],
    ['khăn xanh + khăn đỏ mỗi loại 2 cái', 'KL-XANH:2 KL-DO:2'],
    ['lấy ví lụa vs túi lụa mỗi thứ 2 cái', 'VI-LUA:2 TUI-LUA:2'],
    ['mỗi màu 1 cái khăn lụa nhé em', 'KL-XANH:1 KL-DO:1 KL-VANG:1'],
    ['Khăn đỏ - 2', 'KL-DO:2'],
  ])('%s', (text, lines) => expect(parse(text)).toEqual(order(lines)));
});

describe('precision: messages that place nothing', () => {
  it.each([
    ['Shop ơi khăn đỏ còn không ạ?'],
    ['còn 5 cái khăn vàng không shop?'],
    ['Giá áo dài bao nhiêu vậy shop'],
    ['Cho e hỏi mua 10 khăn thì có giảm giá không ạ'],
    ['Shop ơi 2 khăn đỏ, 1 khăn xanh còn không ạ?'],
    ['Cho mình xem ảnh thật khăn đỏ với shop'],
    ['Chào shop ạ'],
    ['Cảm ơn shop, hàng đẹp lắm ạ ❤️'],
    ['Tuần trước e đặt 3 cà vạt mà chưa thấy giao, shop check giúp e với'],
    ['Sao đơn của e giao thiếu 1 khăn xanh vậy shop 😡'],
    ['huỷ đơn giúp mình nhé, mình không lấy nữa'],
    ['thôi shop ơi e không lấy cà vạt nữa'],
    ['Giá sỉ cà vạt từ 20 cái trở lên thế nào shop?'],
    ['How much is the red scarf?'],
    ['Do you have blue scarves?'],
    ['Thanks, I received the scarves'],
  ])('%s', (text) => expect(parse(text)).toEqual(nothing));

  it('orders after a question in the same message', () => {
    expect(parse('Khăn xanh còn ko shop, còn thì lấy e 2 cái')).toEqual(order('KL-XANH:2'));
    expect(parse('Chị ơi còn áo dài size M không ạ, còn thì em lấy 1 bộ')).toEqual(order('AD-M:1'));
    expect(parse('Hôm trước mua 2 khăn đỏ rồi, giờ lấy thêm 1 cái khăn đỏ nữa nhé')).toEqual(order('KL-DO:1'));
    expect(parse('shop ơi e muốn lấy 2 cái khăn vàng mà e thấy web ghi còn 5 cái, đúng không ạ')).toEqual(order('KL-VANG:2'));
    expect(parse('Do you ship to Hanoi? I\'d like 2 red scarves')).toEqual(order('KL-DO:2'));
  });

  it('keeps the phone of a message that orders nothing', () => {
    const r = parseOrder(vp, 'Đơn hôm qua của mình huỷ giúp nhé, sđt đặt hàng 0961 222 333');
    expect(r).toMatchObject({ items: [], phone: '0961222333', ask: false });
  });
});

describe('ask instead of guessing', () => {
  it('lists every product that fits an ambiguous reference', () => {
    const r = parseOrder(vp, 'Cho mình 2 khăn lụa nha');
    expect(r.ask).toBe(true);
    expect(r.items).toEqual([]);
    expect(r.unresolved).toEqual([{ phrase: 'khăn lụa', qty: 2, candidates: ['KL-XANH', 'KL-DO', 'KL-VANG'] }]);
    expect(parseOrder(vp, 'lấy 1 áo dài').unresolved[0]?.candidates).toEqual(['AD-M', 'AD-L']);
  });

  it('has no candidates when nothing fits', () => {
    for (const text of ['3 cái nón lá nhé shop', 'cho e 1 áo dài size S nhé', 'Lấy 2 khăn lụa hồng nhé', 'chốt 5 quạt lụa']) {
      const r = parseOrder(vp, text);
      expect(r.ask, text).toBe(true);
      expect(r.items, text).toEqual([]);
      expect(r.unresolved[0]?.candidates, text).toEqual([]);
    }
  });

  it('keeps the lines it can resolve', () => {
    expect(parse('lấy 2 khăn đỏ và 1 áo dài')).toEqual({ lines: 'KL-DO:2', ask: true });
    expect(parse('1 tranh thêu + 1 cà vạt')).toEqual({ lines: 'CA-VAT:1', ask: true });
    expect(parse('đặt 1 bộ áo dài M với 1 áo dài XL cho chồng')).toEqual({ lines: 'AD-M:1', ask: true });
    expect(parse("I'd like 2 silk fans and a red scarf")).toEqual({ lines: 'KL-DO:1', ask: true });
  });

  it('asks for a quantity in a unit the product is not sold in', () => {
    const r = parseOrder(vp, 'lấy 2 kg cà vạt');
    expect(r.ask).toBe(true);
    expect(r.unresolved[0]?.candidates).toEqual(['CA-VAT']);
  });
});

describe('English', () => {
  it.each([
    ["Hi, I'd like 2 red silk scarves and 1 silk tie please", 'KL-DO:2 CA-VAT:1'],
    ["I'd like a blue silk scarf please", 'KL-XANH:1'],
    ['I want one blue scarf, one yellow scarf and a pair of pillowcases', 'KL-XANH:1 KL-VANG:1 GOI-LUA:1'],
    ['Could I get 2 yellow scarves and 5 meters of silk fabric? Deliver to 12 Hang Gai, Hoan Kiem', 'KL-VANG:2 LT-M:5'],
    ['Can I order 3 silk ties?', 'CA-VAT:3'],
    ['Please send me 3 silk ties', 'CA-VAT:3'],
    ['a dozen red scarves please', 'KL-DO:12'],
    ['half a meter of silk fabric', 'LT-M:0.5'],
    ['I want to buy a red scarf', 'KL-DO:1'],
  ])('%s', (text, lines) => expect(parse(text)).toEqual(order(lines)));

  it('asks about an ambiguous English reference with all fitting products', () => {
    const r = parseOrder(vp, "I'll take 2 silk scarves");
    expect(r.ask).toBe(true);
    expect(r.unresolved[0]?.candidates).toEqual(['KL-XANH', 'KL-DO', 'KL-VANG']);
  });
});

describe('side requests are not unknown products', () => {
  it.each([
    ['lấy 2 khăn đỏ, gói 2 hộp quà riêng nhé', 'KL-DO:2'],
    ['e đặt 2 khăn đỏ cho 2 bé', 'KL-DO:2'],
    ['lấy 2 khăn đỏ, 1 cho mẹ 1 cho em', 'KL-DO:2'],
    ['cho e 2 khăn đỏ nha, em ở quận 3', 'KL-DO:2'],
    ['e lấy 2 khăn đỏ ạ, 2 ngày nữa e qua lấy', 'KL-DO:2'],
    ['cho e đổi 2 khăn đỏ thành 2 khăn vàng', 'KL-VANG:2'],
  ])('%s', (text, lines) => expect(parse(text)).toEqual(lines ? order(lines) : nothing));

  it('asks about a known noun with an unknown kind ("túi giấy") instead of guessing', () => {
    const r = parseOrder(vp, 'lấy 2 khăn đỏ, cho em xin 2 cái túi giấy');
    expect(r.items).toEqual([{ sku: 'KL-DO', qty: 2 }]);
    expect(r.unresolved).toEqual([{ phrase: 'túi', qty: 2, candidates: ['TUI-LUA'] }]);
  });
});
