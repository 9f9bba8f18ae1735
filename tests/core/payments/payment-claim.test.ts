import { describe, expect, it } from 'vitest';
import { isPaymentClaim } from '../../../core/payments/payment-claim.ts';

// How customers say they have paid, with and without diacritics, as they write in Zalo and Messenger chats.
const CLAIMS = [
  'đã chuyển khoản',
  'Đã chuyển khoản rồi shop ơi',
  'ck rồi nhé',
  'ck rồi nha shop',
  'em chuyển tiền rồi ạ',
  'da ck',
  'chuyen roi',
  'chuyển rồi nha',
  'mình ck r nhé',
  'e vừa ck xong',
  'đã thanh toán',
  'em thanh toán rồi ạ',
  'tt rồi shop',
  'đã chuyển 500k cho shop',
  'chị chuyển khoản xong rồi em kiểm tra giúp chị',
  'shop nhận được tiền chưa ạ',
  'shop check giúp em tiền chuyển khoản với',
  'mình bank rồi nhé',
  'DA CK 500K',
  'đã ck, shop check giúp e nhé',
  'I have paid',
  'paid',
  'just transferred the money',
  'payment sent',
];

// Close in words, not claims: questions about paying, promises, denials, goods being moved, asking for the account.
const NOT_CLAIMS = [
  'chuyển khoản được không?',
  'ck được ko shop',
  'chuyển khoản như nào vậy',
  'ck vào tài khoản nào ạ',
  'có chuyển khoản được không',
  'chưa chuyển khoản',
  'em chưa ck ạ',
  'mai em chuyển nhé',
  'em sẽ chuyển khoản sau',
  'tối nay mình ck',
  'để em chuyển khoản',
  'cho em xin stk',
  'số tài khoản shop là gì?',
  'shop chuyển hàng chưa',
  'bao giờ chuyển hàng vậy',
  'chuyển đi Đà Nẵng được không',
  'cho mình 2 khăn xanh',
  'khăn xanh bao nhiêu',
  'ship không',
  'cảm ơn shop',
  'can I pay by transfer?',
  'I will pay tomorrow',
  'how do I pay',
  'shop chuyển khoản lại cho em nhé',
  'thanh toán bao nhiêu ạ',
];

describe('payment claims in words', () => {
  for (const text of CLAIMS) it(`"${text}" is a claim`, () => expect(isPaymentClaim(text)).toBe(true));
  for (const text of NOT_CLAIMS) it(`"${text}" is not a claim`, () => expect(isPaymentClaim(text)).toBe(false));
});
