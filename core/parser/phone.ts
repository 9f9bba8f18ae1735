/**
 * Vietnamese mobile numbers in free text, and masking of every long digit run (landlines, bank accounts,
 * tax codes) so that none of their digits is read as a quantity.
 */
import { MASK, fold } from './normalize.ts';

// A national number (0 + 9 digits) or an international one (+84 / 0084 / (+84) / 84 + 9 digits, the trunk zero some keep
// in parentheses: "+84 (0) 912 345 678"), digits grouped by spaces, dots, dashes or parentheses ("(091) 234-5566",
// "0328 .516. 904"), or typed one by one with commas or spaces between ("0,9,8,1,…", "0 9 8 8 - 3 3 4", as customers
// write to slip past filters). A letter o typed for a zero ("o912 333 444", "09o3…") counts as a digit when no letter
// follows it; such a number is taken only if it is a mobile, and is otherwise left as written.
// (Two forms of the one pattern: the letter o is looked for only in a text where an o touches a digit, since the
// Unicode letter tests it needs make the search slower for every message with a number.)
const PHONE_PREFIX = String.raw`(?:(?<!\d)(?:\(\s*\+?\s*84\s*\)|(?:\+|00)\s?84|84)(?:\s*\(\s*0\s*\))?|(?<!\d)\(?0`;
const phonePattern = (digit: string, oOpens: string): string =>
  String.raw`${PHONE_PREFIX}${oOpens})[\s.,\-()]*(?:${digit}(?:\s?[.,\-]\s?|\s|\s?[()]\s?)?){8}${digit}(?!\d)`;
const PHONE_RE = new RegExp(phonePattern(String.raw`\d`, ''), 'g');
const PHONE_O_RE = new RegExp(phonePattern(String.raw`(?:\d|[oO](?!\p{L}))`, String.raw`|(?<![\d\p{L}])[oO](?=\d)`), 'gu');
const O_BY_DIGIT = /\d[oO]|[oO]\d/;
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
  let digits = written.replace(/[oO]/g, '0').replace(/\D/g, '');
  // 0084 912…, +84 (0) 912…: the country code off, one trunk zero kept.
  if (digits.startsWith('00')) digits = digits.slice(2);
  if (digits.length === 12 && digits.startsWith('840')) digits = digits.slice(2);
  else if (digits.length === 11 && digits.startsWith('84')) digits = '0' + digits.slice(2);
  return MOBILE_RE.test(digits) ? digits : null;
}

/** Finds the first Vietnamese mobile number in the text and masks every phone-like or long digit run. */
export function extractPhone(text: string): { phone: string | null; masked: string } {
  // (Only a message with "kh" can say "không": most skip the search.)
  const spelled = (text.includes('kh') || text.includes('Kh') || text.includes('KH')) && SPELLED_RE.test(text) ? spelledMobile(text) : null;
  if (spelled !== null) text = spelled.masked;
  // (A phone number or any masked run has eight digits at least: most messages have far fewer, and skip both searches.)
  if (digitCount(text) < 8) return { phone: spelled?.phone ?? null, masked: text };
  let phone: string | null = null;
  let old: string | null = null;
  let masked = text.replace(O_BY_DIGIT.test(text) ? PHONE_O_RE : PHONE_RE, (m: string, offset: number) => {
    const lettered = m.includes('o') || m.includes('O');
    const mobile = phone === null || lettered ? normalizeMobile(m) : null;
    if (mobile === null && lettered) return m;
    if (mobile !== null) {
      const near = text.slice(Math.max(0, offset - 24), offset).toLowerCase();
      const before = fold(near);
      // "SPXVN0398765432": digits glued to letters other than a phone label are part of a code (a waybill, an order id).
      const glued = /([a-z]+)$/.exec(before);
      const inCode = glued !== null && !PHONE_LABELS.has(glued[1]!);
      // "sđt cũ 0977 111 222, giờ gọi 0977 111 333": a number called old (after any number before it) is taken only
      // when no other is given.
      if (!inCode && !ACCOUNT_LABEL_RE.test(before)) {
        if (OLD_RE.test(near.slice(afterLastDigit(near)))) old ??= mobile;
        else phone ??= mobile;
      }
    }
    return ` ${MASK} `;
  });
  masked = masked.replace(LONG_DIGITS_RE, ` ${MASK} `);
  return { phone: phone ?? spelled?.phone ?? old, masked };
}

// The word "cũ" (old) shortly before a number.
const OLD_RE = /(?:^|[^\p{L}])(?:cũ|cu)(?![\p{L}])/u;
// Ten digits said in words, the first a zero ("không chín tám bảy, một hai ba, bốn năm sáu"), as some customers
// write a number to keep it from filters, or as a phone's dictation types it.
const DIGIT_WORD = String.raw`(?:không|khong|một|mot|mốt|hai|ba|bốn|bon|tư|năm|nam|lăm|sáu|sau|bảy|bẩy|bay|tám|tam|chín|chin)`;
const SPELLED_RE = new RegExp(String.raw`(?<!\p{L})(?:không|khong)(?:[\s,.\-]+${DIGIT_WORD}){9}(?!\p{L})`, 'iu');
const DIGIT_OF: Record<string, string> = {
  khong: '0', mot: '1', hai: '2', ba: '3', bon: '4', tu: '4', nam: '5', lam: '5', sau: '6', bay: '7', tam: '8', chin: '9',
};

/** The first ten digits said in words that make a mobile number, and the text with them masked. */
function spelledMobile(text: string): { phone: string; masked: string } | null {
  const m = SPELLED_RE.exec(text);
  if (m === null) return null;
  const digits = fold(m[0].toLowerCase())
    .split(/[\s,.\-]+/)
    .map((w) => DIGIT_OF[w] ?? '')
    .join('');
  const phone = normalizeMobile(digits);
  if (phone === null) return null;
  return { phone, masked: text.slice(0, m.index) + ` ${MASK} ` + text.slice(m.index + m[0].length) };
}

/** Where the text's trailing run of non-digits starts. */
function afterLastDigit(text: string): number {
  let k = text.length;
  while (k > 0 && (text.charCodeAt(k - 1) < 48 || text.charCodeAt(k - 1) > 57)) k--;
  return k;
}

function digitCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}
