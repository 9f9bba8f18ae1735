/**
 * "cho e 2kg ruoi loai 1", "1 can ruoi loai 1", "lay 5 lang ruoi loai 2" at a shop selling rươi (the paddy worm of
 * Tứ Kỳ): typed bare, "ruoi" is the word the catalog writes, not "rưỡi" (and a half), when the catalog spells it
 * one way and never as the half. Such a token, after an amount and followed by more words, is read as the catalog
 * spells it before any stage reads amounts, so "2kg ruoi loai 1" is two kilos of rươi. In any other shop, or closing
 * the clause ("muc kho 2 can ruoi"), it stays the half.
 */
import type { Token } from './normalize.ts';
import { INDEX } from './matcher-index.ts';
import { UNITS } from './units.ts';
import type { Matcher } from './matcher-index.ts';

/** The folded half word and the spellings that are the half. */
const HALF_FOLD = 'ruoi';
const HALF_SPELLINGS = new Set(['rưỡi', 'rười', 'ruỡi', 'rưởi']);

export function catalogHalfWord(m: Matcher, ts: Token[]): void {
  const spellings = m[INDEX].spellings.get(HALF_FOLD);
  if (spellings === undefined) return; // most catalogs: no such word
  // (The catalog's own aliases may type it bare too, "ruoi loai 1": the spellings with diacritics decide.)
  const marked = [...spellings].filter((w) => w !== HALF_FOLD);
  const spelled = marked[0];
  if (marked.length !== 1 || spelled === undefined || HALF_SPELLINGS.has(spelled)) return;
  for (let i = 1; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    if (t.kind !== 'word' || t.accented || t.fold !== HALF_FOLD) continue;
    // Only where the half would be read, right after an amount or its unit, and with the phrase going on ("2kg ruoi
    // loai 1"): closing the clause, "muc kho 2 can ruoi" is still two kilos and a half of squid.
    const before = ts[i - 1]!;
    if (before.kind !== 'word' || !(/^\d/.test(before.low) || UNITS.get(before) !== undefined) || ts[i + 1]!.kind !== 'word') continue;
    // (Written as spelled, raw too: the readings of words are kept per word as written.)
    t.raw = t.cap ? spelled.charAt(0).toUpperCase() + spelled.slice(1) : spelled;
    t.low = spelled;
    t.accented = true;
    t.bits = undefined; // the word-set bits follow the spelling
  }
}
