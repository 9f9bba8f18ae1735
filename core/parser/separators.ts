/**
 * Separator words ("và", "với", "kèm", "but") that split a message into clauses, unless the catalog's names use them:
 * then they go on naming the product ("tượng voi", "kem socola", "Bộ đèn … kèm chân 1m6").
 */
import { isHead, productHas, productsOf, spelledAs } from './matcher.ts';
import { lookup, pairEndsAt } from './context.ts';
import type { ParseContext } from './context.ts';

/** A separator word that is itself part of a product phrase ("tượng voi" in a catalog that sells it). */
export function continuesPhrase(cx: ParseContext, i: number): boolean {
  const h = lookup(cx, i);
  if (!h) return false;
  // "2 đèn 26 cm kèm chân" where the shop sells "Bộ đèn ring light 26cm kèm chân 1m6": the word as the names write it,
  // with the next word a pair of the names, goes on naming the product.
  if (cx.ts[i]!.accented) return spelledAs(cx.m, cx.ts[i]!.low) && pairEndsAt(cx, i + 1);
  // ("cho e 1 kem socola 20": right after a count, a head noun of the catalog is that noun, not "kèm".)
  if (/^\d/.test(cx.ts[i - 1]?.low ?? '') && isHead(cx.m, h.concept)) return true;
  // "kem dừa 2 hộp", "đũi 1m2 màu kem" in a message written with diacritics: "kem" as the catalog writes it is the
  // product's word, not "kèm".
  if (cx.ts[i]!.inAccented === true && spelledAs(cx.m, cx.ts[i]!.low)) return true;
  // ("1 tá but bi xanh": a head noun of the catalog that the next word goes on naming, "bút bi", not English "but".)
  const next = lookup(cx, i + 1);
  if (isHead(cx.m, h.concept) && next !== null && productsOf(cx.m, h.concept).some((p) => productHas(cx.m, p, next.concept))) return true;
  const prev = lookup(cx, i - 1);
  return prev !== null && productsOf(cx.m, prev.concept).some((p) => productHas(cx.m, p, h.concept));
}
