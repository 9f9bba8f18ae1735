/**
 * The catalog side of the parser: turns product names, aliases and sku codes into an index of
 * "concepts" (folded words, joined word pairs, sku codes, sizes and measures) and resolves a phrase
 * the customer wrote to the products that fit it.
 *
 * Why hand-written rather than an NLP library: chat orders from craft villages are short, mostly
 * written without diacritics, full of shop slang and typos, and their vocabulary is the catalog
 * itself. No offline Vietnamese NLP package knows "khăn đõ" is "Khăn lụa tơ tằm màu đỏ" or that
 * "1m5" is a quantity but "chiếu 1m6" is a size; a word-sense tokenizer would add weight and
 * latency without solving either. A small catalog index plus explicit grammar rules is faster,
 * predictable, and easy to extend per rule.
 */
import type { CatalogProduct } from '../catalog/types.ts';
import { ownName } from './catalog-names.ts';
import { lyMeansMm, lyToMm } from './millimetres.ts';
import { nameSequences, nameTexts } from './name-words.ts';
import { REGIONAL, aliasHeads, catalogSynonyms, regionalHeads, spellingConcepts, toneKey } from './catalog-synonyms.ts';
import { properNames, typoIndex } from './catalog-words.ts';
import { fold, isVietnameseSyllable } from './normalize.ts';
import { AND_A_HALF_WORDS, COLOURS, GRADE_WORDS, LETTER_SIZES, NUMBER_LEADS, SIZE_WORDS, SYNONYMS, WordSet, letterGrade } from './lexicon.ts';
import { UNITS, measureConcept, productUnit, readDimension, readNumberToken } from './numbers.ts';
import { metreSides } from './dimensions.ts';
import { INDEX } from './matcher-index.ts';
import type { Matcher, MatcherIndex } from './matcher-index.ts';



export { toneKey };

/** A number glued to letters ("24h", "3in1", "4k"): read as one word when its letters are no unit. */
const MODEL_CODE = /^\d+(?:[.,]\d+)?[a-z]+\d*[a-z]*$/;
const RANGE = /^\d+-\d+(?:[a-z]{1,3})?$/;
/** Numbers joined by "/" or "-" into one code: "80/90-14", "2.25-17", "16-16-8" (a plain "20-25" is a range). */
const SIZE_CODE = /^\d+(?:[.,]\d+)?(?:[/:-]\d+(?:[.,]\d+)?)+$/;
const FRACTION = /^\d\/\d{1,2}$/;

/** Negations a product name may carry ("không trứng", "không đường", "chưa rang"); not "chả", a food. */
const NAME_NEGATIONS = new WordSet(['không', 'ko', 'khong', 'chưa', 'without']);

/** Words before a count in a name that make it a minimum order ("đơn từ 10 áo", "tối thiểu 5 bộ"), not a pack. */
const MINIMUM_WORDS = new Set(['từ', 'min', 'minimum']);

/** A number that reads as a year in a product's name ("Lịch 2026", "Trà xuân 2025"). */
function isYear(n: number): boolean {
  return Number.isInteger(n) && n >= 1900 && n <= 2100;
}

/** Marks an alias with a word its concepts do not keep (see aliasConcepts). */
export const LOOSE = '!loose';

/** Words that name a product as a set or a pack of pieces ("Bộ ấm 6 chén", "Hộp bút 12 cây"). */
const PACK_NAMES = new Set(['bo', 'set', 'combo', 'hop', 'tui', 'loc', 'vi', 'khay', 'bao', 'thung', 'goi', 'xap', 'bich']);

/** Builds the matching index for a catalog; call it again whenever the catalog changes. */
/**
 * "khổ" and a measure follow the number at wi ("luoi 50 kho 2m", "2027 khổ 40x60"): the width leads a measure of its own;
 * it is no attribute of the number before it.
 */
function widthFollows(ws: readonly { fold: string }[], wi: number): boolean {
  return ws[wi + 1]?.fold === 'kho' && /^\d/.test(ws[wi + 2]?.fold ?? '');
}

