/**
 * Text normalization for chat messages: lower-casing, diacritic folding and tokenization.
 * Everything here is allocation-light because the parser runs on every incoming message.
 */

/** Maps a lower-case Latin letter with diacritics to its bare letter (đ → d). */
const FOLD_TABLE = new Map<string, string>();
for (const [lo, hi] of [
  [0x00c0, 0x024f],
  [0x1e00, 0x1eff],
] as const) {
  for (let cp = lo; cp <= hi; cp++) {
    const ch = String.fromCodePoint(cp).toLowerCase();
    const bare = ch.normalize('NFD').replace(/\p{M}/gu, '');
    if (bare !== ch && bare.length === 1) FOLD_TABLE.set(ch, bare);
  }
}
FOLD_TABLE.set('đ', 'd');

// The same table indexed by UTF-16 code unit, for the per-character loop of fold (every folded letter is one code
// unit; a Map lookup per character was a measurable share of parsing).
const FOLD_CODES: (string | undefined)[] = [];
for (const [ch, bare] of FOLD_TABLE) if (ch.length === 1) FOLD_CODES[ch.charCodeAt(0)] = bare;

/** Removes Vietnamese diacritics from an already lower-cased string ("khăn đỏ" → "khan do"). */
export function fold(s: string): string {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) <= 127) i++;
  if (i === s.length) return s;
  let out = s.slice(0, i);
  for (; i < s.length; i++) {
    const bare = FOLD_CODES[s.charCodeAt(i)];
    out += bare ?? s.charAt(i);
  }
  return out;
}

/** The code unit's lower-case form holds a letter of the fold table ("Ă" as well as "ă", and the Ångström sign). */
function diacriticCode(c: number): boolean {
  return [...String.fromCharCode(c).toLowerCase()].some((ch) => FOLD_TABLE.has(ch));
}
// The answer for the code units below U+2000 (all the Latin letters), so a message need not be lower-cased whole.
const DIACRITIC_CODES: boolean[] = [];
for (let c = 0; c < 0x2000; c++) DIACRITIC_CODES[c] = diacriticCode(c);

/** True when the string contains a letter with a Vietnamese diacritic. */
export function hasDiacritics(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x2000 ? DIACRITIC_CODES[c] : diacriticCode(c)) return true;
  }
  return false;
}

export type TokenKind = 'word' | 'soft' | 'hard' | 'colon' | 'phone';

/** One token of a message; `fold` is the lower-case form without diacritics. */
export interface Token {
  kind: TokenKind;
  raw: string;
  low: string;
  fold: string;
  /** The lower-case form carries diacritics. */
  accented: boolean;
  /** the message around it is written with diacritics: a bare spelling here is meant as written ("sau", not "sáu") */
  inAccented?: boolean;
  /** First letter written in upper case. */
  cap: boolean;
  /** For `hard` separators: the sentence ended with a question mark. */
  question?: boolean;
  /** Cached word-set membership bits (see WordSet). */
  bits?: number[];
}

/** Placeholder written over phone numbers and long digit runs before tokenizing. */
export const MASK = '\u2063';

// Tokens are words (letters, digits and marks, joined by dashes or apostrophes, and numbers with decimal points,
// dates and times: "1.5", "12/3", "8:30"), hard separators (line breaks, runs of ".!?;", "…"), soft separators
// (",+&|/()"), colons (":" and a list dash or bullet standing alone between spaces) and masked spans. Anything else
// (spaces, emoji, quotes) separates tokens and is dropped.
//
// Why a hand-written scanner rather than one regular expression: the expression with Unicode classes and a
// look-behind was a tenth of the parser's time; classifying each character once (in CHAR_CLASS) is several times
// faster and reads the same tokens.

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const NUMBER_CHAR = /^\p{N}$/u;
const SPACE_CHAR = /^\s$/u;
/** Per BMP character: 1 = classified, 2 = word character, 4 = number, 8 = white space. */
const CHAR_CLASS = new Uint8Array(0x10000);
const ASTRAL_CLASS = new Map<number, number>();

function charClass(cp: number): number {
  if (cp < 0x10000) {
    const k = CHAR_CLASS[cp]!;
    if (k !== 0) return k;
  } else {
    const k = ASTRAL_CLASS.get(cp);
    if (k !== undefined) return k;
  }
  const ch = String.fromCodePoint(cp);
  const k = 1 | (WORD_CHAR.test(ch) ? 2 : 0) | (NUMBER_CHAR.test(ch) ? 4 : 0) | (SPACE_CHAR.test(ch) ? 8 : 0);
  if (cp < 0x10000) CHAR_CLASS[cp] = k;
  else if (ASTRAL_CLASS.size < 4096) ASTRAL_CLASS.set(cp, k);
  return k;
}

const isWordAt = (s: string, i: number): boolean => i < s.length && (charClass(s.codePointAt(i)!) & 2) !== 0;
const width = (cp: number): number => (cp > 0xffff ? 2 : 1);

