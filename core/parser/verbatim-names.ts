/**
 * "Set quà Trung thu B: hộp 6 bánh 250g + trà ô long 100g 1 set", "combo máy xông mini + 3 chai 10ml (sả chanh, bạc
 * hà, khuynh diệp) x4": a customer who copies a product's whole name from the catalog post copies its colons, pluses,
 * commas and parentheses too, which would part it into clauses and lines of what the set holds. A whole name with
 * such marks, found in the message as written (with or without diacritics, any case), stands for that product: it is
 * read as the product's code, and the amount around it counts it.
 */
import { fold } from './normalize.ts';
import type { Matcher } from './matcher.ts';

interface Verbatim {
  /** the name folded, lower-case, single-spaced */
  folded: string;
  sku: string;
}

const NAMES = new WeakMap<Matcher, readonly Verbatim[]>();

/** Names of at least four words with marks that part clauses, longest first. */
function namesOf(m: Matcher): readonly Verbatim[] {
  let list = NAMES.get(m);
  if (list === undefined) {
    list = m.products
      .filter((p) => /[:+,(]/.test(p.name) && p.name.trim().split(/\s+/).length >= 4)
      .map((p) => ({ folded: squash(fold(p.name.toLowerCase())), sku: p.sku }))
      .sort((a, b) => b.folded.length - a.folded.length);
    NAMES.set(m, list);
  }
  return list;
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The text with each whole name copied from the catalog replaced by its product's code (the text itself when none is). */
export function withVerbatimNames(m: Matcher, text: string): string {
  const names = namesOf(m);
  if (names.length === 0) return text;
  // fold() keeps one code unit per code unit of an NFC string, so positions in the folded text are positions in it.
  const nfc = text.normalize('NFC');
  const folded = fold(nfc.toLowerCase());
  if (folded.length !== nfc.length) return text;
  let out = nfc;
  let low = folded;
  for (const n of names) {
    const at = findSpaced(low, n.folded);
    if (at === null) continue;
    const [start, end] = at;
    out = `${out.slice(0, start)} ${n.sku} ${out.slice(end)}`;
    low = `${low.slice(0, start)} ${n.sku.toLowerCase()} ${low.slice(end)}`;
  }
  return low === folded ? text : out;
}

/** Where the name occurs in the text, spaces matched loosely and at word edges; [start, end) or null. */
function findSpaced(text: string, name: string): [number, number] | null {
  const first = name.slice(0, Math.min(6, name.length));
  for (let i = text.indexOf(first); i >= 0; i = text.indexOf(first, i + 1)) {
    if (i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1]!)) continue;
    let t = i;
    let k = 0;
    while (k < name.length && t < text.length) {
      if (name[k] === ' ') {
        // a space of the name: any run of spaces in the text, or none ("A+B" for "A + B")
        while (t < text.length && /\s/.test(text[t]!)) t++;
        k++;
        continue;
      }
      // spaces the text puts before a mark the name writes without one ("B :" for "B:")
      if (/\s/.test(text[t]!) && /[:+,()]/.test(name[k]!)) {
        while (t < text.length && /\s/.test(text[t]!)) t++;
        continue;
      }
      if (text[t] !== name[k]) break;
      t++;
      k++;
    }
    if (k === name.length && !(t < text.length && /[\p{L}\p{N}]/u.test(text[t]!))) return [i, t];
  }
  return null;
}
