/**
 * Taking one line back: "lấy 2 bó hồng trắng và 1 bình tưới 2 lít, à thôi bỏ bình tưới nhé", "2 hộp quà Tết 6 ngăn
 * với 2 hộp 4 ngăn, à bỏ 2 hộp 4 ngăn đi". After lines were said, "bỏ" + a product phrase removes the line it names
 * (or the amount said of it), not the whole order; so does a product named before a closing "bỏ" ("Áo M bỏ nhé").
 * With nothing ordered in the message ("e đặt nhầm, bỏ cái quạt bàn hồng đi nhé"), it takes back from an earlier order.
 * A phrase that names no line of the message is about an earlier
 * order, and orders nothing here. After a classifier, the word that tells one line from the others picks it ("thôi
 * bỏ cây trắng đi"); "huỷ" + goods after lines ordered takes back as "bỏ" does.
 */
import { nameConcepts, plainConcept, productHas } from './matcher.ts';
import { FUTURE_PAIRS, HUY, PARTICLES, PRONOUNS, WordSet } from './lexicon.ts';
import { UNITS } from './numbers.ts';
import { MEASURE_KINDS, valueOf } from './superlative.ts';
import { spelledInCatalogPair } from './attributes.ts';
import { contrastIn, isWord, lookup, pairIn, phraseOf } from './context.ts';
import type { Clause, Event, NounPhrase, ParseContext } from './context.ts';
import { convert } from './convert.ts';

/** Words that pick one of the lines by what follows ("bỏ cái 67", "bỏ loại 8mm"). */
const ONE_OF = new WordSet(['cái', 'chiếc', 'loại', 'size', 'cỡ']);
/** "huỷ" written with its tone (typed bare, "huy" may be a word of a name). */
const CANCELS = new Set(HUY);

/**
 * "…, 1 linh sam trắng. thôi bỏ cây trắng đi", "bát hương 14 x1, bát hương 18 x1, thôi bỏ cái 14 đi": after the
 * word that takes back, a classifier (with or without a count) and what tells one line of this message from the
 * others, a colour, a size or another word of its name. The index of that line when exactly one has every word
 * said, else -1.
 */
function toldApart(cx: ParseContext, c: Clause, at: number): number {
  const ts = cx.ts;
  let i = at + 1;
  if (isWord(ts[i]) && /^\d+$/.test(ts[i]!.low)) i++;
  const cls = ts[i];
  if (!isWord(cls) || !(ONE_OF.has(cls) || UNITS.get(cls) !== undefined)) return -1;
  const told: number[] = [];
  for (let k = i + 1; k < c.end; k++) {
    const t = ts[k];
    if (isWord(t) && !PARTICLES.has(t) && t.fold !== 'di') told.push(k);
  }
  if (told.length === 0) return -1;
  let found = -1;
  for (let l = 0; l < cx.lines.length; l++) {
    const p = cx.lines[l]!.product;
    const has = told.every((k) => {
      const t = ts[k]!;
      if (/^\d+$/.test(t.low)) {
        const v = Number(t.low);
        // ("bỏ cái 14 đi" of bowls of 14 and 18 cm: a measure of its name.)
        return [...nameConcepts(cx.m, p)].some((n) => {
          const kind = n.slice(0, n.indexOf(':'));
          return kind !== 'dim' && MEASURE_KINDS.includes(kind) && valueOf(kind, n) === v;
        });
      }
      const h = lookup(cx, k);
      return h !== null && productHas(cx.m, p, h.concept);
    });
    if (!has) continue;
    if (found >= 0) return -1;
    found = l;
  }
  return found;
}

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

/** Words of a time that "khác" makes another one: "bữa khác", "dịp khác", "lần khác", "hôm khác". */
const LATER_TIMES = new WordSet(['bữa', 'dịp', 'lần', 'hôm']);

/**
 * Times left for after "để": "sau", or (when `times`) a time to come ("lần sau", "tuần sau", "dịp khác"); where they
 * end, else -1.
 */
function leftFor(cx: ParseContext, k: number, times: boolean): number {
  const a = cx.ts[k];
  const b = cx.ts[k + 1];
  if (!isWord(a)) return -1;
  if (a.fold === 'sau') return k + 1;
  return times && isWord(b) && (pairIn(FUTURE_PAIRS, a, b) || (b.fold === 'khac' && LATER_TIMES.has(a))) ? k + 2 : -1;
}

