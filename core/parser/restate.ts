/**
 * Restatements: "cho 4 đôi dép 37, xin lỗi 3 đôi thôi", "mua 3 mét dây quai, mà thôi lấy 5 mét", "3 chai rượu
 * ngô, bớt 1 chai". A later clause that names no product, only an amount in the unit of the line just placed, and
 * says that it corrects ("thôi", "xin lỗi", "nhầm") or reduces ("bớt") gives that line its new quantity instead of
 * being an amount the reading cannot explain.
 */
import { CHO, ORDER_VERBS, WordSet } from './lexicon.ts';
import { isWord } from './context.ts';
import type { Clause, Line, ParseContext } from './context.ts';
import type { Quantity } from './numbers.ts';
import { convert } from './convert.ts';
import { closestTo, hasKind, headsProduct, productConcepts, productHas, productHeadsOf, unitOf } from './matcher.ts';
import { measureConcept } from './numbers.ts';
import { ANY_PIECE } from './units.ts';

/** Words that mark a clause as correcting the amount said before. */
const RESTATE = new WordSet(['thôi', 'lỗi', 'nhầm', 'sorry', 'actually', 'ủa']);
/** Words that reduce the amount said before by the new one. */
const REDUCE = new WordSet(['bớt', 'giảm', 'bỏ', 'less']);
/** Words before an amount that make it the total of the line ("cho đủ 4", "là 3", "tổng 5", "cho chẵn 5"). */
const TOTAL = new WordSet(['đủ', 'là', 'tổng', 'total', 'chẵn']);
/** "bỏ 1 hộp, còn 2": the amount that remains; "à đổi thành khô lóc lớn, vẫn 2 ký": the amount kept. */
const REMAINS = new WordSet(['còn', 'vẫn']);

/** Applies q to the line just placed when clause c restates its amount; true when it did. */
export function restate(cx: ParseContext, c: Clause, q: Quantity): boolean {
  const line = cx.lastLine;
  if (line === null || line.implied || cx.lines.indexOf(line) < 0) return false;
  // "thêm 2 cái nữa cho đủ 4", "thêm 1 nữa là 3", "tổng 5 cái": the amount after these words is the total.
  // ("thêm 5 tấm nữa cho tròn 30": "cho tròn" too, a round total; "tròn" alone may be a word of the names, "đèn tròn".)
  const total = TOTAL.has(cx.ts[q.start - 1]) || (cx.ts[q.start - 1]?.low === 'tròn' && CHO.has(cx.ts[q.start - 2]));
  if (c.more && !total) return false;
  let marked = c.only === true || total;
  let reduce = false;
  for (let j = c.start; j < q.start; j++) {
    const t = cx.ts[j];
    if (!isWord(t)) continue;
    if (RESTATE.has(t)) marked = true;
    // ("phèn vàng 5 túi, thôi bớt lại 3 túi thôi": cut back to 3, "lại" after the verb.)
    if (REDUCE.has(t)) {
      const backTo = isWord(cx.ts[j + 1]) && cx.ts[j + 1]!.fold === 'lai' && j + 2 === q.start;
      reduce = !backTo;
      if (backTo) marked = true;
    }
    // ("bớt còn 8 hộp": what remains after cutting down is the new amount, nothing taken off it.)
    if (REMAINS.has(t) && j === q.start - 1) [marked, reduce] = [true, false];
    // "3 gói mè xửng giòn 250g, à 4 gói đi": "à" right before an amount alone takes the amount back.
    if ((t.low === 'à' || t.low === 'ah') && j === q.start - 1) marked = true;
  }
  if (!marked && !reduce) return false;
  // The amount must be in the line's own terms ("3 đôi" of sandals, "5 mét" of cord), or a bare number.
  const qty = convert(cx, q, line.product);
  if (qty === null || qty <= 0) return false;
  if (reduce) {
    if (qty >= line.qty) return false;
    line.qty -= qty;
  } else if (total) {
    // The total counts the other lines of the same product ("2 trâm trơn, thêm 1 … nữa là 3").
    const others = cx.lines.reduce((n, l) => (l !== line && l.product === line.product ? n + l.qty : n), 0);
    if (qty - others <= 0) return false;
    line.qty = qty - others;
  } else line.qty = qty;
  cx.usedQ.add(q);
  cx.trace?.push(`restate: ${cx.m.products[line.product]!.sku} → ${line.qty}`);
  return true;
}

/**
 * "2 vòng tay 8 ly, à nhầm 10 ly", "4 chai tương 500ml, à nhầm, 1 lít": after a correction, an amount that is an
 * attribute of a sibling of the line just placed (its pack count, size or volume) names that sibling; the line
 * keeps its quantity. Among several such siblings, the one sharing most with the line, when it alone does.
 */
