/**
 * Add-ons ("Thêm bún", "Thêm thịt cua (1 phần)", "Sườn thêm", "Topping thạch dừa"): a food shop sells extras for its
 * dishes as products of their own, named by the word "thêm" (more) or "topping". In an order, "thêm" before such an
 * extra's words, or right after them ("to nho 2, them bun 1", "đặc biệt lớn 2 tô, thêm cua 1 phần", "sườn thêm sl 5"),
 * names the extra, not more of the dish just ordered; "thêm 2 tô bún bò nữa" still orders more of the dish (no extra
 * holds all of "bún bò", and an extra is not sold by the dish's bowl).
 *
 * An extra is a product whose name has the word "thêm" or "topping", or one of whose aliases opens with "thêm". Among
 * several extras the phrase names ("thêm cua" beside "Thêm thịt cua" and "Thêm chả cua"), the one whose name or an
 * alias is the very words said decides; none or several, the customer is asked.
 */
import { INDEX } from './matcher-index.ts';
import { LOOSE } from './catalog-index.ts';
import type { Matcher } from './matcher-index.ts';
import { aliasConcepts, nameConcepts, plainConcept, productHas, sellsBy, unitOf } from './matcher.ts';
import { fold } from './normalize.ts';
import type { Line, ParseContext, Mention } from './context.ts';
import type { Quantity } from './numbers.ts';

const EXTRA_WORD = /(^|[\s(])(them|topping)([\s)]|$)/;

const extrasCache = new WeakMap<object, ReadonlySet<number>>();

/** The shop's extras (most shops: none). */
function extrasOf(m: Matcher): ReadonlySet<number> {
  const ix = m[INDEX];
  let s = extrasCache.get(ix);
  if (s === undefined) {
    const set = new Set<number>();
    m.products.forEach((p, i) => {
      if (EXTRA_WORD.test(fold(p.name.toLowerCase())) || (p.aliases ?? []).some((a) => /^(them|topping)\s/.test(fold(a.toLowerCase())))) set.add(i);
    });
    s = set;
    extrasCache.set(ix, s);
  }
  return s;
}

/** The extra a phrase between "thêm" and its words names, among the candidates; null when no such reading. */
export function namedExtra(cx: ParseContext, m: Mention, q: Quantity | null, candidates: readonly number[]): number | null {
  const extras = extrasOf(cx.m);
  if (extras.size === 0) return null;
  const np = m.np;
  // "thêm" right before the words, or before the count right before them ("thêm 1 phần cua"), or right after them.
  const at = (i: number): boolean => cx.ts[i]?.kind === 'word' && cx.ts[i]!.fold === 'them';
  const before = q !== null && q.end === np.start ? q.start - 1 : np.start - 1;
  if (!at(before) && !at(np.end)) return null;
  const said = np.hits.map((h) => plainConcept(h.concept));
  const named = candidates.filter((p) => extras.has(p) && np.hits.every((h) => productHas(cx.m, p, h.concept)) &&
    (q === null || q.unit === null || sellsBy(cx.m, p, q.unit)));
  if (named.length === 0) return null;
  if (named.length === 1) return named[0]!;
  const exact = named.filter((p) => sameWords(nameConcepts(cx.m, p), said) ||
    aliasConcepts(cx.m, p).some((a) => sameWords(a.filter((c) => c !== LOOSE), said)));
  return exact.length === 1 ? exact[0]! : null;
}

function sameWords(words: Iterable<string>, said: readonly string[]): boolean {
  const plain = new Set([...words].map(plainConcept));
  return plain.size === new Set(said).size && said.every((w) => plain.has(w));
}

/**
 * "1 cf sữa M thêm 1 shot", "1 ly cf sua M them 2 shot cho dam": after "thêm", a count in the word an extra is sold
 * by, which is also a whole alias of that extra ("Thêm shot espresso", sold by the shot, alias "shot"), orders the
 * extra, not more of the coffee. True when it placed such a line.
 */
export function extraByUnit(cx: ParseContext, q: Quantity): boolean {
  const extras = extrasOf(cx.m);
  if (extras.size === 0 || q.unit === null || q.unit.dim !== 'count' || q.unitIdx < 0) return false;
  const word = cx.ts[q.unitIdx]!.fold;
  const named = [...extras].filter((p) => unitOf(cx.m, p).key === q.unit!.key &&
    aliasConcepts(cx.m, p).some((a) => a.length === 1 && plainConcept(a[0]!) === word));
  if (named.length !== 1) return false;
  const p = named[0]!;
  cx.usedQ.add(q);
  const added: Line = { product: p, qty: q.value, implied: false, q };
  cx.lines.push(added);
  cx.lastLine = added;
  cx.trace?.push(`extra: ${cx.m.products[p]!.sku} × ${q.value} (the extra sold by that word)`);
  return true;
}