/** The index of "bỏ" when the clause takes back a product named after it (a catalog word follows), else -1. */
export function dropAt(cx: ParseContext, c: Clause): number {
  for (let i = c.start; i < c.end; i++) {
    const t = cx.ts[i];
    // ("À thôi giỏ quà để sau, lấy hộp quà trước": goods left for later, "để sau" closing the clause, are taken back as
    // by a closing "bỏ".)
    // ("thôi quế 40 để lần sau", "Cuc 25 thi de tuan sau": a time to come after "để" too.)
    // (A time to come not after "còn", goods not ordered: "…, còn cây vú sữa thì để đợt sau".)
    const laterEnd = isWord(t) && t.fold === 'de' && i > c.start ? leftFor(cx, i + 1, !contrastIn(cx, c.start, i)) : -1;
    const later = laterEnd > 0;
    // ("Dầu thắp đèn 2 lít. Nến bơ 8h 1 túi. Hủy nến đi": after lines ordered, "huỷ" + goods takes that line back too.)
    if (!isWord(t) || (t.low !== 'bỏ' && !CANCELS.has(t.low) && !bareDrop(cx, c, i) && !later)) continue;
    if (spelledInCatalogPair(cx, i)) return -1;
    // ("à mà thôi hủy đi em": a pronoun after it names no goods, even where a name has the word.)
    for (let k = i + 1; k < Math.min(c.end, i + 5); k++) {
      const w = cx.ts[k];
      if (isWord(w) && !/^\d/.test(w.low) && !PRONOUNS.has(w) && lookup(cx, k) !== null) return i;
    }
    // "…, thôi bỏ cái 67", "à bỏ cái 8mm đi", "à bỏ 2 cái 30 đi": the one of a size, after a classifier (and a count),
    // among lines said before.
    const counted = isWord(cx.ts[i + 1]) && /^\d+$/.test(cx.ts[i + 1]!.low) ? 1 : 0;
    const one = cx.ts[i + 1 + counted];
    const size = cx.ts[i + 2 + counted];
    if (isWord(one) && ONE_OF.has(one) && isWord(size) && /^\d/.test(size.low)) return i;
    // "…, 1 áo đen M. Áo M bỏ nhé": the product named first, "bỏ" closing the clause (only particles after it).
    const closes = cx.ts.slice(later ? laterEnd : i + 1, c.end).every((w) => !isWord(w) || PARTICLES.has(w) || w.fold === 'di');
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
  let k = cx.lines.length - 1;
  if (np !== null) while (k >= 0 && !np.hits.every((h) => productHas(cx.m, cx.lines[k]!.product, h.concept) || productHas(cx.m, cx.lines[k]!.product, plainConcept(h.concept)))) k--;
  // (What names no line as a phrase may still tell one apart after its classifier: "thôi bỏ cây trắng đi".)
  if (np === null || k < 0) {
    const told = toldApart(cx, c, at);
    if (told >= 0) {
      const n = /^\d+$/.test(cx.ts[at + 1]?.low ?? '') ? Number(cx.ts[at + 1]!.low) : null;
      return takeBack(cx, c, told, np, n);
    }
  }
  if (np === null || np.hits.length === 0) return false;
  // ("…, thôi bỏ cái chàm đi": a classifier alone says which line, not one of it.)
  const q = evs.find((e): e is Extract<Event, { t: 'Q' }> =>
    e.t === 'Q' && !e.classifierOnly && e.q.start > at && e.q.end <= np.start)?.q ?? null;
  if (k < 0) {
    // "1 khay đồng 60x40 nhé, bỏ khay nhôm đi": what is taken back was not ordered in this message; it is about an
    // earlier one, and this message orders nothing more for it.
    cx.mentions.push({ np, line: null, unresolved: null, sentence: c.sentence, explicit: true, asked: true });
    c.dead = true;
    cx.trace?.push(`drop: "${phraseOf(cx, np)}" names no line of this message (an earlier order)`);
    return true;
  }
  if (q !== null) cx.usedQ.add(q);
  return takeBack(cx, c, k, np, q !== null ? convert(cx, q, cx.lines[k]!.product) : null);
}

/** Takes line k back, or n of it when fewer are said. */
function takeBack(cx: ParseContext, c: Clause, k: number, np: NounPhrase | null, n: number | null): true {
  const line = cx.lines[k]!;
  if (n !== null && n > 0 && n < line.qty) line.qty -= n;
  else cx.lines.splice(k, 1);
  cx.dropped = true;
  if (np !== null) cx.mentions.push({ np, line: null, unresolved: null, sentence: c.sentence, explicit: true, asked: true });
  // What the clause names was taken back: nothing in it is left to order or to ask about.
  c.dead = true;
  cx.trace?.push(`drop: ${cx.m.products[line.product]!.sku}${n !== null && n < line.qty + n ? ` − ${n}` : ' removed'}`);
  return true;
}
