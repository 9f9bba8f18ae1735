/**
 * The words of a product's name or alias as the catalog index reads them, and which of them are grammar rather than
 * words of the name (catalog-index.ts keeps the others as the product's concepts).
 */
import { tokenize, hasDiacritics } from './normalize.ts';
import { COLOURS, EN_GLUE_SYLLABLES, GRADE_WORDS, NAME_STOP } from './lexicon.ts';

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
  if (ws.accented && low === 'an' && [ws[at - 1], ws[at + 1]].some((n) => n !== undefined && hasDiacritics(n.low))) {
    return false;
  }
  if (at < 1 || ws[at]!.cap !== true) return true;
  if (low === 'a') return GRADE_WORDS.hasText(ws[at - 1]!.low); // ("loại A" is read as a grade)
  if (!ws.accented || !EN_GLUE_SYLLABLES.hasCatalogText(low, true)) return true;
  const before = ws[at - 1]!;
  return !(before.cap === true && hasDiacritics(before.low));
}
