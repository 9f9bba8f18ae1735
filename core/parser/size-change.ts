/**
 * "đĩa 20 lấy 10 cái, à đổi sang loại to nhé", "1 chuong bat 10cm, a doi sang loai to di e", "Lư hương 20 lấy 1. Đổi
 * sang loại to 35 nhé", "Đôn 45 lấy 2 cái, à không đổi sang loại cao nhất": a correction that names no goods, only a
 * bigger or smaller size, changes the line just ordered to its sibling of that size, the amount kept. The siblings
 * are the products whose names differ from the line's only by one measure (a length, a volume, a letter size…): the
 * next one that way, the one of the number said ("to 35"), or the largest or smallest ("cao nhất"). When more than
 * one lies that way and nothing says which, the bot asks.
 */
import { LETTER_SIZES, WordSet } from './lexicon.ts';
import { isWord, phraseOf } from './context.ts';
import type { Clause, Event, ParseContext } from './context.ts';
import { nameConcepts } from './matcher.ts';
import { LARGEST, MOST, SMALLEST, valueOf as measureValue } from './superlative.ts';

/** Words after which a size word names the new size: "đổi sang loại to", "thành cỡ nhỏ". */
const TO_SIZE = new WordSet(['sang', 'thành', 'qua', 'loại', 'cỡ', 'size', 'kiểu']);
const MEASURES = ['len', 'sz', 'vol', 'mass', 'num', 'dim'];
const LETTER_ORDER = ['xxs', 'xs', 's', 'm', 'l', 'xl', 'xxl', 'xxxl'];
/** Size words a name may carry besides its measure ("Khăn vuông nhỏ 60x60"). */
const SIZE_NAMES = new Set(['to', 'lon', 'nho', 'be', 'vua', 'trung', 'dai', 'ngan', 'cao', 'thap']);

export function sizeChange(cx: ParseContext, c: Clause, evs: readonly Event[]): boolean {
  const line = cx.lastLine;
  if (c.dead || line === null || !evs.some((e) => e.t === 'CORR') || evs.some((e) => e.t === 'NP')) return false;
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
  const own = valueOf(cx, line.product);
  if (own === null) return false;
  const others: { p: number; v: number }[] = [];
  for (let p = 0; p < cx.m.products.length; p++) {
    if (p === line.product || !sameBut(cx, p, line.product)) continue;
    const v = valueOf(cx, p);
    if (v !== null && v.kind === own.kind && (want === 1 ? v.v > own.v : v.v < own.v)) others.push({ p, v: v.v });
  }
  if (others.length === 0) return false;
  others.sort((a, b) => (a.v - b.v) * want);
  let pick: number | null = null;
  if (said !== null) pick = others.find((o) => o.v === said || o.v === said * 10)?.p ?? null;
  else if (most) pick = others[others.length - 1]!.p;
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

/** The product's one measure: its kind and value (a letter size counts in order), or null. */
function valueOf(cx: ParseContext, p: number): { kind: string; v: number } | null {
  let found: { kind: string; v: number } | null = null;
  for (const c of nameConcepts(cx.m, p)) {
    const kind = c.slice(0, c.indexOf(':'));
    let v = NaN;
    if (MEASURES.includes(kind)) v = measureValue(kind, c);
    else if (LETTER_SIZES.has(c)) v = LETTER_ORDER.indexOf(c);
    if (!Number.isFinite(v) || v < 0) continue;
    const k = LETTER_SIZES.has(c) ? 'letter' : kind;
    if (found !== null) return null;
    found = { kind: k, v };
  }
  return found;
}

/** Products p and q are named alike but for their measure and size words. */
function sameBut(cx: ParseContext, p: number, q: number): boolean {
  const core = (x: number): string[] => [...nameConcepts(cx.m, x)].filter((c) => !MEASURES.includes(c.slice(0, c.indexOf(':'))) && !LETTER_SIZES.has(c) && !SIZE_NAMES.has(c) && !c.startsWith('na:') && !c.startsWith('#')).sort();
  const a = core(p);
  const b = core(q);
  return a.length === b.length && a.every((c, k) => c === b[k]);
}
