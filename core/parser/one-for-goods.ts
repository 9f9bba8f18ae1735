/**
 * English "one" standing for goods named before it: "3 small piggy banks and 1 big one", "5 red lanterns 30cm and
 * 5 yellow ones", "ginger peanut candy and 2 coconut ones". The words said before "one" tell which sibling of the
 * goods named last is meant: they take the place of that phrase's words of the same kind (a colour, a size word, a
 * measure), or else of all its words but the head noun. Where neither reading fits goods that have every word
 * said, the words alone may name a sibling of the line before (the same head noun); else the phrase asks. With no
 * goods named before, it is read as it was said (noun-phrase.ts marks it, place.ts reads it here).
 */
import { COLOURS, SIZE_ADJECTIVES } from './lexicon.ts';
import { headsProduct, isHead, plainConcept, productHas, productHeadsOf, resolveConcepts } from './matcher.ts';
import { headOf } from './context.ts';
import type { ConceptHit } from './matcher.ts';
import type { Mention, NounPhrase, ParseContext } from './context.ts';
import type { Token } from './normalize.ts';
import { UNITS } from './numbers.ts';

/** The phrase with the goods named before it, or null where it reads as said. */
export function goodsBefore(cx: ParseContext, m: Mention): NounPhrase | null {
  const np = m.np;
  if (np.forGoods !== true || np.hits.length === 0) return null;
  const k = cx.mentions.indexOf(m);
  const before = k > 0 ? cx.mentions[k - 1]!.np : null;
  // ("milk candy and 3 green tea ones": other goods than the line before, which "ones" sets apart from.)
  const was = k > 0 ? (cx.mentions[k - 1]!.line?.product ?? null) : null;
  if (before === null || before.headUnknown || before.hits.length === 0) return null;
  const head = [...before.hits].reverse().find((h) => isHead(cx.m, h.concept)) ?? null;
  if (head === null) return null;
  const said = np.hits;
  const kept = before.hits.filter((h) => !said.some((s) => sameKind(s.concept, h.concept)));
  // (The measures of the goods before stay: "2 red lanterns 45cm and 3 yellow ones" are 45cm too.)
  const measures = kept.filter((h) => h.concept.includes(':') && h !== head);
  for (const hits of [[...kept, ...said], [head, ...measures, ...said]]) {
    const r = resolveConcepts(cx.m, hits, null, np.unknownAttr, head.concept);
    if (r.conflict || r.candidates.length === 0 || (was !== null && r.candidates.includes(was))) continue;
    if (r.candidates.every((p) => hits.every((h) => productHas(cx.m, p, h.concept)))) return { ...np, hits: dedupe(hits) };
  }
  // ("Do you have brocade backpacks? I want one big 25 litre one": goods only asked about, no line; read as said.)
  if (was === null) return null;
  // ("3 small piggy banks and 1 large one", where only the small one's alias is in English: read as said where the
  // words name goods of the same head as the line before, among others: the reading of a lone attribute then
  // prefers them, place.ts.)
  const r = resolveConcepts(cx.m, said, null, np.unknownAttr, headOf(cx, np));
  const heads = productHeadsOf(cx.m, was);
  if (!r.conflict && r.candidates.some((p) => p !== was && [...heads].some((h) => headsProduct(cx.m, p, h)))) return null;
  // Goods of another kind read from the words alone would be a guess ("milk candy, and 3 green tea ones"): ask.
  return { ...np, unknownAttr: true };
}

/** Two words of the same kind: measures of one kind ("len:30", "len:40"), two colours, two size words. */
function sameKind(a: string, b: string): boolean {
  const ka = a.lastIndexOf(':');
  if (ka > 0) return b.startsWith(a.slice(0, ka + 1));
  const pa = plainConcept(a);
  const pb = plainConcept(b);
  return (COLOURS.hasText(pa) && COLOURS.hasText(pb)) || (SIZE_ADJECTIVES.includes(pa) && SIZE_ADJECTIVES.includes(pb));
}

function dedupe(hits: readonly ConceptHit[]): ConceptHit[] {
  const out: ConceptHit[] = [];
  for (const h of hits) if (!out.some((x) => x.concept === h.concept)) out.push(h);
  return out;
}

/** English "one", "ones", where it may stand for goods (noun-phrase.ts). */
export function oneForGoods(t: Token): boolean {
  return t.low === 'one' || t.low === 'ones';
}

/** A measure ends right before j: "the 40cm one", "a 5 liter one". */
export function afterMeasure(cx: ParseContext, j: number): boolean {
  const ts = cx.ts;
  return /\d/.test(ts[j - 1]?.low ?? '') || (UNITS.get(ts[j - 1]) !== undefined && /\d/.test(ts[j - 2]?.low ?? ''));
}
