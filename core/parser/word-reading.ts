/**
 * Reading one word of a message as a catalog concept: the word as written, its other spelling, a plural, or a typo
 * within one edit; kept per catalog and word, since chats repeat the same words.
 */
import { isVietnameseSyllable, singulars } from './normalize.ts';
import type { Token } from './normalize.ts';
import { COMMON, PARTICLES, SIZE_WORDS } from './lexicon.ts';
import { UNITS } from './numbers.ts';
import { toneKey } from './catalog-index.ts';
import { INDEX } from './matcher-index.ts';
import type { ConceptHit, Matcher, MatcherIndex } from './matcher-index.ts';

/**
 * The catalog concept a message word stands for, or null. Accent-aware: in a message typed with
 * diacritics, a common word that merely folds like a product word ("làm" vs "lam") is not a match,
 * while a diacritic typo of a product word ("đõ" for "đỏ") still is, with a lower weight.
 */
export function lookupWord(m: Matcher, t: Token, accentedMsg: boolean): ConceptHit | null {
  // The reading depends only on the word as written (its lower-case, folded and accented forms all derive from it)
  // and on whether the message has diacritics, so each catalog keeps the readings of the words it has seen: the
  // typo and plural searches below then run once per word, not once per message. Callers get their own copy of a
  // hit (phrases tell their hits apart by identity). Bounded like the tokenizer's word forms.
  const x = m[INDEX];
  let readings = READINGS.get(x);
  if (readings === undefined) READINGS.set(x, (readings = [new Map(), new Map()]));
  // (One map per kind of message rather than a key built per word: this runs for every word the stages look at.)
  const seen = readings[accentedMsg ? 1 : 0];
  let hit = seen.get(t.raw);
  if (hit === undefined) {
    hit = readWord(x, t, accentedMsg);
    if (seen.size >= READINGS_MAX) seen.clear();
    seen.set(t.raw, hit);
  }
  return hit === null ? null : { ...hit };
}
/** Per catalog: the readings of words as written in messages typed bare [0] and with diacritics [1]. */
const READINGS = new WeakMap<MatcherIndex, [Map<string, ConceptHit | null>, Map<string, ConceptHit | null>]>();
const READINGS_MAX = 20_000;

/** The five tone marks of Vietnamese, decomposed (not the hats and hooks that make â, ơ, ư). */
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/;

function readWord(x: MatcherIndex, t: Token, accentedMsg: boolean): ConceptHit | null {
  const f = t.fold;
  const sku = x.skuIndex.get(f.includes('-') || f.includes('_') ? f.replace(/[-_]/g, '') : f);
  if (sku !== undefined) {
    const upper = t.raw.length > 1 && t.raw === t.raw.toUpperCase();
    if (f.includes('-') || /\d/.test(f) || upper || !x.conceptProducts.has(f)) {
      return { concept: `sku:${x.skus[sku]}`, weight: 10 };
    }
  }
  if (x.conceptProducts.has(f) && !f.startsWith('sku:')) {
    const sp = x.spellings.get(f);
    const exact = sp === undefined || sp.has(t.low);
    if (exact) {
      // ("bánh tráng me" typed among words with diacritics, where the shop also sells "bánh tráng mè": the word is
      // written as the catalog writes "me", so it is that spelling.)
      if (sp !== undefined && sp.size > 1 && (t.accented || accentedMsg) && x.conceptProducts.has(`${f}~${toneKey(t.low)}`)) return { concept: `${f}~${toneKey(t.low)}`, weight: 1 };
      return { concept: x.synonyms.get(f) ?? f, weight: 1 };
    }
    // A grammar word written with its own diacritics ("cân" = kg, not "Cần" Đước) is that word, not a slip.
    // ("găng tay cỡ L" where the shop sells "Co inox" fittings: "cỡ" so written is the size word.)
    if (t.accented && (COMMON.has(t) || UNITS.get(t) !== undefined || SIZE_WORDS.has(t))) return null;
    // ("hạt bí đỏ" where the shop writes "cà chua bi" amid marks, "ship hỏa tốc" beside "hoa": the catalog's word has
    // no tone on purpose, and the customer's tone makes it another word. A hat or hook alone may be a slip or a
    // loanword spelled either way: "chổi đót tô" for "to", "atisô" for "atiso".)
    if (t.accented && x.writtenWithMarks.has(f) && sp!.size === 1 && TONE_MARK.test(t.low.normalize('NFD'))) return null;
    // A diacritic typo ("đõ"), or a word typed bare in a message that otherwise has diacritics: a little less sure.
    return { concept: x.synonyms.get(f) ?? f, weight: t.accented || accentedMsg ? 0.9 : 1, retoned: t.accented };
  }
  // (A common word written with its marks is that word before any synonym: "3h chiều" is the afternoon, no "chiếu".)
  if (t.accented && COMMON.has(t)) return null;
  const syn = x.synonyms.get(f);
  if (syn !== undefined) return { concept: syn, weight: 1 };
  if (!t.accented && /^[a-z]+$/.test(f)) {
    for (const s of singulars(f)) {
      if (x.conceptProducts.has(s)) return { concept: x.synonyms.get(s) ?? s, weight: 1 };
      const ss = x.synonyms.get(s);
      if (ss !== undefined) return { concept: ss, weight: 1 };
    }
  }
  // A catalog word in chat spelling, "ph" typed "f": "fồng tôm", "cà fê", "hoành fi" (a little less sure).
  const chat = f.startsWith('f') && /^[a-z]+$/.test(f) && !isVietnameseSyllable(f) ? `ph${f.slice(1)}` : null;
  if (chat !== null && isVietnameseSyllable(chat) && x.conceptProducts.has(chat)) return { concept: x.synonyms.get(chat) ?? chat, weight: 0.8 };
  // (Never a chat word of its own: "shop" is no slip of "hộp".)
  if (f.length >= 3 && /^[a-z]+$/.test(f) && !isVietnameseSyllable(f) && !COMMON.has(t) && !PARTICLES.has(t)) {
    const hit = typoLookup(x, f);
    if (hit !== null) return { concept: x.synonyms.get(hit) ?? hit, weight: 0.8 };
  }
  return null;
}


/** The unique catalog word within one edit (insert, delete, substitute) of w, or null. */
function typoLookup(x: MatcherIndex, w: string): string | null {
  const found = new Set<string>();
  for (const c of x.typos.get(w) ?? EMPTY_S) found.add(c);
  for (let i = 0; i < w.length; i++) {
    const d = w.slice(0, i) + w.slice(i + 1);
    for (const c of x.typos.get(d) ?? EMPTY_S) if (c.length >= w.length - 1) found.add(c);
  }
  let best: string | null = null;
  for (const c of found) {
    if (Math.abs(c.length - w.length) > 1) continue;
    if (Math.max(c.length, w.length) < 4) continue;
    if (best !== null && best !== c) return null;
    best = c;
  }
  return best;
}
const EMPTY_S: readonly string[] = [];
