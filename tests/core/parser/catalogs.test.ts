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

// Products whose names carry a size, a beneficiary ("cho bé") or packaging ("(bộ 3 chiếc)").
const plates = buildMatcher([
  P('DIA-18', 'Đĩa sứ trắng 18cm', 'chiếc', ['đĩa 18cm', 'đĩa 18', '18cm plate']),
  P('DIA-24', 'Đĩa sứ trắng 24cm', 'chiếc', ['đĩa 24cm', 'đĩa 24', '24cm plate']),
  P('BAT-TO', 'Bát tô men rạn', 'chiếc', ['bát tô', 'noodle bowl']),
  P('AM-TRA', 'Bộ ấm trà men rạn', 'bộ', ['bộ ấm trà', 'ấm trà', 'tea set']),
  P('COC-SU', 'Cốc sứ vẽ tay', 'chiếc', ['cốc vẽ tay', 'mug']),
]);
const mats2 = buildMatcher([
  P('CC-12', 'Chiếu cói 1m2', 'chiếc', ['chiếu 1m2']),
  P('CC-15', 'Chiếu cói 1m5', 'chiếc', ['chiếu 1m5']),
  P('CC-BE', 'Chiếu cói cho bé', 'chiếc', ['chiếu cho bé', 'chiếu em bé', 'kids mat']),
  P('KHAY', 'Khay cói đựng đồ (bộ 2 chiếc)', 'bộ', ['khay cói', 'khay đựng đồ']),
  P('RO-COI', 'Rổ cói', 'chiếc', ['rổ cói']),
  P('COI-M', 'Cói tấm (theo mét)', 'mét', ['cói tấm']),
]);
const deli = buildMatcher([
  P('GIO-LUA', 'Giò lụa', 'kg', ['chả lụa']),
  P('GIO-BO', 'Giò bò', 'kg', ['chả bò']),
  P('CHA-QUE', 'Chả quế', 'kg', ['cinnamon pork']),
  P('NEM', 'Nem chua', 'cái', ['nem chua']),
  P('MUT', 'Mứt gừng (hộp 300g)', 'hộp', ['mứt gừng']),
]);

describe('self-corrections that change the product or its size', () => {
  it.each([
    ['lấy 3 đĩa 24cm, à nhầm, đĩa 18cm nha', plates, 'DIA-18:3'],
    ['cho e 2 bát tô... à nhầm, cốc vẽ tay', plates, 'COC-SU:2'],
    ['I want 4 18cm plates, sorry, 24cm plates', plates, 'DIA-24:4'],
    ['lấy 2 cân giò lụa à nhầm giò bò nhé', deli, 'GIO-BO:2'],
    ['cho mình 1 cân chả quế, nhầm, chả bò', deli, 'GIO-BO:1'],
    ['lấy 3 chiếu 1m2, à không, 1m5 nhé', mats2, 'CC-15:3'],
    ['cho mình 1 chiếu 1m5... nhầm, 1m2', mats2, 'CC-12:1'],
    ['lấy 2 chiếu 1m2, à nhầm, chiếu 1m5 3 cái', mats2, 'CC-15:3'],
  ])('%s', (text, m, lines) => expect(parse(m, text)).toEqual(order(lines)));
});

describe('payment notices are not orders', () => {
  it.each([
    ['em đã ck 350k cho 2 bát tô rồi ạ', plates],
    ['e vừa chuyển khoản 600k cho bộ ấm trà nha shop', plates],
    ['mình đã chuyển 480k tiền 2 chiếu 1m5 rồi nhé', mats2],
    ['chị chuyển tiền 250k cho 1 cân giò lụa rồi đó', deli],
    ['I transferred 300k for 2 boxes of mứt gừng', deli],
  ])('%s', (text, m) => expect(parse(m, text)).toEqual({ lines: '', ask: false }));
  it('still reads an order in another clause, or placed before the payment', () => {
    expect(parse(plates, 'lấy thêm 2 bát tô nhé, e ck 350k rồi')).toEqual(order('BAT-TO:2'));
    expect(parse(plates, 'lấy 2 bát tô ck 180k luôn nhé')).toEqual(order('BAT-TO:2'));
  });
});

describe('compound weights and lengths', () => {
  it.each([
    ['lấy 2 cân 3 lạng giò lụa', deli, 'GIO-LUA:2.3'],
    ['1 kg 5 lạng chả quế nhé', deli, 'CHA-QUE:1.5'],
    ['cho e 2kg 4 lạng giò bò', deli, 'GIO-BO:2.4'],
    ['1 cân 200g giò lụa', deli, 'GIO-LUA:1.2'],
    ['lấy 1 cân 3 giò bò', deli, 'GIO-BO:1.3'],
    ['lấy 3 cân rưỡi chả quế', deli, 'CHA-QUE:3.5'],
    ['1 cân 2 hộp mứt gừng', deli, 'MUT:2'],
    ['lấy 2 mét 5 cói tấm', mats2, 'COI-M:2.5'],
  ])('%s', (text, m, lines) => expect(parse(m, text)).toEqual(order(lines)));
});

describe('sizes written after the product, as plain numbers or with a separate unit', () => {
  it.each([
    ['Bat to 4c, dia 18cm 4c', plates, 'BAT-TO:4 DIA-18:4'],
    ['dia 24cm 6 cai', plates, 'DIA-24:6'],
    ['đĩa 24cm 2 cái nhé', plates, 'DIA-24:2'],
    ['cho mình 5 đĩa 18 nhé', plates, 'DIA-18:5'],
    ['lấy 3 cái đĩa 24 phân', plates, 'DIA-24:3'],
    ['lấy 2 đĩa 18 cm', plates, 'DIA-18:2'],
    ['cho e 3 dia 24', plates, 'DIA-24:3'],
    ['chiếu 1m5 2 chiếc, 1m2 1 chiếc', mats2, 'CC-15:2 CC-12:1'],
    ['lấy 1 chiếu 120', mats2, 'CC-12:1'],
    ['chiếu 150 2 chiếc', mats2, 'CC-15:2'],
  ])('%s', (text, m, lines) => expect(parse(m, text)).toEqual(order(lines)));
  it('still asks about a size the shop does not sell', () => {
    expect(parse(plates, 'lấy 2 đĩa 30 phân').ask).toBe(true);
  });
});

describe('questions, beneficiaries and packaging words', () => {
  it.each([
    ['chiếu 1m5 240k đúng không shop, lấy e 1 cái', mats2, 'CC-15:1'],
    ['bát tô 90k đúng ko ạ, lấy e 4 cái', plates, 'BAT-TO:4'],
    ['rổ cói còn không shop, còn thì lấy e 1 chiếc', mats2, 'RO-COI:1'],
    ['Lấy 3 chiếu 1m2 cho 3 bé nhà em', mats2, 'CC-12:3'],
    ['cho e 2 rổ cói cho 2 người', mats2, 'RO-COI:2'],
    ['cho e 1 chiếu cho bé', mats2, 'CC-BE:1'],
    ['mua 2 chiếu cho bé', mats2, 'CC-BE:2'],
    ['lấy 1 chiếu 1m2, 1 chiếu 1m5 và 1 rổ cói, tổng 500k đúng k', mats2, 'CC-12:1 CC-15:1 RO-COI:1'],
    ['cho e mét rưỡi cói tấm', mats2, 'COI-M:1.5'],
    ['cho e muoi cai coc su ve tay', plates, 'COC-SU:10'],
    ['lay muoi cai bat to nha', plates, 'BAT-TO:10'],
  ])('%s', (text, m, lines) => expect(parse(m, text)).toEqual(order(lines)));
  it('asks about an unknown product next to a known one', () => {
    expect(parse(plates, 'Lấy 2 bát tô với 1 nồi đất nấu cơm')).toEqual({ lines: 'BAT-TO:2', ask: true });
    expect(parse(deli, 'cho e 1 hộp mứt gừng và 1 bình rượu nếp')).toEqual({ lines: 'MUT:1', ask: true });
  });
});

