/**
 * Text helpers every layer shares: splitting a long text into pieces a platform accepts, and folding
 * Vietnamese diacritics away for matching. One copy each, so every platform and every lookup agrees.
 * (The parser keeps its own table-driven `fold` in core/parser/normalize.ts: it runs on every token of
 * every message and only folds already lower-cased text, so it is tuned for that and stays there.)
 */

/**
 * Splits a text into pieces of at most `max` characters, cutting at the last line break of each piece
 * when that keeps at least half of it, else hard at `max`. The break itself is dropped, never an empty
 * trailing piece is produced, and a text that fits comes back whole (even when empty).
 */
export function splitText(text: string, max: number): string[] {
  if (!(max >= 1)) throw new RangeError(`splitText: max must be at least 1, got ${max}`);
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf('\n', max);
    if (cut < max / 2) cut = max;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^\n/, '');
  }
  if (rest.length > 0 || parts.length === 0) parts.push(rest);
  return parts;
}

/**
 * Removes diacritics (Vietnamese and other Latin marks) and turns đ/Đ into d/D, keeping case and
 * everything else: "Đơn hàng lụa" → "Don hang lua". Callers lower-case, trim or strip symbols themselves.
 */
export function foldDiacritics(text: string): string {
  if (ASCII_ONLY.test(text)) return text;
  let out = '';
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) {
      out += ch;
      continue;
    }
    let folded = FOLDED.get(ch);
    if (folded === undefined) {
      folded = foldSlowly(ch);
      if (FOLDED.size < FOLDED_MAX) FOLDED.set(ch, folded);
    }
    out += folded;
  }
  return out;
}

// Folding is a chat turn's most frequent text operation (units, rules, addresses), and NFD with a Unicode
// regex over the whole message cost a few percent of a turn. Folding one character at a time is the same
// function, since NFD decomposes each character on its own and every mark it could reorder is removed,
// so each character is folded once and remembered (bounded: chat text uses a few hundred characters).
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const FOLDED = new Map<string, string>();
const FOLDED_MAX = 4096;
const foldSlowly = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

/**
 * Folds chat text for rule matching (payment claims, questions, addresses): lower case, diacritics folded,
 * every run of characters other than letters, digits and `?` turned into one space. Customers write with
 * and without diacritics ("đã chuyển khoản", "da chuyen khoan"), so such rules are written once, folded.
 */
export function foldForRules(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/\?+/g, ' ? ')
    .replace(/[^a-z0-9?]+/g, ' ')
    .trim();
}
