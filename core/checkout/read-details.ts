import { extractPhone } from '../parser/index.ts';
import { foldDiacritics, foldForRules as fold } from '../text.ts';

/** Delivery details found in one message; a field is present only when the message gives it. */
export interface DeliveryDetails {
  receiverName?: string;
  phone?: string;
  address?: string;
  pickup?: boolean;
}

// Collecting at the village instead of a delivery. Each rule is one way of saying it (folded text).
const PICKUP_RULES: RegExp[] = [
  /\b(nhan|lay|den lay|qua lay|ghe lay|toi lay|tu lay|tu den lay)( hang| do)? (tai|o|tu) (lang|shop|cua hang|xuong|nha (chi|anh|em|ba|co|ho))\b/,
  /\b(qua|den|ghe|toi) (lang|shop|xuong|cua hang) (lay|nhan)\b/,
  /\b(em|minh|toi|chi|anh|to|tui) (tu )?(qua|den|ghe|toi) lay\b/,
  /^(qua lay|den lay|tu lay|nhan tai lang|lay tai lang)$/,
  /\b(pick ?up|collect (it )?(at|from) the (village|shop))\b/,
];

// A label that says what follows is where to deliver ("giao về …", "địa chỉ: …", "ship tới …"); the address is
// the rest of the sentence, as the customer wrote it.
const ADDRESS_LABEL =
  /(?:^|[\s,.;:!])(?:(?:giao|gui|ship|chuyen|mang|dem)(?: hang| do| giup| cho (?:em|minh|chi|anh|toi))?\s+(?:ve|den|toi|vao|ra|qua)|dia chi(?: nhan(?: hang)?| giao(?: hang)?)?|d\/?c|address|deliver(?:y)?(?: it)? to|ship(?: it)? to)\s*[:\-]?\s+/i;

// Words that make a phrase look like a Vietnamese address on their own: street, lane, ward, district, city.
const PLACE_WORDS =
  /\b(so|ngo|ngach|hem|kiet|duong|pho|phuong|p|quan|q|huyen|xa|thon|xom|ap|to dan pho|khu pho|kp|tp|thanh pho|tinh|thi xa|thi tran|kdt|khu do thi|chung cu|cc|toa|tang|phong|lo|kiot|cho|ha noi|hn|hcm|sai gon|sg|da nang|hai phong|can tho|ha dong|street|st|road|district|ward|city|province)\b/;

// Words of chat that never stand in a person's name ("đã chuyển khoản", "I have paid", "giao nhanh nhé").
const NOT_NAME_WORDS = new Set(
  // Common given names (Bảo, Hằng, Đạt, Huy, Thanh, Toàn, Tiến, Nhàn, Gia) fold to chat words too, so they are not here.
  'roi chuyen khoan ck tt ship giao nhieu khong ko nhe nha shop ok oke lay mua xem gui paid have has the my is are was please order cod'.split(' '),
);

const GREETING_WORDS = /^(chao|xin chao|hi|hello|alo|shop oi|chi oi|anh oi|em oi|ok|oke|okie|vang|da|u|uhm|cam on|thanks)\b/;

/** True when the message asks to collect the order at the village rather than have it delivered. */
export function isPickup(text: string): boolean {
  const f = fold(text);
  return PICKUP_RULES.some((r) => r.test(f));
}

/**
 * The delivery address a message states, with its label: "giao về 12 Lê Lợi, Hà Đông" → "12 Lê Lợi, Hà Đông".
 * Without a label, only when `expected` (the bot just asked for the address) and the text looks like one.
 */
export function readAddress(text: string, expected = false): string | null {
  const { masked } = extractPhoneless(text);
  const m = ADDRESS_LABEL.exec(labelSearchable(masked));
  if (m) {
    const start = m.index + m[0].length;
    const rest = cleanAddress(masked.slice(start));
    if (looksLikeAddress(rest, true)) return rest;
  }
  if (!expected) return null;
  const whole = cleanAddress(masked);
  return looksLikeAddress(whole, false) ? whole : null;
}

/**
 * A receiver's name in a message the bot asked it for ("Nguyễn Thị Lan", "người nhận: chị Hoa"): letters only,
 * one to six words, after removing a phone number; null when the text does not look like a name.
 */
