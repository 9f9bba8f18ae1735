/**
 * A delivery address written inside an order ("giao 12 Phan Đình Phùng, Ba Đình", "đc: 25 ngõ 120 Trường Chinh",
 * "ship về Cầu Giấy", "con ở xóm 3 thôn Mơ") is no order line: its house numbers are no amounts and its street and
 * place names no unknown products. Like a phone number, it is taken out before the message is split into clauses,
 * leaving one separator; checkout reads the address itself from the text (core/checkout/read-details.ts).
 *
 * An address opens with a label: an address word ("đc", "đ/c", "địa chỉ", "address"), a delivery verb with its
 * direction ("giao về", "ship ra", "gửi tới", "ship to"), a delivery verb or a direction right before a house number
 * and a street ("giao 12 Phan Đình Phùng", "về 36 phố Huế"), a delivery verb right before a province or a city ("giao
 * Nam Định", provinces.ts; such an address ends with the name), "ở"/"tại" before a place word ("ở xóm 3"), or a
 * phone number before a house number and a street ("0904 808 808, 102 Lê Duẩn"). It runs
 * to the end of the sentence, a phone number, or an amount of goods ("… Nguyễn Trãi 2 chai táo nhỏ").
 */
import type { Token } from './normalize.ts';
import { ParseContext, DIRECTIONS, isWord, lookup } from './context.ts';
import { WordSet, ORDER_VERBS, PARTICLES, PRONOUNS } from './lexicon.ts';
import { isHead, spelledAs } from './matcher.ts';
import { UNITS } from './units.ts';
import { readNumberToken } from './numbers.ts';
import { SHIP_VERBS } from './verb-words.ts';
import { placeNameAt } from './provinces.ts';

/** Words that say an address follows. */
const ADDRESS_WORDS = new WordSet(['đc', 'dc', 'address', 'addr']);
/** Words between a delivery verb and its direction ("giao hàng về", "gửi giúp em tới", "ship cod về"). */
const SHIP_GLUE = new WordSet(['hàng', 'đồ', 'giúp', 'giùm', 'hộ', 'cho', 'it', 'cod']);
/** Words of an address: lanes, streets, wards, districts, villages, buildings. */
const PLACE_WORDS = new WordSet([
  'số', 'ngõ', 'ngách', 'hẻm', 'kiệt', 'đường', 'phố', 'phường', 'quận', 'huyện', 'xã', 'thôn', 'xóm', 'ấp', 'tổ',
  'khu', 'kp', 'tp', 'tỉnh', 'tòa', 'toà', 'kđt', 'lô', 'tầng', 'street', 'st', 'road', 'district', 'ward', 'city',
  'province', 'village', 'thị', 'trấn',
]);
/** Place words that also mean something else where no address was announced ("số 2" is a size, "khu" an area). */
const PLACE_WORDS_AFTER_LABEL_ONLY = new WordSet(['số', 'khu', 'tổ', 'lô', 'tầng', 'st', 'thị', 'trấn']);
/** One-letter district and ward marks written with a full stop ("P. Minh An", "Q. 1", "TP. Huế"). */
const MARKS_WITH_STOP = new Set(['p', 'q', 'tp', 'tx', 'h', 'x']);
/** Words after a delivery verb and its direction that say how or when it went, not where ("giao tới bị bể"). */
const NOT_PLACES = new WordSet(['bị', 'rồi', 'chưa', 'được', 'nhanh', 'sớm', 'trễ', 'muộn', 'lúc', 'trong', 'sau', 'trước', 'hôm', 'mai', 'ngay', 'không', 'ko', 'mất', 'hết', 'bao']);
/** Words that close an address and go back to the order or to the phone ("sđt", "lh 09…"). */
const CLOSERS = new WordSet(['sđt', 'sdt', 'đt', 'dt', 'lh', 'phone', 'tel']);
/** Directions that are English words, and Vietnamese ones typed bare ("to" = "tô"). */
const ENGLISH_DIRECTIONS = new Set(['to', 'at', 'from']);
/** A house number: "12", "45/3", "12A", "208"; not a time ("18h") or a date ("20/11" after "ngày"). */
const HOUSE_NUMBER = /^\d{1,4}([/-]\d{1,4})?[a-z]?$/;

/** Takes the addresses out of the tokens, in place; each leaves one clause break. */
export function withoutAddresses(cx: ParseContext): void {
  const ts = cx.ts;
  for (let i = 0; i < ts.length; i++) {
    const body = addressBody(cx, i);
    if (body < 0) continue;
    const place = placeOnly(cx, body);
    const end = place ?? addressEnd(cx, body);
    if (end <= body) continue;
    cx.trace?.push(`address: "${ts.slice(body, end).map((t) => t.raw).join(' ')}"`);
    // (A province or a city alone right after its verb leaves the verb to an amount before it: "1 hộp gửi Hà Nội,
    // 1 hộp gửi Huế" sends shares of the line.)
    const from = place !== undefined && body === i + 1 && amountBefore(ts, i) ? body : i;
    ts.splice(from, end - from, { kind: 'soft', raw: ',', low: ',', fold: ',', accented: false, inAccented: false, cap: false, question: false, bits: undefined });
    // Word lookups are cached by position; positions moved.
    cx.lookups.clear();
    cx.quantities = [];
    cx.pairs = [];
  }
}

