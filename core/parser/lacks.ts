/**
 * What the goods lack, said as their names say it: "pía sr không trứng", "ko đường 500ml", "bánh tráng mè đen chưa
 * nướng". The catalog reads "Pía sầu riêng không trứng" as lacking "trứng" (concept "no:trứng", catalog-index.ts); a
 * negation in a message before a word some goods lack names them.
 */
import { plainConcept, productHas } from './matcher.ts';
import { NOT_IN_NAME, lookup } from './context.ts';
import type { ParseContext } from './context.ts';
import { hasAmong } from './attributes.ts';

/** The "no:" concept of the word after j when the word at j negates it and one of the products lacks it by name. */
export function lackedAfter(cx: ParseContext, j: number, cur: readonly number[] | null): string | null {
  return negationAt(cx, j, cur) ? lacked(cx, j + 1, cur) : null;
}

/** The "no:" concept of the word at j ("trứng" after "không") when one of the products lacks it by name. */
function lacked(cx: ParseContext, j: number, cur: readonly number[] | null): string | null {
  const h = lookup(cx, j);
  for (const w of [h === null ? undefined : plainConcept(h.concept), cx.ts[j]!.fold]) {
    if (w !== undefined && hasAmong(cx, `no:${w}`, cur)) return `no:${w}`;
  }
  return null;
}

/**
 * The word at j says the goods lack what follows ("không trứng", "ko đường", "chưa rang"). A word that is a negation
 * only with its marks ("chưa"), typed bare, is taken as written where the message has marks elsewhere ("sữa chua
 * uống": sour, not "chưa"), and where some goods named so far carry it and the next word in their names ("thit
 * chua cay" beside "Thịt chua cay" and "Thịt chua không cay"; not "banh trang chua nuong" of "… chưa nướng").
 */
function negationAt(cx: ParseContext, j: number, cur: readonly number[] | null): boolean {
  const t = cx.ts[j]!;
  if (!NOT_IN_NAME.has(t)) return false;
  if (t.accented || NOT_IN_NAME.hasCatalogText(t.low, true)) return true;
  if (t.inAccented === true) return false;
  const next = lookup(cx, j + 1);
  return cur === null || next === null || !cur.some((p) => productHas(cx.m, p, t.fold) && productHas(cx.m, p, plainConcept(next.concept)));
}
