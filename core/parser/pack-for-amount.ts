/**
 * "2 cân bún tươi" when the stall sells "Bún tươi gói 500g" and "Bún tươi gói 1kg", "1 lít nước mắm" beside bottles
 * of 500 ml and 1 l: an amount by weight or volume of goods sold only in packs of it. A shop assistant hands over
 * the fewest whole packs that make the amount: the pack of that amount, or the largest pack that fits in it when the
 * amount is a whole number of it. Only when every candidate is such a pack (nothing is sold loose by that measure) and
 * no container is named.
 */
import { nameConcepts, productHas, unitOf } from './matcher.ts';
import { packCount, packSize } from './packs.ts';
import type { ParseContext } from './context.ts';
import type { Quantity } from './numbers.ts';
import { CONTAINERS, UNITS } from './units.ts';

export function packForAmount(cx: ParseContext, q: Quantity | null, candidates: readonly number[]): number | null {
  const u = q?.unit ?? null;
  if (q === null || u === null || (u.dim !== 'mass' && u.dim !== 'volume')) return null;
  // ("mắm 40 độ can 10 lít 1 can": a container said names the pack itself, the amount is its size; "5 lít dầu lạc
  // can": then only the container of exactly that amount is meant.)
  const c = cx.curClause;
  const containers = c === null ? [] : cx.ts.slice(c.start, c.end).flatMap((t, k) => (CONTAINERS.has(t) ? [c.start + k] : []));
  const amount = q.value * u.factor;
  // (A container counted, "5 lạng 2 gói", is the count of packs of that size: not here.)
  if (containers.some((k) => /^\d/.test(cx.ts[k - 1]?.low ?? ''))) return null;
  if (containers.length > 0) {
    const exact = candidates.filter((p) => {
      const size = unitOf(cx.m, p).dim === 'count' ? packSize(cx.m, p, u.dim) : null;
      return size !== null && Math.abs(size - amount) < 1e-9;
    });
    return exact.length === 1 ? exact[0]! : null;
  }
  // The pack of exactly that amount, else the largest pack that fits in it when the amount is a whole number of it
  // ("2 kg gạo nếp than" beside bags of 1 kg and 5 kg: two of 1 kg; "40ml" of 10 ml and 30 ml vials would be a mix
  // of both: ask).
  let largest: number | null = null;
  let largestSize = 0;
  for (const p of candidates) {
    const pu = unitOf(cx.m, p);
    // (A plate of 300 g of meat, a cake of 1 kg sold by the piece: any count, each of a fixed weight.)
    if (pu.dim !== 'count') return null;
    const size = packSize(cx.m, p, u.dim);
    if (size === null) return null;
    if (Math.abs(size - amount) < 1e-9) return p;
    if (size > amount) continue;
    if (size === largestSize) largest = null;
    else if (size > largestSize) {
      largest = p;
      largestSize = size;
    }
  }
  const n = amount / largestSize;
  const best = largest !== null && n >= 1 && Math.abs(n - Math.round(n)) < 1e-6 ? largest : null;
  return best !== null && inSeries(cx, best, candidates) ? best : null;
}

/**
 * "4 viên pin tiểu energizer" beside blisters of 2 and of 4, "12 tấm lót cói" beside sets of 4 and of 6, "80 viên há
 * cảo" beside boxes of 20 and 40: a count of the pieces the packs hold, in the word they count. As with a weight, the
 * fewest whole packs: the pack of exactly that many, or the largest pack that fits when the count is a whole number
 * of it. Only when every candidate is a pack counting that word and none is sold by it.
 */
export function packForPieces(cx: ParseContext, q: Quantity | null, candidates: readonly number[]): number | null {
  if (q === null || q.unit === null || q.unit.dim !== 'count' || q.unitIdx < 0) return null;
  const word = cx.ts[q.unitIdx]!.fold;
  // ("khẩu trang gói 20 cái lấy 1": after a container word the count is what the pack holds, not the amount.)
  if (UNITS.get(cx.ts[q.start - 1]) !== undefined) return null;
  // The largest pack that fits in the count; it must make it whole ("40 quả trứng" beside trays of 10 and 30 would be
  // a mix of both: ask).
  let largest: number | null = null;
  let largestSize = 0;
  for (const p of candidates) {
    const n = packCount(cx.m, p);
    if (n === null || n < 2 || unitOf(cx.m, p).key === q.unit.key || !productHas(cx.m, p, `packword:${word}`)) return null;
    if (n > q.value) continue;
    if (n === largestSize) largest = null;
    else if (n > largestSize) {
      largest = p;
      largestSize = n;
    }
  }
  if (largest === null || q.value % largestSize !== 0) return null;
  // (Only packs of one product in several sizes: "4 viên pin AA" beside Energizer, Duracell and Con Ó blisters names
  // no brand; ask.)
  return sameGoods(cx, candidates) ? largest : null;
}

/**
 * The candidates are one product in several packs: their names share every word and measure but the pack's ("Đĩa lá
 * cau 15cm" and "20cm" are two products).
 */
function sameGoods(cx: ParseContext, candidates: readonly number[]): boolean {
  const words = (p: number): string => [...goodsWords(cx, p, /^(na:pack|packword|num|sku):/)].filter((c) => !/^\d/.test(c)).sort().join(' ');
  const first = words(candidates[0]!);
  return candidates.every((p) => words(p) === first);
}

/**
 * The concepts of product p's own name that are words of the goods: not those of the kinds `leftOut` matches, nor
 * written numbers, spelling marks, containers or units.
 */
function goodsWords(cx: ParseContext, p: number, leftOut: RegExp): Set<string> {
  return new Set([...nameConcepts(cx.m, p)].filter((c) => !leftOut.test(c) && !c.startsWith('#') && !c.includes('~') &&
    !CONTAINERS.hasText(c) && UNITS.getText(c) === undefined));
}

/**
 * The largest pack, chosen for an amount that is several of it, is one size of goods sold in several ("Giò lụa Ước
 * Lễ 1kg" beside its 500 g and 250 g): the words its name has beyond those every candidate shares, some other
 * candidate has too. "2kg đường" beside white sugar by the 1 kg, brown sugar by the 500 g and icing sugar by the 250 g
 * names no one of them: ask. (A pack of exactly the amount is named by it, whatever its other words.)
 */
function inSeries(cx: ParseContext, chosen: number, candidates: readonly number[]): boolean {
  const all = candidates.map((p) => goodsWords(cx, p, /^(mass|vol|len|na|packword|num|sku):/));
  const mine = all[candidates.indexOf(chosen)]!;
  const extra = [...mine].filter((w) => !all.every((ws) => ws.has(w)));
  return extra.length === 0 || candidates.some((o, k) => o !== chosen && extra.every((w) => all[k]!.has(w)));
}
