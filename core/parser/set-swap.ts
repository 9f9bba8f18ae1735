/**
 * "kẹo gương 3 vị 2 bộ nhưng thay sầu riêng bằng gừng", "lấy 1 set cu đơ 3 vị nhưng đổi mè đen sang lá dứa", "Mua 1
 * hộp quà Tết nhưng đổi kẹo mè đen sang kẹo mè trắng được ko ạ": a set ordered with one of its goods swapped or left
 * out is no set the shop lists. The line is not placed: the bot asks, or, when the customer asks whether it can be
 * done, answers the question. ("… nhưng đổi sang loại to" changes the whole line and is read as a correction.)
 */
import { WordSet } from './lexicon.ts';
import { headsSet } from './matcher.ts';
import { isWord, phraseOf } from './context.ts';
import { INTO } from './change-lines.ts';
import type { ParseContext } from './context.ts';

const BUT = new WordSet(['nhưng', 'mà']);
const SWAP = new WordSet(['đổi', 'thay', 'bỏ']);

export function setSwaps(cx: ParseContext): void {
  for (const line of [...cx.lines]) {
    const np = line.np;
    if (np === undefined || !isSet(cx, line.product)) continue;
    const ts = cx.ts;
    let swap = -1;
    for (let j = np.end; j < ts.length && ts[j]!.kind !== 'hard'; j++) {
      const t = ts[j];
      if (!isWord(t) || !BUT.has(t) || !(t.accented || !cx.accented)) continue;
      const k = isWord(ts[j + 1]) && BUT.has(ts[j + 1]!) ? j + 2 : j + 1;
      const verb = ts[k];
      // (A part named after the verb, not "đổi sang …" of the whole line.)
      if (isWord(verb) && SWAP.has(verb) && (verb.accented || (!cx.accented && verb.fold !== 'bo')) && isWord(ts[k + 1]) && !INTO.has(ts[k + 1]!)) swap = k;
      break;
    }
    if (swap < 0) continue;
    cx.lines.splice(cx.lines.indexOf(line), 1);
    if (cx.lastLine === line) cx.lastLine = null;
    const asking = cx.clauses.some((c) => c.start <= swap && swap < c.end && (c.hardQ || c.softQ)) ||
      cx.clauses.some((c) => c.start > swap && c.hardQ && cx.ts.slice(swap, c.start).every((t) => t.kind !== 'hard'));
    if (!asking) cx.unresolved.push({ phrase: phraseOf(cx, np), qty: line.qty, candidates: [cx.m.products[line.product]!.sku], implied: false });
    cx.trace?.push(`set swap: ${cx.m.products[line.product]!.sku} with its goods changed${asking ? ', asked whether it can be done' : ' → ask'}`);
  }
}

/** A set the shop lists: headed by "bộ", "set", "combo", or naming its goods ("… (… + …)", "…: …"). */
function isSet(cx: ParseContext, p: number): boolean {
  const name = cx.m.products[p]!.name;
  return headsSet(cx.m, p) || name.includes('+') || name.includes(':') || /^(hộp|giỏ|túi|khay) quà/iu.test(name);
}
