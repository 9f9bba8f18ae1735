import { parseOrder, type Matcher } from '../parser/index.ts';
import { foldForRules as fold } from '../text.ts';

/** What a customer asks about: a product's price or stock, whether the shop delivers, COD, delivery time, how to pay. */
export type QuestionIntent = 'price' | 'stock' | 'ships' | 'cod' | 'shipping_time' | 'payment_methods';

/** A question read from a message: what it asks, and the products it names (one sku each, or the candidates when unclear). */
export interface Question {
  intents: QuestionIntent[];
  skus: string[];
  /** Products a vague phrase could mean ("khăn lụa bao nhiêu" → every scarf). */
  candidates: string[];
}

/**
 * One rule per way of asking, on folded text (no diacritics, lower case), like a duckling rule with its corpus
 * in tests/core/questions/read-question.test.ts. Order matters only for reading: every intent that matches is kept.
 */
const RULES: [QuestionIntent, RegExp][] = [
  ['shipping_time', /\b(mat|het|trong|khoang) (bao lau|may ngay|bao nhieu ngay|may hom)\b|\b(bao lau|may ngay|bao nhieu ngay) (thi |moi |la )?(nhan|toi|den|co hang|giao|ship|ve)\b|\b(bao gio|khi nao|hom nao) (thi )?(nhan|toi|den|co hang|giao toi|ship toi)\b|\b(ship|giao|gui)\b.*\b(bao lau|may ngay|bao nhieu ngay)\b|\bhow (long|many days)\b/],
  ['cod', /\b(cod|thu ho|ship cod|tra tien khi nhan|nhan hang (roi |moi |xong )*(tra tien|thanh toan|gui tien)|cash on delivery|pay on delivery)\b/],
  ['payment_methods', /\b(ck|chuyen khoan|thanh toan|tt|tra tien|tra gop|the|visa|momo|zalopay|vi dien tu)\b.*\b(duoc khong|dc khong|duoc ko|dc ko|dc k|duoc k|the nao|nhu nao|sao|o dau|vao dau|bang gi|cach nao)\b|\b(thanh toan|tra tien) (bang|qua) (gi|cach nao)\b|\bhow (do|can|should) (i|we) pay\b|\bpay(ment)? (by|with) (card|transfer|bank)\b/],
  ['ships', /\b(co )?(ship|giao hang|giao|gui hang|van chuyen)\b.{0,40}\b(khong|ko|k|hok|hong|duoc khong|dc ko|dc k|duoc ko|chu|ko a|khong a|dc khong)\b|\b(co ship|co giao|ship tinh|ship toan quoc|giao tan noi|giao toan quoc|phi ship|tien ship|ship bao nhieu|phi van chuyen)\b|^(ship|giao hang)( ko| khong| k)?$|\bdo you (ship|deliver)\b|\b(shipping|delivery) (fee|cost|available)\b/],
  ['stock', /\b(con|co san)( hang| mau| size| cai| chiec| bo| hop)?( nao)? (khong|ko|k|hok|hong|ko a|khong a|ha|hem)\b|\bcon (hang|bao nhieu|nhieu khong|du|may)\b|\b(het hang|het chua|con ko|con k)\b|\b(in stock|available|sold out)\b|\bcon (khong|ko|k)$/],
  ['price', /\b(bao nhieu|bn|nhieu tien|bao tien|may tien|gia ca|how much|price|cost)\b|\bgia\b(?! (dinh|han|tri|dung|lam))(?<!tham gia)/],
];

// Words that ask or are polite filler, removed before looking for a product in what remains.
const FILLER = new Set(
  (
    'shop oi a ah vay the nhi nha nhe ha hem con khong ko k hok hong bao nhieu gia sao nhieu tien bn hang co cho em minh toi chi anh ban hoi xin ' +
    'may ngay mat het lau ship giao duoc dc chu roi nua san cai chiec bo mot 1 loai the nao nhu la oi vui long cua ban dang ban hien gio bay gio ' +
    'how much price cost is are the you have in stock available any still what s'
  ).split(' '),
);

const SEPARATORS = new Set(['va', 'voi', 'hay', 'hoac', 'and', 'or']);

/** Reads a customer's question; null when the message asks nothing the catalog or the shop's settings can answer. */
export function readQuestion(matcher: Matcher, text: string): Question | null {
  const f = fold(text);
  if (!f || f.length > 300) return null;
  const intents = RULES.filter(([, re]) => re.test(f)).map(([k]) => k);
  // "còn bao nhiêu" asks for stock, not a price; a delivery-time question is not also a price question.
  if (intents.includes('stock') && /\bcon (bao nhieu|may)\b/.test(f)) remove(intents, 'price');
  if (intents.includes('shipping_time') || intents.includes('cod')) remove(intents, 'ships');
  if (intents.includes('cod')) remove(intents, 'payment_methods');
  if (intents.includes('shipping_time') || /\b(phi ship|tien ship|ship bao nhieu|phi van chuyen)\b/.test(f)) remove(intents, 'price');
  if (intents.length === 0) return null;
  const { skus, candidates } = productsAskedAbout(matcher, text);
  return { intents, skus, candidates };
}

function remove<T>(xs: T[], x: T): void {
  const i = xs.indexOf(x);
  if (i >= 0) xs.splice(i, 1);
}

/**
 * The products a question names, found with the parser's own catalog matcher: the question words are taken
 * out and each remaining phrase is read as an order of one ("1 khăn xanh"), so the parser's names, aliases,
 * skus and attributes (sizes, colours) all work here too.
 */
export function productsAskedAbout(matcher: Matcher, text: string): { skus: string[]; candidates: string[] } {
  // The words are kept as written (diacritics tell "đỏ" from "do"); only their folded form is compared.
  const phrases: string[] = [];
  let current: string[] = [];
  for (const word of text.split(/[\s?!.;:]+|(?=,)|(?<=,)/u).filter(Boolean)) {
    const f = fold(word);
    if (word === ',' || SEPARATORS.has(f)) {
      phrases.push(current.join(' '));
      current = [];
    } else if (f && !FILLER.has(f)) current.push(word);
  }
  phrases.push(current.join(' '));
  const skus: string[] = [];
  const candidates: string[] = [];
  for (const phrase of phrases.filter((p) => p.length >= 2)) {
    const parsed = parseOrder(matcher, `1 ${phrase}`);
    for (const item of parsed.items) if (!skus.includes(item.sku)) skus.push(item.sku);
    for (const u of parsed.unresolved) for (const c of u.candidates) if (!candidates.includes(c)) candidates.push(c);
  }
  return { skus, candidates: candidates.filter((c) => !skus.includes(c)) };
}
