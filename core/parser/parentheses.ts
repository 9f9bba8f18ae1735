/** Parentheses in a message: around words of a product's name, or left open before a token. */
import type { Token } from './normalize.ts';
import { UNITS } from './numbers.ts';
import { isWord, lookup } from './context.ts';
import type { ParseContext } from './context.ts';

/**
 * "(suất thường)", "(cặp)", "(chưa thêu)", "(12 thanh)": parentheses around words of the catalog's names and counts
 * only, as a customer copies a product's name; they part nothing ("(bán theo kg)" does: a grammar word and a unit).
 * i is the index of "(" or ")".
 */
export function nameParenthesis(cx: ParseContext, i: number): boolean {
  const ts = cx.ts;
  const raw = ts[i]?.raw;
  let open = -1;
  let close = -1;
  if (raw === '(') {
    open = i;
    for (let k = i + 1; k < ts.length && k <= i + 6; k++) if (ts[k]!.raw === ')') { close = k; break; }
  } else if (raw === ')') {
    close = i;
    for (let k = i - 1; k >= 0 && k >= i - 6; k--) if (ts[k]!.raw === '(') { open = k; break; }
  }
  if (open < 0 || close < 0 || close === open + 1) return false;
  for (let k = open + 1; k < close; k++) {
    const t = ts[k]!;
    if (!isWord(t)) return false;
    const unit = UNITS.get(t);
    const counted = unit !== undefined && /^\d/.test(ts[k - 1]?.low ?? '');
    const measure = unit !== undefined && unit.dim !== 'count' && unit.dim !== 'pair';
    if (!counted && (lookup(cx, k) === null || measure) && !/^\d/.test(t.low)) return false;
  }
  return true;
}

/** The index of the parenthesis left open before token i, or -1. */
export function openParenthesis(ts: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 0; k--) {
    if (ts[k]!.raw === ')' || ts[k]!.kind === 'hard') return -1;
    if (ts[k]!.raw === '(') return k;
  }
  return -1;
}