/** Where the address labelled at i starts (after its label), or -1 when no address is labelled there. */
function addressBody(cx: ParseContext, i: number): number {
  const ts = cx.ts;
  const t = ts[i];
  if (!isWord(t)) return -1;
  // "đc: 21 Phan Xích Long", "địa chỉ 12 Lý Tự Trọng", "đ/c Thôn 3": the address words themselves.
  let label = -1;
  // ("đc" is as often "được": "ship tỉnh đc k", so what follows it must be a place or a colon.)
  if (ADDRESS_WORDS.has(t)) label = ts[i + 1]?.kind === 'colon' || t.fold.length > 2 || houseOrPlace(ts[i + 1]) ? i + 1 : -1;
  else if (t.fold === 'dia' && ts[i + 1]?.fold === 'chi') label = i + 2;
  else if (t.fold === 'd' && ts[i + 1]?.raw === '/' && ts[i + 2]?.fold === 'c') label = i + 3;
  if (label >= 0) {
    while (ts[label]?.kind === 'colon') label++;
    return looksLikePlace(cx, label) ? label : -1;
  }
  if (SHIP_VERBS.has(t)) {
    let j = i + 1;
    while (SHIP_GLUE.has(ts[j]) || (PRONOUNS.has(ts[j]) && SHIP_GLUE.has(ts[j - 1]))) j++;
    // "giao về 15 ngõ 42 Kim Mã", "ship ra Đà Nẵng", "ship to District 7".
    if (isWord(ts[j]) && (DIRECTIONS.has(ts[j]) || ts[j]!.fold === 'di') && !['tai', 'o', 'at', 'from'].includes(ts[j]!.fold)) return looksLikePlace(cx, j + 1) ? j + 1 : -1;
    // "giao 12 Phan Đình Phùng", "Giao 3 Ly Thuong Kiet Hue": a house number and a street.
    if (houseAndStreet(cx, j)) return j;
    // "…, giao Nam Định", "ship Sài Gòn": a province or a city (not after the verb's word in a name, "mai giao").
    if (placeNameAt(ts, j) > 0 && (lookup(cx, i) === null || lookup(cx, i - 1) === null)) return j;
    // "gửi trường mầm non Hoa Sen 12 Lý Tự Trọng": whom it goes to, then the house number and the street, with no
    // amount or order verb before them.
    for (let k = j; k < ts.length && k < j + 8 && isWord(ts[k]); k++) {
      // (A direction on the way, "ship quán ở 99 …", "ship hỏa tốc về 18 …", opens the address itself, below.)
      if (ORDER_VERBS.has(ts[k]) || UNITS.get(ts[k]) !== undefined || DIRECTIONS.has(ts[k])) break;
      if (/^\d/.test(ts[k]!.low)) return k > j && houseAndStreet(cx, k) && ts[k + 2]?.cap === true ? j : -1;
    }
    return -1;
  }
  // "Trần Minh Quân, 0904 808 808, 102 Lê Duẩn": a house number and a street right after a phone number, as a
  // recipient's details are written.
  // ("Anh Tùng - 0916 333 888 - 56 Điện Biên Phủ": or a dash between them.)
  const between = ts[i - 1]?.kind;
  if (i >= 2 && (between === 'soft' || (between === 'colon' && ts[i - 1]!.raw !== ':')) && ts[i - 2]?.kind === 'phone' && houseAndStreet(cx, i)) return i;
  // "… về 36 phố Huế", "… về số 7 Lê Lợi", "con ở xóm 3 thôn Mơ" (Vietnamese directions: typed bare, "to" is "tô").
  if (DIRECTIONS.has(t) && i > 0 && !ENGLISH_DIRECTIONS.has(t.fold)) {
    const j = i + 1;
    if (houseAndStreet(cx, j)) return j;
    if (isWord(ts[j]) && PLACE_WORDS.has(ts[j]) && !PLACE_WORDS_AFTER_LABEL_ONLY.has(ts[j])) return j;
    if (ts[j]?.fold === 'so' && houseAndStreet(cx, j + 1)) return j;
  }
  return -1;
}

/** A house number then a street: a place word, or a name written with a capital that opens no product. */
function houseAndStreet(cx: ParseContext, j: number): boolean {
  const ts = cx.ts;
  const n = ts[j];
  const street = ts[j + 1];
  if (!isWord(n) || !isHouseNumber(n) || !isWord(street)) return false;
  // (A capital makes "12 Phan Đình Phùng", "12 Lý Thường Kiệt" a street, though typed bare "phan" is "phân",
  // centimetres, and "ly" a cup; not "1 Bánh nướng", a product's own word.)
  if (street.cap) return UNITS.getExact(street.low) === undefined && !productHead(cx, j + 1, true);
  return PLACE_WORDS.has(street) && UNITS.get(street) === undefined && !productHead(cx, j + 1);
}

