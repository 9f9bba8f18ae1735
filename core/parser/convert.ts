/** A quantity the customer wrote, converted to the product's own unit (kg ↔ lạng, pairs, dozens, packs). */
import { headsProduct, productConcepts, productHas, spelledAs, unitOf } from './matcher.ts';
import { packCount, packSize } from './packs.ts';
import { isWord, lookup } from './context.ts';
import { fold } from './normalize.ts';
import { CONTAINERS, UNITS, isThousand, multiplierValue } from './numbers.ts';
import { PIECE_WORDS } from './units.ts';
import { PARTICLES, SET_WORDS, WordSet } from './lexicon.ts';

/** Packs of several of a product's own units (folded unit keys): a crate, a carton, a multipack. */
const OUTER_PACKS = new Set(['thung', 'loc', 'ket']);

/** Classifiers of single pieces (units.ts): "30 cái" of envelopes sold by the pack of 10 is 3 packs. */
const PIECES = new WordSet(PIECE_WORDS);
const PIECE_FOLDS = PIECE_WORDS.map(fold);
import type { Quantity, Unit } from './numbers.ts';
import { ParseContext } from './context.ts';

/** The quantity in the product's own unit, or null when the units cannot be converted (kg of a "chiếc" item). */
export function convert(cx: ParseContext, q: Quantity, p: number): number | null {
  const pu: Unit = unitOf(cx.m, p);
  if (q.outer && q.outer.unit !== null && q.outer.unit.key === pu.key) return q.outer.value; // "1 thùng 12 chai" of a product sold by the thùng
  const u = q.unit;
  // "da cuoi 2 ta", "thep nhip 1 ta" of goods sold by weight: typed bare, "ta" is "tạ", a hundred kilograms, not a dozen.
  if (pu.dim === 'mass' && !u && q.multiplied && hundredweight(cx, q)) return Math.round(((q.value / 12) * 100 * 1000) / pu.factor) / 1000;
  // "3 chục nem chua" of "Nem chua Thanh Hóa chục 10 cái": the multiplier word names the product's pack; 3 of them.
  const packs = packsNamedByMultiplier(cx, q, p);
  if (packs !== null) return packs;
  const pieces = !u && pu.dim === 'count' ? packOfPieces(cx, q, p) : null;
  if (pieces !== null) return Number.isInteger(q.value / pieces) ? q.value / pieces : null;
  if (pu.dim === 'count' && pu.factor > 1) {
    // Sold by the ten or the dozen ("Nem chua", unit "chục"): "50 cái" or "2 chục" are counted in pieces.
    // (Not a container: "1 thùng nem chua" is no tenth of a chục, nor a chục; how many a box holds is for the shop to
    // say, so ask.)
    if (u && u.dim === 'count' && u.key !== pu.key && CONTAINERS.hasText(u.key) && !q.multiplied) return null;
    // ("2 nghìn gạch" of bricks sold by the "nghìn viên": the first word of the product's unit names that unit.)
    // ("60 ngàn con" of fry sold by the "nghìn con": "ngàn" and "nghìn" are the same thousand.)
    if (u && u.dim === 'count' && (pu.key.startsWith(`${u.key} `) || (isThousand(u.key) && isThousand(pu.key.split(' ')[0]!)))) return q.value;
    // ("1 chục thìa" of spoons sold by the dozen is no whole or half dozen: ask.)
    if (q.multiplied || (u && u.dim === 'count' && u.key !== pu.key)) return Number.isInteger((2 * q.value) / pu.factor) ? q.value / pu.factor : null;
    if (!u || u.key === pu.key) return q.value;
  }
  if (!u) {
    // "trứng gà 5 chục" of eggs sold by the tray of 10, "2 tá găng tay" of gloves by the bundle of 12: the ten or the
    // dozen is the pack; five trays, two bundles. (Not "1 chục hộp bánh cốm": a container said after it is what the
    // ten counts; nor "1 tá lót nồi" of sets of 4, twelve sets.)
    const next = cx.ts[q.end];
    const containerNext = isWord(next) && (UNITS.get(next)?.dim === 'count' || next.fold === pu.key);
    const perPack = q.multiplied && pu.dim === 'count' && !containerNext ? packCount(cx.m, p) : null;
    if (perPack !== null && perPack > 1 && multiplierOf(cx, q)?.by === perPack) return q.value / perPack;
    // "24 hũ nắp thiếc" of "Hũ … (thùng 12 hũ)": a number right before the piece its pack counts counts pieces, two
    // cartons (read as the phrase's head, the word is no classifier of the amount); not a whole number of packs: ask.
    if (pu.dim === 'count' && isWord(next) && next.fold !== pu.key && productHas(cx.m, p, `packword:${next.fold}`)) {
      const pack = packCount(cx.m, p);
      // ("1 hũ gia vị" of "Hũ gia vị (bộ 3 hũ)": one of what the word names, the set.)
      if (pack !== null && pack > 1) return Number.isInteger(q.value / pack) ? q.value / pack : q.value === 1 && headsProduct(cx.m, p, next.fold) ? 1 : null;
    }
    // "6 bóng t10 trắng" of "Bóng LED demi T10 trắng (đôi)", sold by the pair: an even count of the name's own noun
    // counts pieces, two to a pair (one is the pair: "1 vỏ gối cưới").
    if (pu.dim === 'pair' && q.value >= 2 && q.value % 2 === 0 && !q.multiplied && isWord(next) && headsProduct(cx.m, p, next.fold) && productHas(cx.m, p, 'doi')) return q.value / 2;
    // "12 chén gáo dừa" of "Bộ 6 chén gáo dừa": a number right before the set's own piece noun counts pieces.
    const n = pu.dim === 'count' && cx.ts[q.end]?.fold !== pu.key ? setPieces(cx, q, p, 1) : null;
    if (n !== null && n > 1) return Number.isInteger(q.value / n) ? q.value / n : null;
    return q.value;
  }
  // "1 can" typed bare reads as "cân" (kg), but names the product's own unit when it is sold by the can.
  if (q.unitIdx >= 0 && pu.dim === 'count' && cx.ts[q.unitIdx]?.fold === pu.key) return q.value;
  // "1 cặp da công sở": a classifier that is the product's own head noun names the product, not a pair.
  const unitWord = q.unitIdx >= 0 ? cx.ts[q.unitIdx] : undefined;
  // (Unless its pack counts that word: "32 miếng" of "Miếng dán … (túi 16 miếng)" is 2 bags.)
  // (Written with its marks, as the names are not: "1 cặp cáp lightning" is a pair of "Cáp …".)
  if (unitWord !== undefined && headsProduct(cx.m, p, unitWord.fold) && !productHas(cx.m, p, `packword:${unitWord.fold}`) &&
    !(unitWord.accented && !spelledAs(cx.m, unitWord.low))) return q.value;
  if ((u.dim === 'count' || u.dim === 'pair') && pu.dim === 'count' && u.key !== pu.key && unitWord !== undefined &&
    (PIECES.has(unitWord) || productHas(cx.m, p, `packword:${unitWord.fold}`))) {
    const pack = packCount(cx.m, p) ?? setPieces(cx, q, p);
    if (pack !== null && pack > 1) {
      // "30 cái lì xì" sold by the pack of 10 is 3 packs; 25 of them is not a whole number of packs: ask.
      const n = q.value / pack;
      return Number.isInteger(n) ? n : null;
    }
    // ("300 cái nở nhựa 6 ly" of "Tắc kê … (túi 100 cái)" whose alias also reads as a pack, "6 ly": pieces of a pack
    // whose size the names do not settle are no count of packs; ask rather than sell 300 bags.)
    if (pack === null && productHas(cx.m, p, `packword:${unitWord.fold}`)) return null;
  }
  // "1 lít" of a sauce sold in 500ml bottles is 2 bottles, "2 lạng" of pepper in 200g packs is 1 pack, "3 lạng dê tái"
  // of meat served by the 300 g plate is 1 plate, "6 mét nẹp" of trunking sold by the 2 m length is 3 lengths; else ask.
  const pack = (u.dim === 'mass' || u.dim === 'volume' || u.dim === 'length') && pu.dim === 'count' ? packSize(cx.m, p, u.dim) : null;
  if (pack !== null) {
    const n = (q.value * u.factor) / pack;
    return Math.abs(n - Math.round(n)) < 1e-6 && n >= 1 ? Math.round(n) : null;
  }
  if (u.dim === 'count') {
    // "gạch block 2 nghìn viên" where other bricks are sold by the "nghìn viên": the thousand is a count of pieces.
    // ("5 nghìn con rô phi" of fry sold by the "con", beside shrimp by the "nghìn con": thousands of pieces.)
    if (isThousand(u.key.split(' ')[0]!) && pu.dim === 'count' && pu.factor === 1) return q.value * 1000;
    // "1 lốc sữa ông thọ", "2 thùng bia" of goods sold by the can or bottle: how many an outer pack holds is for the
    // shop to say (outer-pack.ts reads "1 thùng 24 lon"); ask.
    if (OUTER_PACKS.has(u.key) && !OUTER_PACKS.has(pu.key) && pu.dim === 'count' && pu.key !== u.key && !q.outer) return null;
    // ("4 cái cóng sứ" of cups sold by the pair: single pieces, two to a pair; an odd count asks.)
    if (pu.dim === 'pair' && unitWord !== undefined && PIECES.has(unitWord) && !headsProduct(cx.m, p, unitWord.fold)) return q.value % 2 === 0 ? q.value / 2 : null;
    if (pu.dim === 'count' || pu.dim === 'pair' || u.key === pu.key) return q.value;
    return null;
  }
  if (u.dim === 'pair') {
    if (pu.dim === 'pair') return q.value;
    if (pu.dim === 'count') return pairPack(cx, q, p, pu) ? q.value : q.value * 2;
    return null;
  }
  if (u.dim === pu.dim) return (q.value * u.factor) / pu.factor;
  // "mành cật 8m2" of a blind sold by the square metre: glued, "8m2" is eight square metres, not 8.2 metres.
  const glued = cx.ts[q.start];
  if (pu.dim === 'area' && u.dim === 'length' && isWord(glued) && /^\d+m2$/.test(glued.low)) return parseInt(glued.low, 10);
  return null;
}

