/**
 * Changes to lines already said: "mắm 500ml 2 chai, đổi 1 chai sang 1 lít", "dép cói size 40 2 đôi, đổi 1 đôi
 * sang size 41", "1 đèn tròn đỏ 40, 2 đèn tròn vàng 40, đổi cái đèn đỏ sang 60cm", "bó thảo mộc 2, à đổi thảo mộc
 * thành trầm 30cm". A clause "đổi [amount] [what] sang|thành|qua [what instead]" after lines were placed changes
 * one of them: the line its words name (else the last one) becomes, in whole or for the amount said, the sibling
 * the words after "sang" name (a product sharing its head noun, closest to it). When the line or the sibling
 * cannot be told, the reading asks; it never cancels the order.
 *
 * Said alone, with nothing ordered before it in the message ("đổi jinro mận sang jinro dâu giúp e"), it changes a line
 * of the cart instead (change-alone.ts), then as here. Naming nothing ("à thôi đổi thành 3 cái"), it places nothing.
 */
import { CHO, ORDER_VERBS, WordSet } from './lexicon.ts';
import { closestTo, headsProduct, plainConcept, productHas, productHeadsOf, skuOf } from './matcher.ts';
import { measureConcept } from './numbers.ts';
import { isWord, lookup, phraseOf, quantityOf } from './context.ts';
import type { Clause, Event, Line, NounPhrase, ParseContext } from './context.ts';
import type { Quantity } from './numbers.ts';
import { convert } from './convert.ts';
import { join } from './details.ts';
import { lineOfCart, newAmountOf } from './change-alone.ts';
import type { ChangeParts } from './change-alone.ts';

/** The verb of a change and the words that introduce what the line becomes. */
const CHANGE = new WordSet(['đổi', 'chuyển', 'sửa']);
export const INTO = new WordSet(['sang', 'thành', 'qua']);

/**
 * Where a change clause turns ("đổi … sang …"): the index of "đổi" and of "sang", and where the words of the line
 * changed begin (`from`, after "đổi"; before it in "ủng 39 đổi sang 40"), or null.
 */
export function changeAt(cx: ParseContext, c: Clause): ChangeTurn | null {
  for (let i = c.start; i < c.end; i++) {
    const t = cx.ts[i];
    if (!isWord(t) || !(CHANGE.has(t) || (!t.accented && !cx.accented && t.fold === 'doi'))) continue;
    // "đổi sang …" right after the verb is a correction of the last line (scan's CORR); this is the longer form.
    // (With nothing ordered before in the message, the line's words may come first: "keo đổi sang weber 2 bao".)
    if (isWord(cx.ts[i + 1]) && INTO.has(cx.ts[i + 1]!)) return cx.lines.length === 0 && namedBefore(cx, c, i) ? { at: i, to: i + 1, from: c.start } : null;
    // (The line's words between may be long: "đổi cho e 1 gói kotex đêm 29 sang 1 gói kotex đêm 35".)
    for (let k = i + 2; k < Math.min(c.end, i + 12); k++) if (isWord(cx.ts[k]) && INTO.has(cx.ts[k]!)) return { at: i, to: k, from: i + 1 };
    return null;
  }
  return null;
}

/** A word of the catalog's names before the verb at i, and no verb of ordering: "ủng 39 đổi sang 40". */
function namedBefore(cx: ParseContext, c: Clause, i: number): boolean {
  let named = false;
  for (let k = c.start; k < i; k++) {
    const t = cx.ts[k];
    if (!isWord(t)) continue;
    if (ORDER_VERBS.has(t) || CHO.has(t)) return false;
    if (lookup(cx, k) !== null) named = true;
  }
  return named;
}

/** Where a change clause turns: see changeAt. */
type ChangeTurn = { at: number; to: number; from: number };

/** The words of a change clause: what the line was and what it becomes, each with its amount. */
function changeParts(cx: ParseContext, c: Clause, evs: readonly Event[], turn: ChangeTurn): ChangeParts {
  // ("đổi ly khoai môn L thành …": the phrases before "sang" read as one.)
  const srcNP = evs.filter((e): e is Extract<Event, { t: 'NP' }> => e.t === 'NP' && e.np.start >= turn.from && e.np.end <= turn.to && (e.np.start > turn.at || e.np.end <= turn.at))
    .map((e) => e.np).reduce<NounPhrase | null>((a, b) => (a === null ? b : join(a, b)), null);
  const srcQs = evs.filter((e): e is Extract<Event, { t: 'Q' }> => e.t === 'Q' && e.q.start >= turn.from && e.q.end <= turn.to && (e.q.start > turn.at || e.q.end <= turn.at)).map((e) => e.q);
  // (Said alone, a number after the line's words is its size: "con lăn 9", "cáp 20m", "Di Lặc mít 30 thành 2 tượng".)
  // ("kem đánh răng 180g từ 3 đổi thành 5 tuýp": after "từ", the amount it was.)
  const srcQ = cx.lines.length > 0 || srcNP === null ? (srcQs[0] ?? null) : (srcQs.find((q) => q.end <= srcNP.start || cx.ts[q.start - 1]?.fold === 'tu') ?? null);
  const sizes = srcNP === null ? [] : srcQs.filter((q) => q !== srcQ && q.start > srcNP.start);
  // (After an amount the phrase read may open on "sang" itself: "1 đôi sang size 41".)
  const dstNP = evs.find((e): e is Extract<Event, { t: 'NP' }> => e.t === 'NP' && e.np.end > turn.to + 1)?.np ?? null;
  let dstQ = evs.find((e): e is Extract<Event, { t: 'Q' }> => e.t === 'Q' && e.q.start > turn.to)?.q ?? null;
  // "sang loại 10 cái": a count the phrase reader kept as unknown words.
  for (let j = turn.to + 1; j < c.end && dstQ === null; j++) {
    const q = /^\d/.test(cx.ts[j]?.low ?? '') ? quantityOf(cx, j) : null;
    if (q !== null && q.unit !== null) dstQ = q;
  }
  // The new amount, right after "thành" or after the words of what the line becomes: "thành 8", "sang weber 2 bao".
  const newQ = dstQ !== null && (dstQ.start === turn.to + 1 || (dstNP !== null && dstQ.start === dstNP.end && dstQ.unit !== null)) ? dstQ : null;
  return { to: turn.to, srcNP, srcQ, sizes, dstNP, dstQ, newQ };
}

