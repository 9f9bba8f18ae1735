/**
 * A number written right after a product phrase ("dao chặt 30", "giày da nâu size 45") that no reading used is a
 * size, length or model the customer asked for. When the catalog had it, the phrase would have taken it; since it
 * did not, the product placed is not the one meant (or the shop has no such variant): ask, never guess.
 * Prices ("250k"), times ("9 giờ"), dates and house numbers ("25 Lê Lợi") are not product numbers.
 */
import { isWord, PRICE_RE } from '../context.ts';
import { kindsCountAt } from '../each-scope.ts';
import type { Line, ParseContext } from '../context.ts';
import { MONEY_WORDS, WordSet } from '../lexicon.ts';
import { headsProduct, productHas, productHeadsOf, productsOf } from '../matcher.ts';
import { UNITS, measureConcept } from '../numbers.ts';
import { phraseFits } from './rule.ts';
import type { Doubt, ReviewRule } from './rule.ts';

/** Words that introduce a size number after a product name ("size 45", "cỡ 40", "số 38", "ni 12"). */
const SIZE_LEADS = new WordSet(['size', 'sz', 'cỡ', 'số', 'ni', 'khổ', 'loại', 'dài']);
/** Words after a number that make it a time, a date, an age or a duration, not part of a product. */
const NOT_PRODUCT_AFTER = new WordSet(['giờ', 'h', 'ngày', 'tháng', 'năm', 'phút', 'hôm', 'tuổi', 'tuần', 'lần', 'người', 'đơn', 'km', '%']);
/** Words before the number that make it an address, a date or an amount of money. */
const NOT_PRODUCT_BEFORE = new WordSet(['ngày', 'tháng', 'lúc', 'số', 'ngõ', 'ngách', 'hẻm', 'kiệt', 'nhà', 'phòng', 'tổ', 'thôn', 'xóm', 'giá', 'tổng', 'hết']);

function covered(cx: ParseContext, j: number): boolean {
  for (const e of cx.events) {
    if (e.t === 'Q' && e.q.start <= j && j < e.q.end && cx.usedQ.has(e.q)) return true;
    if (e.t === 'NP' && e.np.start <= j && j < e.np.end) return true;
  }
  return false;
}

export const numberBesidePhrase: ReviewRule = {
  name: 'number-beside-phrase',
  why: 'a number right after the product phrase that no reading explains is a variant the customer asked for',
  review(cx: ParseContext, line: Line): Doubt | null {
    const np = line.np;
    if (!np) return null;
    let j = np.end;
    let lead = false;
    if (isWord(cx.ts[j]) && SIZE_LEADS.has(cx.ts[j]!) && !covered(cx, j)) {
      j++;
      lead = true;
    }
    const t = cx.ts[j];
    if (!isWord(t) || !/^\d+([.,]\d+)?$/.test(t.low)) return null;
    if (covered(cx, j)) {
      // "lấy 1 kệ sách 5 tầng" beside "Kệ sách mini để bàn" and "Kệ gỗ 5 tầng": read as a phrase of its own that came
      // to nothing, a count or measure the placed product lacks and products of its kind have is a variant it does
      // not come in.
      const lacked = variantLacked(cx, line, j);
      return lacked === null ? null : { reason: `"${t.raw}" after the product names a variant it does not come in`, candidates: lacked };
    }
    if (PRICE_RE.test(t.low)) return null;
    // ("túi chéo 3 size mỗi size 2 cái": a count of the kinds meant, each-scope.ts, explained when that many kinds were
    // placed from the phrase; "khăn mặt 3 màu mỗi màu 5 cái" that placed four asks.)
    const c = cx.clauses.find((b) => b.start <= j && j < b.end);
    if (c !== undefined && kindsCountAt(cx, c, j) && cx.lines.filter((l) => l.np === np).length === Number(t.low)) return null;
    // ("Lần trước c mua cá cơm sữa 5 gói, lần này c lấy 3 gói": the amount of a past purchase, counted, is history.)
    const nextUnit = UNITS.get(cx.ts[j + 1]);
    if ((nextUnit?.dim === 'count' || nextUnit?.dim === 'pair') && cx.clauses.some((b) => b.past && b.start <= j && j < b.end)) return null;
    // "1 can 60 độ 2 lít": a number with its unit that is a size the placed product's name carries.
    const value = Number(t.low.replace(',', '.'));
    if (nextUnit !== undefined) {
      const measure = measureConcept(value, nextUnit);
      if (measure !== null && productHas(cx.m, line.product, measure)) return null;
    }
    // "2 hộp nấm 9 loại", "4 mét xích bạc 925", "1 bộ đĩa 3 cỡ": the number is written in the placed product's name.
    if (inName(cx, line.product, t.low)) return null;
    const next = cx.ts[j + 1];
    if (isWord(next) && (MONEY_WORDS.has(next) || NOT_PRODUCT_AFTER.has(next) || next.cap)) return null;
    // "… số 12 ngõ 5": after a size lead the word "số" is the size; alone before the number it is an address.
    const before = cx.ts[j - 1];
    if (!lead && isWord(before) && NOT_PRODUCT_BEFORE.has(before)) return null;
    // Offer the products the phrase fits (siblings of the one placed), so the customer taps the right one.
    return { reason: `"${t.raw}" after the product is not explained`, candidates: phraseFits(cx, np, line) };
  },
};

/**
 * The products of the line's kind that have what a phrase of only a number and its word at j names ("5 tầng"), when
 * that phrase placed nothing and the line's product lacks it; else null.
 */
function variantLacked(cx: ParseContext, line: Line, j: number): number[] | null {
  const m = cx.mentions.find((x) => x.np.start === j);
  if (m === undefined || m.line !== null || m.unresolved !== null || m.np.hits.length !== 1) return null;
  const c = m.np.hits[0]!.concept;
  if (!/^[a-z]+:.*\d/.test(c) || productHas(cx.m, line.product, c)) return null;
  const heads = productHeadsOf(cx.m, line.product);
  const fits = productsOf(cx.m, c).filter((p) => [...heads].some((h) => headsProduct(cx.m, p, h)));
  return fits.length > 0 ? [...fits] : null;
}

/** The number is a word of product p's name or aliases. */
function inName(cx: ParseContext, p: number, number: string): boolean {
  const product = cx.m.products[p]!;
  const words = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}.,]+/u);
  return [product.name, ...product.aliases].some((text) => words(text).includes(number));
}