/** A house number, a place word or a capital: an address word's "đc" is "địa chỉ" before one of them. */
function houseOrPlace(t: Token | undefined): boolean {
  return isWord(t) && (isHouseNumber(t) || PLACE_WORDS.has(t) || t.cap);
}

/** After a label: a house number, a place word, or a place name (a capital, or words that name no goods). */
function looksLikePlace(cx: ParseContext, j: number): boolean {
  const ts = cx.ts;
  const t = ts[j];
  if (!isWord(t)) return false;
  if (ORDER_VERBS.has(t)) return false;
  if (isHouseNumber(t)) {
    const next = ts[j + 1];
    // ("giao về 15 Bát Tràng": a name in capitals is a street or a village, though "bát" is a bowl too.)
    if (isWord(next) && next.cap && ts[j + 2]?.cap === true) return true;
    return isWord(next) && UNITS.get(next) === undefined && !productHead(cx, j + 1);
  }
  if (/^\d/.test(t.low)) return false;
  if (PLACE_WORDS.has(t) || t.cap) return true;
  // ("ship ra da nang nha": typed bare and lower-case, a place is words that name no goods; "giao tới bị bể" is none.)
  return !productHead(cx, j) && UNITS.get(t) === undefined && !NOT_PLACES.has(t);
}

/**
 * Where an address that is only a province or a city ends: right after its name ("chân nến 50 2 đôi, giao Nam Định",
 * "ship về Quảng Ninh hết bao nhiêu"), so that what follows it is read; undefined when an address goes on after the
 * name ("gửi Hà Nội, số 5 ngõ 3 …").
 */
function placeOnly(cx: ParseContext, body: number): number | undefined {
  const n = placeNameAt(cx.ts, body);
  if (n === 0) return undefined;
  // ("ship ra da nang nha, 17 hung vuong": the house and the street may follow after a particle and a comma.)
  let k = body + n;
  while (cx.ts[k]?.kind === 'soft' || PARTICLES.has(cx.ts[k])) k++;
  const next = cx.ts[k];
  if (!isWord(next)) return body + n;
  const house = isHouseNumber(next) && isWord(cx.ts[k + 1]) && UNITS.get(cx.ts[k + 1]!) === undefined && !productHead(cx, k + 1);
  return PLACE_WORDS.has(next) || house || (k === body + n && next.cap) ? undefined : body + n;
}

/** An amount ends one or two words before i ("1 hộp gửi …", "2 cái giao …", "1 gửi …"). */
function amountBefore(ts: readonly Token[], i: number): boolean {
  return [ts[i - 1], ts[i - 2]].some((t) => isWord(t) && /^\d/.test(t.low));
}

/** Where the address starting at `body` ends (exclusive). */
function addressEnd(cx: ParseContext, body: number): number {
  const ts = cx.ts;
  let j = body;
  for (; j < ts.length; j++) {
    const t = ts[j]!;
    if (t.kind === 'phone') break;
    if (t.kind === 'hard') {
      // "P. Minh An", "TP. Huế": a mark's full stop is no sentence end.
      const prev = ts[j - 1];
      if (t.raw === '.' && prev !== undefined && MARKS_WITH_STOP.has(prev.fold) && ts[j + 1]?.cap === true) continue;
      break;
    }
    if (t.kind !== 'word') continue;
    if (j > body && (ORDER_VERBS.has(t) || CLOSERS.has(t))) break;
    // "giao về số 330 Nguyễn Trãi 2 chai táo nhỏ": an amount of goods goes back to the order.
    if (j > body && /^\d/.test(t.low) && !PLACE_WORDS.has(ts[j - 1]) && (UNITS.get(ts[j + 1]) !== undefined || productHead(cx, j + 1))) break;
  }
  return j;
}

/**
 * The word at j opens a product's name in this catalog (`exact`: as spelled, or typed bare; "Lý" written with its
 * marks is not the "ly" of a catalog's cups).
 */
function productHead(cx: ParseContext, j: number, exact = false): boolean {
  const h = lookup(cx, j);
  const t = cx.ts[j]!;
  // (A synonym's word is no spelling of the catalog's: "Lý" of "27 Lý Tự Trọng" is not "ly", a cup of "Cốc …".)
  return h !== null && isHead(cx.m, h.concept) && (!exact || !t.accented || (h.weight >= 1 && spelledAs(cx.m, t.low)));
}

/** A house number, not an amount glued to its classifier ("3c" is three pieces). */
function isHouseNumber(t: Token): boolean {
  if (!HOUSE_NUMBER.test(t.low)) return false;
  const n = readNumberToken(t.low);
  return n.kind !== 'num' || n.unit === null;
}
