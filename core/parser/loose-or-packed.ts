/**
 * "Cho chị 2 lít mật ong rừng" where the honey is sold by the litre from a can and also in bottles of 500 ml and 1 l,
 * "lấy 1 cân vải sấy" beside dried lychees by the kilo and in bags of 500 g and 1 kg: an amount by weight or volume,
 * no container said, of goods sold loose by that measure and packed in sizes that make it up. The assistant cannot
 * tell whether the customer wants it weighed out or in the packs: ask, offering both. (The words of the loose one,
 * "mật ong đong", "vải sấy xá", or a container, "2 chai", tell them apart and are read as before.)
 */
import { resolveConcepts, unitOf } from './matcher.ts';
import { headOf, quantityOf } from './context.ts';
import type { NounPhrase, ParseContext } from './context.ts';
import type { Quantity } from './numbers.ts';
import { packSize } from './packs.ts';
import { CONTAINERS, UNITS } from './units.ts';
import { WordSet } from './lexicon.ts';

/** Words that say goods are weighed or poured out: "xá", "đong", "lẻ", "rời", "theo" (kg). */
const LOOSE = new WordSet(['xá', 'đong', 'lẻ', 'rời', 'theo', 'cân']);

export function looseOrPacked(cx: ParseContext, np: NounPhrase, q: Quantity | null, loose: number): number[] | null {
  const u = q?.unit ?? null;
  if (q === null || u === null || (u.dim !== 'mass' && u.dim !== 'volume') || unitOf(cx.m, loose).dim !== u.dim) return null;
  const c = cx.curClause;
  // (A container said, or a word that says loose besides the amount: "miến cân ký", "hành xá", "theo kg", "loại lít".)
  // (The loose word anywhere in the message: "đong cho chú 2 lít 40 độ, 2 lít 45 độ".)
  const said = c === null ? [] : cx.ts.slice(c.start, c.end).filter((t, k) => c.start + k < q.start || c.start + k >= q.end);
  if (said.some((t) => CONTAINERS.has(t) || UNITS.get(t)?.dim === u.dim) || cx.ts.some((t, k) => LOOSE.has(t) && !unitOfAmount(cx, k))) return null;
  const amount = q.value * u.factor;
  const all = resolveConcepts(cx.m, np.hits, null, np.unknownAttr, headOf(cx, np)).candidates;
  const packs = all.filter((p) => {
    if (p === loose || unitOf(cx.m, p).dim !== 'count') return false;
    const size = packSize(cx.m, p, u.dim);
    return size !== null && Math.abs(size - amount) < 1e-9;
  });
  return packs.length > 0 ? [loose, ...packs] : null;
}

/** Token k is the unit of an amount said before it ("1 cân vải sấy"), not a word of the goods ("muối hạt cân"). */
function unitOfAmount(cx: ParseContext, k: number): boolean {
  for (let j = Math.max(0, k - 3); j < k; j++) if (quantityOf(cx, j)?.unitIdx === k) return true;
  return false;
}
