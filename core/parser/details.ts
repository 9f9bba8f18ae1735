/**
 * Stage 5b: a detail said apart from its product. "1 đàn nhị, loại bằng gỗ gụ nhé", "cho e 1 lục bình trắng, loại
 * 60cm ạ", "găng tay chống cắt … size M": the phrase alone fits several siblings, and the words after it, which
 * name nothing the siblings do not share, tell them apart. "mõ gỗ cỡ lớn 1 cái": the quantity went to the size,
 * which alone fits nothing, while the product right before it went without one. Read together the two phrases name
 * one product: the line is placed, and the detail is no lost item. When together they still fit several products,
 * or none, the question stays.
 */
import { WordSet } from './lexicon.ts';
import { productHas, resolveConcepts, skuOf } from './matcher.ts';
import { headOf, isWord } from './context.ts';
import type { NounPhrase, ParseContext } from './context.ts';
import { place } from './place.ts';

/** Words that may stand between a product and its detail ("loại", "bằng", "màu", "cỡ"), besides punctuation. */
const DETAIL_LEADS = new WordSet(['loại', 'bằng', 'màu', 'cỡ', 'size', 'khổ', 'là', 'nhé', 'nha', 'ạ', 'ak', 'cái', 'chiếc']);

export function laterDetails(cx: ParseContext): void {
  const used = new Set<NounPhrase>();
  for (const m of cx.mentions) if (m.line !== null || m.unresolved !== null) used.add(m.np);
  for (const m of cx.mentions) {
    const u = m.unresolved;
    if (u === null) continue;
    const k = cx.events.findIndex((e) => e.t === 'NP' && e.np === m.np);
    if (k < 0) continue;
    const next = cx.events[k + 1];
    const prev = cx.events[k - 1];
    let merged: NounPhrase | null = null;
    let detail: NounPhrase | null = null;
    if (u.candidates.length > 1 && next?.t === 'NP' && !used.has(next.np) && alive(cx, k + 1) && between(cx, m.np.end, next.np.start) &&
      next.np.hits.length > 0 && !next.np.headUnknown && named(cx, u.candidates, next.np)) {
      detail = next.np;
      merged = join(m.np, next.np);
    } else if (u.candidates.length === 0 && prev?.t === 'NP' && !used.has(prev.np) && alive(cx, k - 1) && between(cx, prev.np.end, m.np.start) &&
      prev.np.hits.length > 0 && !prev.np.headUnknown) {
      detail = prev.np;
      merged = join(prev.np, m.np);
    }
    if (merged === null || detail === null) continue;
    const r = resolveConcepts(cx.m, merged.hits, m.q?.unit ?? null, merged.unknownAttr, headOf(cx, merged));
    const p = r.candidates[0];
    if (r.conflict || r.candidates.length !== 1 || p === undefined) continue;
    if (u.candidates.length > 0 && !u.candidates.includes(skuOf(cx.m, p))) continue;
    // Every word of the detail belongs to the product read: no other kind of thing hides in it.
    if (!merged.hits.every((h) => productHas(cx.m, p, h.concept))) continue;
    cx.unresolved.splice(cx.unresolved.indexOf(u), 1);
    m.unresolved = null;
    m.np = merged;
    used.add(detail);
    cx.trace?.push(`details: "${cx.ts.slice(merged.start, merged.end).map((t) => t.raw).join(' ')}" read as one product`);
    place(cx, m, m.q ?? null, false, u.implied);
  }
}

/**
 * ", the 50cm one", ", the chewy one": in English a phrase after a comma and "the" says which of the goods just
 * named were meant; it is no new item, implied or coordinated.
 */
export function appositive(cx: ParseContext, i: number): boolean {
  return cx.en && cx.ts[i - 1]?.low === 'the' && cx.ts[i - 2]?.raw === ',';
}

/** Every word of the phrase is a word of one of the candidates (skus of the question asked). */
function named(cx: ParseContext, skus: readonly string[], np: NounPhrase): boolean {
  const candidates = cx.m.products.flatMap((p, i) => (skus.includes(p.sku) ? [i] : []));
  return np.hits.every((h) => candidates.some((p) => productHas(cx.m, p, h.concept)));
}

/** The event's clause still orders. */
function alive(cx: ParseContext, k: number): boolean {
  const c = cx.eventClauses[k];
  return c !== undefined && !c.dead;
}

/** Only punctuation and words that lead a detail lie between tokens a and b. */
function between(cx: ParseContext, a: number, b: number): boolean {
  if (b - a > 3) return false;
  for (let j = a; j < b; j++) {
    const t = cx.ts[j]!;
    if (t.kind === 'hard') return false;
    if (isWord(t) && !DETAIL_LEADS.has(t) && !appositive(cx, j + 1)) return false;
  }
  return true;
}

/** Two phrases read as one: the words of both. */
export function join(a: NounPhrase, b: NounPhrase): NounPhrase {
  const hits = [...a.hits];
  for (const h of b.hits) if (!hits.some((x) => x.concept === h.concept)) hits.push(h);
  return { ...a, end: b.end, hits, unknownAttr: a.unknownAttr || b.unknownAttr, unknown: a.unknown + b.unknown, unknownAt: [...(a.unknownAt ?? []), ...(b.unknownAt ?? [])] };
}
