/**
 * Two indexes over the catalog's words built after its concepts: the typo neighbourhood (every word and its
 * single-letter deletions) and the proper nouns of names (places and makers, "Bánh chưng Tranh Khúc").
 */
import type { CatalogProduct } from '../catalog/types.ts';
import { ownName } from './catalog-names.ts';
import { tokenize } from './normalize.ts';

/** Deletion neighbourhood (distance 1) of the catalog's plain-letter concepts of three letters or more. */
export function typoIndex(concepts: Iterable<string>): Map<string, string[]> {
  const typos = new Map<string, string[]>();
  const add = (k: string, w: string): void => {
    const l = typos.get(k);
    if (!l) typos.set(k, [w]);
    else if (!l.includes(w)) l.push(w);
  };
  for (const c of concepts) {
    if (c.length < 3 || !/^[a-z]+$/.test(c)) continue;
    add(c, c);
    for (let i = 0; i < c.length; i++) add(c.slice(0, i) + c.slice(i + 1), c);
  }
  return typos;
}

/**
 * Capitalized words after the first of a name ("Bánh chưng Tranh Khúc", "Nón lá bài thơ Huế"): places and makers
 * (`nouns`); and those of them only ever written inside a longer place or maker name ("thai" of "Thái Nguyên") that
 * no name or alias uses alone (`parts`). `nameSeqs` are the names' and aliases' content concepts ('' elsewhere).
 */
export function properNames(products: readonly CatalogProduct[], nameSeqs: readonly (readonly (readonly string[])[])[], canon: (f: string) => string): { nouns: Set<string>; parts: Set<string> } {
  const nouns = new Set<string>();
  for (const p of products) {
    let k = 0;
    for (const t of tokenize(ownName(p.name))) {
      if (t.kind !== 'word') continue;
      if (k++ > 0 && t.cap && !/\d/.test(t.fold) && t.raw !== t.raw.toUpperCase()) nouns.add(canon(t.fold));
    }
  }
  const parts = new Set<string>();
  const alone = new Set<string>();
  for (const list of nameSeqs) {
    for (const seq of list) {
      for (let k = 0; k < seq.length; k++) {
        const c = seq[k]!;
        if (!nouns.has(c)) continue;
        const joined = (seq[k - 1] !== undefined && nouns.has(seq[k - 1]!)) || (seq[k + 1] !== undefined && nouns.has(seq[k + 1]!));
        (joined ? parts : alone).add(c);
      }
    }
  }
  for (const c of alone) parts.delete(c);
  return { nouns, parts };
}
