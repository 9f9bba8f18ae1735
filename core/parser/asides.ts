/**
 * Words beside an order that name no goods, skipped by the scan: a person's name after a kin title ("Chị Lan đặt 6
 * cành đào", not "Lan" the orchid), who or where the goods are for ("2 nem cua nữa cho bé", "1 tá gạt tàn cho quán
 * cafe"), a superlative choosing among the siblings named ("… loại dài nhất", read by superlative.ts), and a note for
 * the kitchen ("… ít đá", prep-notes.ts).
 */
import { CHO, WordSet } from './lexicon.ts';
import { closesClause, isWord, lookup } from './context.ts';
import type { Clause, Event, ParseContext } from './context.ts';
import { readNP } from './noun-phrase.ts';
import { isHead } from './matcher.ts';
import { FOR_WHOM, countedForWhom } from './for-whom.ts';
import { sizeWordAt, superlativeAt } from './superlative.ts';
import { prepNoteAt } from './prep-notes.ts';

/** Kin words used as titles before a name: "chị Lan", "anh Hùng". */
const TITLES = new WordSet(['chị', 'anh', 'em', 'cô', 'chú', 'bác', 'bà', 'ông', 'dì', 'là']);

/** How many tokens from i form an aside (0 when none). */
export function asideAt(cx: ParseContext, c: Clause, i: number, evs: readonly Event[]): number {
  const ts = cx.ts;
  const t = ts[i]!;
  // (In a message not typed in capitals; "A Di Đà" after a one-letter "a" is no name.)
  const kin = ts[i - 1];
  if (t.cap && isWord(kin) && TITLES.has(kin) && kin.raw.length > 1 && t.raw !== t.raw.toUpperCase() &&
    !ts.every((w) => !isWord(w) || w.raw === w.raw.toUpperCase())) return 1;
  if (!isWord(t)) return 0;
  const named = evs.some((e) => e.t === 'NP');
  if (superlativeAt(cx, i) && named) return t.low === 'cheapest' ? 1 : 2;
  if (sizeWordAt(cx, i) && named) return 1;
  const note = prepNoteAt(cx, i, named);
  if (note > 0) return note;
  // (Unless that word is the head noun of a product.)
  const whom = ts[i + 1];
  const counted = CHO.has(t) && (named || cx.mentions.length > 0) ? countedForWhom(cx, i + 1) : 0;
  if (counted > 0) return counted - i;
  if (CHO.has(t) && isWord(whom) && FOR_WHOM.has(whom) && (named || cx.mentions.length > 0)) {
    const h = lookup(cx, i + 1);
    if (h === null || h.weight < 1 || !isHead(cx.m, h.concept)) return 2;
  }
  // "1 đôi má phanh v cho xe 16", "bánh phụ cho xe 20 inch": after goods named in the clause, "cho" and a product
  // phrase that closes the clause with no amount of its own say what the goods are for.
  // (Not a model said by its number, "kính cường lực cho 15 pro max": that is which one.)
  if (CHO.has(t) && named && isWord(whom) && !FOR_WHOM.has(whom) && !/^\d/.test(whom.low)) {
    const np = readNP(cx, c, i + 1, false);
    // ("1 bình GS 5Ah cho xe Vision nhé": with the model's name, capitalised, that the catalog does not know.)
    let end = np?.end ?? i;
    while (np !== null && end < c.end && isWord(ts[end]) && ts[end]!.cap && lookup(cx, end) === null) end++;
    if (np !== null && np.hits.length > 0 && closesClause(cx, end, c.end, false)) return end - i;
  }
  return 0;
}
