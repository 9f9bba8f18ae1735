import { foldForRules as fold } from '../text.ts';

/** What naming a product needs: the shop's name, its optional English and short names, its aliases. */
export interface NamedProduct {
  name: string;
  nameEn?: string | null;
  shortName?: string | null;
  aliases?: readonly string[];
}

/** Longest name shown where space is tight (a button, a tally line) before a short form is used. */
export const SHORT_NAME_MAX = 20;

/** The product's name in the reader's language: the shop's English name for English readers, when it gave one. */
export function productName(p: NamedProduct, lang: string): string {
  return lang === 'en' && p.nameEn ? p.nameEn : p.name;
}

/**
 * A short name for buttons and the group tally: the shop's `shortName`; else the name when it is short; else
 * the shortest alias that starts like the name ("Khăn lụa tơ tằm màu xanh ngọc" → "Khăn xanh"), capitalised;
 * else the name cut at a word. English readers get the English name, cut the same way.
 */
export function shortProductName(p: NamedProduct, lang = 'vi'): string {
  if (lang === 'en' && p.nameEn) return cut(p.nameEn);
  if (p.shortName) return p.shortName;
  if (p.name.length <= SHORT_NAME_MAX) return p.name;
  const head = fold(p.name).split(' ')[0]!;
  const alias = (p.aliases ?? [])
    .filter((a) => a.length >= 4 && a.length <= SHORT_NAME_MAX && fold(a).split(' ')[0] === head && fold(a).split(' ').length >= 2)
    .sort((a, b) => a.length - b.length)[0];
  if (alias) return alias.charAt(0).toLocaleUpperCase('vi') + alias.slice(1);
  return cut(p.name);
}

function cut(name: string): string {
  if (name.length <= SHORT_NAME_MAX) return name;
  let out = '';
  for (const w of name.split(' ')) {
    if ((out ? out.length + 1 : 0) + w.length > SHORT_NAME_MAX - 1) break;
    out = out ? `${out} ${w}` : w;
  }
  return `${out || name.slice(0, SHORT_NAME_MAX - 1)}…`;
}
