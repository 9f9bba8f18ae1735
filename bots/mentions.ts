import type { Db } from '../db/index.ts';
import { catalogProducts, type Group } from '../core/catalog/queries.ts';
import { foldDiacritics } from '../core/text.ts';

/** Lower-case ASCII with Vietnamese diacritics removed and words separated by single spaces. */
function fold(text: string): string {
  return ` ${foldDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}

const cache = new Map<number, { version: number; phrases: { phrase: string; sku: string }[] }>();

/**
 * The products a message names by sku, name or alias (diacritics optional), for answering questions
 * such as "khăn đỏ còn không shop?" with the product itself. Longest names win, so "khăn lụa đỏ" is
 * not also "khăn lụa".
 */
export function mentionedSkus(db: Db, group: Group, text: string): string[] {
  let entry = cache.get(group.id);
  if (!entry || entry.version !== group.catalogVersion) {
    const phrases = catalogProducts(db, group.id).flatMap((p) =>
      [p.sku, p.sku.replace(/-/g, ''), p.name, ...p.aliases].map((a) => ({ phrase: fold(a), sku: p.sku })),
    );
    phrases.sort((a, b) => b.phrase.length - a.phrase.length);
    entry = { version: group.catalogVersion, phrases };
    cache.set(group.id, entry);
  }
  let folded = fold(text);
  const found: string[] = [];
  for (const { phrase, sku } of entry.phrases) {
    if (phrase.trim().length < 3 || !folded.includes(phrase)) continue;
    if (!found.includes(sku)) found.push(sku);
    folded = folded.replace(phrase, ' ');
  }
  return found;
}
