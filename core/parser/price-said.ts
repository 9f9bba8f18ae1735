/**
 * A price the customer quotes tells siblings apart, as a shop assistant reads it against the price list: "sinh tố bơ
 * 45k lấy 2 cốc" beside the medium cup at 35k and the large at 45k, "xôi gà 30k 1 hộp", "lẩu riêu 4 người 399k phải
 * ko shop". Only a price said right after the phrase, before the next comma or the end of the sentence, and only when
 * exactly one of the candidates costs that much; a total ("2 cái 90k") matches no single price and changes nothing.
 */
import { MONEY_WORDS, WordSet } from './lexicon.ts';
import { PRICE_RE, isWord, lookup } from './context.ts';
import type { Mention, ParseContext } from './context.ts';
import { isThousand } from './numbers.ts';

/** Words that make an amount of money a budget: "tầm 100k", "dưới 200k". */
const ROUGHLY = new WordSet(['tầm', 'khoảng', 'dưới', 'trên', 'hơn', 'tới', 'đến', 'around', 'about', 'under']);

/** How far after the phrase a price may stand ("… 40cm 150k", "… màu vàng giá 150k"). */
const REACH = 6;

export function namedByPrice(cx: ParseContext, m: Mention, candidates: readonly number[]): number | null {
  const ts = cx.ts;
  const said: number[] = [];
  for (let k = m.np.end; k < ts.length && k < m.np.end + REACH; k++) {
    const t = ts[k]!;
    if (!isWord(t)) break;
    // (A number the catalog's names carry, "vàng 18k", is no price.)
    if (t.low.charCodeAt(0) > 57 || lookup(cx, k) !== null) continue;
    // ("cá bảy màu đẹp tầm 100k": a budget, not a price of the list.)
    if (isWord(ts[k - 1]) && ROUGHLY.has(ts[k - 1]!)) continue;
    const v = priceOf(t.low, ts[k + 1]?.low);
    if (v !== null) said.push(v);
  }
  if (said.length === 0) return null;
  let found: number | null = null;
  for (const p of candidates) {
    if (!said.includes(cx.m.products[p]!.price)) continue;
    if (found !== null) return null;
    found = p;
  }
  return found;
}

const THOUSANDS = /^\d{1,3}(?:[.,]\d{3})+(?:đ|d|vnd|vnđ)?$/;
const SCALED = /^(\d+(?:[.,]\d+)?)(k|tr|trieu|triệu)(\d*)$/;
const PLAIN = /^(\d+)(đ|d|vnd|vnđ)?$/;

/**
 * The amount of đồng a word (and the word after it) states: "45k", "1tr250", "1,5tr", "250.000đ", "45 nghìn", or null.
 * (A bare number is a price only with its money word after it: "45 nghìn", "35000 đồng".)
 */
export function priceOf(low: string, next: string | undefined): number | null {
  if (!PRICE_RE.test(low) && !(next !== undefined && MONEY_WORDS.hasText(next) && /^\d+(?:[.,]\d+)?$/.test(low))) return null;
  if (THOUSANDS.test(low)) return Number(low.replace(/[^\d]/g, ''));
  const s = SCALED.exec(low);
  if (s) {
    const base = Number(s[1]!.replace(',', '.'));
    if (s[2] === 'k') return s[3] === '' ? Math.round(base * 1000) : null;
    // "1tr250": a million and 250 thousand; "1tr8": 1.8 million.
    const tail = s[3] === '' ? 0 : Number(s[3]) * 10 ** (6 - s[3]!.length);
    return Math.round(base * 1_000_000 + tail);
  }
  const p = PLAIN.exec(low);
  if (!p) return null;
  const n = Number(p[1]);
  if (p[2] !== undefined) return n;
  if (next === 'k' || (next !== undefined && isThousand(next))) return n * 1000;
  if (next === 'triệu' || next === 'trieu' || next === 'tr') return n * 1_000_000;
  return n;
}