export function readReceiverName(text: string): string | null {
  const { masked } = extractPhoneless(text);
  let s = masked
    .replace(/^\s*(ng(ườ|uo)i nh(ậ|a)n|t(ê|e)n ng(ườ|uo)i nh(ậ|a)n|t(ê|e)n|receiver|name)\s*(l(à|a))?\s*[:\-]?\s*/i, '')
    .replace(/[\s,.;:!-]+$/g, '')
    .replace(/^[\s,.;:!-]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!s || s.length > 60) return null;
  if (/[0-9?@#/\\]/.test(s)) return null;
  const words = s.split(' ');
  if (words.length > 6) return null;
  if (!words.every((w) => /^[\p{L}.'’]+$/u.test(w))) return null;
  const f = fold(s);
  if (GREETING_WORDS.test(f)) return null;
  if (f.split(' ').some((w) => NOT_NAME_WORDS.has(w))) return null;
  if (PLACE_WORDS.test(f) && words.length > 2) return null;
  // A name is written with capitals or is short; "giao nhanh giúp em nhé" is not a name.
  if (words.length > 3 && !words.every((w) => /^\p{Lu}/u.test(w))) return null;
  return s;
}

/**
 * Everything a message says about delivery: a phone, an address (with a label, or without when `expect` is
 * `address`), a pickup, and a receiver's name when `expect` is `receiver`.
 */
export function readDeliveryDetails(text: string, expect?: 'receiver' | 'phone' | 'address'): DeliveryDetails {
  const out: DeliveryDetails = {};
  const { phone } = extractPhone(text);
  if (phone) out.phone = phone;
  if (isPickup(text)) {
    out.pickup = true;
  } else {
    const address = readAddress(text, expect === 'address');
    if (address) out.address = address;
  }
  if (expect === 'receiver' && !out.address && !out.pickup) {
    const name = readReceiverName(text);
    if (name) out.receiverName = name;
  }
  return out;
}

function extractPhoneless(text: string): { masked: string } {
  const { phone } = extractPhone(text);
  if (!phone) return { masked: text };
  // Take the phone out with its label, keeping the rest of the words as written.
  const masked = text
    .replace(/(?:s(?:ố|o)\s*)?(?:đ|d)(?:iện|ien)?\s*t(?:hoại|hoai)?\s*[:.]?\s*|sđt\s*[:.]?\s*|sdt\s*[:.]?\s*|phone\s*[:.]?\s*/giu, ' ')
    .replace(/(?:\(\s*\+?\s*84\s*\)|\+\s?84|84|0)[\s.\-]*(?:\d[\s.\-]?){8}\d(?!\d)/g, ' ');
  return { masked: masked.replace(/\s+/g, ' ').trim() };
}

// The label search runs on a folded copy of the same length, so offsets map back to the original text.
function labelSearchable(text: string): string {
  return text
    .normalize('NFC')
    .split('')
    .map((ch) => {
      const f = foldDiacritics(ch).toLowerCase();
      return f.length === 1 ? f : ch;
    })
    .join('');
}

function cleanAddress(s: string): string {
  return s
    .normalize('NFC')
    .split(/(?<=[.!?])\s+(?=\p{Lu})|\n/u)[0]!
    .replace(/\s*(nh(é|e)|nha|nh(á|a)|(ạ|a)|shop ơi|shop oi|gi(ú|u)p (em|m(ì|i)nh)( nh(é|e)| nha)?|nhé shop|nha shop)\s*[.!]*\s*$/iu, '')
    .replace(/^[\s,.;:!-]+|[\s,.;:!-]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// A question about delivery ("ship ra Đà Nẵng được không", "giao về Huế mất mấy ngày") is not an address.
const QUESTION = /\b(khong|ko|k|hong|hok|kg|chua|duoc khong|dc khong|dc ko|duoc ko|bao lau|may ngay|bao nhieu|bao gio|khi nao|the nao|nhu nao|phai khong)$|\b(mat|het) (bao lau|may ngay|bao nhieu)|\bbao nhieu (ngay|tien)|\bphi ship\b/;

function looksLikeAddress(s: string, labelled: boolean): boolean {
  if (s.length < 4 || s.length > 300) return false;
  if (/\?/.test(s)) return false;
  const f = fold(s);
  if (QUESTION.test(f)) return false;
  const words = f.split(' ').filter(Boolean);
  if (labelled) return words.length >= 2 || /\d/.test(f);
  // Unlabelled: a house number or a place word, and at least two words.
  return words.length >= 2 && (PLACE_WORDS.test(f) || (/\d/.test(f) && /,/.test(s)));
}
