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
    if (np === undefined) continue;
    const opens = cx.ts[np.end];
    // "Combo 5 ống cơm lam nếp trắng + 1 hũ muối vừng lạc 200g": a set's name joining its goods with "+", said so
    // again, "combo 5 ống cơm lam trắng + 1 hũ muối vừng": what follows the "+" is the rest of the set, as counted.
    const plus = name.indexOf('+');
    const joined = name.indexOf(':') < 0 && plus > 0 && opens?.raw === '+' && restatesFirst(np, name.slice(name.lastIndexOf('(', plus) + 1, plus));
    const colon = joined ? plus : name.indexOf(':');
    if (colon < 0 || opens === undefined || !(joined || opens.kind === 'colon' || (isWord(opens) && opens.low === 'có'))) continue;
    let stop = cx.ts.findIndex((t, j) => j > np.end && t.kind === 'hard');
    if (stop < 0) stop = cx.ts.length;
    const listed = new Set(fold(name.slice(colon + 1).toLowerCase()).match(/\p{L}+|\d+(?:[.,]\d+)?/gu));
    const held = cx.lines.filter((l) => l !== set && l.product !== set.product && l.np !== undefined && l.np.start > np.end &&
      l.np.end <= stop && listedIn(l.np, listed) && (!joined || l.q == null || listed.has(String(l.q.value))));
    if (held.length === 0) continue;
    cx.trace?.push(`set-contents: ${held.length} phrase(s) list what ${cx.m.products[set.product]!.sku} holds`);
    for (const l of held) cx.lines.splice(cx.lines.indexOf(l), 1);
  }
}

/** Words that say a set is a set, not what is in it. */
const SET_WORDS = new Set(['combo', 'set', 'bo', 'hop', 'qua', 'goi']);

/** The set's phrase names goods of the first part of its name ("combo 5 ống cơm lam trắng"), not only the set. */
function restatesFirst(np: NounPhrase, first: string): boolean {
  const words = new Set(fold(first.toLowerCase()).match(/\p{L}+/gu));
  return np.hits.some((h) => {
    const plain = plainConcept(h.concept);
    return !SET_WORDS.has(plain) && words.has(plain);
  });
}

/** Every word of the phrase, and the number of every measure or count in it, is in the list. */
function listedIn(np: NounPhrase, listed: ReadonlySet<string>): boolean {
  return np.hits.length > 0 && np.hits.every((h) => {
    const plain = plainConcept(h.concept);
    const k = plain.lastIndexOf(':');
    return listed.has(k < 0 ? plain : plain.slice(k + 1));
  });
}
