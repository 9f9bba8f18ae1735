/**
 * "2 thùng 48 hũ sữa chua", "1 thùng 12 chai sữa tươi", "1 lốc 4 hũ" when the shop sells the case itself ("Sữa chua
 * có đường thùng 48 hũ 100g", unit "thùng"): the outer pack and the count it holds name that product, and the count
 * of outer packs is the quantity. Only when exactly one product with the words said is sold by that outer unit and
 * says it holds that many; otherwise the inner units are counted as before (convert.ts).
 */
import { nameConcepts, productHas, productsOf, resolveConcepts, unitOf } from './matcher.ts';
import { lookup } from './context.ts';
import type { NounPhrase, ParseContext } from './context.ts';
import type { Quantity } from './numbers.ts';

export function outerPack(cx: ParseContext, np: NounPhrase, q: Quantity | null): { product: number; qty: number } | null {
  const outer = q?.outer;
  if (q === null || outer === undefined || outer.unit === null || outer.unitIdx < 0) return null;
  const inner = q.value / outer.value;
  if (!Number.isInteger(inner) || inner < 2) return null;
  const outerHit = lookup(cx, outer.unitIdx);
  const hits = outerHit !== null && !np.hits.some((h) => h.concept === outerHit.concept) ? [...np.hits, outerHit] : np.hits;
  const r = resolveConcepts(cx.m, hits, null, np.unknownAttr);
  const pool = r.candidates.length > 0 ? r.candidates : productsOf(cx.m, `na:pack:${inner}`);
  const cases = pool.filter((p) => unitOf(cx.m, p).key === outer.unit!.key &&
    (productHas(cx.m, p, `na:pack:${inner}`) || nameConcepts(cx.m, p).has(`#${inner}`)) &&
    np.hits.every((h) => productHas(cx.m, p, h.concept) || h.concept === lookup(cx, q.unitIdx)?.concept));
  return cases.length === 1 ? { product: cases[0]!, qty: outer.value } : null;
}