/**
 * What the line becomes: the words after "sang", and a measure said there ("sang 1 lít", "sang loại 10 cái"), or the
 * size a bare number names. (Said alone, words the cart's product already has change nothing of it: "Di Lặc mít 30
 * thành 2 tượng" is an amount; and an amount said there is no pack.)
 */
function wanted(cx: ParseContext, { dstNP, dstQ }: ChangeParts, cartProduct: number | null, size: string | null, amount: boolean): Set<string> {
  const want = new Set<string>();
  for (const h of dstNP?.hits ?? []) if (cartProduct === null || !productHas(cx.m, cartProduct, h.concept)) want.add(h.concept);
  if (dstQ !== null && dstQ.unit !== null && !amount) {
    if (dstQ.unit.dim !== 'count' && dstQ.unit.dim !== 'pair') {
      const m = measureConcept(dstQ.value, dstQ.unit);
      if (m !== null) want.add(m);
    } else want.add(`na:pack:${dstQ.value}`);
  }
  if (size !== null) want.add(size);
  return want;
}

/** Applies a change clause; true when it read it (a change or a question), false to read the clause as usual. */
export function changeLines(cx: ParseContext, c: Clause, evs: readonly Event[]): boolean {
  const turn = changeAt(cx, c);
  if (turn === null) return false;
  const alone = cx.lines.length === 0;
  const parts = changeParts(cx, c, evs, turn);
  const { srcNP, srcQ, dstNP, dstQ } = parts;
  let from0: Line | null = null;
  const ask = (np: NounPhrase | null): true => {
    // (Said alone, the cart's line read for the change is taken back: the bot asks, the cart stays as it was.)
    if (from0 !== null) {
      cx.lines.splice(cx.lines.indexOf(from0), 1);
      cx.replaced.pop();
      cx.lastLine = null;
    }
    cx.unresolved.push({ phrase: np ? phraseOf(cx, np) : '', qty: srcQ?.value ?? 1, candidates: [], implied: false, ...(alone ? { change: true } : {}) });
    cx.trace?.push('change: cannot tell which line or what instead → ask');
    return true;
  };
  if (alone) {
    const start = lineOfCart(cx, c, parts);
    if (start === 'ask') return ask(srcNP);
    if (start === 'read') return true;
    from0 = start;
  }
  const { amount, size } = from0 !== null ? newAmountOf(cx, parts, from0) : { amount: null, size: null };
  // The line changed: the latest one the words before "sang" name, else the last line.
  let line: Line | null = from0;
  for (let k = cx.lines.length - 1; k >= 0 && line === null; k--) {
    const l = cx.lines[k]!;
    if (srcNP === null || srcNP.hits.every((h) => productHas(cx.m, l.product, h.concept) || productHas(cx.m, l.product, plainConcept(h.concept)))) line = l;
  }
  if (line === null) return ask(srcNP);
  const want = wanted(cx, parts, alone ? line.product : null, amount === null ? size : null, amount !== null);
  if (want.size === 0 && amount !== null) return newAmount(cx, line, amount);
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
  if (amount !== null) newAmount(cx, line, amount);
  cx.changed = { line, clause: c };
  for (const np of [srcNP, dstNP]) if (np !== null) cx.mentions.push({ np, line, unresolved: null, sentence: c.sentence, explicit: true });
  cx.trace?.push(`change: ${skuOf(cx.m, from)} → ${skuOf(cx.m, to)}${n !== null && n < line.qty + n ? ` × ${n}` : ''}`);
  return true;
}

/** "đổi 6 ghế chân quỳ thành 8": the line's new amount. */
function newAmount(cx: ParseContext, line: Line, q: Quantity): true {
  const n = convert(cx, q, line.product);
  cx.usedQ.add(q);
  if (n !== null && n > 0) line.qty = n;
  else cx.unresolved.push({ phrase: line.np ? phraseOf(cx, line.np) : '', qty: q.value, candidates: [skuOf(cx.m, line.product)], implied: false });
  cx.trace?.push(`change: ${skuOf(cx.m, line.product)} now × ${n ?? '?'}`);
  return true;
}