/** End of the run of word characters starting at `i`. */
function wordRunEnd(s: string, i: number): number {
  while (i < s.length) {
    const cp = s.codePointAt(i)!;
    if ((charClass(cp) & 2) === 0) break;
    i += width(cp);
  }
  return i;
}

/** End of the word starting at `i` (a word character), with its joined parts ("t-shirt", "1.5", "8:30"). */
function wordEnd(s: string, i: number): number {
  let end = wordRunEnd(s, i);
  for (;;) {
    const j = s.charAt(end);
    if ((j === '-' || j === "'" || j === '\u2019') && isWordAt(s, end + 1)) end = wordRunEnd(s, end + 1);
    // ("S&B", "K&F": a brand's letters joined by "&" are one word; "áo & quần", spaced, are two.)
    else if (j === '&' && isWordAt(s, end + 1) && (charClass(s.codePointAt(end + 1)!) & 4) === 0 && (charClass(s.charCodeAt(end - 1)) & 4) === 0) end = wordRunEnd(s, end + 1);
    else if ((j === '.' || j === ',' || j === ':' || j === '/') && end + 1 < s.length && (charClass(s.codePointAt(end + 1)!) & 4) !== 0 &&
      (charClass(s.codePointAt(end - 1 - (end >= 2 && /[\udc00-\udfff]/.test(s.charAt(end - 1)) ? 1 : 0))!) & 4) !== 0) end = wordRunEnd(s, end + 1);
    else return end;
  }
}

const isSpaceAt = (s: string, i: number): boolean => i >= 0 && i < s.length && (charClass(s.charCodeAt(i)) & 8) !== 0;

/**
 * The lower-case, folded and case facts of a word as written. Chat messages repeat the same few hundred words, so
 * they are kept (up to WORD_FORMS_MAX spellings, then started afresh so no input can grow it without bound) instead
 * of lower-casing and folding every word of every message.
 */
interface WordForm {
  low: string;
  fold: string;
  accented: boolean;
  cap: boolean;
}
const WORD_FORMS = new Map<string, WordForm>();
const WORD_FORMS_MAX = 20_000;

function wordForm(raw: string): WordForm {
  let w = WORD_FORMS.get(raw);
  if (w === undefined) {
    const low = raw.toLowerCase().replace(/’/g, "'");
    const f = fold(low);
    const first = raw.charAt(0);
    w = { low, fold: f, accented: f !== low, cap: first !== first.toLowerCase() };
    if (WORD_FORMS.size >= WORD_FORMS_MAX) WORD_FORMS.clear();
    WORD_FORMS.set(raw, w);
  }
  return w;
}

/** Closing particles that chat stretches by repeating their last letter ("nhaaa", "ơiii", "shopp", "ạaa"). */
const STRETCHED = new Set(['nha', 'nhé', 'nhe', 'nhá', 'ạ', 'ơi', 'oi', 'shop', 'luôn', 'nè', 'ne', 'hen', 'nghen', 'thôi', 'ok', 'vậy', 'nhen']);

/** The word with a stretched closing particle written plainly; the word itself otherwise. */
function stretched(raw: string): string {
  const c = raw.length;
  if (c < 3 || raw.charCodeAt(c - 1) !== raw.charCodeAt(c - 2)) return raw;
  let k = c - 1;
  while (k > 0 && raw.charCodeAt(k - 1) === raw.charCodeAt(c - 1)) k--;
  const plain = raw.slice(0, k + 1);
  return STRETCHED.has(plain.toLowerCase()) ? plain : raw;
}

/** An amount ("5", "rưỡi") with a closing particle glued to it ("5nhé", "rưỡinha"). */
const GLUED_PARTICLE = /^(x?\d+|rưỡi|ruoi)(nhé|nhe|nha|nhá|nhen|ạ|ak)$/iu;