/**
 * "một cặp núm ti" of "Núm ti … (vỉ 2 cái)", "1 đôi pin" of "Pin … (vỉ 2 viên)": the pair is the pack of two pieces
 * the product is. (Not a pair of containers, "một cặp hộp quà", nor pairs of the pack said by its own word, "một cặp
 * pin sạc vỉ 2": then two packs.)
 */
function pairPack(cx: ParseContext, q: Quantity, p: number, pu: Unit): boolean {
  if (packCount(cx.m, p) !== 2 || !PIECE_FOLDS.some((w) => productHas(cx.m, p, `packword:${w}`))) return false;
  const next = cx.ts[q.end];
  if (isWord(next) && (UNITS.get(next) !== undefined || next.fold === pu.key)) return false;
  const c = cx.curClause;
  return c === null || !cx.ts.slice(c.start, c.end).some((t) => isWord(t) && t.fold === pu.key);
}

/**
 * "12 cái chén gáo dừa" when the shop sells "Bộ 6 chén gáo dừa": the pieces counted are the set's own noun, so the
 * count is of pieces, and 12 of them are 2 sets (an amount that is no whole number of sets asks).
 */
function setPieces(cx: ParseContext, q: Quantity, p: number, span = 2): number | null {
  for (let j = q.end; j < q.end + span; j++) {
    const t = cx.ts[j];
    if (!isWord(t)) return null;
    const prefix = `na:${t.fold}:`;
    for (const c of productConcepts(cx.m, p)) if (c.startsWith(prefix)) return Number(c.slice(prefix.length));
  }
  return null;
}