// Products whose names carry a container and its volume or weight, a grade, or a size "AxB"; one sold per m².
const pantry = buildMatcher([
  P('MO-500', 'Mật ong rừng 100% chai 500ml', 'chai', ['mật ong chai', 'honey 500ml']),
  P('MO-5L', 'Mật ong rừng can 5 lít', 'can', ['mật ong can', 'can 5 lít']),
  P('RUOU-29', 'Rượu nếp 29 độ chai 700ml', 'chai', ['rượu nếp 29 độ', 'rice wine 29']),
  P('RUOU-45', 'Rượu nếp 45 độ chai 700ml', 'chai', ['rượu nếp 45 độ', 'rice wine 45']),
  P('DIEU', 'Hạt điều rang muối hũ 250g', 'hũ', ['hạt điều', 'cashew']),
  P('CHE-1', 'Chè búp Tân Cương loại 1', 'kg', ['chè búp loại 1']),
  P('CHE-2', 'Chè búp Tân Cương loại 2', 'kg', ['chè búp loại 2']),
]);
const decor = buildMatcher([
  P('THEU-3050', 'Tranh thêu hoa sen 30x50', 'bức', ['tranh thêu 30x50', 'lotus embroidery 30x50']),
  P('THEU-5070', 'Tranh thêu hoa sen 50x70', 'bức', ['tranh thêu 50x70', 'lotus embroidery 50x70']),
  P('THAM-CO', 'Thảm cói trải sàn (theo m²)', 'm²', ['thảm trải sàn', 'rush carpet']),
  P('GOI-COI', 'Gối cói vuông', 'chiếc', ['gối cói']),
]);

describe('containers, volumes and grades in product names', () => {
  it.each([
    ['lấy 3 chai rượu nếp 45 độ', pantry, 'RUOU-45:3'],
    ['cho e 2 chai ruou nep 29 do nha', pantry, 'RUOU-29:2'],
    ['rượu nếp 45 độ 2 chai', pantry, 'RUOU-45:2'],
    ['45 độ 4 chai nhé', pantry, 'RUOU-45:4'],
    ['lay 1 can mat ong 5 lit', pantry, 'MO-5L:1'],
    ['lay 2 can che bup loai 1', pantry, 'CHE-1:2'],
    ['lay 1 can mat ong', pantry, 'MO-5L:1'],
    ['mật ong rừng can 5 lít một can nhé', pantry, 'MO-5L:1'],
    ['lấy 1 lít mật ong chai', pantry, 'MO-500:2'],
    ['cho e 10 lít mật ong đựng can', pantry, 'MO-5L:2'],
    ['mua 1 kg hạt điều', pantry, 'DIEU:4'],
    ['lấy 5 lạng hạt điều', pantry, 'DIEU:2'],
    ['2 kg chè búp loại 1', pantry, 'CHE-1:2'],
    ['Please send 2 bottles of 29 degree rice wine', pantry, 'RUOU-29:2'],
  ])('%s', (text, m, lines) => expect(parse(m, text)).toEqual(order(lines)));
  it('asks when the amount is not a whole number of containers, or the grade is not sold', () => {
    expect(parse(pantry, 'lấy 3 lạng hạt điều').ask).toBe(true);
    expect(parse(pantry, 'lấy 2 chai rượu nếp 40 độ').ask).toBe(true);
    expect(parse(pantry, '1 kg chè búp loại 3').ask).toBe(true);
    expect(parse(pantry, 'lấy 2 lít rượu nếp 45 độ').ask).toBe(true);
  });
});

describe('sizes AxB in names and areas in square metres', () => {
  it.each([
    ['lấy 1 tranh thêu 30x50', decor, 'THEU-3050:1'],
    ['1 tranh thêu 30x50 + 2 tranh thêu 50x70', decor, 'THEU-3050:1 THEU-5070:2'],
    ['cho e 1 bức 50x70 nhé', decor, 'THEU-5070:1'],
    ['I would like 1 lotus embroidery 50 x 70', decor, 'THEU-5070:1'],
    ['thảm trải sàn 6 mét vuông nhé', decor, 'THAM-CO:6'],
    ['mua 12 m2 thảm trải sàn', decor, 'THAM-CO:12'],
    ['lấy thảm trải sàn 2m x 3,5m', decor, 'THAM-CO:7'],
    ['8 m² thảm trải sàn và 2 gối cói', decor, 'THAM-CO:8 GOI-COI:2'],
  ])('%s', (text, m, lines) => expect(parse(m, text)).toEqual(order(lines)));
  it('asks about a size the shop does not make', () => {
    expect(parse(decor, 'lấy 1 tranh thêu 40x60').ask).toBe(true);
    expect(parse(decor, 'lấy 2 gối cói 40x40').ask).toBe(true);
    expect(parse(plates, 'lấy 2 đĩa 18cm 20x20')).toEqual({ lines: '', ask: true });
  });
});

const village = buildMatcher([
  P('LO-NHO', 'Lọ gốm men lam size S (15cm)', 'chiếc', ['lọ gốm S', 'lọ gốm nhỏ']),
  P('LO-TO', 'Lọ gốm men lam size L (30cm)', 'chiếc', ['lọ gốm L', 'lọ gốm to']),
  P('GIO-TRE', 'Giỏ tre đựng hoa quả', 'chiếc', ['giỏ tre']),
  P('GIO-COI', 'Giỏ cói có nắp', 'chiếc', ['giỏ cói']),
  P('NEM', 'Nem chua Thanh Hoá', 'chục', ['nem chua']),
  P('BANH-DA', 'Bánh đa vừng', 'chiếc', ['bánh đa']),
  P('MUOI', 'Muối vừng gói 200g', 'gói', ['muối vừng']),
]);

describe('half of a multiplier, x-quantities before a classifier, follow-ups and sizes that look like units', () => {
  it.each([
    ['lấy 2 chục rưỡi nem chua', village, 'NEM:2.5'],
    ['cho e 1 chục rưỡi bánh đa', village, 'BANH-DA:15'],
    ['muối vừng x3 gói', village, 'MUOI:3'],
    ['lo gom L 2c, lo gom S 1c', village, 'LO-TO:2 LO-NHO:1'],
    ['tuần trước mua 2 giỏ tre rồi, giờ lấy thêm 3 giỏ nữa nhé', village, 'GIO-TRE:3'],
    ['last week I bought 2 giỏ cói, now 1 more giỏ please', village, 'GIO-COI:1'],
  ])('%s', (text, m, lines) => expect(parse(m, text)).toEqual(order(lines)));
  it('still asks about a bare noun with no earlier mention to refer to', () => {
    expect(parse(village, 'lấy thêm 2 giỏ nữa nhé').ask).toBe(true);
    expect(parse(village, 'lấy 1 giỏ tre với 1 giỏ').ask).toBe(true);
  });
});

const crafts = buildMatcher([
  P('KHAN-TO', 'Khăn lụa loại to', 'chiếc', ['khăn lụa to', 'khăn to']),
  P('KHAN-VUONG', 'Khăn vuông thêu tay', 'chiếc', ['khăn vuông']),
  P('DIA-TRON', 'Đĩa gỗ tròn', 'chiếc', ['đĩa tròn']),
  P('HOP-GO', 'Hộp gỗ chữ nhật', 'chiếc', ['hộp gỗ']),
  P('QUAT', 'Quạt giấy trơn', 'chiếc', ['quạt trơn']),
]);

