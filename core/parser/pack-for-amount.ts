/**
 * "1 lít nước mắm" beside bottles of 500 ml and 1 l, "2 kg gạo nếp than" beside bags of 1 kg and 5 kg: an amount by
 * weight or volume of goods sold only in packs of it. The pack of that amount, or a whole number of one pack when the
 * packs make the amount in that way only; "2 cân bún tươi" beside packs of 500 g and 1 kg (two or four?) asks, as a
 * shop assistant would. Only when every candidate is such a pack (nothing is sold loose by that measure) and no
 * container is named.
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
  // The pack of exactly that amount, else a whole number of one pack when that is the only way the packs make it ("2
  // kg gạo nếp than" beside bags of 1 kg and 5 kg: two of 1 kg). Where they make it in several ways ("2 cân bún tươi"
  // beside 500 g and 1 kg: two or four, "1 cân rưỡi": three or a mix) or not at all, ask.
  const sizes: number[] = [];
  for (const p of candidates) {
    const pu = unitOf(cx.m, p);
    // (A plate of 300 g of meat, a cake of 1 kg sold by the piece: any count, each of a fixed weight.)
    if (pu.dim !== 'count') return null;
    const size = packSize(cx.m, p, u.dim);
    if (size === null) return null;
    if (Math.abs(size - amount) < 1e-9) return p;
    sizes.push(size);
  }
  const fit = onlyWay(amount, sizes);
  return fit !== null && inSeries(cx, candidates[fit]!, candidates) ? candidates[fit]! : null;
}

/**
 * The index of the one size of exactly the amount, else of the one size a whole number of which makes it, when the
 * sizes make it in that way only (mixes counted: 40 of packs of 10 and 30 are four of 10 or one of each); else
 * null.
 */
function onlyWay(amount: number, sizes: readonly number[]): number | null {
  const whole = (x: number): number => Math.round(x * 1000);
  const target = whole(amount);
  const units = sizes.map(whole);
  if (target <= 0 || units.some((n) => n <= 0)) return null;
  if (units.includes(target)) return units.indexOf(target) === units.lastIndexOf(target) ? units.indexOf(target) : null;
  const g = units.reduce(gcd, target);
  const t = target / g;
  // (Amounts of thousands of the smallest pack: too many ways to tell; ask.)
  if (t > 20000) return null;
  // Ways to make each amount up to t, counted to two.
  const ways = new Uint8Array(t + 1);
  ways[0] = 1;
  for (const n of new Set(units.map((n) => n / g))) for (let k = n; k <= t; k++) ways[k] = Math.min(2, ways[k]! + ways[k - n]!);
  if (ways[t] !== 1) return null;
  const one = units.findIndex((n) => target % n === 0);
  return one >= 0 && units.filter((n) => n === units[one]).length === 1 ? one : null;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * "4 viên pin tiểu energizer" beside blisters of 2 and of 4, "8 tấm lót cói" beside sets of 4 and of 6, "20 viên há
 * cảo" beside boxes of 20 and 40: a count of the pieces the packs hold, in the word they count. As with a weight, the
 * pack of exactly that many, or a whole number of one pack when the packs make the count in that way only. Only when
 * every candidate is a pack counting that word and none is sold by it.
 */
export function packForPieces(cx: ParseContext, q: Quantity | null, candidates: readonly number[]): number | null {
  if (q === null || q.unit === null || q.unit.dim !== 'count' || q.unitIdx < 0) return null;
  const word = cx.ts[q.unitIdx]!.fold;
  // ("khẩu trang gói 20 cái lấy 1": after a container word the count is what the pack holds, not the amount.)
  if (UNITS.get(cx.ts[q.start - 1]) !== undefined) return null;
  // As with a weight, the pack of exactly that many, else a whole number of one pack when that is the only way the
  // packs make the count ("18 tấm" beside sets of 4 and 6 is three of 6 or three of 4 and one of 6; "40 quả trứng"
  // beside trays of 10 and 30: ask).
  const counts: number[] = [];
  for (const p of candidates) {
    const n = packCount(cx.m, p);
    if (n === null || n < 2 || unitOf(cx.m, p).key === q.unit.key || !productHas(cx.m, p, `packword:${word}`)) return null;
    counts.push(n);
  }
  const k = onlyWay(q.value, counts);
  if (k === null) return null;
  const fit = candidates[k]!;
  // (Only packs of one product in several sizes: "4 viên pin AA" beside Energizer, Duracell and Con Ó blisters names
  // no brand; ask.)
  return sameGoods(cx, candidates) ? fit : null;
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