export function buildMatcher(products: CatalogProduct[]): Matcher {
  const lyMm = lyMeansMm(products);
  const mm = (text: string): string => (lyMm ? lyToMm(text) : text);
  const { texts, stopIn } = nameTexts(products.map((p) => [mm(ownName(p.name)), ...p.aliases.map(mm)]));
  const synonyms = catalogSynonyms(products, texts, stopIn);
  const canon = (f: string): string => synonyms.get(f) ?? f;

  const conceptProducts = new Map<string, number[]>();
  const productConcepts: Set<string>[] = [];
  const nameConcepts: Set<string>[] = [];
  const aliasConcepts: string[][][] = [];
  const spellings = new Map<string, Set<string>>();
  // The spellings written in a name or alias that has diacritics: "binh" of an alias the shop typed bare ("binh phun
  // 8l") beside "Bình phun …" is "bình" without its marks, where "me" beside "mè" in "Bánh tráng me" is a word.
  const writtenWithMarks = new Set<string>();
  const heads = new Set<string>();
  const nameHeads = new Set<string>();
  const productHeads: Set<string>[] = [];
  const measureKinds: Set<string>[] = [];
  const packs: Map<string, Set<number>>[] = [];
  const attrs = new Set<string>();
  const skuIndex = new Map<string, number>();
  const units = products.map((p) => productUnit(p.unit));
  // The first word of each product's unit as written ("xấp" of "xấp 50 cái"), and folded.
  const unitFirst = products.map((p) => p.unit.toLowerCase().trim().split(/\s+/)[0] ?? '');
  const unitWords = new Set(unitFirst.map((w) => fold(w)));
  const rangeWords = new Set<string>();
  products.forEach((p, pi) => {
    const set = new Set<string>();
    const myName = new Set<string>();
    nameConcepts.push(myName);
    const myAliases: string[][] = [];
    aliasConcepts.push(myAliases);
    let myAlias: string[] | null = null;
    let inName = false;
    let pair = false;
    const myHeads = new Set<string>();
    const myMeasures = new Set<string>();
    const myPacks = new Map<string, Set<number>>();
    productHeads.push(myHeads);
    measureKinds.push(myMeasures);
    packs.push(myPacks);
    const addMeasure = (concept: string): void => {
      add(concept);
      const kind = concept.slice(0, concept.indexOf(':'));
      myMeasures.add(kind);
      const amount = Number(concept.slice(kind.length + 1));
      if (kind === 'mass' || kind === 'vol' || kind === 'len') {
        // (grams and millilitres to kg and litres; centimetres to metres)
        const dim = kind === 'mass' ? 'mass' : kind === 'vol' ? 'volume' : 'length';
        let set = myPacks.get(dim);
        if (!set) myPacks.set(dim, (set = new Set()));
        set.add(amount / (kind === 'len' ? 100 : 1000));
      }
    };
    const add = (c: string, written = true): void => {
      set.add(c);
      if (inName && !pair && written) myName.add(c);
      if (myAlias !== null && !pair && written) myAlias.push(c);
      let list = conceptProducts.get(c);
      if (!list) conceptProducts.set(c, (list = []));
      if (list[list.length - 1] !== pi) list.push(pi);
    };
    const skuKey = p.sku.toLowerCase().replace(/[-_\s]/g, '');
    skuIndex.set(skuKey, pi);
    add(`sku:${p.sku}`);
    heads.add(`sku:${p.sku}`);
    // Sold one piece at a time and not named as a set or a pack: a count in its name is no contents (see below).
    const soldBy = units[pi]!.key;
    const singlePiece = soldBy === 'cai' || soldBy === 'chiec';
    const inSet = texts[pi]![0]!.some((w) => PACK_NAMES.has(w.fold));
    for (const ws of texts[pi]!) {
      inName = ws === texts[pi]![0];
      myAlias = inName ? null : [];
      if (myAlias !== null) myAliases.push(myAlias);
      let prev: string | null = null;
      let size = false;
      let kept = 0;
      let firstIsHead = false;
      let countedAt = -1;
      // (The model's number just read, "ip 13" of alias "ip 13 256": a number closing the alias after it names it too.)
      let modelAt = -2;
      const lows = ws.map((w) => w.low);
      for (let wi = 0; wi < ws.length; wi++) {
        const w = ws[wi]!;
        const negated = ws[wi + 1];
        if (NAME_NEGATIONS.hasCatalogText(w.low, ws.accented) && (ws.accented || NAME_NEGATIONS.hasCatalogText(w.low, true)) && negated !== undefined && !stopIn(negated.low, ws) && !/^\d/.test(negated.fold)) {
          // "Pía sầu riêng không trứng" beside "Pía sầu riêng trứng muối": the word after a negation is what this
          // product lacks, a difference from its siblings, not a word it has. (The negation stays a word of the
          // name: "nhang không tăm" is how customers name that incense.)
          add(canon(w.fold));
          add(`no:${canon(negated.fold)}`);
          attrs.add(`no:${canon(negated.fold)}`);
          wi++;
          prev = null;
          continue;
        }
        // ("Co (cút) 90 độ PVC phi 21", alias "co 21": a word that opens the product's name is its head, even one that
        // typed bare is "cỡ", size.)
        if (SIZE_WORDS.hasText(w.low) && !(wi === 0 && w.fold === texts[pi]![0]![0]?.fold)) {
          size = true;
          prev = null;
          continue;
        }
        // ("Chiếu 1m6 x 2m": the size as a whole, and each length as the name writes it.)
        const spaced = metreSides(lows, wi);
        if (spaced !== null) add(spaced);
        const dim = spaced === null ? readDimension(lows, wi) : null;
        if (dim) {
          // "Tranh sơn mài 30x40"; "Phông hồng 3x4m" as "3x4" and "300x400"
          add(dim.concept);
          if (dim.written !== undefined) add(dim.written);
          myMeasures.add('dim');
          wi = dim.end - 1;
          size = false;
          prev = null;
          continue;
        }
        const grade = wi > 0 && GRADE_WORDS.hasText(ws[wi - 1]!.low) ? letterGrade(w.low) : null;
        if (grade !== null) {
          // "Chăn thổ cẩm loại A": a lettered grade.
          add(`na:grade:${grade}`);
          myMeasures.add('na:grade');
          prev = null;
          continue;
        }
        const nt = readNumberToken(w.low);
        if (nt.kind === 'num') {
          // A number of the name read as nothing below ("Hộp quà nấm 9 loại") still sets the name apart.
          if (inName) myName.add(`#${nt.value}`);
          // "Dây cước 0.3mm": a decimal written in a name or alias is matched as written too ("cước 0.3").
          if (!Number.isInteger(nt.value)) add(`#${nt.value}`);
          const next = ws[wi + 1];
          const nextUnit = next !== undefined && nt.unit === null ? UNITS.getText(next.low) : undefined;
          const before = ws[wi - 1];
          // "iPhone 11 64GB đen", alias "iphone 11 đen", "Hộp mực HP 680 màu", "Vòng bi 6204 ZZ": a model's number after
          // a word of the name, before a colour or another code, names the model too ("ip 11 đen" is the iPhone 11 in
          // black, "mực 680" either 680 cartridge).
          const codeNext = next !== undefined && (COLOURS.hasCatalogText(next.low, ws.accented) || next.fold === 'mau' || /^\d/.test(next.fold) ||
            (next.cap && /^[a-z]{1,3}$/.test(next.fold)));
          // ("Bia Kronenbourg 1664 Blanc": three or more digits after a foreign brand's word are its model too.)
          const brandCode = before !== undefined && before.cap && !isVietnameseSyllable(before.fold) && /^\d{3,}$/.test(w.fold);
          if (nt.unit === null && !nt.measure && (((prev !== null || modelAt === wi - 1) && codeNext) || brandCode)) {
            add(`num:${nt.value}`);
            modelAt = wi;
          }
          if (nt.measure) {
            addMeasure(nt.measure);
            // "Thảm tập 10mm": a length written in millimetres, which a bare number of the message is read in: "thảm 10"
            // is it, as "khóa thép 40" is "Bộ 3 ổ khóa móc thép 40mm" as much as the single lock of that alias, and
            // "thảm gym xám 1" is not 1 cm of it (size-number.ts). The product has these; its name and aliases say no
            // more than the measure.
            if (nt.unit?.key === 'mm') {
              add(`mm:${nt.value}`, false);
              add(`num:${nt.value}`, false);
            }
          }
          else if (nt.unit === null && next !== undefined && next.low === '%') {
            // "Socola đen 70% thanh 50g": a percentage (of cacao, of alcohol) sets siblings apart.
            add(`pct:${nt.value}`);
            myMeasures.add('pct');
            wi++;
          } else if (size && nt.unit === null) {
            add(`sz:${nt.value}`);
            attrs.add(`sz:${nt.value}`);
          } else if (nextUnit !== undefined && units[pi]!.dim === nextUnit.dim && units[pi]!.factor === nextUnit.factor && nextUnit.dim !== 'count' &&
            nextUnit.dim !== 'pair' && !inName) {
            // Alias "dây 2.5 mét" of "Dây điện 2.5mm2 cắt lẻ theo mét", sold by the metre: the number names the product
            // (its size) and the unit after it is how it is sold, not a length it has.
            add(`num:${nt.value}`);
            wi++;
          } else if (nextUnit !== undefined && nextUnit.dim !== 'count' && nextUnit.dim !== 'pair') {
            // "can 2 lít", "gói 500 g": a measure written with a separate unit; "1 cân rưỡi" is one and a half.
            const half = ws[wi + 2] !== undefined && AND_A_HALF_WORDS.hasText(ws[wi + 2]!.low);
            const c = measureConcept(nt.value + (half ? 0.5 : 0), nextUnit);
            if (c !== null) addMeasure(c);
            wi += half ? 2 : 1;
          } else if (before !== undefined && (MINIMUM_WORDS.has(before.low) || (before.low === 'thiểu' && ws[wi - 2]?.low === 'tối'))) {
            // "Áo polo đồng phục (đơn từ 10 áo)": a minimum order, no pack; the number is read as nothing.
            wi++;
          } else if (nt.unit === null && before !== undefined && NUMBER_LEADS.has(before.fold)) {
            // "Thức ăn cá viên số 2 bao 5kg", "Phin số 8", "Ống PVC phi 27 (bán theo mét)": a model's or a size's number,
            // whatever word follows it.
            add(`num:${nt.value}`);
          } else if (nt.unit === null && nextUnit !== undefined && nextUnit.key === soldBy && !singlePiece && !inSet && !next!.afterSep && !inName &&
            prev !== null) {
            // "bàu đá 45 chai nhỏ", an alias of a bottle sold by the chai: one bottle holds no 45 bottles; the number
            // after the product's words names it ("bàu đá 45" of the 45-degree spirit); the unit word is no word of it.
            add(`num:${nt.value}`);
            wi++;
          } else if (nt.unit === null && nextUnit !== undefined && (nextUnit.dim === 'count' || nextUnit.dim === 'pair') && !next!.afterSep &&
            !(before !== undefined && GRADE_WORDS.hasText(before.low))) {
            // (Not "Tôm khô loại 1 hũ 250g": after a grade word the number is the grade.)
            if (singlePiece && !inSet && nextUnit.key !== 'cai' && nextUnit.key !== 'chiec') {
              // "Vòng tay trầm hương 10 ly" sold by the chiếc: one piece holds no 10 of anything; "10 ly" is its size,
              // read like "40 độ". ("Móc khóa lẻ (1 cái)" is still one piece.)
              const kind = `na:${canon(next!.fold)}`;
              add(`${kind}:${nt.value}`);
              myMeasures.add(kind);
              wi++;
              size = false;
              prev = null;
              continue;
            }
            // "Bộ đĩa men rạn (6 chiếc)": how many pieces a set or pack holds.
            add(`na:pack:${nt.value}`);
            myMeasures.add('na:pack');
            // The word it counts ("bó 100 nén", "bộ 10 đôi"): "200 nén" of it is 2 packs.
            add(`packword:${next!.fold}`);
            countedAt = wi + 1;
          } else if (nt.unit === null && before !== undefined && GRADE_WORDS.hasText(before.low)) {
            // "Mực khô loại 1": a grade.
            const kind = 'na:grade'; // "loại 1" = "hạng 1" = "grade 1"
            add(`${kind}:${nt.value}`);
            myMeasures.add(kind);
          } else if (nt.unit === null && next !== undefined && (NAME_NEGATIONS.hasText(next.low) || next.low === 'có' ||
            (SIZE_WORDS.hasText(next.low) && prev !== null && /^\d/.test(ws[wi + 2]?.fold ?? '')) || widthFollows(ws, wi))) {
            // "cối xanh 20 không chày", "cối xanh 20 có chày", "Nồi inox 304 size 16cm", "Lịch … 2027 khổ 40x60": what
            // follows has or lacks something, or is a size of its own (not "Bộ đĩa 3 cỡ"); the number names the product
            // as written.
            add(`num:${nt.value}`);
          } else if (
            nt.unit === null && next !== undefined && nextUnit === undefined && (!stopIn(next.low, ws) || next.fold === 'mau' || next.fold === 'loai') &&
            !SIZE_WORDS.hasText(next.low) && readNumberToken(next.low).kind === 'other' && !/^\d/.test(next.fold) &&
            !widthFollows(ws, wi)
          ) {
            // "Nước mắm 40 độ đạm": a number with its attribute word is a grade of the product; "In logo 1 màu", "set 5
            // mẫu", "Giỏ quà trái cây 3 loại": how many colours, designs or kinds it has.
            const kind = `na:${canon(next.fold)}`;
            add(`${kind}:${nt.value}`);
            myMeasures.add(kind);
            // ("Combo văn phòng 12 ổ": the word counted is one the shop sells by.)
            if (unitWords.has(next.fold)) countedAt = wi + 1;
          } else if (nt.unit === null && inName && before !== undefined && wi === ws.length - 1 && UNITS.getText(before.low)?.dim === 'count' &&
            before.fold === fold(unitFirst[pi]!)) {
            // "Phong bì lót vàng (xấp 50)": a count right after the product's own unit, closing its name, is how many
            // pieces one unit holds ("50 cái" of it is one xấp); the number still names it ("phong bì 50").
            add(`na:pack:${nt.value}`);
            add(`num:${nt.value}`);
            myMeasures.add('na:pack');
          } else if (nt.unit === null && (prev !== null || modelAt === wi - 1) && (wi === ws.length - 1 || isYear(nt.value))) {
            // "đĩa 25", "chiếu 160": a size number closing a name or alias (not a pack count like "bộ 3 chiếc");
            // "Lịch treo tường 2026 (13 tờ)": a year anywhere in the name.
            add(`num:${nt.value}`);
          }
          size = false;
          prev = null;
          continue;
        }
        if (nt.kind === 'other' && RANGE.test(w.fold)) {
          // "Mực khô câu size 10-12 con/kg", "Tôm sú 20-25 con": a range is a grade the siblings differ by. With the
          // word it counts ("(3-6 tuổi)"), a value of that word in a message falls in it (range-fit.ts).
          add(w.fold);
          attrs.add(w.fold);
          // ("Dép tổ ong màu trắng (size 36-44)": the sizes it comes in; a size said in the range fits it, matcher.ts.)
          if (size) add(`range:sz:${w.fold}`);
          size = false;
          const counted = ws[wi + 1];
          if (counted !== undefined && /^[a-z]+$/.test(counted.fold)) {
            add(`range:${counted.fold}:${w.fold}`);
            rangeWords.add(counted.fold);
          }
          prev = null;
          continue;
        }
        if (nt.kind === 'other' && (MODEL_CODE.test(w.fold) || FRACTION.test(w.fold))) {
          // "nhang vòng 24h", "cà phê 3in1": a number glued to letters that are no unit is a word of the name; so is a
          // fraction that names a kind ("Mũ bảo hiểm 3/4", a three-quarter helmet).
          add(w.fold);
          // ("Sạc dự phòng 20000mAh": a capacity of five digits or more is said without its letters too, "20000".)
          const digits = /^(\d{5,})[a-z]+$/.exec(w.fold);
          if (digits !== null) add(digits[1]!);
          prev = null;
          continue;
        }
        if (nt.kind === 'other' && ((SIZE_CODE.test(w.fold) && !RANGE.test(w.fold)) || /^\d{5,}$/.test(w.fold))) {
          // "Lốp IRC 80/90-14", "Săm 2.25-17", "NPK 16-16-8": a size or formula code of numbers joined by "/" or "-";
          // "sạc dự phòng 20000 trắng": a bare number of five digits or more (in a message such a number is otherwise
          // money or a phone's part). Either is a word of the name, matched as written.
          add(w.fold);
          prev = null;
          continue;
        }
        if (nt.kind === 'x' && (nt.value >= 10 || w.cap)) {
          // "Keo X2000", "Deco X20", "Ghế gaming X1": a model's code, not "times 2000" (a name never counts its goods so).
          add(w.fold);
          prev = null;
          continue;
        }
        if (stopIn(w.low, ws, wi) || nt.kind !== 'other' || /^\d/.test(w.fold)) {
          // An alias that says more than its concepts ("chiếu màu 1m8", "cốm lạng") is no word-for-word name. (Not a
          // grade word before its number, "hành tím loại 1": it is read with the number as the grade.)
          const grade = GRADE_WORDS.hasText(w.low) && /^\d/.test(ws[wi + 1]?.fold ?? '');
          if (myAlias !== null && stopIn(w.low, ws, wi) && !grade) myAlias.push(LOOSE);
          prev = null;
          continue;
        }
        const c = canon(w.fold);
        add(c);
        let sp = spellings.get(w.fold);
        if (!sp) spellings.set(w.fold, (sp = new Set()));
        sp.add(w.low);
        if (ws.accented) writtenWithMarks.add(w.low);
        const colour = COLOURS.hasText(w.low) || (c !== w.fold && COLOURS.hasText(c));
        if (colour || (LETTER_SIZES.has(w.fold) && (size || kept > 0))) attrs.add(c);
        // "mật" is not English "mat"; "Set quà Tết", a Vietnamese name, is headed by its borrowed "set".
        const english = w.low === w.fold && w.fold in SYNONYMS && !REGIONAL.has(w.fold) && !ws.accented;
        // (A colour opening the product's own name is its kind: "Cam canh ghép" is an orange tree, not orange.)
        // ("1 quả vịt lộn": the word a number counts is its classifier; the next word heads the alias.)
        const counted = wi === countedAt;
        if (kept === 0 && !english && (!colour || inName) && !counted) {
          heads.add(c);
          myHeads.add(c);
          if (inName) nameHeads.add(c);
          firstIsHead = true;
        }
        // (Not a pair that spells a word of its own: "áo the M" makes no "them", which "thêm", more, would read.)
        if (prev !== null && !(w.fold.length === 1 && isVietnameseSyllable(prev + w.fold))) {
          const joined = canon(prev + w.fold);
          pair = true;
          add(joined);
          pair = false;
          if (kept === 1 && firstIsHead) {
            heads.add(joined);
            myHeads.add(joined);
          }
        }
        // (A word counted by the number before it pairs with nothing after it: "Combo 12 ổ thịt nướng" makes no "ổ thịt"
        // of "3 ổ thịt nướng".)
        prev = counted ? null : w.fold;
        if (!counted || kept > 0) kept++;
        size = false;
      }
    }
    productConcepts.push(set);
  });
  regionalHeads(productHeads, productConcepts, conceptProducts);
  spellingConcepts(texts, spellings, canon, { productConcepts, nameConcepts, productHeads, heads, conceptProducts });
  const nameSeqs = nameSequences(texts, stopIn, canon);
  aliasHeads(nameSeqs, { productConcepts, nameConcepts, productHeads, heads, conceptProducts });
  const typos = typoIndex(conceptProducts.keys());
  const { nouns: properNouns, parts: properParts } = properNames(products, nameSeqs, canon);
  const unitSpellings = new Set(unitFirst.map((w) => w.replace(/đ/g, 'd')));
  const countUnits = new Set(units.filter((u) => u.dim === 'count').map((u) => u.key));
  const allKinds = new Set<string>();
  for (const k of measureKinds) {
    for (const kind of k) {
      allKinds.add(kind);
      if (kind.startsWith('na:')) allKinds.add('na');
    }
  }
  const index: MatcherIndex = {
    units,
    skus: products.map((p) => p.sku),
    conceptProducts,
    productConcepts,
    nameConcepts,
    aliasConcepts,
    spellings,
    writtenWithMarks,
    heads,
    nameHeads,
    productHeads,
    measureKinds,
    allKinds,
    unitWords,
    unitSpellings,
    countUnits,
    rangeWords,
    properNouns,
    properParts,
    packs,
    attrs,
    skuIndex,
    synonyms,
    nameSeqs,
    typos,
    lyMm,
    scratch: new Float64Array(products.length),
  };
  return { products, [INDEX]: index };
}
