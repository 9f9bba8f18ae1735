/**
 * Giving a mentioned product its amount: an implied one replaced, a restated one set, "thêm"/"nữa" added; in a unit the
 * line is not sold in, the sibling sold in it. Shared by the binding stage (bind.ts) and the rules that add to lines
 * already placed ("mỗi loại thêm 1 hũ nữa").
 */
import type { Mention, ParseContext } from './context.ts';
import type { Quantity } from './numbers.ts';
import { closestTo, productHeadsOf, unitOf } from './matcher.ts';
import { convert } from './convert.ts';
import { addLine, place } from './place.ts';
import { halfNamed } from './half-named.ts';

/** Gives a mentioned product a quantity: replaces an implied or restated one, or adds "thêm"/"nữa". */
export function fill(cx: ParseContext, m: Mention, q: Quantity, mode: 'set' | 'add', each = false): void {
  cx.usedQ.add(q);
  if (m.line) {
    // ("gà quay 2 con, à thêm nửa con nữa": more by half is one of the product that is the half.)
    const half = mode === 'add' ? halfNamed(cx, q, m.line.product) : null;
    if (half !== null) {
      addLine(cx, m, { product: half, qty: 1, implied: false, np: m.np, q });
      return;
    }
    const qty = convert(cx, q, m.line.product);
    if (qty === null) {
      // "2 lốc tất. Thêm 3 đôi lẻ nữa": more, in a unit the line's product is not sold in, is of the one product
      // of the same kind sold in that unit; with none, or several, ask rather than lose the amount.
      const sibling = mode === 'add' ? unitSibling(cx, m.line.product, q) : null;
      if (sibling !== null) addLine(cx, m, { product: sibling, qty: q.value, implied: false, np: m.np, q });
      else cx.unresolved.push({ phrase: '', qty: q.value, candidates: [], implied: false });
      return;
    }
    m.line.qty = mode === 'add' && !m.line.implied ? m.line.qty + qty : qty;
    m.line.implied = false;
    return;
  }
  if (m.unresolved && each && m.unresolved.candidates.length > 1) {
    // "bông tai mỗi màu 2 đôi": each of the products the phrase fits, instead of asking which.
    const u = m.unresolved;
    const k = cx.unresolved.indexOf(u);
    if (k >= 0) cx.unresolved.splice(k, 1);
    m.unresolved = null;
    place(cx, m, q, true, false);
    return;
  }
  if (m.unresolved) {
    m.unresolved.qty = mode === 'add' && !m.unresolved.implied ? m.unresolved.qty + q.value : q.value;
    m.unresolved.implied = false;
    return;
  }
  place(cx, m, q, each, false);
}

/**
 * The product sharing a head noun with product p that is sold in the quantity's own unit ("đôi" beside "lốc"); of
 * several, the one that shares the most of p's words ("sữa chua không đường" hũ beside its lốc), if only one does.
 */
function unitSibling(cx: ParseContext, p: number, q: Quantity): number | null {
  if (q.unit === null || q.unitIdx < 0) return null;
  const heads = productHeadsOf(cx.m, p);
  const key = q.unit.key;
  const sold = cx.m.products.map((_, o) => o).filter((o) => unitOf(cx.m, o).key === key && [...productHeadsOf(cx.m, o)].some((h) => heads.has(h)));
  return closestTo(cx.m, p, sold);
}

/** Adds the amount to every line the message placed before it (each product once); false when there are none. */
export function moreOfEach(cx: ParseContext, q: Quantity): boolean {
  const seen = new Set<number>();
  const targets = cx.mentions.filter((m) => m.line !== null && cx.lines.includes(m.line) && !seen.has(m.line.product) && seen.add(m.line.product) !== undefined);
  // (Lines still waiting for their amount, "thêm bún thêm chả mỗi thứ 1 phần", take it as "each" says.)
  if (targets.length < 2 || targets.some((m) => m.line!.implied)) return false;
  for (const m of targets) fill(cx, m, q, 'add');
  return true;
}
