/**
 * "cho thuê 1 cổng hoa", "thuê 2 bộ áo dài cưới trắng ren size M" where the shop's names say "(thuê/ngày)": a catalog
 * word that heads no product, alone before a count and a product phrase that names some of the products the word
 * names, is how the request is made, not a product of its own; the count is the phrase's. (One that heads products,
 * "thuê 3 chậu quất 1m8" beside "Thuê quất chậu 1m8 …", opens the phrase after the count: headLeads below.)
 */
import { headsProduct, isHead, isProductUnitWord, productsOf, resolveConcepts } from './matcher.ts';
import type { ConceptHit } from './matcher-index.ts';
import { nameAttr } from './attributes.ts';
import { sizeNumber } from './size-number.ts';
import { ParseContext, SET_HEADS, isWord, lookup, quantityOf } from './context.ts';
import type { Clause, Event } from './context.ts';
import { ORDER_VERBS } from './lexicon.ts';
import { CONTAINERS, UNITS } from './units.ts';
import { readNP } from './noun-phrase.ts';

export function leadsPhrase(cx: ParseContext, c: Clause, i: number): boolean {
  const h = lookup(cx, i);
  const n = cx.ts[i + 1];
  if (h === null || isHead(cx.m, h.concept) || !isWord(n) || !/^\d/.test(n.low)) return false;
  const q = quantityOf(cx, i + 1);
  if (q === null || q.measure !== null || q.end >= c.end || lookup(cx, q.end) === null) return false;
  const np = readNP(cx, c, q.end, true);
  if (np === null || np.hits.length === 0 || np.hits.some((x) => x.concept === h.concept)) return false;
  const named = resolveConcepts(cx.m, np.hits, q.unit, np.unknownAttr).candidates;
  const wide = productsOf(cx.m, h.concept);
  // (Not a number read as a size or pack of the word's products: "trắng 41 cộc tay", "gói 5 lá", "xấp 50 phong bì".)
  const carried = nameAttr(cx, i + 1, wide)?.concept != null || sizeNumber(cx, q.value, null, i + 1, wide) !== null;
  return !carried && named.length > 0 && named.length < wide.length && named.every((p) => wide.includes(p));
}

/**
 * "thuê 3 chậu quất 1m8" beside "Thuê quất chậu 1m8 theo mùa Tết" and "Quất chậu cao 1m8", "khắc 40 chữ quốc ngữ" for
 * "Khắc chữ quốc ngữ … (theo chữ)": a catalog word that heads products, alone before a count and a phrase, where the
 * word and the phrase together name some of the word's products only, is the first word of that phrase said before
 * its count. Its hit, for the phrase after it; null when it is not such a word.
 */
export function headLeads(cx: ParseContext, c: Clause, i: number): HeadLead | null {
  const h = lookup(cx, i);
  const n = cx.ts[i + 1];
  if (h === null || !isHead(cx.m, h.concept) || !isWord(n) || !/^\d/.test(n.low)) return null;
  // (Not a container or a set, "hộp 4 dẻo 2 hộp", "bộ 6 ghế tự nhiên": there the number is how many it holds.)
  const w = cx.ts[i]!;
  if (CONTAINERS.has(w) || SET_HEADS.includes(w.fold) || UNITS.get(w) !== undefined) return null;
  const q = quantityOf(cx, i + 1);
  if (q === null || q.measure !== null || q.end >= c.end) return null;
  // ("thuê 3 ngày áo vàng size S" where the rentals are sold by the ngày: the count's word is the unit they are sold in.)
  const sold = q.unit === null && isWord(cx.ts[q.end]) && isProductUnitWord(cx.m, cx.ts[q.end]!) && lookup(cx, q.end + 1) !== null;
  const at = sold ? q.end + 1 : q.end;
  if (lookup(cx, at) === null) return null;
  const np = readNP(cx, c, at, true);
  if (np === null || np.hits.length === 0 || np.headUnknown || np.hits.some((x) => x.concept === h.concept)) return null;
  const headed = productsOf(cx.m, h.concept).filter((p) => headsProduct(cx.m, p, h.concept));
  // (Nor a number of the names, "cút 45 độ phi 21", nor a count in a unit with no phrase after it, "gạch 6 lỗ 2 nghìn".)
  if (nameAttr(cx, i + 1, headed) !== null || sizeNumber(cx, q.value, null, i + 1, headed) !== null) return null;
  if (!sold && UNITS.get(cx.ts[q.end]) !== undefined && lookup(cx, q.end + 1) === null) return null;
  const r = resolveConcepts(cx.m, [h, ...np.hits], q.unit, np.unknownAttr, h.concept);
  if (r.conflict || r.candidates.length === 0 || r.candidates.length >= headed.length || !r.candidates.every((p) => headed.includes(p))) return null;
  return { hit: h, word: i, headed };
}

export interface HeadLead {
  hit: ConceptHit;
  /** the word's token */
  word: number;
  /** the products the word heads */
  headed: readonly number[];
}

/**
 * The word goes on the phrase it opens, and on later phrases of the sentence that it names some of its products with
 * ("thuê 1 chậu quất 1m5 với 1 chậu quất 1m8", "e thuê 1 bộ S, 1 bộ M": all rented), until an order verb opens another
 * request ("… và mua luôn 1 quất bonsai"); what goes on past the clause is kept on the context.
 */
export function carryLeads(cx: ParseContext, c: Clause, evs: readonly Event[], leads: readonly HeadLead[]): void {
  const before = cx.carriedLead;
  let carry: { hit: ConceptHit; headed: readonly number[] } | null = before !== null && before.sentence === c.sentence ? before : null;
  let next = 0;
  let last = c.start;
  for (const e of evs) {
    if (e.t !== 'NP') continue;
    const np = e.np;
    // (The first phrase after the word is the one it opens, wherever the scan drew the count's classifier.)
    const own = next < leads.length && np.start > leads[next]!.word ? leads[next++]! : undefined;
    if (own !== undefined) carry = own;
    else if (carry !== null && cx.ts.slice(last, np.start).some((t) => isWord(t) && ORDER_VERBS.has(t))) carry = null;
    last = np.end;
    if (carry === null || np.hits.some((x) => x.concept === carry!.hit.concept)) continue;
    const r = own !== undefined ? null : resolveConcepts(cx.m, [carry.hit, ...np.hits], null, np.unknownAttr, carry.hit.concept);
    if (r === null || (!r.conflict && r.candidates.length > 0 && r.candidates.every((p) => carry!.headed.includes(p)))) np.hits.unshift(carry.hit);
  }
  if (carry !== null && cx.ts.slice(last, c.end).some((t) => isWord(t) && ORDER_VERBS.has(t))) carry = null;
  cx.carriedLead = carry === null ? null : { hit: carry.hit, headed: carry.headed, sentence: c.sentence };
}
