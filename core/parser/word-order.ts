/**
 * Word order tells tied names apart: "1 hộp quà trà" is "Hộp quà trà Tân Cương", not "Trà đinh Tân Cương hộp quà
 * 200g", though both names hold the three words. Among candidates that tie on the words said, the one whose name
 * has the most of the phrase's neighbouring word pairs side by side is meant, when it alone has the most and the
 * words said make up one of its names whole.
 */
import { namedFully, productHas } from './matcher.ts';
import { isWord } from './context.ts';
import type { Mention, ParseContext } from './context.ts';

export function byWordOrder(cx: ParseContext, m: Mention, candidates: readonly number[]): number | null {
  const pairs: string[] = [];
  for (let j = m.np.start + 1; j < m.np.end; j++) {
    const a = cx.ts[j - 1];
    const b = cx.ts[j];
    if (isWord(a) && isWord(b)) pairs.push(a.fold + b.fold);
  }
  if (pairs.length === 0) return null;
  let best: number | null = null;
  let bestScore = 0;
  let tie = false;
  for (const p of candidates) {
    const score = pairs.filter((c) => productHas(cx.m, p, c)).length;
    if (score > bestScore) {
      best = p;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) tie = true;
  }
  if (tie || best === null) return null;
  // Only a name (or alias) the words said make up whole: "tượng gốm" beside "Tượng gốm con trâu" and "Tượng Phật Di
  // Lặc gốm" leaves the animal unsaid, so it still asks.
  const said = new Set(m.np.hits.map((h) => h.concept));
  return m.np.hits.every((h) => productHas(cx.m, best!, h.concept)) && namedFully(cx.m, best, said) ? best : null;
}
