/**
 * Taking one line back: "lấy 2 bó hồng trắng và 1 bình tưới 2 lít, à thôi bỏ bình tưới nhé", "2 hộp quà Tết 6 ngăn
 * với 2 hộp 4 ngăn, à bỏ 2 hộp 4 ngăn đi". After lines were said, "bỏ" + a product phrase removes the line it names
 * (or the amount said of it), not the whole order; so does a product named before a closing "bỏ" ("Áo M bỏ nhé").
 * With nothing ordered in the message ("e đặt nhầm, bỏ cái quạt bàn hồng đi nhé"), it takes back from an earlier order.
 * A phrase that names no line of the message is about an earlier
 * order, and orders nothing here.
 */
import { plainConcept, productHas } from './matcher.ts';
import { PARTICLES, WordSet } from './lexicon.ts';
import { spelledInCatalogPair } from './attributes.ts';
import { isWord, lookup, phraseOf } from './context.ts';
import type { Clause, Event, ParseContext } from './context.ts';
import { convert } from './convert.ts';

/** Words that pick one of the lines by what follows ("bỏ cái 67", "bỏ loại 8mm"). */
const ONE_OF = new WordSet(['cái', 'chiếc', 'loại', 'size', 'cỡ']);

/**
 * "a ma thoi bo cai xanh di": typed bare, "bo" right after "thôi" taking back, with "đi" closing the clause, is "bỏ"
 * (not "bộ", a set, or "bò", beef).
 */
function bareDrop(cx: ParseContext, c: Clause, i: number): boolean {
  const t = cx.ts[i]!;
  if (t.low !== 'bo' || (i === c.start && cx.clauses.indexOf(c) === 0)) return false;
  const prev = cx.ts[i - 1];
  const last = cx.ts[c.end - 1];
  return isWord(prev) && prev.fold === 'thoi' && isWord(last) && last.fold === 'di' && c.end - 1 > i + 1;
}

/** The index of "bỏ" when the clause takes back a product named after it (a catalog word follows), else -1. */
export function dropAt(cx: ParseContext, c: Clause): number {
  for (let i = c.start; i < c.end; i++) {
    const t = cx.ts[i];
    // ("À thôi giỏ quà để sau, lấy hộp quà trước": goods left for later, "để sau" closing the clause, are taken back as
    // by a closing "bỏ".)
    const later = t?.low === 'để' && cx.ts[i + 1]?.low === 'sau' && i > c.start;
    if (!isWord(t) || (t.low !== 'bỏ' && !bareDrop(cx, c, i) && !later)) continue;
    if (spelledInCatalogPair(cx, i)) return -1;
    for (let k = i + 1; k < Math.min(c.end, i + 5); k++) if (isWord(cx.ts[k]) && !/^\d/.test(cx.ts[k]!.low) && lookup(cx, k) !== null) return i;
    // "…, thôi bỏ cái 67", "à bỏ cái 8mm đi", "à bỏ 2 cái 30 đi": the one of a size, after a classifier (and a count),
    // among lines said before.
    const counted = isWord(cx.ts[i + 1]) && /^\d+$/.test(cx.ts[i + 1]!.low) ? 1 : 0;
    const one = cx.ts[i + 1 + counted];
    const size = cx.ts[i + 2 + counted];
    if (isWord(one) && ONE_OF.has(one) && isWord(size) && /^\d/.test(size.low)) return i;
    // "…, 1 áo đen M. Áo M bỏ nhé": the product named first, "bỏ" closing the clause (only particles after it).
    const closes = cx.ts.slice(later ? i + 2 : i + 1, c.end).every((t) => !isWord(t) || PARTICLES.has(t) || t.fold === 'di');
    if (closes && cx.ts.slice(c.start, i).some((t, k) => isWord(t) && lookup(cx, c.start + k) !== null)) return i;
    return -1;
  }
  return -1;
}

/** Applies a clause that takes a line back; true when it read it. */
export function dropLines(cx: ParseContext, c: Clause, evs: readonly Event[]): boolean {
  const at = dropAt(cx, c);
  // ("e đặt nhầm, bỏ cái quạt bàn hồng đi nhé" with nothing ordered before it: about an earlier order, below.)
  if (at < 0) return false;
  // (Named before a closing "bỏ", the goods right before it: "1 lư 20 — mâm thôi bỏ nha" takes back the tray.)
  const np = evs.find((e): e is Extract<Event, { t: 'NP' }> => e.t === 'NP' && e.np.start > at)?.np ??
    evs.findLast((e): e is Extract<Event, { t: 'NP' }> => e.t === 'NP' && e.np.end <= at)?.np ?? null;
  if (np === null || np.hits.length === 0) return false;
  const q = evs.find((e): e is Extract<Event, { t: 'Q' }> => e.t === 'Q' && e.q.start > at && e.q.end <= np.start)?.q ?? null;
  let k = cx.lines.length - 1;
  while (k >= 0 && !np.hits.every((h) => productHas(cx.m, cx.lines[k]!.product, h.concept) || productHas(cx.m, cx.lines[k]!.product, plainConcept(h.concept)))) k--;
  if (k < 0) {
    // "1 khay đồng 60x40 nhé, bỏ khay nhôm đi": what is taken back was not ordered in this message; it is about an
    // earlier one, and this message orders nothing more for it.
    cx.mentions.push({ np, line: null, unresolved: null, sentence: c.sentence, explicit: true, asked: true });
    c.dead = true;
    cx.trace?.push(`drop: "${phraseOf(cx, np)}" names no line of this message (an earlier order)`);
    return true;
  }
  const line = cx.lines[k]!;
  const n = q !== null ? convert(cx, q, line.product) : null;
  if (q !== null) cx.usedQ.add(q);
  if (n !== null && n > 0 && n < line.qty) line.qty -= n;
  else cx.lines.splice(k, 1);
  cx.dropped = true;
  cx.mentions.push({ np, line: null, unresolved: null, sentence: c.sentence, explicit: true, asked: true });
  // What the clause names was taken back: nothing in it is left to order or to ask about.
  c.dead = true;
  cx.trace?.push(`drop: ${cx.m.products[line.product]!.sku}${n !== null && n < line.qty + n ? ` − ${n}` : ' removed'}`);
  return true;
}
