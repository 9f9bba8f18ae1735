/**
 * "đĩa 20 lấy 10 cái, à đổi sang loại to nhé", "1 chuong bat 10cm, a doi sang loai to di e", "Lư hương 20 lấy 1. Đổi
 * sang loại to 35 nhé", "Đôn 45 lấy 2 cái, à không đổi sang loại cao nhất": a correction that names no goods, only a
 * bigger or smaller size, changes the line just ordered to its sibling of that size, the amount kept. The siblings
 * are the products whose names differ from the line's only by one measure (a length, a volume, a letter size…): the
 * next one that way, the one of the number said ("to 35"), or the largest or smallest ("cao nhất"). When more than
 * one lies that way and nothing says which, the bot asks ("to hơn 1 size" is the nearest). The measures compared are
 * those both names give ("1m6 x 2m" beside "1m8 x 2m"; "size M (Ø30cm)" beside "size L (Ø40cm)").
 */
import { LETTER_SIZES, WordSet } from './lexicon.ts';
import { isWord, phraseOf } from './context.ts';
import type { Clause, Event, ParseContext } from './context.ts';
import { nameConcepts, plainConcept } from './matcher.ts';
import { LARGEST, MEASURE_KINDS, MOST, SMALLEST, valueOf as measureValue } from './superlative.ts';

/** Words after which a size word names the new size: "đổi sang loại to", "thành cỡ nhỏ". */
const TO_SIZE = new WordSet(['sang', 'thành', 'qua', 'loại', 'cỡ', 'size', 'kiểu']);
const LETTER_ORDER = ['xxs', 'xs', 's', 'm', 'l', 'xl', 'xxl', 'xxxl'];
/** Size words a name may carry besides its measure ("Khăn vuông nhỏ 60x60"). */
const SIZE_NAMES = new Set(['to', 'lon', 'nho', 'be', 'vua', 'trung', 'dai', 'ngan', 'cao', 'thap']);

export function sizeChange(cx: ParseContext, c: Clause, evs: readonly Event[]): boolean {
  const line = cx.lastLine;
  if (c.dead || line === null || !evs.some((e) => e.t === 'CORR') || evs.some((e) => e.t === 'NP' && e.np.hits.length > 0)) return false;
  const ts = cx.ts;
  let want: 1 | -1 | 0 = 0;
  let at = -1;
  for (let i = c.start + 1; i < c.end; i++) {
    const t = ts[i];
    if (isWord(t) && isWord(ts[i - 1]) && TO_SIZE.has(ts[i - 1]!) && (LARGEST.has(t) || SMALLEST.has(t))) {
      want = LARGEST.has(t) ? 1 : -1;
      at = i;
      break;
    }
  }
  if (want === 0) return false;
  const next = ts[at + 1];
  const most = MOST.has(next);
  const said = isWord(next) && /^\d+$/.test(next.low) ? Number(next.low) : null;
  // ("đổi sang loại to hơn 1 size": one size that way, the nearest.)
  const oneStep = isWord(next) && next.fold === 'hon' && /^(1|một|mot)$/.test(ts[at + 2]?.low ?? '');
  const own = measuresOf(cx, line.product);
  if (own.size === 0) return false;
  const others: { p: number; v: number }[] = [];
  for (let p = 0; p < cx.m.products.length; p++) {
    if (p === line.product || !sameBut(cx, p, line.product)) continue;
    const d = compared(own, measuresOf(cx, p));
    if (d !== null && d.sign === want) others.push({ p, v: d.v });
  }
  if (others.length === 0) return false;
  others.sort((a, b) => (a.v - b.v) * want);
  let pick: number | null = null;
  if (said !== null) pick = others.find((o) => o.v === said || o.v === said * 10)?.p ?? null;
  else if (most) pick = others[others.length - 1]!.p;
  else if (oneStep) pick = others[0]!.p;
  else if (others.length === 1) pick = others[0]!.p;
  if (said !== null && pick === null) return false;
  if (pick === null) {
    cx.lines.splice(cx.lines.indexOf(line), 1);
    cx.lastLine = null;
    cx.unresolved.push({ phrase: line.np ? phraseOf(cx, line.np) : '', qty: line.qty, candidates: [line.product, ...others.map((o) => o.p)].map((p) => cx.m.products[p]!.sku), implied: false });
    cx.trace?.push('size change: more than one size that way → ask');
    return true;
  }
  line.product = pick;
  cx.trace?.push(`size change: the line becomes ${cx.m.products[pick]!.sku} × ${line.qty}`);
  return true;
}

/** The product's measures by kind (a letter size counts in order); a kind the name gives twice is left out. */
function measuresOf(cx: ParseContext, p: number): Map<string, number> {
  const out = new Map<string, number>();
  const twice = new Set<string>();
  for (const c of nameConcepts(cx.m, p)) {
    const kind = c.slice(0, c.indexOf(':'));
    let v = NaN;
    if (MEASURE_KINDS.includes(kind)) v = measureValue(kind, c);
    else if (LETTER_SIZES.has(c)) v = LETTER_ORDER.indexOf(c);
    if (!Number.isFinite(v) || v < 0) continue;
    const k = LETTER_SIZES.has(c) ? 'letter' : kind;
    if (out.has(k)) twice.add(k);
    out.set(k, v);
  }
  for (const k of twice) out.delete(k);
  return out;
}

/**
 * Which way product b lies from a by the measures both names give ("Chiếu bông đỏ 1m6 x 2m" and "… 1m8 x 2m": larger
 * by its length; "Giỏ … size M (Ø30cm)" and "… size L (Ø40cm)": larger by letter and by length): the way, and b's value
 * of the first measure that differs, to order several; null when none differs or they disagree.
 */
function compared(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): { sign: 1 | -1; v: number } | null {
  let sign: 1 | -1 | 0 = 0;
  let v = 0;
  for (const [k, x] of a) {
    const y = b.get(k);
    if (y === undefined || y === x) continue;
    const s = y > x ? 1 : -1;
    if (sign !== 0 && s !== sign) return null;
    if (sign === 0) v = y;
    sign = s;
  }
  return sign === 0 ? null : { sign, v };
}

/** Products p and q are named alike but for their measure and size words. */
function sameBut(cx: ParseContext, p: number, q: number): boolean {
  // (A word with a number, "ø30cm", is a measure too; a size word is one with its spelling, "nho~nhỏ".)
  const core = (x: number): string[] => [...nameConcepts(cx.m, x)].filter((c) => !MEASURE_KINDS.includes(c.slice(0, c.indexOf(':'))) && !LETTER_SIZES.has(c) &&
    !SIZE_NAMES.has(plainConcept(c)) && !c.startsWith('na:') && !c.startsWith('#') && !/\d/.test(c)).sort();
  const a = core(p);
  const b = core(q);
  return a.length === b.length && a.every((c, k) => c === b[k]);
}