describe('variants the catalog does not have for that noun ask instead of matching the nearest product', () => {
  it.each([
    ['lấy 2 khăn vuông loại to', crafts],
    ['cho e 1 hộp gỗ tròn nhé', crafts],
    ['lấy 3 hộp gỗ nhỏ', crafts],
    ['mua 2 đĩa gỗ vuông', crafts],
  ])('%s', (text, m) => expect(parse(m, text).ask).toBe(true));
  it.each([
    ['lấy 2 khăn lụa to', crafts, 'KHAN-TO:2'],
    ['cho e 1 hộp gỗ, 2 đĩa tròn', crafts, 'HOP-GO:1 DIA-TRON:2'],
    ['lấy 2 quạt trơn', crafts, 'QUAT:2'],
  ])('%s', (text, m, lines) => expect(parse(m, text)).toEqual(order(lines)));
});

describe('transfer memos and delivery complaints place nothing', () => {
  it.each([
    ['em đã ck 360k rồi ạ, nội dung: tran thi binh 2 bat to', plates],
    ['đã chuyển khoản 500k, ND: le van c 1 bo am tra', plates],
    ['I transferred 300k, memo: 2 mugs', plates],
    ['shop gửi nhầm đĩa 18cm rồi, e đặt đĩa 24 mà', plates],
    ['giao sai màu rồi shop ơi, mình lấy bát tô men rạn cơ', plates],
  ])('%s', (text, m) => expect(parse(m, text)).toEqual({ lines: '', ask: false }));
  it('still reads a new order after the payment notice', () => {
    expect(parse(plates, 'em ck 360k rồi, lấy thêm 1 cốc vẽ tay nhé')).toEqual(order('COC-SU:1'));
  });
});

const drinks = buildMatcher([
  P('BIA-LON', 'Bia thủ công lon 330ml', 'lon', ['bia lon']),
  P('BIA-KEG', 'Bia thủ công bình 5 lít', 'bình', ['bia bình', 'bình 5 lít']),
  P('NUOC-THUNG', 'Nước khoáng thùng 24 chai', 'thùng', ['nước khoáng']),
  P('LANG-QUA', 'Lẵng quả Tết', 'chiếc', ['lẵng quả', 'lẵng trái cây']),
  P('TRA-KG', 'Trà mạn', 'kg', ['trà mạn']),
]);

describe('packs of packs, container sizes after the classifier, and bare "lang"', () => {
  it.each([
    ['đặt 1 thùng 24 lon bia thủ công', drinks, 'BIA-LON:24'],
    ['lấy 2 thùng nước khoáng', drinks, 'NUOC-THUNG:2'],
    ['lấy 1 thùng 24 chai nước khoáng', drinks, 'NUOC-THUNG:1'],
    ['cho e 3 bình 5 lít bia thủ công', drinks, 'BIA-KEG:3'],
    ['lấy 2 bình 5 lít nhé', drinks, 'BIA-KEG:2'],
    ['e lay 2 lang qua tet', drinks, 'LANG-QUA:2'],
    ['lay 5 lang tra man', drinks, 'TRA-KG:0.5'],
  ])('%s', (text, m, lines) => expect(parse(m, text)).toEqual(order(lines)));
});

const teaGrades = buildMatcher([
  P('MC-DB', 'Trà móc câu đặc biệt gói 200g', 'gói', ['trà đặc biệt']),
  P('MC-L1', 'Trà móc câu loại 1 gói 200g', 'gói', ['trà loại 1']),
  P('LO-GOM', 'Lọ gốm dáng cao 40cm', 'chiếc', ['lọ gốm']),
  P('BAT-TO', 'Bát to men lam', 'chiếc', ['bát to']),
  P('CHIEU', 'Chiếu cói 1m6 x 2m', 'chiếc', ['chiếu 1m6']),
  P('THAM', 'Thảm cói (theo m2)', 'm2', ['thảm cói']),
]);

describe('grades with the noun left out, sizes of other products, big/small the product does not come in', () => {
  it.each([
    ['2 gói trà đặc biệt, 1 gói loại 1', teaGrades, 'MC-DB:2 MC-L1:1'],
    ['lấy 4 lạng trà loại 1', teaGrades, 'MC-L1:2'],
    ['thảm cói 2m x 3m', teaGrades, 'THAM:6'],
    ['lấy 2 chiếu 1m6 x 2m', teaGrades, 'CHIEU:2'],
    ['lấy 2 bát to', teaGrades, 'BAT-TO:2'],
    ['Please send 2 lọ gốm to Hue', teaGrades, 'LO-GOM:2'],
  ])('%s', (text, m, lines) => expect(parse(m, text)).toEqual(order(lines)));
  it.each([
    ['lấy 2 lọ gốm to', teaGrades],
    ['lay 2 lo gom nho', teaGrades],
    ['mua 3 lạng trà loại 1', teaGrades],
  ])('asks: %s', (text, m) => expect(parse(m, text).ask).toBe(true));
});

describe('areas written with the unit once, and English food words', () => {
  const shop = buildMatcher([
    P('REM', 'Rèm tre (theo m²)', 'm²', ['rèm tre']),
    P('DAU-ME', 'Dầu mè chai 500ml', 'chai', ['dầu mè', 'sesame oil']),
    P('RUOU-MO', 'Rượu mơ chai 750ml', 'chai', ['rượu mơ', 'plum wine']),
  ]);
  it.each([
    ['lấy rèm tre 2 x 3 m', 'REM:6'],
    ['lấy rèm tre 2m x 3', 'REM:6'],
    ['rèm tre 1,2m x 2,5m nhé', 'REM:3'],
    ['1 litre of sesame oil please', 'DAU-ME:2'],
    ['2 bottles of plum wine', 'RUOU-MO:2'],
  ])('%s', (text, lines) => expect(parse(shop, text)).toEqual(order(lines)));
});

describe('a number before a head noun counts it, even when a set names the same count', () => {
  const cups = buildMatcher([
    P('BO-AM', 'Bộ ấm chén men lam (6 chén)', 'bộ', ['bộ ấm chén']),
    P('CHEN', 'Chén trà men lam', 'chiếc', ['chén trà', 'chén']),
    P('KHAN2', 'Khăn lụa 2 lớp', 'chiếc', ['khăn 2 lớp']),
    P('KHAN1', 'Khăn lụa 1 lớp', 'chiếc', ['khăn 1 lớp']),
  ]);
  it.each([
    ['lấy 6 chén', 'CHEN:6'],
    ['6 chén trà nhé', 'CHEN:6'],
    ['2 bộ ấm chén', 'BO-AM:2'],
    ['2 khăn 1 lớp, 3 khăn 2 lớp', 'KHAN1:2 KHAN2:3'],
    ['2 lớp 3 cái', 'KHAN2:3'],
  ])('%s', (text, lines) => expect(parse(cups, text)).toEqual(order(lines)));
});

