/**
 * How to make a dish or a drink, said beside it: "2 cốc trà chanh ít đá", "1 ly mía vừa ko đá", "1 phan chao nho it
 * hanh", "tô thường không hành", "com hen to lon khong ot 1". "ít", "không", "nhiều", "bớt" before a word of
 * seasoning, ice or garnish is a note for the kitchen, not a word of the product, when the shop sells no product named
 * by that lack or measure ("Sữa đậu nành không đường", "Mứt dâu tằm ít đường": there the words tell siblings apart
 * and are read as the catalog's own, see catalog-index.ts). Only after goods are named in the clause: "cho e ít tiêu đen"
 * alone asks for some pepper.
 */
import { WordSet } from './lexicon.ts';
import { productHas, productsOf } from './matcher.ts';
import { isWord } from './context.ts';
import type { ParseContext } from './context.ts';

/** Words that say more or less of something: "ít đá", "không hành", "nhiều ớt". (Not "bớt": typed bare it is "bột".) */
const HOW_MUCH = new WordSet(['ít', 'không', 'ko', 'khong', 'k', 'hok', 'khg', 'nhiều']);
/** Seasoning, ice and garnish a kitchen adds or leaves out, folded. */
const ADJUSTED = new Set(['da', 'hanh', 'ot', 'duong', 'ngot', 'cay', 'beo', 'mo', 'tieu', 'rau', 'gia', 'toi', 'ngo', 'muoi', 'man', 'chua', 'sua', 'mam']);
/** Two-word garnishes: "hành phi", "nước béo", "bột ngọt", "hành lá". */
const ADJUSTED_PAIRS = new Set(['hanh phi', 'hanh la', 'nuoc beo', 'bot ngot', 'mi chinh', 'rau song', 'rau thom']);

/**
 * How many tokens from i make a kitchen note (0 when none); `named`: goods were named before it in the clause; `cur`:
 * the products the phrase names so far, when inside one ("lạc không tỏi" beside "Lạc rang tỏi ớt" rules out a word of
 * their names: no note, the phrase reads it).
 */
export function prepNoteAt(cx: ParseContext, i: number, named: boolean, cur: readonly number[] | null = null): number {
  if (!named) return 0;
  const ts = cx.ts;
  const t = ts[i];
  const w = ts[i + 1];
  if (!HOW_MUCH.has(t) || !isWord(w) || !ADJUSTED.has(w.fold)) return 0;
  if (cur !== null && cur.some((p) => productHas(cx.m, p, w.fold))) return 0;
  // (A lack or a measure the shop's names spell, "không đường", "Mứt dâu tằm ít đường", is theirs to read.)
  if (productsOf(cx.m, `no:${w.fold}`).length > 0) return 0;
  const owners = productsOf(cx.m, t!.fold);
  if (owners.length > 0 && productsOf(cx.m, w.fold).some((p) => owners.includes(p))) return 0;
  const next = ts[i + 2];
  return isWord(next) && ADJUSTED_PAIRS.has(`${w.fold} ${next.fold}`) ? 3 : 2;
}