/**
 * "20 đĩa chấm", "500 cúc 11mm", "24 muỗng phở" of goods sold only in packs ("Đĩa chấm … (lốc 10 cái)", "Cúc … (gói 100
 * cái)", "Muỗng phở … (tá 12 cái)"): a bare count of at least a pack's worth, before the piece's own noun (no classifier
 * or container, not "3 bộ …"), counts pieces; the pack's size, or null. A pair or a handful ("2 kính chiếu hậu" of a
 * set of two) and fewer pieces than a pack are counted in packs, as customers count small sets.
 */
function packOfPieces(cx: ParseContext, q: Quantity, p: number): number | null {
  if (q.x || q.label || q.multiplied || !Number.isInteger(q.value) || !pieceNounAt(cx, q.end, p)) return null;
  let size: number | null = null;
  for (const c of productConcepts(cx.m, p)) {
    if (!c.startsWith('na:pack:')) continue;
    if (size !== null) return null; // (a pack of packs: "Thùng 10 hộp 20 gói")
    size = Number(c.slice('na:pack:'.length));
  }
  return size !== null && size >= 5 && q.value >= size ? size : null;
}

/**
 * The word at k names the piece itself: a catalog word, not a particle, a set's word or the word the product is sold
 * by; a classifier or container only where it opens the product's name ("30 thùng xốp 3kg" of "Thùng xốp 3kg … (bó 10
 * cái)", not "10 túi bánh bao mini").
 */