export function correctToSibling(cx: ParseContext, q: Quantity): boolean {
  const line = cx.lastLine;
  if (line === null || cx.lines.indexOf(line) < 0) return false;
  // "3 túi st25 5kg. à không, 2 túi thôi": counted in the unit the line is sold in, the number is its new amount,
  // not the size of a sibling ("túi 2kg").
  // (So is one in the measure it is sold by, "2kg tôm tít, à không, lấy 1kg thôi" of shrimp by the kilo, or in a bare
  // piece when it is sold by the piece, "Cốc in ảnh … 3 cái, à không, 2 cái thôi" of a mug by the chiếc.)
  const sold = unitOf(cx.m, line.product);
  const pieces = q.unit !== null && ANY_PIECE.hasText(q.unit.key) && ANY_PIECE.hasText(sold.key);
  // (Not when the line was named by a measure of that kind, "b40 1m5 80m, à thôi lấy 1m8": the width of a sibling.)
  const measure = q.unit !== null && q.unit.dim !== 'count' ? measureConcept(q.value, q.unit) : null;
  const namedBy = measure !== null && (line.np?.hits.some((h) => h.concept.startsWith(measure.slice(0, measure.indexOf(':') + 1))) ?? false);
  if (q.unit !== null && ((q.unit.dim === 'count' && (q.unit.key === sold.key || pieces)) || (q.unit.dim !== 'count' && q.unit.dim === sold.dim && !namedBy))) return false;
  // ("… x4, ay nham, lay 3 thoi": a bare number right after an order verb is how many to take, not "số 3"; unless the
  // line was named by a number of that kind, "1 đèn trăng 15, à thôi lấy 18" beside the 18 cm moon lamp.)
  if (q.unit === null && ORDER_VERBS.has(cx.ts[q.start - 1]) && !sizedBySameKind(cx, line, q.value)) return false;
  // ("4 túi móc nhựa 10 cái, à đổi thành 2 túi 20 cái": an outer pack and what it holds name the sibling that holds
  // so many, two of it.)
  const outer = q.outer;
  if (outer !== undefined && outer.unit !== null && outer.value > 0) {
    const inner = q.value / outer.value;
    const siblings = cx.m.products.map((_, p) => p).filter((p) => p !== line.product && productHas(cx.m, p, `na:pack:${inner}`) &&
      unitOf(cx.m, p).key === outer.unit!.key && [...productHeadsOf(cx.m, line.product)].some((h) => headsProduct(cx.m, p, h)));
    const best = closestTo(cx.m, line.product, siblings);
    if (best === null) return false;
    line.product = best;
    line.qty = outer.value;
    cx.usedQ.add(q);
    cx.trace?.push(`restate: corrected to ${cx.m.products[best]!.sku} × ${outer.value}`);
    return true;
  }
  let concepts = new Set([`na:pack:${q.value}`, `num:${q.value}`, `sz:${q.value}`]);
  // (After "đổi thành", a bare number names a sibling only by a value of a kind the line's product has, "phượng hoàng
  // 50 … đổi thành 80"; else it is the new amount, "đèn kẹp 5W trắng x3, à thôi đổi thành 2".)
  if (q.unit === null && cx.ts[q.start - 1]?.fold === 'thanh') {
    const own = productConcepts(cx.m, line.product);
    concepts = new Set([...concepts].filter((c) => hasKind(own, c.slice(0, c.lastIndexOf(':') + 1))));
  }
  if (q.unit !== null && q.unit.dim !== 'count' && q.unit.dim !== 'pair') {
    const c = measureConcept(q.value, q.unit);
    if (c !== null) concepts.add(c);
  }
  const unitWord = q.unitIdx >= 0 ? cx.ts[q.unitIdx] : undefined;
  if (isWord(unitWord)) concepts.add(`na:${unitWord.fold}:${q.value}`);
  const heads = productHeadsOf(cx.m, line.product);
  // (A bare number is no length in millimetres here: "2 tấm alu bạc xước, thôi đổi thành 4" is four of them, not the
  // 4mm sheet.)
  const named = (p: number, c: string): boolean => productHas(cx.m, p, c) && !(q.unit === null && c.startsWith('num:') && productHas(cx.m, p, `mm:${q.value}`));
  const siblings = cx.m.products.map((_, p) => p).filter((p) =>
    [...heads].some((h) => headsProduct(cx.m, p, h)) && [...concepts].some((c) => named(p, c)));
  const best = closestTo(cx.m, line.product, siblings);
  if (best === null) return false;
  line.product = best;
  cx.usedQ.add(q);
  cx.trace?.push(`restate: corrected to ${cx.m.products[best]!.sku}`);
  return true;
}

/**
 * The line was named by a size or number ("đèn trăng 15": len:15) and a sibling of it has the value v of that kind
 * instead (len:18).
 */
function sizedBySameKind(cx: ParseContext, line: Line, v: number): boolean {
  const said = line.np?.hits.map((h) => /^(len|sz|num|vol|mass):/.exec(h.concept)?.[1]).filter((k) => k !== undefined) ?? [];
  if (said.length === 0) return false;
  const heads = productHeadsOf(cx.m, line.product);
  return said.some((k) => cx.m.products.some((_, p) => p !== line.product && productHas(cx.m, p, `${k}:${v}`) && [...heads].some((h) => headsProduct(cx.m, p, h))));
}

/**
 * "5 gói lót thấm sữa với 1 hộp nữa" where the pads come in bags of 10 and boxes of 30: more of the line in a
 * container its product is not sold in, but a sibling is, is a line of that sibling (the one sharing most with the
 * line).
 */
export function moreOfSibling(cx: ParseContext, q: Quantity): boolean {
  const line = cx.lastLine;
  if (line === null || cx.lines.indexOf(line) < 0 || q.unit === null || q.unit.dim !== 'count') return false;
  // ("thêm 1 shot cho 1 ly": what the extra is for, not more goods.)
  if (CHO.has(cx.ts[q.start - 1])) return false;
  const key = q.unit.key;
  if (unitOf(cx.m, line.product).key === key) return false;
  const heads = productHeadsOf(cx.m, line.product);
  const siblings = cx.m.products.map((_, p) => p).filter((p) => p !== line.product && unitOf(cx.m, p).key === key &&
    [...heads].some((h) => headsProduct(cx.m, p, h)));
  const best = closestTo(cx.m, line.product, siblings);
  if (best === null) return false;
  cx.usedQ.add(q);
  const added: Line = { product: best, qty: q.value, implied: false, np: line.np, q };
  cx.lines.push(added);
  cx.lastLine = added;
  cx.trace?.push(`more: ${cx.m.products[best]!.sku} × ${q.value} (the sibling sold by that container)`);
  return true;
}
