/**
 * Units and classifiers of chat orders ("mét", "lạng", "chiếc", "đôi", "hộp" …) with their conversions, and the
 * canonical form of a measure that a product name may carry as a size ("1m6", "500g").
 */
import { fold } from './normalize.ts';
import type { Token } from './normalize.ts';
import { WordSet } from './lexicon.ts';

/** What a unit measures: a count of things, pairs, a length, a mass or a volume. */
export type Dim = 'count' | 'pair' | 'length' | 'mass' | 'volume' | 'area';

/** A unit or classifier word; `factor` converts to the base unit of its dimension (m, kg, l). */
export interface Unit {
  dim: Dim;
  factor: number;
  /** Folded canonical word, used to compare a classifier with a product's unit ("bo" = "bộ"). */
  key: string;
}

/** A map from words to values, matched accent-aware like WordSet. */
export class WordMap<V> {
  private readonly exact = new Map<string, V>();
  private readonly folded = new Map<string, V>();
  add(words: readonly string[], v: V): this {
    for (const w of words) {
      const low = w.toLowerCase();
      this.exact.set(low, v);
      if (!this.folded.has(fold(low))) this.folded.set(fold(low), v);
    }
    return this;
  }
  /** Only this spelling, never its folded form: "tạ" (100 kg) is a unit, "ta" typed bare is not. */
  addExact(words: readonly string[], v: V): this {
    for (const w of words) this.exact.set(w.toLowerCase(), v);
    return this;
  }
  getText(low: string): V | undefined {
    const f = fold(low);
    return f !== low ? this.exact.get(low) : this.folded.get(f);
  }
  /** The value of exactly this spelling (a catalog writes "can" for a tin can, "cân" for a kilogram). */
  getExact(low: string): V | undefined {
    return this.exact.get(low);
  }
  get(t: Token | undefined): V | undefined {
    if (!t || t.kind !== 'word') return undefined;
    return t.accented ? this.exact.get(t.low) : this.folded.get(t.fold);
  }
}

export const u = (dim: Dim, factor: number, key: string): Unit => ({ dim, factor, key });
const METRE = u('length', 1, 'met');
const CM = u('length', 0.01, 'cm');
const KG = u('mass', 1, 'kg');
const LANG = u('mass', 0.1, 'lang');
const GRAM = u('mass', 0.001, 'g');
const PAIR = u('pair', 1, 'doi');
export const AREA = u('area', 1, 'm2');
/** "vuông" after metres: square metres ("6 mét vuông"). */
export const SQUARE = new WordSet(['vuông', 'vuong', 'square']);

/** English containers compare equal to the Vietnamese unit a shop sells by ("bottles" = "chai"). */
const EN_CONTAINER_KEYS: Record<string, string> = {
  bottle: 'chai', bottles: 'chai', box: 'hop', boxes: 'hop', pack: 'goi', packs: 'goi', packet: 'goi', packets: 'goi',
  jar: 'hu', jars: 'hu', cans: 'can', tins: 'can', set: 'bo', sets: 'bo', piece: 'chiec', pieces: 'chiec',
};
/** Unit and classifier words after a number. */
export const UNITS = new WordMap<Unit>()
  .add(['mét', 'met', 'm', 'meter', 'meters', 'metre', 'metres'], METRE)
  .add(['phân', 'cm', 'centimet', 'centimeter', 'centimeters', 'centimetre', 'centimetres', 'xentimet'], CM)
  .add(['mm', 'milimet', 'millimeter', 'millimeters', 'millimetre', 'millimetres'], u('length', 0.001, 'mm'))
  .add(['kg', 'kgs', 'ký', 'kí', 'ky', 'ki', 'kilo', 'kilos', 'kilogram', 'kilograms', 'cân', 'can'], KG)
  .add(['lạng', 'lang', 'hg'], LANG)
  // "1 yến cói" = 10 kg, "nửa tạ phân gà" = 50 kg, as village markets weigh; "tạ" only with its mark, since typed
  // bare it is "tá" (a dozen) or "ta" (we).
  .add(['yến'], u('mass', 10, 'yen'))
  .addExact(['tạ'], u('mass', 100, 'ta'))
  .add(['gam', 'g', 'gram', 'grams', 'gr', 'gramme', 'grammes'], GRAM)
  .add(['lít', 'lit', 'liter', 'liters', 'litre', 'litres'], u('volume', 1, 'lit'))
  .add(['ml'], u('volume', 0.001, 'ml'))
  .add(['đôi', 'cặp', 'pair', 'pairs'], PAIR)
  .add(['m²', 'm2', 'sqm', 'mét²'], AREA)
  // "3 khối cát vàng", "2 m3 đá 1x2": a cubic metre, as sand, gravel and concrete are sold.
  .add(['khối', 'm3', 'm³', 'cbm'], u('volume', 1000, 'm3'));

