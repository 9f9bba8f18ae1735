/**
 * "cho mình 2 hộp cu đơ" in a shop that sells the candy in boxes and a "Hộp quà đôi cu đơ + mè xửng"; "1 hộp quạt
 * 40" beside "Bộ quạt quà tặng hộp gỗ (5 chiếc quạt giấy in hoa 40cm)": a gift set or combo holds other products,
 * so their words are in its name. When the customer said no word of the set's own (its "quà", "combo", "set", or a
 * word no single product has), the words name the products it holds, not the set: ask, offering the single products
 * the words fit and the set.
 */
import { fold } from '../normalize.ts';
import type { Line, ParseContext } from '../context.ts';
import { headsProduct, plainConcept, productHas } from '../matcher.ts';
import type { Doubt, ReviewRule } from './rule.ts';

/** Words that make a name a gift set or a combo of other products. */
const SET_NAME = /(^|[^\p{L}])(quà|combo|set|gift)([^\p{L}]|$)/u;
/** First words of a set's name ("Hộp quà …", "Bộ quạt quà tặng …", "Combo …"), not of a single product sold in a gift box. */
const SET_FIRST = /^(hop|bo|set|combo|gio|khay)([^a-z]|$)/;

/** Which products of a catalog are gift sets, worked out once per matcher (the rule asks for every line). */
const GIFT_SETS = new WeakMap<ParseContext['m'], boolean[]>();

function isGiftSet(cx: ParseContext, p: number): boolean {
  let sets = GIFT_SETS.get(cx.m);
  if (sets === undefined) {
    sets = cx.m.products.map((product) => {
      // (Written with its diacritics: "quà" is a gift, "quả" of "Giỏ tre đựng hoa quả" a fruit.)
      const name = product.name.toLowerCase();
      return SET_FIRST.test(fold(name)) && SET_NAME.test(name);
    });
    GIFT_SETS.set(cx.m, sets);
  }
  return sets[p]!;
}

export const giftSets: ReviewRule = {
  name: 'gift-sets',
  why: 'a gift set chosen by the words of the products it holds, with none of its own, is a guess',
  review(cx: ParseContext, line: Line): Doubt | null {
    const np = line.np;
    if (!np || np.hits.length === 0 || !isGiftSet(cx, line.product)) return null;
    // The customer named a set ("3 set", "hộp quà", "combo …"): the set is meant.
    const said = (t: { fold: string; accented: boolean; low: string }): boolean =>
      SET_NAME.test(t.low) || (!t.accented && /^(qua|combo|set|gift)$/.test(t.fold));
    for (let j = np.start; j < np.end; j++) if (said(cx.ts[j]!)) return null;
    // (Or named it in the header the line was listed under: "4 set: 2 hồng 1-3, 2 xanh 4-6".)
    const header = line.header;
    if (header) for (let j = header.start; j < header.end; j++) if (said(cx.ts[j]!)) return null;
    const unitAt = line.q?.unitIdx ?? -1;
    if (unitAt >= 0 && said(cx.ts[unitAt]!)) return null;
    // A number of the set's own name said with the words ("hộp nấm 9 loại").
    const name = fold(cx.m.products[line.product]!.name.toLowerCase()).split(/[^a-z0-9]+/);
    for (let j = np.start; j < Math.min(cx.ts.length, np.end + 2); j++) if (/^\d+$/.test(cx.ts[j]!.low) && name.includes(cx.ts[j]!.low)) return null;
    const singles = cx.m.products.map((_, p) => p).filter((p) => !isGiftSet(cx, p));
    // Every word said is also a word of some single product: nothing said belongs to the set alone.
    if (!np.hits.every((h) => singles.some((p) => productHas(cx.m, p, h.concept)))) return null;
    // The single products the words fit best; they must be named by a head noun of theirs ("cu đơ", "quạt"), not
    // only by the set's container ("hộp", "bộ").
    let best = 0;
    let fits: number[] = [];
    for (const p of singles) {
      const n = np.hits.filter((h) => productHas(cx.m, p, h.concept)).length;
      if (n > best) {
        best = n;
        fits = [p];
      } else if (n === best && n > 0) fits.push(p);
    }
    if (!fits.some((p) => np.hits.some((h) => headsProduct(cx.m, p, h.concept) || headsProduct(cx.m, p, plainConcept(h.concept))))) return null;
    return { reason: 'only words of the products the set holds were said', candidates: [...fits.slice(0, 5), line.product] };
  },
};
