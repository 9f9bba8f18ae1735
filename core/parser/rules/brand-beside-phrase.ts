/**
 * A capitalized word of plain letters inside or right after a product phrase that the catalog does not know ("găng
 * Everlast 12oz đỏ", "tông đơ Wahl Senior", "thuốc diệt cỏ Glyphosate") is a brand or a model the customer asked
 * for: when the shop does not list it, the product placed from the other words is a guess. Ask, offering the
 * products the phrase fits. Words written in capitals are no brands ("KL-DO", codes), nor is a word opening the
 * sentence, nor words after "tên" or "chữ" (a name to engrave).
 */
import { DIRECTIONS, isWord, lookup } from '../context.ts';
import type { Line, ParseContext } from '../context.ts';
import { WordSet } from '../lexicon.ts';
import { phraseFits } from './rule.ts';
import type { Doubt, ReviewRule } from './rule.ts';

/** Words that introduce a text the customer wants written: a name, letters. */
const NAMED_TEXT = new WordSet(['tên', 'chữ', 'name', 'text']);

export const brandBesidePhrase: ReviewRule = {
  name: 'brand-beside-phrase',
  why: 'a capitalized word the catalog does not know, in or right after the product phrase, is a brand the shop may not sell',
  review(cx: ParseContext, line: Line): Doubt | null {
    const np = line.np;
    // (Not in English, where names of things are capitalized freely.)
    if (!np || cx.en) return null;
    for (let j = np.start + 1; j <= np.end; j++) {
      const t = cx.ts[j];
      if (!isWord(t) || !t.cap || t.accented || !/^[a-z]{3,}$/.test(t.fold) || t.raw === t.raw.toUpperCase()) continue;
      const prev = cx.ts[j - 1];
      // ("vang Tây Ban Nha", "nem chua Thanh Hóa": part of a Vietnamese proper name, some word of which carries accents.)
      // ("… to Hue", "giao về Vinh": a place the goods go to.)
      if (!isWord(prev) || DIRECTIONS.has(prev) || accentedName(cx, j) || lookup(cx, j) !== null) continue;
      // ("khắc tên Minh Anh", "thiệp viết chữ Happy Birthday": the words of a name or a text to engrave or print.)
      if (cx.ts.slice(0, j).some((u) => isWord(u) && NAMED_TEXT.has(u))) return null;
      return { reason: `"${t.raw}" in the product's name is no word of the catalog`, candidates: phraseFits(cx, np, line) };
    }
    return null;
  },
};

/** The capitalized words around j include one with accents: j is part of a Vietnamese proper name ("Thanh Hóa"). */
function accentedName(cx: ParseContext, j: number): boolean {
  for (const step of [-1, 1]) {
    for (let k = j + step; k >= 0 && k < cx.ts.length; k += step) {
      const u = cx.ts[k];
      if (!isWord(u) || !u.cap) break;
      if (u.accented) return true;
    }
  }
  return false;
}