/** Whether the word is a kilo ("kg", "ký", "kí", typed bare "ky", "ki"), not "cân" itself. */
export function isKilo(low: string | undefined): boolean {
  return low !== undefined && fold(low) !== 'can' && UNITS.getText(low) === KG;
}
// "voan trắng 5 tấc", "bể 6 tac": a tenth of a metre, as cloth and tanks are measured at the market.
UNITS.add(['tấc'], u('length', 0.1, 'tac'));
// "1 tấn thép" = 1,000 kg; only with its mark ("tan" typed bare is "tan", dissolve: "cà phê hoà tan").
UNITS.addExact(['tấn'], u('mass', 1000, 'tan'));
for (const w of [
  'cái', 'chiếc', 'bộ', 'hộp', 'gói', 'túi', 'tấm', 'cuộn', 'chai', 'lọ', 'hũ', 'bình', 'bao', 'thùng', 'set', 'sets',
  'pcs', 'pc', 'piece', 'pieces', 'cây', 'con', 'quyển', 'cuốn', 'tờ', 'bức', 'lốc', 'suất', 'xấp', 'box', 'boxes',
  'pack', 'packs', 'packet', 'packets', 'bottle', 'bottles', 'jar', 'jars', 'roll', 'rolls', 'sheet', 'sheets',
  'unit', 'units', 'item', 'items', 'khay', 'vỉ', 'lon', 'bó', 'thanh', 'miếng', 'quả', 'trái', 'hạt', 'cốc', 'ly',
  'két', 'can', 'cans', 'tins', 'bịch', 'viên', 'cục', 'nén',
  // ("2 sp XG-SUAT": "sản phẩm", an item of whatever the product is.)
  'sp',
]) {
  UNITS.add([w], u('count', 1, EN_CONTAINER_KEYS[w] ?? fold(w)));
}
// ("thỏi" only with its marks: typed bare, "3 thoi" is "3 thôi", three and no more.)
UNITS.addExact(['thỏi'], u('count', 1, 'thoi'));
/**
 * Containers and packs: a product sold in one ("Nước mắm chai 500ml", "Cá cơm gói 500g") holds a fixed amount,
 * so litres or kilograms of it convert to whole containers.
 */
export const CONTAINERS = new WordSet([
  'chai', 'can', 'hũ', 'bình', 'lọ', 'gói', 'hộp', 'túi', 'bao', 'thùng', 'két', 'lon', 'vỉ', 'bịch', 'xấp', 'bottle',
  'bottles', 'jar', 'jars', 'pack', 'packs', 'packet', 'packets', 'box', 'boxes', 'bag', 'bags', 'can', 'cans', 'tin',
]);
/** Classifiers of single pieces, which hold nothing themselves ("30 cái" of a pack of 10 is 3 packs). */
export const PIECE_WORDS = ['cái', 'chiếc', 'tấm', 'tờ', 'con', 'cây', 'que', 'viên', 'miếng', 'quả', 'piece', 'pieces', 'pcs'];
/** The classifiers of a single piece of anything, of no kind of goods: "cái", "chiếc". */
export const ANY_PIECE = new WordSet(['cái', 'chiếc']);
/** Classifiers that stand for one item on their own ("cho mình cái cà vạt", "với chiếc ví"). */
export const BARE_CLASSIFIERS = new WordSet(['cái', 'chiếc', 'bộ', 'đôi', 'cặp', 'hộp', 'gói']);


/** Canonical concept of a measure ("1m6", "1.6m", "160cm" → "len:160"; "200g", "2 lạng" → "mass:200"). */
export function measureConcept(value: number, unit: Unit): string | null {
  // (In centimetres, to a hundredth: "0.3mm" of fishing line is len:0.03, not nothing.)
  if (unit.dim === 'length') return `len:${Math.round(value * unit.factor * 10000) / 100}`;
  // (In grams and millilitres, to a hundredth: "0.5g" of flower seeds is not the 1 g packet.)
  if (unit.dim === 'mass') return `mass:${Math.round(value * unit.factor * 100000) / 100}`;
  if (unit.dim === 'volume') return `vol:${Math.round(value * unit.factor * 100000) / 100}`;
  return null;
}
