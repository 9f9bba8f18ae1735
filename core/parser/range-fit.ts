/**
 * "áo mưa bộ cho bé 5 tuổi" when the shop sells "Áo mưa bộ trẻ em cỡ 1 (3-6 tuổi)" and "… cỡ 2 (7-10 tuổi)": a value
 * the message gives with its word ("5 tuổi") falls in the range one candidate's name gives with the same word, and
 * names that candidate. Only when the message gives one such value (two children of different ages ask which is
 * which) and exactly one candidate's range holds it.
 */
import { isWord } from './context.ts';
import type { ParseContext } from './context.ts';
import { productConcepts } from './matcher.ts';

export function rangeFit(cx: ParseContext, candidates: readonly number[]): number | null {
  const ranges = candidates.map((p) => [...productConcepts(cx.m, p)].filter((c) => c.startsWith('range:')));
  if (ranges.every((r) => r.length === 0)) return null;
  let said: { word: string; value: number } | null = null;
  const ts = cx.ts;
  for (let k = 0; k + 1 < ts.length; k++) {
    const n = ts[k];
    const w = ts[k + 1];
    if (!isWord(n) || !isWord(w) || !/^\d{1,3}$/.test(n.low)) continue;
    if (!ranges.some((r) => r.some((c) => c.startsWith(`range:${w.fold}:`)))) continue;
    if (said !== null) return null;
    said = { word: w.fold, value: Number(n.low) };
  }
  if (said === null) return null;
  const { word, value } = said;
  const fit = candidates.filter((_, i) => ranges[i]!.some((c) => {
    if (!c.startsWith(`range:${word}:`)) return false;
    const [a, b] = c.slice(`range:${word}:`.length).split('-').map(Number);
    return a! <= value && value <= b!;
  }));
  return fit.length === 1 ? fit[0]! : null;
}
