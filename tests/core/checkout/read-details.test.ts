import { describe, expect, it } from 'vitest';
import { isPickup, readAddress, readDeliveryDetails, readReceiverName } from '../../../core/checkout/read-details.ts';

// The corpus: how customers write where to deliver, and what looks close but is not an address.
const ADDRESSES: [string, string][] = [
  ['giao về 12 Lê Lợi, Hà Đông', '12 Lê Lợi, Hà Đông'],
  ['Giao về 12 Lê Lợi, Hà Đông nhé', '12 Lê Lợi, Hà Đông'],
  ['giao ve 12 le loi, ha dong', '12 le loi, ha dong'],
  ['Địa chỉ: số 5 ngõ 3 Trần Phú, Hà Đông, Hà Nội', 'số 5 ngõ 3 Trần Phú, Hà Đông, Hà Nội'],
  ['đc: 25 Lê Lợi, Hà Đông', '25 Lê Lợi, Hà Đông'],
  ['ship tới 40 Nguyễn Huệ, Q1, TP HCM giúp em', '40 Nguyễn Huệ, Q1, TP HCM'],
  ['gửi về thôn Đông, xã Tiên Phong, Mê Linh ạ', 'thôn Đông, xã Tiên Phong, Mê Linh'],
  ['chị ơi giao đến 7 Hàng Bông, Hoàn Kiếm. sđt 0912345678', '7 Hàng Bông, Hoàn Kiếm'],
  ['deliver to 12 Ly Thuong Kiet, Hoan Kiem', '12 Ly Thuong Kiet, Hoan Kiem'],
];
const NOT_ADDRESSES = [
  'ship ra Đà Nẵng mất mấy ngày vậy shop?',
  'ship ra Đà Nẵng được không',
  'giao về Huế mất bao lâu',
  'khăn xanh bao nhiêu',
  'đã chuyển khoản',
  'cho mình 2 khăn xanh',
  'giao hàng nhanh giúp em nhé',
  'phí ship về Hà Đông bao nhiêu',
];

describe('reading a delivery address', () => {
  for (const [text, want] of ADDRESSES) it(`"${text}" → "${want}"`, () => expect(readAddress(text)).toBe(want));
  for (const text of NOT_ADDRESSES) it(`"${text}" is not an address`, () => expect(readAddress(text)).toBeNull());

  it('an answer to "where to?" needs no label, but must look like a place', () => {
    expect(readAddress('Khu đô thị Văn Quán, Hà Đông', true)).toBe('Khu đô thị Văn Quán, Hà Đông');
    expect(readAddress('25 Lê Lợi, Hà Đông', true)).toBe('25 Lê Lợi, Hà Đông');
    expect(readAddress('25 Lê Lợi, Hà Đông')).toBeNull(); // unasked and unlabelled: not taken
    expect(readAddress('ok shop', true)).toBeNull();
    expect(readAddress('2 khăn', true)).toBeNull();
  });
});

describe('pickup at the village', () => {
  for (const text of ['nhận tại làng', 'Em qua lấy ạ', 'mình tự đến lấy', 'lấy tại shop nhé', 'qua làng lấy', 'nhan o lang', 'I will pick up'])
    it(`"${text}" is a pickup`, () => expect(isPickup(text)).toBe(true));
  for (const text of ['giao về 12 Lê Lợi', 'lấy 2 khăn xanh', 'khi nào lấy được hàng?', 'shop ở đâu'])
    it(`"${text}" is not a pickup`, () => expect(isPickup(text)).toBe(false));
});

describe('a receiver name, when asked for one', () => {
  for (const [text, want] of [
    ['Nguyễn Thị Lan', 'Nguyễn Thị Lan'],
    ['chị Hoa', 'chị Hoa'],
    ['Người nhận: Trần Văn Minh', 'Trần Văn Minh'],
    ['tên: Lan', 'Lan'],
    ['Lan 0912345678', 'Lan'],
  ] as const)
    it(`"${text}" → "${want}"`, () => expect(readReceiverName(text)).toBe(want));
  for (const text of ['2 khăn xanh', 'giao hàng nhanh giúp em nhé', 'ok', 'bao nhiêu vậy?', 'đã chuyển khoản rồi shop ơi nhé'])
    it(`"${text}" is not a name`, () => expect(readReceiverName(text)).toBeNull());
});

describe('one message with several details', () => {
  it('name, phone and address together', () => {
    expect(readDeliveryDetails('giao về 12 Lê Lợi, Hà Đông, sđt 0912 345 678')).toEqual({ phone: '0912345678', address: '12 Lê Lợi, Hà Đông' });
    expect(readDeliveryDetails('Lan 0912345678', 'receiver')).toEqual({ phone: '0912345678', receiverName: 'Lan' });
    expect(readDeliveryDetails('em qua lấy, sdt 0388765432')).toEqual({ phone: '0388765432', pickup: true });
    expect(readDeliveryDetails('cảm ơn shop')).toEqual({});
  });
});
