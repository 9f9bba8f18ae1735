/**
 * Changes to lines already said: "mắm 500ml 2 chai, đổi 1 chai sang 1 lít", "dép cói size 40 2 đôi, đổi 1 đôi
 * sang size 41", "1 đèn tròn đỏ 40, 2 đèn tròn vàng 40, đổi cái đèn đỏ sang 60cm", "bó thảo mộc 2, à đổi thảo mộc
 * thành trầm 30cm". A clause "đổi [amount] [what] sang|thành|qua [what instead]" after lines were placed changes
 * one of them: the line its words name (else the last one) becomes, in whole or for the amount said, the sibling
 * the words after "sang" name (a product sharing its head noun, closest to it). When the line or the sibling
 * cannot be told, the reading asks; it never cancels the order.
 */
import { WordSet } from './lexicon.ts';
import { closestTo, headsProduct, plainConcept, productHas, productHeadsOf, skuOf } from './matcher.ts';
import { measureConcept } from './numbers.ts';
import { isWord, phraseOf, quantityOf } from './context.ts';
import type { Clause, Event, Line, NounPhrase, ParseContext } from './context.ts';
import { convert } from './convert.ts';

/** The verb of a change and the words that introduce what the line becomes. */
const CHANGE = new WordSet(['đổi', 'chuyển']);
export const INTO = new WordSet(['sang', 'thành', 'qua']);

/** Where a change clause turns ("đổi … sang …"): the index of "đổi" and of "sang", or null. */
export function changeAt(cx: ParseContext, c: Clause): { at: number; to: number } | null {
  for (let i = c.start; i < c.end; i++) {
    const t = cx.ts[i];
    if (!isWord(t) || !(CHANGE.has(t) || (!t.accented && !cx.accented && t.fold === 'doi'))) continue;
    // "đổi sang …" right after the verb is a correction of the last line (scan's CORR); this is the longer form.
    for (let k = i + 2; k < Math.min(c.end, i + 8); k++) if (isWord(cx.ts[k]) && INTO.has(cx.ts[k]!)) return { at: i, to: k };
    return null;
  }
  return null;
}

/** Applies a change clause; true when it read it (a change or a question), false to read the clause as usual. */
export function changeLines(cx: ParseContext, c: Clause, evs: readonly Event[]): boolean {
  const turn = changeAt(cx, c);
  if (turn === null || cx.lines.length === 0) return false;
  const srcQ = evs.find((e): e is Extract<Event, { t: 'Q' }> => e.t === 'Q' && e.q.start > turn.at && e.q.end <= turn.to)?.q ?? null;
  const srcNP = evs.find((e): e is Extract<Event, { t: 'NP' }> => e.t === 'NP' && e.np.start > turn.at && e.np.end <= turn.to)?.np ?? null;
  // (After an amount the phrase read may open on "sang" itself: "1 đôi sang size 41".)
  const dstNP = evs.find((e): e is Extract<Event, { t: 'NP' }> => e.t === 'NP' && e.np.end > turn.to + 1)?.np ?? null;
  let dstQ = evs.find((e): e is Extract<Event, { t: 'Q' }> => e.t === 'Q' && e.q.start > turn.to)?.q ?? null;
  // "sang loại 10 cái": a count the phrase reader kept as unknown words.
  for (let j = turn.to + 1; j < c.end && dstQ === null; j++) {
    const q = /^\d/.test(cx.ts[j]?.low ?? '') ? quantityOf(cx, j) : null;
    if (q !== null && q.unit !== null) dstQ = q;
  }
  const ask = (np: NounPhrase | null): true => {
    cx.unresolved.push({ phrase: np ? phraseOf(cx, np) : '', qty: srcQ?.value ?? 1, candidates: [], implied: false });
    cx.trace?.push('change: cannot tell which line or what instead → ask');
    return true;
  };
  // The line changed: the latest one the words before "sang" name, else the last line.
  let line: Line | null = null;
  for (let k = cx.lines.length - 1; k >= 0 && line === null; k--) {
    const l = cx.lines[k]!;
    if (srcNP === null || srcNP.hits.every((h) => productHas(cx.m, l.product, h.concept) || productHas(cx.m, l.product, plainConcept(h.concept)))) line = l;
  }
  if (line === null) return ask(srcNP);
  // What it becomes: the words after "sang", and a measure said there ("sang 1 lít", "sang loại 10 cái").
  const want = new Set<string>();
  for (const h of dstNP?.hits ?? []) want.add(h.concept);
  if (dstQ !== null && dstQ.unit !== null) {
    if (dstQ.unit.dim !== 'count' && dstQ.unit.dim !== 'pair') {
      const m = measureConcept(dstQ.value, dstQ.unit);
      if (m !== null) want.add(m);
    } else want.add(`na:pack:${dstQ.value}`);
  }
  if (want.size === 0) return ask(dstNP);
  const from = line.product;
  const heads = productHeadsOf(cx.m, from);
  const siblings = cx.m.products.map((_, p) => p).filter((p) =>
    [...heads].some((h) => headsProduct(cx.m, p, h) || productHas(cx.m, p, h)) &&
    [...want].every((w) => productHas(cx.m, p, w) || productHas(cx.m, p, plainConcept(w)) || heads.has(w)));
  const to = closestTo(cx.m, from, siblings);
  if (to === null) return ask(dstNP);
  const n = srcQ !== null ? convert(cx, srcQ, from) : null;
  if (srcQ !== null) cx.usedQ.add(srcQ);
  if (dstQ !== null) cx.usedQ.add(dstQ);
  if (n !== null && n > 0 && n < line.qty) {
    line.qty -= n;
    const moved: Line = { product: to, qty: n, implied: false, np: dstNP ?? line.np, q: srcQ };
    cx.lines.push(moved);
    cx.lastLine = moved;
  } else line.product = to;
  for (const np of [srcNP, dstNP]) if (np !== null) cx.mentions.push({ np, line, unresolved: null, sentence: c.sentence, explicit: true });
  cx.trace?.push(`change: ${skuOf(cx.m, from)} → ${skuOf(cx.m, to)}${n !== null && n < line.qty + n ? ` × ${n}` : ''}`);
  return true;
}
