import { describe, expect, it } from 'vitest';
import type { CatalogProduct } from '../../../core/catalog/types.ts';
import { buildMatcher, parseOrder } from '../../../core/parser/index.ts';
import type { Matcher } from '../../../core/parser/index.ts';

const P = (sku: string, name: string, unit: string, aliases: string[] = []): CatalogProduct => ({ sku, name, price: 100000, unit, aliases });

// Catalogs of other craft villages, to check that the rules are about grammar, not about silk.
const ceramics = buildMatcher([
  P('BAT-LAM', 'Bát cơm men lam', 'chiếc', ['bát men lam', 'blue glaze rice bowl']),
  P('BAT-TRANG', 'Bát cơm men trắng', 'chiếc', ['bát trắng']),
  P('DIA-HOA', 'Đĩa sứ vẽ hoa sen', 'chiếc', ['đĩa hoa sen', 'lotus plate']),
  P('AM-CHEN', 'Ấm chén Bát Tràng men rạn', 'bộ', ['bộ ấm chén', 'ấm chén', 'tea set']),
  P('BINH-HUT', 'Bình hút lộc men lam', 'chiếc', ['bình hút lộc']),
  P('LO-HOA', 'Lọ hoa gốm men rạn cao 30cm', 'chiếc', ['lọ hoa', 'vase']),
  P('COC-SU', 'Cốc sứ vẽ tay', 'chiếc', ['cốc vẽ tay', 'mug']),
]);
const tea = buildMatcher([
  P('TRA-TN', 'Trà Thái Nguyên', 'kg', ['chè thái', 'trà thái', 'thai nguyen tea']),
  P('TRA-SEN', 'Trà sen Tây Hồ hộp 200g', 'hộp', ['trà sen', 'lotus tea']),
  P('TRA-SHAN', 'Trà Shan tuyết cổ thụ', 'gam', ['shan tuyết']),
  P('TRA-OLONG', 'Trà ô long', 'lạng', ['ô long', 'oolong']),
]);
const mats = buildMatcher([
  P('CHIEU-16', 'Chiếu cói Kim Sơn 1m6', 'chiếc', ['chiếu 1m6']),
  P('CHIEU-18', 'Chiếu cói Kim Sơn 1m8', 'chiếc', ['chiếu 1m8']),
  P('THAM-COI', 'Thảm cói tròn', 'chiếc', ['thảm tròn', 'round rush rug']),
  P('GIO-COI', 'Giỏ cói có quai', 'chiếc', ['giỏ cói', 'túi cói']),
]);
const food = buildMatcher([
  P('GIO-LUA', 'Giò lụa Ước Lễ', 'kg', ['giò lụa', 'chả lụa']),
  P('NEM-CHUA', 'Nem chua Thanh Hoá', 'chục', ['nem chua']),
  P('BANH-CHUNG', 'Bánh chưng Tranh Khúc', 'chiếc', ['bánh chưng']),
  P('MAT-ONG', 'Mật ong rừng', 'lít', ['mật ong']),
]);

/** "SKU:qty" lines sorted, plus ask. */
function parse(m: Matcher, text: string): { lines: string; ask: boolean } {
  const r = parseOrder(m, text);
  return { lines: r.items.map((i) => `${i.sku}:${i.qty}`).sort().join(' '), ask: r.ask };
}
const order = (lines: string) => ({ lines: lines.split(' ').sort().join(' '), ask: false });

describe('Bát Tràng ceramics (chiếc / bộ)', () => {
  it.each([
    ['cho mình 2 bát cơm men lam', 'BAT-LAM:2'],
    ['lấy 6 cái bát men lam với 1 bộ ấm chén', 'BAT-LAM:6 AM-CHEN:1'],
    ['bat com men lam x6, am chen 1 bo', 'BAT-LAM:6 AM-CHEN:1'],
    ['lấy 2 bát cơm trắng', 'BAT-TRANG:2'],
    ['ship cho em bộ ấm chén về 12 Hàng Bè', 'AM-CHEN:1'],
    ['6 bát cơm men trắng, 6 đĩa hoa sen. Giao về 15 Bát Tràng, Gia Lâm', 'BAT-TRANG:6 DIA-HOA:6'],
    ['Cho e 2 cái lọ hoa cao 30cm', 'LO-HOA:2'],
    ['bát men lam còn không shop, còn thì lấy e 10 cái', 'BAT-LAM:10'],
    ["I'd like 2 blue glaze rice bowls and a tea set", 'BAT-LAM:2 AM-CHEN:1'],
    ['I want 4 white bowls', 'BAT-TRANG:4'],
    ['Can I get 2 lotus plates and one vase?', 'DIA-HOA:2 LO-HOA:1'],
  ])('%s', (text, lines) => expect(parse(ceramics, text)).toEqual(order(lines)));

  it('asks when a bowl could be either glaze, and offers both', () => {
    const r = parseOrder(ceramics, 'mua 2 bát cơm');
    expect(r.ask).toBe(true);
    expect(r.unresolved[0]?.candidates).toEqual(['BAT-LAM', 'BAT-TRANG']);
  });
  it('does not take the village name "Bát Tràng" for a bowl', () => {
    expect(parseOrder(ceramics, 'lấy 2 bát canh').unresolved[0]?.candidates).toEqual(['BAT-LAM', 'BAT-TRANG']);
  });
  it('asks about a glaze or size the shop does not make', () => {
    expect(parse(ceramics, 'cho mình 5 bát cơm men xanh')).toEqual({ lines: '', ask: true });
    expect(parse(ceramics, '2 lọ hoa 40cm')).toEqual({ lines: '', ask: true });
  });
  it('places nothing for questions', () => {
    expect(parse(ceramics, 'bát men lam giá bao nhiêu vậy shop')).toEqual({ lines: '', ask: false });
    expect(parse(ceramics, 'How much is the tea set?')).toEqual({ lines: '', ask: false });
  });
});

