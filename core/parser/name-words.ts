/**
 * The words of a product's name or alias as the catalog index reads them, and which of them are grammar rather than
 * words of the name (catalog-index.ts keeps the others as the product's concepts).
 */
import { fold, tokenize, hasDiacritics } from './normalize.ts';
import { COLOURS, EN_GLUE_SYLLABLES, GRADE_WORDS, NAME_STOP, SIZE_WORDS } from './lexicon.ts';
import { readNumberToken } from './numbers.ts';
import { smallNumberWord } from './number-words.ts';
import { isKilo } from './units.ts';

/** One word of a name. */
export interface NameWord {
  low: string;
  fold: string;
  cap: boolean;
  afterSep: boolean;
}

/**
 * A name's words, each marked when a separator stands before it: "Đũa inox 304 (hộp 10 đôi)" counts no "304 hộp" across
 * the parenthesis.
 */
export function nameWords(text: string): NameWord[] {
  const out: NameWord[] = [];
  let sep = false;
  for (const t of tokenize(text)) {
    if (t.kind !== 'word') {
      sep = true;
      continue;
    }
    out.push({ low: t.low, fold: t.fold, cap: t.cap, afterSep: sep });
    sep = false;
  }
  return out;
}

/**
 * A grammar word of a name at `at`, not one of its words. An English glue word that goes on a Vietnamese proper
 * name ("Phố cổ Hội An", "Bình An") is part of that name, and a capital "A" after a word is a model's letter
 * ("Hộp quà A" beside "Hộp quà B"), not the article.
 */
export function nameStop(low: string, ws: { accented: boolean } & ArrayLike<{ low: string; cap?: boolean }>, at: number): boolean {
  if (!NAME_STOP.hasCatalogText(low, ws.accented)) return false;
  // ("Co inox 304 phi 60": a bare "co" opening a name is its head, an elbow fitting, not "cỡ", size.)
  if (at === 0 && low === 'co') return false;
  // "màu" before a colour says which colour ("Áo màu đỏ"); elsewhere it is a word of the name: "Bút chì màu 12 màu",
  // "Sáp màu", "Hạt gỗ màu 8mm" are coloured goods.
  if (at >= 0 && low === 'màu') {
    const next = ws[at + 1];
    if (next === undefined || !COLOURS.hasText(next.low)) return false;
  }
  // "sản" of "sản phẩm" (product) names nothing; of "hải sản", "đặc sản", "nông sản" it is the goods. "mẫu" (design)
  // names nothing, but "mẫu đơn" is a peony and "mẫu giáo" a kindergarten.
  if (at >= 0 && (low === 'sản' || (low === 'san' && !ws.accented)) && !/^ph[aẩ]m$/.test(ws[at + 1]?.low ?? '')) return false;
  if (at >= 0 && (low === 'mẫu' || (low === 'mau' && !ws.accented)) && /^(đơn|don|giáo|giao)$/.test(ws[at + 1]?.low ?? '')) return false;
  // "Van an toàn", "Bình an": beside a word with diacritics "an" (safe) is a Vietnamese word. ("In ảnh 13x18": "in",
  // print, stays the verb a message opens with, as "in 10 tấm" orders a print.)
  // (So is "the", gauze, of "Áo the nam quan họ", "Khăn mỏ quạ the".)
  if (ws.accented && (low === 'an' || low === 'the') && [ws[at - 1], ws[at + 1]].some((n) => n !== undefined && hasDiacritics(n.low))) {
    return false;
  }
  if (at < 1 || ws[at]!.cap !== true) return true;
  if (low === 'a') return GRADE_WORDS.hasText(ws[at - 1]!.low); // ("loại A" is read as a grade)
  if (!ws.accented || !EN_GLUE_SYLLABLES.hasCatalogText(low, true)) return true;
  const before = ws[at - 1]!;
  return !(before.cap === true && hasDiacritics(before.low));
}

/** A name's or alias's words, and whether it is written with diacritics. */
export type NameText = NameWord[] & { accented: boolean };

/** Whether the word at `at` of a name or alias is a grammar word rather than a word of the name. */
export type StopIn = (low: string, ws: { accented: boolean } & ArrayLike<{ low: string }>, at?: number) => boolean;

/**
 * Classifiers that are nouns too: words of a name unless a number before them counts them. "cân" (weighed) after
 * goods names them sold loose by weight, "Mì cân", "Bánh đậu xanh cân", as against their packs; "nửa cân" is a weight.
 */
const UNIT_NOUNS = new Set(['phân', 'cái', 'cân']);
const COUNTS_NOUN = /^(\d|theo$|per$|mỗi$)/;

/** A word before a classifier that counts it or says how goods are sold by it ("45 phân", "nửa cân", "theo cái"). */
function countsNoun(low: string): boolean {
  return COUNTS_NOUN.test(low) || smallNumberWord(low);
}

/**
 * Each product's own name and aliases as words (`texts`), and which of their words are grammar (`stopIn`): nameStop,
 * except for a word the product's name spells out, which its aliases keep ("nem cua" of "Nem cua bể rán" is crab,
 * not "của", of), and a classifier that is also a noun ("phân" manure, "cái" of "nếp cái") unless a number counts it
 * ("bó 100 cái", "45 phân") or it says how the product is sold ("bán theo cái").
 */
export function nameTexts(names: readonly (readonly string[])[]): { texts: NameText[][]; stopIn: StopIn } {
  const texts = names.map((list) => list.map((t) => Object.assign(nameWords(t), { accented: hasDiacritics(t) })));
  const spelledInName = new Map<object, Set<string>>();
  for (const list of texts) {
    const name = list[0]!;
    if (!name.accented) continue;
    const kept = new Set(name.filter((w, at) => !nameStop(w.low, name, at)).map((w) => w.fold));
    for (const ws of list.slice(1)) if (!ws.accented) spelledInName.set(ws, kept);
  }
  const stopIn: StopIn = (low, ws, at = -1) =>
    nameStop(low, ws, at) && !(spelledInName.get(ws)?.has(fold(low)) ?? false) &&
    !(at >= 0 && UNIT_NOUNS.has(low) && !countsNoun(ws[at - 1]?.low ?? '') && !(low === 'cân' && soldBy(ws, at)));
  return { texts, stopIn };
}

/** "(cân ký)", "(cân theo kg)": how the goods are sold, in parentheses or before a unit, names none of them. */
function soldBy(ws: ArrayLike<{ low: string; afterSep?: boolean }>, at: number): boolean {
  const next = ws[at + 1]?.low ?? '';
  return ws[at]!.afterSep === true || next === 'theo' || isKilo(next) || next === 'lạng';
}

/**
 * Each name's and alias's words as the index compares word orders: a word's concept (`canon`), or '' for a grammar,
 * size or grade word or a number.
 */
export function nameSequences(texts: readonly (readonly NameText[])[], stopIn: StopIn, canon: (f: string) => string): string[][][] {
  return texts.map((list) =>
    list.map((ws) =>
      ws.map((w) =>
        stopIn(w.low, ws, ws.indexOf(w)) || SIZE_WORDS.hasText(w.low) || GRADE_WORDS.hasText(w.low) || readNumberToken(w.low).kind !== 'other' || /^\d/.test(w.fold)
          ? ''
          : canon(w.fold),
      ),
    ),
  );
}