describe('English grades, shapes and "of" after a container in mixed messages', () => {
  const shop = buildMatcher([
    P('CF-1', 'Cà phê Robusta hạng 1 gói 500g', 'gói', ['robusta hạng 1']),
    P('CF-2', 'Cà phê Robusta hạng 2 gói 500g', 'gói', ['robusta hạng 2']),
    P('KHAY-V', 'Khay mây vuông', 'chiếc', ['khay vuông']),
    P('KHAY-T', 'Khay mây tròn', 'chiếc', ['khay tròn']),
    P('MAT-ONG', 'Mật ong hoa nhãn lọ 500ml', 'lọ', ['mật ong']),
  ]);
  it.each([
    ['2 packs of robusta grade 1', 'CF-1:2'],
    ['lấy 1 kg cà phê loại 2', 'CF-2:2'],
    ['2 square rattan trays', 'KHAY-V:2'],
    ['1 round tray please', 'KHAY-T:1'],
    ['3 jars of mật ong', 'MAT-ONG:3'],
  ])('%s', (text, lines) => expect(parse(shop, text)).toEqual(order(lines)));
});

describe('words of other products that the named product lacks', () => {
  const pots = buildMatcher([
    P('BAT-LAM', 'Bát men lam Chu Đậu', 'chiếc', ['bát men lam']),
    P('DIA-RAN', 'Đĩa men rạn Chu Đậu', 'chiếc', ['đĩa men rạn']),
    P('AM-GAC', 'Ấm trà men nâu', 'chiếc', ['ấm men nâu']),
  ]);
  it.each([
    ['lấy 2 bát men rạn'],
    ['lay 2 dia men lam'],
    ['cho e 1 ấm trà men lam'],
  ])('asks: %s', (text) => expect(parse(pots, text).ask).toBe(true));
  it.each([
    ['lấy 2 bát men lam Chu Đậu', 'BAT-LAM:2'],
    ['lay 2 dia men ran chu dau', 'DIA-RAN:2'],
    ['cho e 1 ấm trà men nâu', 'AM-GAC:1'],
  ])('%s', (text, lines) => expect(parse(pots, text)).toEqual(order(lines)));
});

describe('dry goods sold by the kg and in bags', () => {
  const dry = buildMatcher([
    P('NEP', 'Gạo nếp cái', 'kg', ['gạo nếp', 'nếp cái']),
    P('NEP-10', 'Gạo nếp cái bao 10kg', 'bao', ['bao nếp 10kg']),
    P('NAM-MO', 'Nấm mỡ khô', 'kg', ['nấm mỡ']),
    P('BUN', 'Bún khô Hà Nội', 'kg', ['bún khô']),
    P('DAU', 'Đậu xanh', 'kg', ['đậu xanh']),
  ]);
  it.each([
    // "kg" after a number is the unit, not "không?" closing a question
    ['bun kho 3 kg', 'BUN:3'],
    // a number word that goes on with the product's next word is part of the name ("năm" / "nam")
    ['bun kho 1 kg, nam mo 3 lang', 'BUN:1 NAM-MO:0.3'],
    // bare "can" after a number is "cân", not English "can"
    ['2 can dau xanh', 'DAU:2'],
    // an amount of a product sold by the kg is a quantity, not a size it lacks
    ['gao nep 3kg ship ve Nam Dinh', 'NEP:3'],
    ['gạo nếp 4kg + đậu xanh 1kg', 'DAU:1 NEP:4'],
  ])('%s', (text, lines) => expect(parse(dry, text)).toEqual(order(lines)));
  it.each([
    // the amount is also the size of a bag: 10 kg loose or one 10 kg bag
    ['lấy gạo nếp 10kg'],
    ['gao nep 10kg nhe'],
  ])('asks: %s', (text) => expect(parse(dry, text).ask).toBe(true));
});

describe('classifiers that also head a product, spelled grades, numbered sets', () => {
  const teaShop = buildMatcher([
    P('COC-100', 'Trà ướp cốm hộp 100g', 'hộp', ['trà cốm 100g']),
    P('COC-250', 'Trà ướp cốm hộp 250g', 'hộp', ['trà cốm 250g']),
    P('HOP-QUA', 'Hộp quà trà Shan', 'hộp', ['hộp quà', 'quà biếu']),
    P('SHAN-1', 'Trà Shan tuyết loại 1', 'kg', ['shan loại 1']),
    P('SHAN-2', 'Trà Shan tuyết loại 2', 'kg', ['shan loại 2']),
    P('SHAN-DB', 'Trà Shan tuyết loại đặc biệt', 'kg', ['shan đặc biệt', 'premium grade tea']),
  ]);
  it.each([
    // "2 hộp" alone refers back; it is not the one product whose name starts with "hộp"
    ['lấy 2 hộp trà cốm 250g, à không 3 hộp thôi', 'COC-250:3'],
    ['tra com 100g voi tra com 250g moi loai 2 hop', 'COC-100:2 COC-250:2'],
    ['cho e 1 hộp quà', 'HOP-QUA:1'],
    // an ordinal grade
    ['I want 2 kg of second grade Shan tea', 'SHAN-2:2'],
    ['lấy 3 lạng trà shan hạng nhất', 'SHAN-1:0.3'],
  ])('%s', (text, lines) => expect(parse(teaShop, text)).toEqual(order(lines)));
  it('asks for a grade the shop lacks', () => expect(parse(teaShop, 'lay 1 can tra shan loai ba').ask).toBe(true));

  const pottery = buildMatcher([
    P('BO-4', 'Bộ 4 cốc uống bia', 'bộ', ['bộ cốc', 'bộ 4 cốc', 'cốc bia']),
    P('BINH', 'Bình nước gốm men nâu', 'chiếc', ['bình nước', 'bình men nâu']),
  ]);
  it.each([
    // after a classifier, "4 cốc" is the set's name, not a count of cups
    ['cho mình 3 bộ 4 cốc uống bia với 1 bình nước', 'BINH:1 BO-4:3'],
    ['lấy 1 bình nước, 1 bộ 4 cốc, à thêm 1 bộ cốc nữa', 'BINH:1 BO-4:2'],
  ])('%s', (text, lines) => expect(parse(pottery, text)).toEqual(order(lines)));
  // two head nouns run together ("bình cốc") name a product the shop does not sell
  it('asks for two heads run together', () =>
    expect(parse(pottery, 'cho mình 2 bình nước và 1 bộ bình cốc Chu Đậu')).toEqual({ lines: 'BINH:2', ask: true }));
});

describe('list lines with colons, sizes written with units on both sides', () => {
  const shop = buildMatcher([
    P('LU-TO', 'Lu gốm loại to', 'chiếc', ['lu to']),
    P('LU-NHO', 'Lu gốm loại nhỏ', 'chiếc', ['lu nhỏ']),
    P('THAM-V', 'Thảm đay vuông 1m', 'chiếc', ['thảm vuông', 'thảm 1m']),
    P('THAM-CN', 'Thảm đay 80x120', 'chiếc', ['thảm 80x120']),
  ]);
  it.each([
    // "to" closing a product phrase does not block the quantity after the colon
    ['Đặt giúp em:\n- Lu to: 2\n- Lu nhỏ: 1', 'LU-NHO:1 LU-TO:2'],
    ['lay 2 tham 80cm x 120cm', 'THAM-CN:2'],
    ['lấy thảm đay 80x120 x 3', 'THAM-CN:3'],
  ])('%s', (text, lines) => expect(parse(shop, text)).toEqual(order(lines)));
  // a size with units the shop does not sell, even when one side is a size of a product
  it.each([['Lấy 2 cái thảm đay 1m x 1m5'], ['lay 1 tham 1m x 2m']])('asks: %s', (text) => expect(parse(shop, text)).toEqual({ lines: '', ask: true }));
});