/** Splits a message into tokens (words, separators, colons, masked phone numbers). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  // ("Bộ chú Cuội size S (2–4 tuổi)", "cho bé 3–4 tuổi": a range written with an en or em dash is the range "2-4".)
  let nfc = text.normalize('NFC');
  // (Not a dash set off by spaces between a phrase and its amount, "khổ 1m5 — 8 mét".)
  if (nfc.includes('–') || nfc.includes('—')) nfc = nfc.replace(/(?<![\p{L}\d.])(\d+)[–—](?=\d)/gu, '$1-');
  const n = nfc.length;
  let i = 0;
  while (i < n) {
    // Spaces and words first: nearly every character is one or the other.
    const c0 = nfc.charCodeAt(i);
    if (c0 === 32) {
      i++;
      continue;
    }
    const cp = nfc.codePointAt(i)!;
    if ((charClass(cp) & 2) !== 0) {
      const e = wordEnd(nfc, i);
      const raw = nfc.slice(i, e);
      i = e;
      // "sl 5nhé", "một cân rưỡinhé": a particle typed without its space after an amount is a word of its own.
      const glued = GLUED_PARTICLE.exec(raw);
      const words = glued !== null ? [glued[1]!, glued[2]!] : [raw];
      for (const part of words) {
        const w = wordForm(stretched(part));
        out.push(token('word', part, w.low, w.fold, w.accented, w.cap));
      }
      continue;
    }
    const ch = nfc.charAt(i);
    if (ch === '\n') {
      out.push(sep('hard', ch));
      i++;
    } else if (ch === '.' && nfc.charAt(i + 1) === '.') {
      let e = i + 2;
      while (nfc.charAt(e) === '.') e++;
      out.push(sep('hard', nfc.slice(i, e)));
      i = e;
    } else if (ch === '\u2026') {
      out.push(sep('hard', ch));
      i++;
    } else if (ch === '.' || ch === '!' || ch === '?' || ch === ';') {
      let e = i + 1;
      while (e < n && '.!?;'.includes(nfc.charAt(e))) e++;
      const t = sep('hard', nfc.slice(i, e));
      if (t.raw.includes('?')) t.question = true;
      out.push(t);
      i = e;
    } else if (',+&|/()'.includes(ch)) {
      out.push(sep('soft', ch));
      i++;
    } else if ('-\u2013\u2014*\u2022'.includes(ch) && (i === 0 || isSpaceAt(nfc, i - 1)) && isSpaceAt(nfc, i + 1)) {
      // A dash or bullet standing alone opens a list item ("- 2 hộp"); a long dash amid a line before words sets
      // them off as a comma does ("1 lư 20 — mâm thôi bỏ nha"), not before an amount ("khổ 1m5 — 8 mét").
      const amid = (ch === '\u2013' || ch === '\u2014') && out.length > 0 && out[out.length - 1]!.kind === 'word' && /^ +\p{L}/u.test(nfc.slice(i + 1, i + 4));
      out.push(sep(amid ? 'soft' : 'colon', ch));
      i++;
    } else if (ch === ':') {
      out.push(sep('colon', ch));
      i++;
    } else if (ch === MASK) {
      out.push(sep('phone', ch));
      i++;
    } else if (ch === '%' && out.length > 0 && /\d$/.test(out[out.length - 1]!.low)) {
      // "Socola đen 70%", "giảm 10%": the sign after a number is a word of its own, read with the number.
      out.push(token('word', ch, ch, ch, false, false));
      i++;
    } else i += width(cp);
  }
  return out;
}

/**
 * Every token is made here with all its fields in one order, so all tokens share one object shape and the many
 * `t.kind`, `t.fold` reads of the stages stay fast (fields added later would split tokens into several shapes).
 */
function token(kind: TokenKind, raw: string, low: string, f: string, accented: boolean, cap: boolean): Token {
  return { kind, raw, low, fold: f, accented, inAccented: false, cap, question: false, bits: undefined };
}

function sep(kind: TokenKind, raw: string): Token {
  return token(kind, raw, raw, raw, false, false);
}

/** Splits a product name or alias into lower-case words (no separators). */
export function words(text: string): { low: string; fold: string }[] {
  return tokenize(text)
    .filter((t) => t.kind === 'word')
    .map((t) => ({ low: t.low, fold: t.fold }));
}

const VOWELS = 'aeiouy';
const INITIALS = new Set([
  '', 'b', 'c', 'ch', 'd', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh', 'p', 'ph', 'q', 'qu',
  'r', 's', 't', 'th', 'tr', 'v', 'x',
]);
const FINALS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);

/**
 * Rough check that a folded word could be a Vietnamese syllable (initial consonant, 1-3 vowels, final).
 * Typo correction only touches words that fail it, so real words ("xinh", "tranh") are never "corrected".
 */
export function isVietnameseSyllable(w: string): boolean {
  let i = 0;
  while (i < w.length && !VOWELS.includes(w.charAt(i))) i++;
  const initial = w.slice(0, i);
  if (!INITIALS.has(initial)) return false;
  let j = i;
  while (j < w.length && VOWELS.includes(w.charAt(j))) j++;
  const nucleus = w.slice(i, j);
  if (nucleus.length === 0 || nucleus.length > 3) return false;
  if (/(aa|ee|ii|yy|ae|ea|ey|yi|iy)/.test(nucleus)) return false;
  return FINALS.has(w.slice(j));
}

/** Singular candidates of an English plural ("scarves" → "scarf", "ties" → "tie", "boxes" → "box"). */
export function singulars(w: string): string[] {
  if (w.length < 4 || !w.endsWith('s') || w.endsWith('ss')) return [];
  const out: string[] = [];
  if (w.endsWith('ves')) out.push(w.slice(0, -3) + 'f', w.slice(0, -3) + 'fe');
  if (w.endsWith('ies')) out.push(w.slice(0, -3) + 'y');
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  out.push(w.slice(0, -1));
  return out;
}