function pieceNounAt(cx: ParseContext, k: number, p: number): boolean {
  const w = cx.ts[k];
  if (!isWord(w) || lookup(cx, k) === null || PARTICLES.has(w) || w.fold === unitOf(cx.m, p).key || SET_WORDS.some(([f]) => f === w.fold)) return false;
  return UNITS.get(w) === undefined || opensName(cx, p, w.fold);
}

/** The product's name opens with the word ("Thùng xốp 3kg …" with "thùng"; not its aliases, "túi bánh bao mini"). */
function opensName(cx: ParseContext, p: number, folded: string): boolean {
  const first = /^\p{L}+/u.exec(cx.m.products[p]!.name.toLowerCase());
  return first !== null && fold(first[0]) === folded;
}

/** The amount in packs when the word that multiplied it ("chục", "tá") is a word of product p's name, else null. */
export function packsNamedByMultiplier(cx: ParseContext, q: Quantity, p: number): number | null {
  const w = q.multiplied ? multiplierOf(cx, q) : null;
  return w !== null && productHas(cx.m, p, w.fold) ? q.value / w.by : null;
}

/** The quantity was multiplied by "ta" typed bare (not "tá"). */
function hundredweight(cx: ParseContext, q: Quantity): boolean {
  for (let j = q.start; j < q.end; j++) {
    const t = cx.ts[j];
    if (isWord(t) && t.low === 'ta') return true;
  }
  return false;
}

/** The multiplier word of the quantity ("chục" 10, "tá" 12) and its value, or null. */
export function multiplierOf(cx: ParseContext, q: Quantity): { fold: string; by: number } | null {
  for (let j = q.start; j < q.end; j++) {
    // (The classifier is no multiplier: "1 chuc lo" is ten jars, "lo" typed bare is "lọ", not "lố".)
    if (j === q.unitIdx) continue;
    const t = cx.ts[j];
    const by = isWord(t) ? multiplierValue(t) : undefined;
    if (by !== undefined && by > 1) return { fold: t!.fold, by };
  }
  return null;
}