describe('weak evidence asks', () => {
  const jars = buildMatcher([
    P('LU-TO', 'Lu gốm loại to', 'chiếc', ['lu to']),
    P('CHAUCANH', 'Chậu cảnh men rạn', 'chiếc', ['chậu cảnh']),
  ]);
  // the only product word is a guessed typo
  it('asks on a lone typo', () => expect(parse(jars, 'lay 2 chsu')).toEqual({ lines: '', ask: true }));
  it('asks on a lone typo after a verb', () => expect(parse(jars, 'cho e 1 cahn nhé')).toEqual({ lines: '', ask: true }));
  it('resolves a typo confirmed by another word', () => expect(parse(jars, 'lay 2 chsu canh')).toEqual(order('CHAUCANH:2')));
  it('resolves a diacritic slip (same letters)', () => expect(parse(jars, 'lấy 2 chạu cảnh')).toEqual(order('CHAUCANH:2')));
});

describe('amounts after the product: "x2kg", "nửa cân", a unit that folds like a place', () => {
  const dried = buildMatcher([
    P('MUC-CG', 'Mực một nắng Cần Giờ', 'kg', ['mực một nắng', 'mực cần giờ']),
    P('CA-DUA', 'Cá dứa một nắng', 'kg', ['cá dứa', 'khô cá dứa']),
    P('NUOC-MAM', 'Nước mắm nhĩ (chai 500ml)', 'chai', ['nước mắm', 'nước mắm nhĩ']),
  ]);
  it.each([
    ['chốt: mực một nắng x2kg, nước mắm x3 chai', 'MUC-CG:2 NUOC-MAM:3'],
    ['ca dua x1.5kg', 'CA-DUA:1.5'],
    // "cân" (kg) is a unit, not a slip for the place "Cần"
    ['cho e nước mắm 2 chai, cá dứa nửa cân', 'NUOC-MAM:2 CA-DUA:0.5'],
    ['mực một nắng hai cân nhé', 'MUC-CG:2'],
    // "kg" after a spelled number is the unit, not "không?"
    ['cá dứa nửa kg', 'CA-DUA:0.5'],
    ['dried stuff: ca dua 2 can', 'CA-DUA:2'],
  ])('%s', (text, lines) => expect(parse(dried, text)).toEqual(order(lines)));
});

describe('a report of a past order places nothing; "giờ", "lần này", "now" start the new one', () => {
  const crafts = buildMatcher([
    P('NON-LA', 'Nón lá bài thơ', 'chiếc', ['nón lá', 'nón bài thơ', 'conical hat']),
    P('QUAT-TRE', 'Quạt tre đan tay', 'chiếc', ['quạt tre', 'bamboo fan']),
    P('MUT-GUNG', 'Mứt gừng (hộp 300g)', 'hộp', ['mứt gừng', 'ginger jam']),
  ]);
  it.each([
    ['Tuần rồi em đặt 3 nón lá mà chưa nhận được', ''],
    ['tuan roi e dat 3 non la ma chua nhan duoc', ''],
    ['tuần trc mình mua 2 quạt tre, 1 nón lá mà giao thiếu', ''],
    ['Last week I ordered 2 bamboo fans', ''],
    ['hôm trc lấy 2 nón lá rồi, giờ lấy thêm 1 nón lá nữa', 'NON-LA:1'],
    ['hom trc lay 2 non la roi gio lay them 1 cai nua', 'NON-LA:1'],
    ['lần rồi mua 2 hộp mứt gừng, lần này lấy 3 hộp mứt gừng nhé', 'MUT-GUNG:3'],
    ['bữa trc mua 1 quạt tre rồi, bây giờ lấy 2 nón lá', 'NON-LA:2'],
    ['Yesterday I bought 2 conical hats. This time 3 bamboo fans please', 'QUAT-TRE:3'],
    // a comparison with the past is no report of it
    ['lấy 2 hộp mứt gừng như lần trước nhé', 'MUT-GUNG:2'],
  ])('%s', (text, lines) => expect(parse(crafts, text)).toEqual(lines === '' ? { lines: '', ask: false } : order(lines)));
});

describe('an unknown word where the product has a word of its own names another product: ask', () => {
  const seafood = buildMatcher([
    P('CHA-THU', 'Chả cá thu Nha Trang', 'kg', ['chả cá thu', 'chả thu']),
    P('MAM-TOM', 'Mắm tôm chua (hũ 300g)', 'hũ', ['mắm tôm chua', 'mắm tôm']),
    P('RUOC', 'Ruốc heo', 'kg', ['ruốc', 'chà bông']),
  ]);
  const pottery = buildMatcher([
    P('AM-TS', 'Ấm tử sa', 'chiếc', ['ấm tử sa', 'ấm trà tử sa']),
    P('KHAN-X', 'Khăn lụa màu xanh', 'chiếc', ['khăn lụa xanh', 'khăn xanh']),
    P('VAI-10', 'Vại muối dưa 10 lít', 'chiếc', ['vại 10 lít']),
  ]);
  it.each([
    ['cho e 1kg chả cá basa', seafood, '', true],
    ['cho e 1kg cha ca basa', seafood, '', true],
    ['lấy 2 hũ mắm nêm', seafood, '', true],
    ['1 ký ruốc heo với 1 ký chả cá ngừ', seafood, 'RUOC:1', true],
    ['1 bộ ấm chén tử sa', pottery, '', true],
    ['1 bo am chen tu sa', pottery, '', true],
    // quality words, places, a slip of the product's own word, a shade after a colour: no other product
    ['1 ký chả cá thu ngon nhé', seafood, 'CHA-THU:1', false],
    ['lấy 2 ký chả cá thu nha trang', seafood, 'CHA-THU:2', false],
    ['2 hũ mắm tôm chu', seafood, 'MAM-TOM:2', false],
    ['lấy 1 ấm tử sa đẹp', pottery, 'AM-TS:1', false],
    ['khăn lụa xanh dương 2 cái', pottery, 'KHAN-X:2', false],
    ['khan lua xanh duong 2 cai', pottery, 'KHAN-X:2', false],
    // the words said already make a whole name; what follows says what it is for
    ['cho c 1 cái vại 10 lít muối cà', pottery, 'VAI-10:1', false],
  ])('%s', (text, shop, lines, ask) => expect(parse(shop, text)).toEqual({ lines, ask }));
});

describe('English: an unknown word inside the phrase counts against a product it does not fully name', () => {
  const fans = buildMatcher([
    P('QUAT', 'Quạt lụa thêu', 'chiếc', ['embroidered silk fan']),
    P('NON', 'Nón lá bài thơ', 'chiếc', ['poem conical hat', 'conical hat']),
  ]);
  it.each([
    ["I'd like 2 embroidered sandalwood fans", '', true],
    ["I'd like 2 embroidered silk fans", 'QUAT:2', false],
    ['Can I get 3 conical hats please', 'NON:3', false],
    // the known words make a whole name: the extra word only describes it
    ['I want 1 conical straw hat', 'NON:1', false],
  ])('%s', (text, lines, ask) => expect(parse(fans, text)).toEqual({ lines, ask }));
});

describe('"mỗi loại" before a phrase naming several products: one line of each', () => {
  const tea = buildMatcher([
    P('CHE-1', 'Chè móc câu loại 1', 'kg', ['chè móc câu loại 1']),
    P('CHE-2', 'Chè móc câu loại 2', 'kg', ['chè móc câu loại 2']),
    P('HONG', 'Hồng trà', 'gói', ['hồng trà']),
  ]);
  it.each([
    ['lấy mỗi loại chè móc câu 1 ký', 'CHE-1:1 CHE-2:1'],
    ['lay moi loai che moc cau 2 ky nhe', 'CHE-1:2 CHE-2:2'],
    ['mỗi loại hồng trà 2 gói', 'HONG:2'],
  ])('%s', (text, lines) => expect(parse(tea, text)).toEqual(order(lines)));
  it('still asks for a phrase naming several products without "mỗi loại"', () =>
    expect(parse(tea, 'lấy chè móc câu 1 ký')).toEqual({ lines: '', ask: true }));
});

