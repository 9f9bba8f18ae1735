/**
 * "Cho mình 1 combo biếu Tết: 1 cặp gà biếu + 1 hộp trứng đông tảo 10 quả" beside "Combo biếu Tết: 1 cặp gà Đông Tảo
 * biếu Tết + 1 hộp trứng gà Đông Tảo 10 quả": a customer who orders a set whose catalog name lists what it holds
 * after a colon often says that list again after the set. After the line of such a set, a colon (or "có") opens the
 * list; the phrases in it, up to the end of the sentence, whose every word and number the list in the set's name
 * has are the set's contents, no lines of their own. A phrase naming anything that list lacks is another order line.
 */
import { plainConcept } from './matcher.ts';
import { isWord } from './context.ts';
import type { NounPhrase, ParseContext } from './context.ts';
import { fold } from './normalize.ts';

export function setContents(cx: ParseContext): void {
  for (const set of [...cx.lines]) {
    const np = set.np;
    const name = cx.m.products[set.product]!.name;
    const colon = name.indexOf(':');
    if (np === undefined || colon < 0) continue;
    const opens = cx.ts[np.end];
    if (opens === undefined || !(opens.kind === 'colon' || (isWord(opens) && opens.low === 'có'))) continue;
    let stop = cx.ts.findIndex((t, j) => j > np.end && t.kind === 'hard');
    if (stop < 0) stop = cx.ts.length;
    const listed = new Set(fold(name.slice(colon + 1).toLowerCase()).match(/\p{L}+|\d+(?:[.,]\d+)?/gu));
    const held = cx.lines.filter((l) => l !== set && l.product !== set.product && l.np !== undefined && l.np.start > np.end &&
      l.np.end <= stop && listedIn(l.np, listed));
    if (held.length === 0) continue;
    cx.trace?.push(`set-contents: ${held.length} phrase(s) list what ${cx.m.products[set.product]!.sku} holds`);
    for (const l of held) cx.lines.splice(cx.lines.indexOf(l), 1);
  }
}

/** Every word of the phrase, and the number of every measure or count in it, is in the list. */
function listedIn(np: NounPhrase, listed: ReadonlySet<string>): boolean {
  return np.hits.length > 0 && np.hits.every((h) => {
    const plain = plainConcept(h.concept);
    const k = plain.lastIndexOf(':');
    return listed.has(k < 0 ? plain : plain.slice(k + 1));
  });
}
