/**
 * A change said alone, with nothing ordered before it in the message ("đổi jinro mận sang jinro dâu giúp e", "đổi 6
 * ghế chân quỳ thành 8", "keo đổi sang weber 2 bao"): it changes a line of the cart the bot keeps (change-lines.ts
 * reads the change itself). The one product its words before "sang" name is read as that line and noted as
 * `replaced` (the bot takes it out of the cart); an amount right after "thành", or after what the line becomes, is
 * the new amount. Naming no one product, what the words after "thành" name by themselves is the new line.
 */
import { headsProduct, productHas, productHeadsOf, resolveConcepts, sharedConcepts, skuOf, unitOf } from './matcher.ts';
import { measureConcept } from './numbers.ts';
import type { Quantity } from './numbers.ts';
import { headOf } from './context.ts';
import type { Clause, Event, Line, NounPhrase, ParseContext } from './context.ts';
import { convert } from './convert.ts';

/** The words of a change clause ("đổi 2 chai cam 300 thành 5 chai chanh 300"), read by change-lines.ts. */
export interface ChangeParts {
  /** where "sang" / "thành" stands */
  to: number;
  /** what the line was, its amount, and sizes said after its words ("con lăn 9", "cáp 20m") */
  srcNP: NounPhrase | null;
  srcQ: Quantity | null;
  sizes: Quantity[];
  /** what it becomes, the first amount after "sang", and the new amount (right after "thành" or after the words) */
  dstNP: NounPhrase | null;
  dstQ: Quantity | null;
  newQ: Quantity | null;
}

/**
 * The cart's line a change said alone changes, or what became of the clause: 'read' when it is read whole (a new line
 * placed, or nothing to place: "e muốn đổi mực 30ml sang 60ml được không" asks to exchange goods bought; "đổi số điện
 * thoại sang 0398 …" names no goods), 'ask' when the line it names cannot be told.
 */
export function lineOfCart(cx: ParseContext, c: Clause, p: ChangeParts): Line | 'read' | 'ask' {
  if (c.softQ || c.hardQ || cx.sentenceQuestion[c.sentence] || (p.dstNP === null && p.dstQ === null)) return 'read';
  // (With no amount said of it, the unit of the new amount tells the line's goods: "pp đen đổi thành 5 bao".)
  const counted = p.dstQ !== null && p.dstQ.unit !== null && (p.dstQ.unit.dim === 'count' || p.dstQ.unit.dim === 'pair') ? p.dstQ : null;
  const line = cartLine(cx, p.srcQ ?? counted, p.srcNP, p.sizes);
  if (line !== null) return line;
  if (newLine(cx, c, p)) return 'read';
  return p.srcNP === null ? 'read' : 'ask';
}

/**
 * The new amount of the cart's line, if the words after "sang" give one: a count, or a measure the line is sold by
 * ("thành 8", "thành 5 hộp", "thành 22m2"), not the size of a pack ("sang loại 10 cái") or of the goods ("sang 1
 * lít"). A bare number no product of the line's kind is named by is the amount, before the goods it counts ("sang 2
 * bình ipa 2L") or after "thành" ("thành 8"); else it is that size ("xịt sên 200 thành 400", "sang 26 chân 2m1").
 */
export function newAmountOf(cx: ParseContext, p: ChangeParts, from: Line): { amount: Quantity | null; size: string | null } {
  const q = p.newQ;
  const size = p.dstQ !== null && p.dstQ.unit === null ? sizeOfKind(cx, from.product, p.dstQ.value) : null;
  if (q === null) return { amount: null, size };
  const amount = q.unit === null ? size === null && (p.dstNP?.start === q.end || cx.ts[p.to]!.fold === 'thanh')
    : q.unit.dim === 'count' || q.unit.dim === 'pair' || q.unit.dim === unitOf(cx.m, from.product).dim;
  return { amount: amount ? q : null, size };
}

/**
 * The line of the cart a change said alone names: the one product of the words before "sang", with the amount said
 * there (else one). It is read as ordered, and noted as replaced, so the bot takes the cart's line out.
 */
function cartLine(cx: ParseContext, q: Quantity | null, np: NounPhrase | null, sizes: readonly Quantity[]): Line | null {
  if (np === null) return null;
  const r = resolveConcepts(cx.m, np.hits, q?.unit ?? null, np.unknownAttr, headOf(cx, np));
  // A size said after the words picks among the products they name.
  const fit = r.conflict ? [] : r.candidates.filter((p) => sizes.every((s) => sizeConcepts(s).some((k) => productHas(cx.m, p, k))));
  if (fit.length !== 1) return null;
  const product = fit[0]!;
  // (A count after "thành" only told the goods; the amount said of the line is before its words.)
  const own = q !== null && q.start < np.end ? q : null;
  const qty = own !== null ? convert(cx, own, product) : 1;
  if (qty === null || qty <= 0) return null;
  for (const s of sizes) cx.usedQ.add(s);
  if (own !== null) cx.usedQ.add(own);
  const line: Line = { product, qty, implied: own === null, np, q: own };
  cx.lines.push(line);
  cx.lastLine = line;
  cx.replaced.push(product);
  cx.trace?.push(`change alone: the cart's ${skuOf(cx.m, product)}`);
  return line;
}