describe('a size after "for" / "cho" inside a name ("dinner set for 10")', () => {
  const sets = buildMatcher([
    P('BO-4', 'Bộ bát đĩa 4 người', 'bộ', ['bộ bát đĩa 4', 'bộ 4 người', 'dinner set 4']),
    P('BO-8', 'Bộ bát đĩa 8 người', 'bộ', ['bộ bát đĩa 8', 'bộ 8 người', 'dinner set 8']),
  ]);
  it.each([
    ['Can I get one dinner set for 8 people?', 'BO-8:1'],
    ['I want 2 dinner sets for 4', 'BO-4:2'],
    ['cho mình 1 bộ bát đĩa cho 8 người', 'BO-8:1'],
  ])('%s', (text, lines) => expect(parse(sets, text)).toEqual(order(lines)));
});

describe('a colour or material the named product does not have asks', () => {
  const shop = buildMatcher([
    P('LO-VANG', 'Lọ gốm vàng cắm hoa', 'cái', ['lọ gốm vàng', 'lọ vàng']),
    P('MAM-MAY', 'Mâm cơm bằng mây', 'cái', ['mâm cơm', 'mâm mây']),
    P('TRA-TAN', 'Trà gừng hòa tan', 'hộp', ['trà gừng']),
  ]);
  it.each([
    ['lấy 1 lọ gốm men tím', '', true],
    ['lay 1 lo gom men tim', '', true],
    ['cho e 1 mâm cơm bằng gỗ', '', true],
    ['2 mâm cơm nhựa', '', true],
    ['cho e 1 mâm cơm bằng mây', 'MAM-MAY:1', false],
    ['lấy 1 lọ gốm vàng', 'LO-VANG:1', false],
  ])('%s', (text, lines, ask) => expect(parse(shop, text)).toEqual({ lines, ask }));
  it('a word only folding like a modifier of a name ("hoá" ~ "hòa tan") places nothing', () =>
    expect(parse(shop, 'cty e cần hoá đơn đỏ, MST 4601234567')).toEqual({ lines: '', ask: false }));
});

describe('a piece of a place name alone does not pick one of that place\'s products', () => {
  const shop = buildMatcher([
    P('MAM-NC', 'Mắm nêm Phan Thiết loại đặc', 'chai', ['mắm nêm đặc']),
    P('MAM-RUOC', 'Mắm ruốc', 'chai', ['mắm ruốc']),
    P('NUOC-MAM', 'Nước mắm cốt Phan Thiết', 'chai', ['nước mắm cốt']),
  ]);
  it('asks for "mắm Nam" when several mắm fit', () => expect(parse(shop, 'cho e 2 chai mắm Phan')).toEqual({ lines: '', ask: true }));
  it('the whole place name still narrows', () => expect(parse(shop, 'cho e 2 chai mắm nêm Phan Thiết')).toEqual(order('MAM-NC:2')));
});

describe('a head noun that folds like a colour ("đèn" ~ "đen") still heads its name', () => {
  const shop = buildMatcher([
    P('DEN-MAY', 'Đèn mây tre đan', 'cái', ['đèn mây']),
    P('DO-CHOI', 'Đồ chơi gỗ', 'bộ', ['đồ chơi']),
  ]);
  it.each([
    ['2 đèn lồng với 1 đèn mây', 'DEN-MAY:1', true],
    ['lấy 2 đồ dùng', '', true],
    ['lấy 2 đèn mây', 'DEN-MAY:2', false],
  ])('%s', (text, lines, ask) => expect(parse(shop, text)).toEqual({ lines, ask }));
});

describe('a material right after a bare head noun names a kind the shop may not sell', () => {
  const shop = buildMatcher([P('TUI-COI', 'Túi cói đan tay', 'cái', ['túi cói']), P('MU-VAI', 'Mũ vải tai bèo', 'cái', ['mũ vải'])]);
  it.each([
    ['2 mũ lá với 1 mũ vải', 'MU-VAI:1', true],
    ['cho e 2 túi gỗ', '', true],
    ['cho e 2 túi cói', 'TUI-COI:2', false],
  ])('%s', (text, lines, ask) => expect(parse(shop, text)).toEqual({ lines, ask }));
});

describe('one piece of something sold only as a set asks', () => {
  const shop = buildMatcher([
    P('BO-BAT', 'Bộ bát men rạn 10 chiếc', 'bộ', ['bộ bát men rạn', 'bộ bát']),
    P('DIA-LAM', 'Đĩa men lam', 'cái', ['đĩa lam']),
    P('DIA-HOA', 'Đĩa vẽ hoa', 'cái', ['đĩa hoa']),
    P('BO-DIA', 'Bộ đĩa men rạn 6 chiếc', 'bộ', ['bộ đĩa men rạn']),
  ]);
  it.each([
    ['cho e 1 đĩa men rạn', '', true],
    ['cho e 1 bộ đĩa men rạn', 'BO-DIA:1', false],
    ['1 bộ đĩa men rạn + 1 đĩa lam', 'BO-DIA:1 DIA-LAM:1', false],
    ['lấy 2 bộ bát men rạn', 'BO-BAT:2', false],
    ['lấy 1 đĩa lam', 'DIA-LAM:1', false],
  ])('%s', (text, lines, ask) => expect(parse(shop, text)).toEqual({ lines, ask }));
});

describe('a negated word of the product name inside the phrase asks', () => {
  const shop = buildMatcher([
    P('LAC-RANG', 'Lạc rang tỏi ớt', 'kg', ['lạc rang']),
    P('NEM-CHUA', 'Nem chua Thanh Hóa', 'chục', ['nem chua']),
  ]);
  it.each([
    ['lấy 1 kg lạc ngon chưa rang', '', true],
    ['lấy 1 kg lạc không tỏi', '', true],
    ['cho e 2 chục nem chua Thanh Hóa', 'NEM-CHUA:2', false],
    ['lấy 1 kg lạc rang', 'LAC-RANG:1', false],
  ])('%s', (text, lines, ask) => expect(parse(shop, text)).toEqual({ lines, ask }));
});

describe('a size word opening a line goes on the product named before', () => {
  const shop = buildMatcher([
    P('GIAY-37', 'Giày vải size 37', 'đôi', ['giày 37']),
    P('GIAY-38', 'Giày vải size 38', 'đôi', ['giày 38']),
    P('AO-M', 'Áo phông cói size M', 'cái', ['áo M']),
    P('AO-L', 'Áo phông cói size L', 'cái', ['áo L']),
  ]);
  it.each([
    ['giày vải size 37 2 đôi, size 38 1 đôi', 'GIAY-37:2 GIAY-38:1'],
    ['ao phong size M 2 cai, size L 1 cai', 'AO-L:1 AO-M:2'],
  ])('%s', (text, lines) => expect(parse(shop, text)).toEqual(order(lines)));
  it('a size no product with that head comes in asks or drops, never guesses', () =>
    expect(parse(shop, 'giày vải size 37 2 đôi, size 45 1 đôi').lines).toBe('GIAY-37:2'));
});