describe('tea sold by kg, gram, lạng and box', () => {
  it.each([
    ['cho mình 1kg trà thái nguyên', 'TRA-TN:1'],
    ['lấy 5 lạng chè thái', 'TRA-TN:0.5'],
    ['mua nửa cân trà thái', 'TRA-TN:0.5'],
    ['cho e 500g trà thái', 'TRA-TN:0.5'],
    ['1 cân rưỡi chè thái nhé', 'TRA-TN:1.5'],
    ['1kg2 trà thái', 'TRA-TN:1.2'],
    ['1,5kg trà thái', 'TRA-TN:1.5'],
    ['trà thái 2kg', 'TRA-TN:2'],
    ['3 lạng trà ô long', 'TRA-OLONG:3'],
    ['200g trà shan tuyết', 'TRA-SHAN:200'],
    ['2 kg trà shan tuyết', 'TRA-SHAN:2000'],
    ['lấy 2 hộp trà sen', 'TRA-SEN:2'],
    ['gửi về Thái Nguyên giúp e 2 hộp trà sen', 'TRA-SEN:2'],
    ["I'd like 2 boxes of lotus tea and 500g of thai nguyen tea", 'TRA-SEN:2 TRA-TN:0.5'],
  ])('%s', (text, lines) => expect(parse(tea, text)).toEqual(order(lines)));

  it('asks when the unit cannot be converted (a box of tea sold by the kilo)', () => {
    const r = parseOrder(tea, 'lấy 1 hộp trà thái');
    expect(r.ask).toBe(true);
    expect(r.unresolved[0]?.candidates).toEqual(['TRA-TN']);
  });
});

describe('rush mats whose sizes are part of the name', () => {
  it.each([
    ['lấy 2 chiếu 1m6', 'CHIEU-16:2'],
    ['chiếu 1m6 x2, chiếu 1m8 x1', 'CHIEU-16:2 CHIEU-18:1'],
    ['cho mình 1 chiếu cói 1m8 và 1 thảm tròn', 'CHIEU-18:1 THAM-COI:1'],
    ['mua chiếu 1m6', 'CHIEU-16:1'],
    ['chiếu 1.6m 1 cái', 'CHIEU-16:1'],
    ['chiếu 1m60 1 chiếc', 'CHIEU-16:1'],
    ['1m8 chiếu cói 2 chiếc', 'CHIEU-18:2'],
    ['lấy 2 chiếc chiếu cói 1m6 và 1 chiếc 1m8', 'CHIEU-16:2 CHIEU-18:1'],
    ['lấy 1 túi cói', 'GIO-COI:1'],
    ["I'd like 2 rush mats 1m6", 'CHIEU-16:2'],
    ['a round rush rug please', 'THAM-COI:1'],
  ])('%s', (text, lines) => expect(parse(mats, text)).toEqual(order(lines)));

  it('asks for a mat without a size, and for a size not sold', () => {
    expect(parseOrder(mats, '3 chiếc chiếu cói').unresolved[0]?.candidates).toEqual(['CHIEU-16', 'CHIEU-18']);
    expect(parseOrder(mats, 'lấy 1 chiếu 1m4').unresolved[0]?.candidates).toEqual([]);
  });
});

describe('food sold by kg, litre and by the ten', () => {
  it.each([
    ['cho mình 2kg giò lụa', 'GIO-LUA:2'],
    ['3 lạng giò', 'GIO-LUA:0.3'],
    ['1 cân giò lụa với 2 chục nem chua', 'GIO-LUA:1 NEM-CHUA:2'],
    ['lấy 50 cái nem chua', 'NEM-CHUA:5'],
    ['mua 10 cái bánh chưng', 'BANH-CHUNG:10'],
    ['nửa lít mật ong', 'MAT-ONG:0.5'],
  ])('%s', (text, lines) => expect(parse(food, text)).toEqual(order(lines)));

  it('does not read "chua" of "nem chua" as the question word "chưa"', () => {
    expect(parse(food, 'lấy 2 chục nem chua')).toEqual(order('NEM-CHUA:2'));
  });
});

describe('buildMatcher', () => {
  it('is rebuilt for a changed catalog and never leaks the old one', () => {
    const before = buildMatcher([P('A-1', 'Khăn lụa đỏ', 'chiếc')]);
    const after = buildMatcher([P('A-1', 'Khăn lụa đỏ', 'chiếc'), P('B-2', 'Quạt lụa', 'chiếc')]);
    expect(parse(before, 'chốt 2 quạt lụa')).toEqual({ lines: '', ask: true });
    expect(parse(after, 'chốt 2 quạt lụa')).toEqual(order('B-2:2'));
    expect(parse(before, 'lấy 1 khăn')).toEqual(order('A-1:1'));
  });
  it('works on a catalog with no aliases, written in English', () => {
    const m = buildMatcher([P('S1', 'Red silk scarf', 'piece'), P('S2', 'Blue silk scarf', 'piece')]);
    expect(parse(m, 'I want 2 red scarves')).toEqual(order('S1:2'));
    expect(parse(m, 'lấy 2 khăn xanh')).toEqual(order('S2:2'));
    expect(parseOrder(m, '2 silk scarves please').unresolved[0]?.candidates).toEqual(['S1', 'S2']);
  });
});