/**
 * "đổi jinro mận sang jinro dâu, vẫn 1 chai", "…, số lượng giữ nguyên 2 gói", "đổi bột ớt 100g sang 500g, 1 gói
 * thôi": right after a change, a clause of only an amount is the changed line's amount. True when it read it so.
 */
export function keptAmount(cx: ParseContext, c: Clause, evs: readonly Event[]): boolean {
  const ch = cx.changed;
  if (ch === null || cx.clauses.indexOf(ch.clause) !== cx.clauses.indexOf(c) - 1 || evs.length !== 1 || evs[0]!.t !== 'Q') return false;
  const q = evs[0]!.q;
  const n = convert(cx, q, ch.line.product);
  if (n === null || n <= 0) return false;
  ch.line.qty = n;
  cx.usedQ.add(q);
  cx.trace?.push(`change: ${skuOf(cx.m, ch.line.product)} stays × ${n}`);
  return true;
}

/**
 * "đổi lại thành 12 ly trà tắc vừa", "đổi 3 loại đó thành 2 bộ combo 3 dầu": said alone, with no one line of the cart
 * named, what the words after "thành" name by themselves is the new line (the cart's line it replaces is not known).
 */
function newLine(cx: ParseContext, c: Clause, { srcQ, srcNP, newQ, dstNP }: ChangeParts): boolean {
  if (dstNP === null) return false;
  const q = newQ ?? srcQ;
  const r = resolveConcepts(cx.m, dstNP.hits, q?.unit ?? null, dstNP.unknownAttr, headOf(cx, dstNP));
  if (r.candidates.length !== 1 || r.conflict) return false;
  const product = r.candidates[0]!;
  const qty = q !== null ? convert(cx, q, product) : 1;
  if (qty === null || qty <= 0) return false;
  for (const used of [srcQ, newQ]) if (used !== null) cx.usedQ.add(used);
  const line: Line = { product, qty, implied: q === null, np: dstNP, q };
  cx.lines.push(line);
  cx.lastLine = line;
  // The line changed is one of the products its words name ("keo đổi sang weber": some glue): the bot takes it out of
  // the cart when the cart holds one of them.
  if (srcNP !== null) {
    const r = resolveConcepts(cx.m, srcNP.hits, null, srcNP.unknownAttr, headOf(cx, srcNP));
    const kind = productHeadsOf(cx.m, product);
    const unit = unitOf(cx.m, product).key;
    if (!r.conflict) for (const p of r.candidates) if (p !== product && unitOf(cx.m, p).key === unit && [...kind].some((h) => headsProduct(cx.m, p, h))) cx.replaced.push(p);
  }
  for (const np of [srcNP, dstNP]) if (np !== null) cx.mentions.push({ np, line, unresolved: null, sentence: c.sentence, explicit: true });
  cx.trace?.push(`change alone: a new line ${skuOf(cx.m, product)} × ${qty}`);
  return true;
}

/**
 * "pho 20 sang 40", "xịt sên 200 thành 400", "đèn 33 chân 2m1 sang 26 chân 2m1": the attribute a bare number names in
 * a product of the line's kind (a number, a size, centimetres).
 */
function sizeOfKind(cx: ParseContext, from: number, v: number): string | null {
  const heads = productHeadsOf(cx.m, from);
  // (Of the readings the products of its kind carry, the one the product closest to the line carries: "bộ đèn 33 chân
  // 2m1 sang 26" is the 26 cm set with a stand, "len:26", not the light alone whose alias "ring 26 không chân" says 26.)
  let best: string | null = null;
  let bestShared = -1;
  for (const concept of [`num:${v}`, `sz:${v}`, `len:${v}`]) {
    for (let p = 0; p < cx.m.products.length; p++) {
      // (Not the number of a length in millimetres: "thôi đổi thành 4" after "2 tấm alu" is an amount, not the 4mm.)
      if (concept === `num:${v}` && productHas(cx.m, p, `mm:${v}`)) continue;
      if (p === from || !productHas(cx.m, p, concept) || ![...heads].some((h) => headsProduct(cx.m, p, h))) continue;
      const shared = sharedConcepts(cx.m, p, from);
      if (shared > bestShared) {
        best = concept;
        bestShared = shared;
      }
    }
  }
  return best;
}

/** The attributes a size said after a product's words may name: "30" a number or a size, "20m" its measure. */
function sizeConcepts(q: Quantity): string[] {
  if (q.unit === null) return [`num:${q.value}`, `sz:${q.value}`];
  const m = measureConcept(q.value, q.unit);
  return m === null ? [] : [m];
}
