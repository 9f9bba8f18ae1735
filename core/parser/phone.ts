/**
 * Vietnamese mobile numbers in free text, and masking of every long digit run (landlines, bank accounts,
 * tax codes) so that none of their digits is read as a quantity.
 */
import { MASK, fold } from './normalize.ts';

// A national number (0 + 9 digits) or an international one (+84 / (+84) / 84 + 9 digits), digits optionally
// grouped by spaces, dots or dashes, or typed one by one with commas or spaces between ("0,9,8,1,…", "0 9 8 8 - 3 3 4",
// as customers write to slip past filters).
const PHONE_RE = /(?<!\d)(?:\(\s*\+?\s*84\s*\)|\+\s?84|84|0)[\s.,\-]*(?:\d(?:[\s.\-]|\s?,\s?|\s-\s)?){8}\d(?!\d)/g;
// Any other run of 8+ digits (grouped the same way); not one glued to letters before it, a product code the shop
// wrote ("O3-1000-100", omega-3 1000 mg, bottle of 100), which the code reader matches whole.
const LONG_DIGITS_RE = /(?<![\d\p{L}][-.]?)\d(?:[ .\-]?\d){7,}(?!\d)/gu;
// Labels after which a number is a bank account or a tax code, not a phone.
const ACCOUNT_LABEL_RE = /(?:\bstk|\bso tk|tai khoan|\btk|\bmst|ma so thue|account|\bacc|\ba\/c|\bcmnd|\bcccd|\bmsdn)\s*(?:[^\s\d]+\s+){0,2}[:.]?\s*$/;
// Labels a phone may be glued to ("sdt0912345678", "zalo0912345678"), folded.
const PHONE_LABELS = new Set(['sdt', 'dt', 'so', 'sodt', 'tel', 'phone', 'zalo', 'mobile', 'hotline', 'lh', 'dienthoai', 'call', 'goi', 'sms', 'nhan', 'hoac', 'or', 'va']);
/**
 * Vietnamese mobile prefixes after the 2018 renumbering: 032-039, 052/055/056/058/059, 070/076-079, 081-089 and
 * 090-099 except the retired 095. Landlines (02x) and tax codes (often 01x/03x) fail it.
 */
const MOBILE_RE = /^0(?:3[2-9]|5[25689]|7[06-9]|8[1-9]|9[0-46-9])\d{7}$/;

/** Normalizes a written phone number to 10 digits starting with 0 if it is a Vietnamese mobile, else null. */
export function normalizeMobile(written: string): string | null {
  let digits = written.replace(/\D/g, '');
  if (digits.length === 11 && digits.startsWith('84')) digits = '0' + digits.slice(2);
  return MOBILE_RE.test(digits) ? digits : null;
}

/** Finds the first Vietnamese mobile number in the text and masks every phone-like or long digit run. */
export function extractPhone(text: string): { phone: string | null; masked: string } {
  let phone: string | null = null;
  // (A phone number or any masked run has eight digits at least: most messages have far fewer, and skip both searches.)
  if (digitCount(text) < 8) return { phone, masked: text };
  let masked = text.replace(PHONE_RE, (m: string, offset: number) => {
    const before = fold(text.slice(Math.max(0, offset - 24), offset).toLowerCase());
    // "SPXVN0398765432": digits glued to letters other than a phone label are part of a code (a waybill, an order id).
    const glued = /([a-z]+)$/.exec(before);
    const inCode = glued !== null && !PHONE_LABELS.has(glued[1]!);
    if (phone === null && !inCode && !ACCOUNT_LABEL_RE.test(before)) phone = normalizeMobile(m);
    return ` ${MASK} `;
  });
  masked = masked.replace(LONG_DIGITS_RE, ` ${MASK} `);
  return { phone, masked };
}

function digitCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}
