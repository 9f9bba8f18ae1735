/**
 * Spelled-out numbers of chat orders, Vietnamese and English ("hai mươi lăm", "mười hai", "nửa", "a couple of"),
 * read apart from the digits and units of numbers.ts.
 */
import type { Token } from './normalize.ts';
import { WordSet } from './lexicon.ts';
import { UNITS, WordMap } from './units.ts';

export const DIGIT_WORDS = new WordMap<number>()
  .add(['một', 'mot'], 1).add(['hai'], 2).add(['ba'], 3).add(['bốn', 'bon'], 4).add(['năm', 'nam'], 5)
  .add(['sáu', 'sau'], 6).add(['bảy', 'bẩy', 'bay'], 7).add(['tám', 'tam'], 8).add(['chín', 'chin'], 9);
const TEN = new WordSet(['mười', 'muoi']);
/**
 * Number words typed bare that are other words as written ("sau" after, "nam" south, "bay" fly, "tram" a hairpin
 * "trâm", "chin" …): in a message written with diacritics they are those words, not "sáu", "năm", "bảy", "trăm".
 */
const BARE_NUMBER_SPELLINGS = new Set(['mot', 'bon', 'nam', 'sau', 'bay', 'tam', 'chin', 'muoi', 'tram', 'chuc', 'ta', 'nua', 'ruoi']);
/** The number word's value, unless it is a bare spelling inside a message written with diacritics. */
export function numberWord(map: WordMap<number>, t: Token | undefined): number | undefined {
  if (t !== undefined && t.inAccented && !t.accented && BARE_NUMBER_SPELLINGS.has(t.low)) return undefined;
  return map.get(t);
}
const TENS = new WordSet(['mươi', 'muoi']);
const FIVE_AFTER_TEN = new WordSet(['lăm', 'nhăm', 'lam']);
const ONE_AFTER_TEN = new WordSet(['mốt', 'mot']);
const FOUR_AFTER_TEN = new WordSet(['tư', 'tu']);
export const HALF = new WordSet(['nửa', 'nua', 'half']);
/** "vài cái", "mấy cái", "some": an amount the customer did not say. */
const VAGUE = new WordSet(['vài', 'mấy', 'dăm', 'few', 'several']);
/** Tens and hundreds after a vague word: "vài chục", "mấy trăm". */
const TENS_WORDS = new WordSet(['chục', 'trăm']);
/** A spelled count from a half to ten ("nửa", "một" … "mười", or typed bare), as a catalog's text or a message writes it. */
export function smallNumberWord(low: string): boolean {
  return DIGIT_WORDS.getText(low) !== undefined || TEN.hasText(low) || (low !== 'half' && HALF.hasText(low));
}

export const EN_VALUES: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, a: 1, an: 1, couple: 2,
};
export const A_WORDS = new Set(['a', 'an']);

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

/** Reads spelled-out numbers ("hai mươi lăm", "mười hai", "nửa", "a", "twelve"). */
export function readNumberWords(ts: readonly Token[], j: number, en: boolean): { value: number; end: number; vague?: boolean } | null {
  const t = ts[j];
  if (!isWord(t)) return null;
  if (HALF.has(t)) {
    const next = ts[j + 1];
    return { value: 0.5, end: isWord(next) && en && A_WORDS.has(next.low) ? j + 2 : j + 1 };
  }
  if (VAGUE.has(t) && UNITS.get(ts[j + 1]) !== undefined) return { value: 2, end: j + 1, vague: true };
  // "vài chục cái", "dăm bảy cái": so many tens, five or seven: no amount a shop can hand over. (Before a number
  // word only written with its marks: "may bay" typed bare is "máy bay".)
  if (VAGUE.has(t) && isWord(ts[j + 1]) && TENS_WORDS.has(ts[j + 1]!)) return { value: 2, end: j + 1, vague: true };
  if (VAGUE.has(t) && !en && t.accented) {
    const n = readNumberWords(ts, j + 1, en);
    if (n !== null && n.value >= 1) return { ...n, vague: true };
  }
  if (en) {
    const v = EN_VALUES[t.low];
    if (v === undefined) return null;
    if (t.low === 'couple') return null;
    if (A_WORDS.has(t.low)) {
      const next = ts[j + 1];
      if (isWord(next) && next.low === 'couple') return { value: 2, end: isWord(ts[j + 2]) && ts[j + 2]!.low === 'of' ? j + 3 : j + 2 };
    }
    return { value: v, end: j + 1 };
  }
  if (TEN.has(t) && (t.accented ? t.low === 'mười' : true)) {
    let value = 10;
    let end = j + 1;
    const n = ts[end];
    const d = numberWord(DIGIT_WORDS, n);
    if (FIVE_AFTER_TEN.has(n)) {
      value = 15;
      end++;
    } else if (d !== undefined) {
      value = 10 + d;
      end++;
    }
    return { value, end };
  }
  const d = numberWord(DIGIT_WORDS, t);
  if (d === undefined) return null;
  let value = d;
  let end = j + 1;
  const n = ts[end];
  if (TENS.has(n) && (n!.accented ? n!.low === 'mươi' : true)) {
    value = d * 10;
    end++;
    const n2 = ts[end];
    const d2 = numberWord(DIGIT_WORDS, n2);
    if (FIVE_AFTER_TEN.has(n2)) {
      value += 5;
      end++;
    } else if (ONE_AFTER_TEN.has(n2)) {
      value += 1;
      end++;
    } else if (FOUR_AFTER_TEN.has(n2)) {
      value += 4;
      end++;
    } else if (d2 !== undefined) {
      value += d2;
      end++;
    }
  } else if (d >= 2 && FIVE_AFTER_TEN.has(n) && n!.low !== 'làm') {
    value = d * 10 + 5; // "hai lăm" = 25
    end++;
  } else if (d >= 2 && ONE_AFTER_TEN.has(n) && n!.low !== 'một' && n!.fold !== 'mot') {
    value = d * 10 + 1; // "hai mốt" = 21
    end++;
  }
  return { value, end };
}