describe('a size "AxB" written in metres ("1m6x2m3") matches names written that way or in centimetres', () => {
  const shop = buildMatcher([
    P('CHIEU-A', 'Chiếu trúc 1m5x1m9', 'chiếc', ['chiếu trúc 1m5']),
    P('CHIEU-B', 'Chiếu trúc 180x200', 'chiếc', ['chiếu trúc 1m8']),
  ]);
  it.each([
    ['lấy 2 chiếu trúc 1m5x1m9', 'CHIEU-A:2'],
    ['lay 1 chieu truc 150x190', 'CHIEU-A:1'],
    ['chiếu trúc 1m8x2m 1 chiếc', 'CHIEU-B:1'],
  ])('%s', (text, lines) => expect(parse(shop, text)).toEqual(order(lines)));
  it('a size no product has asks', () => expect(parse(shop, 'lấy 1 chiếu trúc 1m6x2m')).toEqual({ lines: '', ask: true }));
});

describe('a particle that folds like a word of another product ends the phrase; a lone foreign word is no typo', () => {
  const shop = buildMatcher([
    P('GOI-TUA', 'Gối tựa lưng cói', 'cái', ['gối tựa']),
    P('DEP-NHA', 'Dép cói đi trong nhà', 'đôi', ['dép đi trong nhà']),
    P('THAM-TRON', 'Thảm tròn', 'cái', ['thảm tròn']),
  ]);
  it.each([
    ['cho e 2 gối tựa lưng nha', 'GOI-TUA:2'],
    ['lấy 1 thảm tròn làm quà cho team nhé', 'THAM-TRON:1'],
  ])('%s', (text, lines) => expect(parse(shop, text)).toEqual(order(lines)));
});

describe('digits glued to a code are no phone', () => {
  it.each([
    ['mã vận đơn GHN0398765432 chưa thấy cập nhật', null],
    ['sđt0912345678 nhé', '0912345678'],
  ])('%s', (text, phone) => expect(parseOrder(mats, text).phone).toBe(phone));
});

describe('a bare word that is also a pronoun opens a phrase when its product size follows', () => {
  const shop = buildMatcher([
    P('CHAU-25', 'Chậu gốm 25cm', 'cái', ['chậu 25']),
    P('CHAU-40', 'Chậu gốm 40cm', 'cái', ['chậu 40']),
  ]);
  it('chau 25 x3, chau 40 x1', () => expect(parse(shop, 'chau 25 x3, chau 40 x1')).toEqual(order('CHAU-25:3 CHAU-40:1')));
});

describe('a bare particle closing an accented sentence is the particle, not a product word it folds like', () => {
  const shop = buildMatcher([
    P('DEP-NHA', 'Dép cói đi trong nhà', 'đôi', ['dép đi trong nhà']),
    P('HOP-COI', 'Hộp cói có nắp', 'cái', ['hộp cói']),
  ]);
  it('cho e một hộp cói nha', () => expect(parse(shop, 'cho e một hộp cói nha')).toEqual(order('HOP-COI:1')));
  it('dép cói đi trong nhà 2 đôi', () => expect(parse(shop, 'dép cói đi trong nhà 2 đôi')).toEqual(order('DEP-NHA:2')));
});

describe('an unknown product listed after a placed line asks', () => {
  it.each([
    ['1 kg giò lụa với 1 kg chả cá', 'GIO-LUA:1'],
    ['2 chục nem chua, 1 hũ tương ớt', 'NEM-CHUA:2'],
  ])('%s', (text, lines) => expect(parse(food, text)).toEqual({ lines, ask: true }));
  it('a count of days after a line is no product', () => expect(parse(food, '2 chục nem chua, 3 ngày nữa giao nhé')).toEqual(order('NEM-CHUA:2')));
});

describe('a container word picks the product sold in it when the phrase alone names the loose one', () => {
  const shop = buildMatcher([
    P('MAC-KG', 'Hạt mắc ca sấy (cân theo ký)', 'kg', ['hạt mắc ca', 'macadamia nuts']),
    P('MAC-HU', 'Hạt mắc ca hũ 300g', 'hũ', ['hũ mắc ca', 'macadamia jar']),
    P('HOP-QUA', 'Hộp quà tết', 'hộp', ['hộp quà']),
  ]);
  it('Can I order 2 jars of macadamia?', () => expect(parse(shop, 'Can I order 2 jars of macadamia?')).toEqual(order('MAC-HU:2')));
  it('a box of something sold by the kg does not become the gift box', () =>
    expect(parse(shop, 'lấy 3 hộp hạt mắc ca')).toEqual({ lines: '', ask: true }));
});

describe('two catalog words that fold alike ("lớn" big, "lợn" pig) are told apart when typed with diacritics', () => {
  const shop = buildMatcher([
    P('HEO-NHO', 'Heo đất cỡ nhỏ', 'con', ['heo nhỏ', 'lợn đất nhỏ']),
    P('HEO-LON', 'Heo đất cỡ lớn', 'con', ['heo lớn', 'lợn đất to']),
    P('DIA', 'Đĩa men lam', 'cái', ['dĩa men lam', 'dĩa']),
    P('ONG-DIA', 'Tượng ông Địa', 'cái', ['ông địa']),
  ]);
  it.each([
    ['lấy 2 heo đất cỡ lớn', 'HEO-LON:2'],
    ['cho e 1 lợn đất nhỏ', 'HEO-NHO:1'],
    ['e chốt 6 dĩa', 'DIA:6'],
    ['e chốt 6 đĩa', 'DIA:6'],
  ])('%s', (text, lines) => expect(parse(shop, text)).toEqual(order(lines)));
});

describe('a quantity with only a size word goes on the product named before', () => {
  const shop = buildMatcher([
    P('BINH-NHO', 'Bình gốm cỡ nhỏ', 'cái', ['bình nhỏ']),
    P('BINH-LON', 'Bình gốm cỡ lớn', 'cái', ['bình lớn']),
    P('AO-M', 'Áo cói size M', 'cái', ['áo M']),
    P('AO-L', 'Áo cói size L', 'cái', ['áo L']),
  ]);
  it.each([
    ['lấy 2 bình gốm cỡ lớn với 1 cỡ nhỏ', 'BINH-LON:2 BINH-NHO:1'],
  ])('%s', (text, lines) => expect(parse(shop, text)).toEqual(order(lines)));
});

describe('a size spelled in words goes on the name that carries it', () => {
  const shop = buildMatcher([
    P('CHAU-25', 'Chậu gốm 25cm', 'cái', ['chậu 25']),
    P('CHAU-40', 'Chậu gốm 40cm', 'cái', ['chậu 40']),
    P('VAI-90', 'Vải lanh khổ 90cm', 'mét', ['vải lanh']),
  ]);
  it.each([
    ['lấy hai cái chậu bốn mươi phân', 'CHAU-40:2'],
    ['cho e vải lanh hai mét', 'VAI-90:2'],
  ])('%s', (text, lines) => expect(parse(shop, text)).toEqual(order(lines)));
});

describe('a bare "chục" or "tá" is one ten or one dozen', () => {
  const shop = buildMatcher([
    P('GACH-TT', 'Gạch trang trí hoa văn', 'viên', ['gạch trang trí']),
    P('DEM-COI', 'Đệm ngồi cói', 'chiếc', ['đệm ngồi']),
    P('KHAN-BONG', 'Khăn bông', 'chiếc', ['khăn', 'towel']),
    P('NEM', 'Nem chua', 'chục', ['nem chua']),
  ]);
  it.each([
    ['lấy chục viên gạch trang trí', 'GACH-TT:10'],
    ['chị lấy chục cái đệm ngồi', 'DEM-COI:10'],
    ['cho e tá khăn', 'KHAN-BONG:12'],
    ['lay chuc vien gach trang tri', 'GACH-TT:10'],
    ['lấy chục rưỡi khăn', 'KHAN-BONG:15'],
    ['lấy 1 chục khăn', 'KHAN-BONG:10'],
    ['hai chục khăn', 'KHAN-BONG:20'],
    ['2 chục nem chua', 'NEM:2'],
    ['lấy chục nem chua', 'NEM:1'],
  ])('%s', (text, lines) => expect(parse(shop, text)).toEqual(order(lines)));
});

