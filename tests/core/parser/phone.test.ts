import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractPhone, normalizeMobile } from '../../../core/parser/phone.ts';
import { buildMatcher, parseOrder } from '../../../core/parser/index.ts';
import { parseShopFileText } from '../../../core/catalog/shop-file.ts';

describe('extractPhone', () => {
  it.each([
    ['sđt 0912.345.678', '0912345678'],
    ['Sđt 0983-123-456', '0983123456'],
    ['Sdt: +84 912 888 999', '0912888999'],
    ['Sđt: (+84) 935 111 333', '0935111333'],
    ['sdt 84912777888', '0912777888'],
    ['0904 123 456', '0904123456'],
    ['gọi 0358123456 nhé', '0358123456'],
    // typed digit by digit to slip past filters
    ['đt: 0,9,8,1,2,3,4,5,6,7', '0981234567'],
    ['sdt: 0 9 8 8 - 3 3 4 - 5 5 6', '0988334556'],
    ['Phone +84 903 456 789', '0903456789'],
    ['lấy 2 khăn 0707246810', '0707246810'],
    // the trunk zero kept in parentheses after the country code, or 00 for +
    ['sđt +84 (0) 912 004 556', '0912004556'],
    ['gọi Ms Linh +84 (0)96 558 2031', '0965582031'],
    ['my phone 0084 912 603 771', '0912603771'],
    // the first group in parentheses, separators with spaces around them
    ['Tel: (091) 234-5566', '0912345566'],
    ['sđt (0904) 135-246', '0904135246'],
    ['sđt 0(91)2233445', '0912233445'],
    ['số điện thoại: 0328 .516. 904', '0328516904'],
    ['sđt: 0867 . 219 . 405', '0867219405'],
    ['sđt 0 3 9 8 . 5 5 4 . 3 2 1', '0398554321'],
    // a letter o typed for a zero
    ['sdt o9o3 222 444', '0903222444'],
    ['sdt 09O5 112 334', '0905112334'],
    ['gọi lại cho e theo số o983 222 666 nha', '0983222666'],
    // said in words
    ['sđt của e là không chín tám tám một hai ba bốn năm sáu', '0988123456'],
    ['đt liên hệ: không tám sáu tám, hai hai hai, ba ba ba', '0868222333'],
    ['sdt khong chin mot hai ba bon nam sau bay tam', '0912345678'],
    // a number called old gives way to the one after it
    ['sđt cũ 0977 111 222 nhưng giờ gọi 0977 111 333 nhé', '0977111333'],
    ['số đt cũ 0909111222 đổi sang 0909333444 nhé', '0909333444'],
    ['sđt cũ của e 0912 553 001 bỏ rồi, số mới 0334 567 218', '0334567218'],
    // an old number alone is still the customer's
    ['sđt cũ 0912 553 001 vẫn dùng', '0912553001'],
  ])('finds the mobile in %s', (text, phone) => {
    expect(extractPhone(text).phone).toBe(phone);
  });
  it.each([
    ['gọi số văn phòng 024 3933 2211 nhé'],
    ['MST 0101234567'],
    ['đã ck 750k vào stk 0451000123456 nhé shop'],
    ['stk 0358123456 Vietcombank'],
    ['số tài khoản: 0912345678'],
    ['lấy 2 khăn đỏ'],
    ['mã đơn 12345678'],
    ['MST công ty 0318765432, xuất hoá đơn giúp em'],
    ['mã số thuế: 0109876543'],
    ['tax code 0301234567'],
    ['sdt 0312345678'],
    // a list of counts is no phone
    ['lấy 1, 2, 3 cái mỗi loại'],
    // nine digits and a word after them: the o opens a word, it is no zero
    ['sđt 091234567 Ok shop'],
    // ten digits said in words that make no mobile, or nine only
    ['không một hai ba bốn năm sáu bảy tám chín'],
    ['không chín một hai ba bốn năm sáu bảy'],
  ])('finds no mobile in %s', (text) => {
    expect(extractPhone(text).phone).toBeNull();
  });
  it('masks phone-like and long digit runs so their digits are not quantities', () => {
    const { masked } = extractPhone('lấy 2 khăn, sđt 0912 345 678, vp 024 3933 2211');
    expect(masked).toContain('lấy 2 khăn');
    expect(masked).not.toMatch(/\d{3}/);
  });
  it('leaves a product code whole though it holds eight digits or more', () => {
    // "O3-1000-100": omega-3, 1000 mg, a bottle of 100, as the shop wrote its code.
    expect(extractPhone('O3-1000-100 1 lọ').masked).toBe('O3-1000-100 1 lọ');
    expect(extractPhone('stk 1234-5678-9012').masked).not.toContain('1234');
  });

  it('masks a number said in words, and leaves letters that make no mobile as written', () => {
    expect(extractPhone('lấy 2 hũ, sđt không chín tám bảy, một hai ba, bốn năm sáu').masked).not.toMatch(/một|hai|sáu/);
    expect(extractPhone('mã o123 456 789 nhé').masked).toContain('o123');
  });

  it('takes the first mobile when there are several', () => {
    expect(extractPhone('0912345678 hoặc 0987654321').phone).toBe('0912345678');
  });
});

describe('normalizeMobile', () => {
  it('normalizes to 10 digits starting with 0 and rejects non-mobiles', () => {
    expect(normalizeMobile('+84 912 345 678')).toBe('0912345678');
    expect(normalizeMobile('84912345678')).toBe('0912345678');
    expect(normalizeMobile('0243 933 2211')).toBeNull();
    expect(normalizeMobile('0112345678')).toBeNull();
    expect(normalizeMobile('091234567')).toBeNull();
    // Only the allocated mobile prefixes: 032-039, 052/055/056/058/059, 070/076-079, 081-089, 09x but 095.
    for (const bad of ['0312345678', '0512345678', '0712345678', '0752345678', '0802345678', '0952345678']) {
      expect(normalizeMobile(bad)).toBeNull();
    }
    for (const good of ['0321234567', '0391234567', '0561234567', '0591234567', '0701234567', '0761234567', '0812345678', '0891234567', '0901234567', '0991234567']) {
      expect(normalizeMobile(good)).toBe(good);
    }
  });
});

describe('a phone written with its country code in parentheses, inside an order', () => {
  // The parentheses hold no list of a set's contents: the number reaches the phone reader whole.
  it.each([
    ['Cho mình đặt 2 hũ mực rim me, giao giờ hành chính, sđt (+84) 938 246 357', 'banh-trang-trang-bang', '0938246357'],
    ['Em là Ngọc ở Thanh Oai, em lấy 3 bó nhang trầm 30cm, số em (+84) 385 226 117', 'huong-quang-phu-cau', '0385226117'],
  ])('%s', (text, shop, phone) => {
    const file = parseShopFileText(readFileSync(new URL(`../../fixtures/parser-unseen/${shop}.shop.json`, import.meta.url), 'utf8'));
    const m = buildMatcher(file.products.map((p) => ({ sku: p.sku, name: p.name, price: p.price, unit: p.unit, aliases: p.aliases })));
    expect(parseOrder(m, text).phone).toBe(phone);
  });
});
