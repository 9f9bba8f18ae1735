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

// Words (letters/digits joined by dashes or apostrophes, and numbers with decimal points, dates, times),
// separators, colons and masked spans.
const TOKEN_RE =
  /(\n)|(\.{2,}|…|[.!?;]+)|([,+&|/()]|(?<=^|\s)[-–—*•](?=\s))|(:)|(\u2063)|([\p{L}\p{N}\p{M}]+(?:[-'’][\p{L}\p{N}\p{M}]+|(?<=\p{N})[.,:/]\p{N}+[\p{L}\p{M}\p{N}]*)*)/gu;

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

/** An amount ("5", "rưỡi") with a closing particle glued to it ("5nhé", "rưỡinha"). */
const GLUED_PARTICLE = /^(x?\d+|rưỡi|ruoi)(nhé|nhe|nha|nhá|nhen|ạ|ak)$/iu;

/** Splits a message into tokens (words, separators, colons, masked phone numbers). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const nfc = text.normalize('NFC');
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(nfc)) !== null) {
    const raw = m[0];
    if (m[1] !== undefined) out.push(sep('hard', raw));
    else if (m[2] !== undefined) {
      const t = sep('hard', raw);
      if (raw.includes('?')) t.question = true;
      out.push(t);
    } else if (m[3] !== undefined) out.push(sep(/^[-–—*•]$/.test(raw) ? 'colon' : 'soft', raw));
    else if (m[4] !== undefined) out.push(sep('colon', raw));
    else if (m[5] !== undefined) out.push(sep('phone', raw));
    else {
      // "sl 5nhé", "một cân rưỡinhé": a particle typed without its space after an amount is a word of its own.
      const glued = GLUED_PARTICLE.exec(raw);
      const words = glued !== null ? [glued[1]!, glued[2]!] : [raw];
      for (const part of words) {
        const w = wordForm(part);
        out.push(token('word', part, w.low, w.fold, w.accented, w.cap));
      }
    }
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