describe('a classifier before the product name, typed with or without diacritics', () => {
  const shop = buildMatcher([
    P('GACH-TT', 'Gạch trang trí hoa văn', 'viên', ['gạch trang trí']),
    P('TRANH', 'Tranh thêu hoa sen', 'bức', ['tranh thêu']),
    P('HEO', 'Heo đất Bát Tràng', 'con', ['heo đất']),
    P('BUOI', 'Bưởi Diễn', 'quả', ['bưởi']),
    P('DUA', 'Dừa sáp', 'trái', ['dừa']),
    P('SO', 'Sổ tay giấy dó', 'cuốn', ['sổ tay']),
    P('NEN', 'Nến thơm sáp ong', 'cây', ['nến thơm']),
    P('HOA', 'Hoa lụa', 'bó', ['hoa lụa']),
    P('KEO', 'Kẹo lạc', 'thanh', ['kẹo lạc']),
    P('BANH', 'Bánh gai', 'miếng', ['bánh gai']),
    P('MATONG', 'Mật ong rừng', 'lọ', ['mật ong', 'honey']),
    P('MAM', 'Mắm tép', 'hũ', ['mắm tép']),
    P('NUOCMAM', 'Nước mắm Cát Hải', 'chai', ['nước mắm']),
    P('LOHOA', 'Lọ hoa gốm', 'chiếc', ['lọ hoa']),
    P('HONGTRA', 'Hồng trà', 'gói', ['hồng trà']),
    P('SHAN', 'Chè Shan tuyết', 'kg', ['shan tuyết']),
  ]);
  it.each([
    ['lay 10 vien gach trang tri', 'GACH-TT:10'],
    ['lấy 10 viên gạch trang trí', 'GACH-TT:10'],
    ['lay 3 tam tranh theu', 'TRANH:3'],
    ['cho e 2 con heo dat', 'HEO:2'],
    ['lay 3 qua buoi', 'BUOI:3'],
    ['lay 2 trai dua', 'DUA:2'],
    ['lay 2 cuon so tay', 'SO:2'],
    ['lay 3 cay nen thom', 'NEN:3'],
    ['lay 2 bo hoa lua', 'HOA:2'],
    ['lay 2 thanh keo lac', 'KEO:2'],
    ['lay 3 mieng banh gai', 'BANH:3'],
    ['lay 2 lo mat ong', 'MATONG:2'],
    ['lấy 2 lọ mật ong', 'MATONG:2'],
    ['lay 2 hu mam tep', 'MAM:2'],
    ['lay 2 chai nuoc mam', 'NUOCMAM:2'],
    ['lấy 2 lọ hoa gốm', 'LOHOA:2'],
    ['lay 2 goi hong tra', 'HONGTRA:2'],
    ['hong tra 2 goi nhe', 'HONGTRA:2'],
    ['che shan tuyet 2kg, hong tra 1 goi', 'SHAN:2 HONGTRA:1'],
  ])('%s', (text, lines) => expect(parse(shop, text)).toEqual(order(lines)));
  it('still reads a bare "hong" as a complaint or a question', () => {
    expect(parse(shop, 'mat ong bi hong roi shop oi')).toEqual({ lines: '', ask: false });
    expect(parse(shop, 'shop con hong tra hong')).toEqual({ lines: '', ask: false });
  });
});

describe('a container and a category that fit several products ask', () => {
  const shop = buildMatcher([
    P('TRA-TN', 'Trà Thái Nguyên', 'kg'),
    P('TRA-SEN', 'Hộp trà sen', 'hộp', ['trà sen']),
    P('TRA-NHAI', 'Hộp trà nhài', 'hộp'),
  ]);
  it.each(['cho e 2 hộp trà', 'cho e 2 hop tra', 'lấy 1 hộp trà nhé'])('%s', (text) => {
    const r = parseOrder(shop, text);
    expect(r.items).toEqual([]);
    expect(r.ask).toBe(true);
    expect(r.unresolved[0]?.candidates).toEqual(['TRA-SEN', 'TRA-NHAI']);
  });
  it.each([
    ['cho e 2 hộp trà sen', 'TRA-SEN:2'],
    ['lấy 2 hộp trà nhài', 'TRA-NHAI:2'],
    ['lấy 1kg trà', 'TRA-TN:1'],
  ])('%s', (text, lines) => expect(parse(shop, text)).toEqual(order(lines)));
});

describe('a count after a set classifier is how many pieces the set holds', () => {
  const shop = buildMatcher([
    P('DIA-BO6', 'Bộ đĩa men rạn (6 chiếc)', 'bộ'),
    P('DIA-BO10', 'Bộ đĩa men rạn 10 chiếc', 'bộ'),
    P('DIA-LE', 'Đĩa men rạn', 'chiếc'),
    P('BAT', 'Bát cơm men lam', 'chiếc'),
  ]);
  it.each([
    ['1 bộ 6 đĩa men rạn', 'DIA-BO6:1'],
    ['lấy 1 bộ 6 đĩa men rạn', 'DIA-BO6:1'],
    ['1 bo 6 dia men ran', 'DIA-BO6:1'],
    ['2 bộ 6 đĩa men rạn', 'DIA-BO6:2'],
    ['1 bộ 10 đĩa men rạn', 'DIA-BO10:1'],
    ['6 đĩa men rạn', 'DIA-LE:6'],
  ])('%s', (text, lines) => expect(parse(shop, text)).toEqual(order(lines)));
  it('asks for a set size the shop does not make', () => {
    const one = buildMatcher([P('DIA-BO6', 'Bộ đĩa men rạn (6 chiếc)', 'bộ'), P('DIA-LE', 'Đĩa men rạn', 'chiếc')]);
    expect(parse(one, '1 bộ 10 đĩa men rạn')).toEqual({ lines: '', ask: true });
  });
});

describe('a bare noun with a size word, and a corrected quantity', () => {
  const shop = buildMatcher([
    P('CHAU-M', 'Chậu gốm size M', 'chiếc'),
    P('CHAU-S', 'Chậu gốm size S', 'chiếc'),
    P('BINH', 'Bình gốm men lam', 'chiếc'),
  ]);
  it.each([
    ['cho e 2 chau size M nha', 'CHAU-M:2'],
    ['cho e 2 chau size S', 'CHAU-S:2'],
    ['cho e 2 chậu size M nha', 'CHAU-M:2'],
    ['lấy 5 chậu size S, à không, 4 chậu thôi', 'CHAU-S:4'],
    ['lấy 5 chậu size S, à nhầm, 4 chậu thôi', 'CHAU-S:4'],
    ['lấy 5 chậu size S à không 4 cái thôi', 'CHAU-S:4'],
    ['lấy 5 chậu size S, à không, 4 chậu size M', 'CHAU-M:4'],
  ])('%s', (text, lines) => expect(parse(shop, text)).toEqual(order(lines)));
  it('still asks for a bare noun with no correction', () => {
    expect(parse(shop, 'lấy 5 chậu size S, thêm 4 chậu')).toEqual({ lines: 'CHAU-S:9', ask: false });
    expect(parse(shop, 'lấy 4 chậu')).toEqual({ lines: '', ask: true });
  });
});
