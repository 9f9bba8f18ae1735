/**
 * Closed word classes of Vietnamese (and visitor English) chat orders: the grammar words the parser
 * recognizes. Product words never live here; they come from the catalog in buildMatcher.
 */
import { fold } from './normalize.ts';
import type { Token } from './normalize.ts';

// Every WordSet owns one bit; a token looks its word up once and caches the bits of all the sets it is in,
// so the many "is this a particle / a verb / a unit?" questions per token cost a bit test each.
const EXACT_BITS = new Map<string, number[]>();
const FOLDED_BITS = new Map<string, number[]>();
const WORDS = 6;
const NO_BITS: number[] = new Array<number>(WORDS).fill(0);
let setCount = 0;

function addBit(map: Map<string, number[]>, key: string, word: number, bit: number): void {
  let m = map.get(key);
  if (!m) map.set(key, (m = new Array<number>(WORDS).fill(0)));
  m[word]! |= bit;
}

/** The cached set-membership bits of a token. */
function bitsOf(t: Token): number[] {
  let m = t.bits;
  if (m === undefined) m = t.bits = (t.accented ? EXACT_BITS.get(t.low) : FOLDED_BITS.get(t.fold)) ?? NO_BITS;
  return m;
}

/**
 * A set of words matched accent-aware: a token written with diacritics must match exactly,
 * a token written without any matches on its folded form ("lay" = "lấy").
 */
export class WordSet {
  private readonly word: number;
  private readonly bit: number;
  constructor(list: readonly string[]) {
    const id = setCount++;
    if (id >= WORDS * 31) throw new Error('too many word sets for the membership bits');
    this.word = Math.floor(id / 31);
    this.bit = 1 << id % 31;
    for (const w of list) {
      const low = w.toLowerCase();
      addBit(EXACT_BITS, low, this.word, this.bit);
      addBit(FOLDED_BITS, fold(low), this.word, this.bit);
    }
  }
  /** True when the token is one of the words. */
  has(t: Token | undefined): boolean {
    if (!t || t.kind !== 'word') return false;
    return (bitsOf(t)[this.word]! & this.bit) !== 0;
  }
  /**
   * Like hasText, but in a text written with diacritics a bare word is taken as written: a catalog's "can"
   * (tin can) is not "cân" (kilogram).
   */
  hasCatalogText(low: string, accentedText: boolean): boolean {
    if (!accentedText) return this.hasText(low);
    const m = EXACT_BITS.get(low) ?? NO_BITS;
    return (m[this.word]! & this.bit) !== 0;
  }
  /** True when the plain (lower-case) string is one of the words, compared like a token. */
  hasText(low: string): boolean {
    const f = fold(low);
    const m = (f !== low ? EXACT_BITS.get(low) : FOLDED_BITS.get(f)) ?? NO_BITS;
    return (m[this.word]! & this.bit) !== 0;
  }
}

/** Verbs and verb phrases that place an order. */
export const ORDER_VERBS = new WordSet([
  'lấy', 'đặt', 'mua', 'chốt', 'order', 'oder', 'xin', 'gửi', 'gởi', 'ship', 'muốn', 'cần',
  'want', 'take', 'buy', 'get', 'need', 'purchase', 'send', 'give', 'like', 'have', "i'd", "i'll",
]);
/** "cho" is an order verb only before a pronoun, a quantity or a product ("cho mình 2 khăn"). */
export const CHO = new WordSet(['cho']);
/** Personal pronouns and kinship terms used as pronouns between a verb and its object. */
export const PRONOUNS = new WordSet([
  'mình', 'mk', 'em', 'e', 'chị', 'c', 'anh', 'a', 'tôi', 't', 'tớ', 'cháu', 'cô', 'chú', 'bác', 'con', 'mị', 'tui',
  'me', 'us', 'i', 'we', 'my', 'our', 'cậu', 'bạn', 'b',
]);
/** Words skipped between an order verb and the product it takes ("lấy thêm cho em khăn đỏ"). */
export const VERB_GLUE = new WordSet([
  'thêm', 'giúp', 'giùm', 'hộ', 'luôn', 'the', 'some', 'please', 'pls', 'to', 'order', 'đơn', 'ngay', 'xin', 'lấy',
  'mua', 'đặt', 'cho', 'ship', 'gửi', 'me', 'us', 'like', 'get', 'have', 'buy', 'về', 'ra',
]);
/** Sentence particles, vocatives and politeness words: never part of a product phrase. */
export const PARTICLES = new WordSet([
  'ạ', 'à', 'ah', 'nhé', 'nhe', 'nha', 'nhá', 'nhỉ', 'ơi', 'oi', 'shop', 'sh', 'ad', 'admin', 'vậy', 'thế', 'hả', 'hở',
  'chứ', 'nhờ', 'đi', 'thôi', 'luôn', 'nữa', 'với', 'đó', 'đấy', 'này', 'kia', 'ấy', 'đây', 'dạ', 'vâng', 'ok', 'oke',
  'okay', 'please', 'pls', 'plz', 'thanks', 'thank', 'thx', 'you', 'hi', 'hello', 'chào', 'xin', 'cảm', 'ơn', 'cám',
  'z', 'zậy', 'hen', 'nghen', 'nghe', 'nè', 'ne', 'asap', 'today', 'tomorrow', 'now', 'too', 'also', 'total', 'only',
]);
/** Common words that are never read as a (misspelt) product word even when they fold like one. */
export const COMMON = new WordSet([
  'làm', 'là', 'lá', 'về', 'và', 'với', 'cho', 'có', 'còn', 'không', 'được', 'để', 'đã', 'đi', 'nào', 'này', 'thì', 'mà',
  'như', 'nhé', 'nha', 'ạ', 'ơi', 'bạn', 'anh', 'chị', 'em', 'mình', 'tôi', 'cái', 'chiếc', 'mấy', 'bao', 'nhiêu', 'máy',
  'mua', 'bán', 'giá', 'tiền', 'hàng', 'đơn', 'giao', 'gửi', 'nhận', 'hỏi', 'xem', 'đẹp', 'lắm', 'nhiều', 'ít', 'hơn',
  'nhất', 'rồi', 'chưa', 'đâu', 'gì', 'sao', 'ai', 'khi', 'lúc', 'giờ', 'ngày', 'tuần', 'tháng', 'nữa', 'thêm', 'thôi',
  'luôn', 'vậy', 'thế', 'quá', 'ăn', 'chiều', 'quà', 'tặng', 'khách', 'mẹ', 'bố', 'chồng', 'vợ', 'nhà', 'số', 'đường', 'chiều', 'sáng', 'tối',
  'trưa', 'nay', 'mai', 'gói', 'hộp', 'túi', 'bộ', 'đôi', 'cặp', 'lấy', 'đặt', 'chốt', 'xin', 'cần', 'muốn', 'ship',
  'một', 'hai', 'ba', 'bốn', 'năm', 'lăm', 'sáu', 'bảy', 'bẩy', 'tám', 'chín', 'mười', 'mươi', 'mốt', 'tư', 'chục', 'tá',
  'trăm', 'rưỡi', 'nửa', 'đổi', 'huỷ', 'hủy', 'qua', 'ra', 'vào', 'trong', 'ngoài', 'trên', 'dưới', 'đến', 'tới', 'từ',
  'ở', 'tại', 'bị', 'bỏ', 'sai', 'lỗi', 'mới', 'cũ', 'ảnh', 'hình', 'thật', 'tên', 'người', 'gái', 'trai', 'con',
  'đơn', 'giúp', 'giùm', 'hộ', 'đó', 'kia', 'ấy', 'đây', 'nè', 'dạ', 'vâng', 'chào', 'cảm', 'ơn', 'hết', 'đủ', 'tiếp',
  'đúng', 'sai', 'phải', 'rồi', 'đang', 'sẽ',
]);
/** Head nouns of a product sold as a set of pieces: folded, and as the catalog spells them ("bộ", not "bồ" of "bồ kết"). */
export const SET_WORDS: readonly (readonly [folded: string, spelled: string])[] = [['bo', 'bộ'], ['set', 'set'], ['combo', 'combo']];
/** "rưỡi": and a half, after an amount ("1 cân rưỡi"). */
export const AND_A_HALF_WORDS = new WordSet(['rưỡi', 'ruoi', 'rười', 'ruỡi', 'rưởi']);
/** Separators between order lines written as words. */
export const SEP_WORDS = new WordSet(['và', 'với', 'vs', 'and', 'with', 'mà', 'nhưng', 'but', 'plus', 'cùng', 'kèm']);
/** Words inside product phrases that carry no meaning of their own ("khăn màu đỏ", "áo dài size M"). */
export const FILLERS = new WordSet([
  'màu', 'size', 'sz', 'cỡ', 'loại', 'bằng', 'of', 'the', 'color', 'colour', 'in', 'kiểu', 'mẫu', 'dòng', 'hàng', 'dạng',
]);
/** Words of size that tell siblings apart ("phần nhỏ", "loại to", "sợi nhỏ"), folded. */
export const SIZE_ADJECTIVES = ['to', 'nho', 'lon', 'vua', 'be', 'dai', 'trung', 'tieu'];
/**
 * Words after a product that say how it is bought, where or what for, not which product it is: "… lẻ" (singly), "treo",
 * "để …", "nấu", "dùng", "trồng", "mang về" (to take away), "biếu"/"tặng" (as a gift), "thử" (to try), "thay"
 * (instead; only closing the clause, noun-phrase.ts), "bên" ("… bên mình", "bên shop": bought from this shop).
 */
export const PHRASE_ENDERS = new WordSet(['lẻ', 'treo', 'để', 'nấu', 'dùng', 'trồng', 'mang', 'biếu', 'tặng', 'thử', 'thay', 'bên']);
/** Words of product names that do not identify the product (function words and spelled-out units). */
export const NAME_STOP = new WordSet([
  'màu', 'size', 'sz', 'cỡ', 'loại', 'bằng', 'theo', 'của', 'cho', 'và', 'với', 'the', 'of', 'for', 'with', 'in', 'a',
  'an', 'and', 'by', 'per', 'mét', 'met', 'meter', 'metre', 'kg', 'ký', 'kí', 'cân', 'lạng', 'gam', 'gram', 'cm',
  'phân', 'lít', 'lit', 'ml', 'gr', 'm²', 'm2', 'kiểu', 'mẫu', 'dòng', 'hàng', 'dạng', 'sp', 'sản', 'cái', 'chiếc', 'pcs', 'piece', 'pieces', 'items',
  // ("Khắc tên theo yêu cầu (thêm)": an add-on's "thêm" is how orders say "more", never a word naming the product.)
  'thêm', 'nữa',
]);
/** The English grammar words of NAME_STOP that are also Vietnamese syllables ("Hội An", "Bình An"). */
export const EN_GLUE_SYLLABLES = new WordSet(['an', 'in', 'the']);
/** Words before a number that make it a grade of the product ("loại 1", "hạng 2"). */
export const GRADE_WORDS = new WordSet(['loại', 'hạng', 'mẫu', 'grade', 'type', 'class']);
/**
 * A grade written as a letter after a grade word ("loại A", "hạng B", "grade C"), as the number grades are kept
 * in the catalog index (`na:grade:N`): letters count from 101 so that "loại A" never meets "loại 1".
 */
export function letterGrade(word: string): number | null {
  return /^[a-e]$/i.test(word) ? 101 + word.toLowerCase().charCodeAt(0) - 97 : null;
}
/** Words that introduce a size value ("size 38", "cỡ L"). */
export const SIZE_WORDS = new WordSet(['size', 'sz', 'cỡ', 'co', 'ni']);

/**
 * Words that only say which measure follows ("cao 20cm", "đường kính 60cm", "cỡ lớn 30cm", "size 28cm"): before a
 * measure a product carries, they yield to the measure.
 */
export const MEASURE_LEADS = new WordSet([
  'cao', 'dài', 'rộng', 'ngang', 'đường', 'kính', 'phi', 'đk', 'chiều', 'cỡ', 'size', 'sz', 'khổ', 'lớn', 'to', 'nhỏ',
  'vừa', 'bé', 'đại', 'trung', 'tiểu', 'loại', 'dung', 'tích', 'nặng', 'height', 'tall', 'diameter', 'long', 'wide',
]);

/** Words that announce a colour ("màu đỏ", "mỗi màu"). */
export const COLOUR_KIND = new WordSet(['màu', 'color', 'colour']);
/** Colour words; a colour the catalog does not sell makes a reference fit nothing ("khăn tím"). */
export const COLOURS = new WordSet([
  'đỏ', 'xanh', 'vàng', 'tím', 'hồng', 'trắng', 'đen', 'nâu', 'cam', 'xám', 'ghi', 'be', 'kem', 'bạc', 'lam', 'lục',
  'đô', 'red', 'blue', 'green', 'yellow', 'pink', 'purple', 'white', 'black', 'brown', 'orange', 'grey', 'gray',
  'beige', 'violet', 'navy', 'cream', 'gold', 'silver',
]);
/**
 * Shape and size adjectives; like a colour, one the catalog does not have for the noun makes the reference fit
 * nothing ("khay tròn" when only a rectangular tray is sold) instead of matching the nearest product.
 */
export const SHAPES = new WordSet([
  'tròn', 'vuông', 'oval', 'lục', 'giác', 'to', 'lớn', 'nhỏ', 'dài', 'ngắn', 'cao', 'thấp', 'mini', 'round', 'square',
  'rectangular', 'big', 'large', 'small', 'tiny', 'tall', 'long', 'short',
]);
/** Materials; like a colour, one none of the named products is made of makes the reference fit nothing ("khay trà gỗ"). */
export const MATERIALS = new WordSet([
  'gỗ', 'tre', 'lá', 'nhựa', 'inox', 'sắt', 'nhôm', 'thép', 'kính', 'mây', 'cói', 'giấy', 'vải', 'lụa', 'sứ', 'wooden', 'wood',
  'bamboo', 'plastic', 'steel', 'glass', 'paper', 'silk', 'porcelain',
]);
/** Words of praise or condition that say nothing about which product ("khô mực ngon", "bình đẹp", "hàng mới"). */
export const QUALITY = new WordSet([
  'ngon', 'đẹp', 'mới', 'xịn', 'chuẩn', 'thơm', 'rẻ', 'tốt', 'xinh', 'bự', 'chất', 'nhất', 'xịn', 'sạch', 'tươi', 'ngọt',
  'giòn', 'dẻo', 'béo', 'đậm', 'nhạt', 'loại', 'hạng', 'nice', 'good', 'best', 'fresh', 'new', 'beautiful', 'pretty',
  'lovely', 'cute', 'cheap', 'quality', 'real', 'original', 'authentic', 'premium', 'fine',
]);
/** Letter sizes of garments. */
export const LETTER_SIZES = new Set(['xxs', 'xs', 's', 'm', 'l', 'xl', 'xxl', 'xxxl', '2xl', '3xl', '4xl']);

/** Words after which a number is an address, a date or a range, not a quantity. */
export const NUMBER_BLOCKERS = new WordSet([
  'về', 'ở', 'tại', 'số', 'đc', 'địa', 'chỉ', 'ngõ', 'ngách', 'hẻm', 'kiệt', 'nhà', 'đường', 'phố', 'quận', 'phường',
  'to', 'at', 'address', 'street', 'no', 'thứ', 'mùng', 'ngày', 'tháng', 'năm', 'lúc', 'trước', 'sau', 'từ', 'trên',
  'hơn', 'dưới', 'khoảng', 'tầm', 'còn', 'có', 'phòng', 'tầng', 'lô', 'km', 'giá', 'tổng', 'top', 'mất', 'trong',
  'chỉ', 'hết', 'tk', 'stk', 'mst', 'mã', 'code', 'phí', 'ship', 'cọc', 'giảm', 'sale', 'over', 'under', 'from', 'tiền',
]);
/** Nouns after a number that make it a duration, age, count of people, money...: not an order. */
export const NON_PRODUCT_NOUNS = new WordSet([
  'ngày', 'hôm', 'tuần', 'tháng', 'năm', 'giờ', 'h', 'tiếng', 'phút', 'giây', 'tuổi', 'lần', 'người', 'đứa', 'bạn',
  'khách', 'nghìn', 'ngàn', 'triệu', 'tr', 'tỷ', 'k', 'đồng', 'đ', 'vnd', 'vnđ', 'usd', 'đô', 'xu', 'km', 'tầng', 'số',
  'phòng', 'đơn', 'sao', 'điểm', 'phần', 'trăm', 'days', 'day', 'hours', 'hour', 'minutes', 'weeks', 'week', 'years',
  'year', 'people', 'persons', 'times', 'pm', 'am', 'percent', 'dollars', 'dollar', 'loại', 'màu',
  'mẫu', 'món', 'sp', 'sản', 'kiểu', 'thứ', 'size', 'trở', 'lên', 'quà', 'hoá', 'hóa', 'thiệp', 'bill', 'invoice', 'địa',
  'bé', 'đứa', 'gift', 'gifts', 'card', 'cards',
]);
/**
 * Words before a model's or a size's number, folded: "Phin số 8", "Ống nhựa PVC phi 27" (a pipe's diameter), "Sàn gỗ
 * 8mm mã 101" (a code). The number after one names the product, whatever word follows it.
 */
export const NUMBER_LEADS = new Set(['so', 'phi', 'ma']);
/** Words that mean "each kind" and distribute a quantity over several products ("mỗi loại 2 cái"). */
export const EACH_HEAD = new WordSet(['mỗi', 'each']);
export const EACH_KIND = new WordSet([
  'loại', 'thứ', 'màu', 'size', 'cỡ', 'kiểu', 'mẫu', 'món', 'sp', 'cái', 'chiếc', 'thứ', 'colour', 'color', 'kind',
  'one', 'type', 'sản', 'khổ', 'vị', 'mùi', 'hương', 'độ', 'mã', 'số',
]);

/** Synonyms a customer may use for a catalog word (English visitor words and regional Vietnamese). */
export const SYNONYMS: Record<string, string[]> = {
  red: ['do'], blue: ['xanh', 'lam', 'xanhduong'], green: ['xanh', 'xanhla', 'luc'], yellow: ['vang'],
  white: ['trang'], black: ['den'], pink: ['hong'], purple: ['tim'], violet: ['tim'], brown: ['nau'],
  orange: ['cam'], grey: ['xam', 'ghi'], gray: ['xam', 'ghi'], beige: ['be'], cream: ['kem'], gold: ['vang'],
  silver: ['bac'], jade: ['ngoc'], navy: ['xanhthan', 'xanh'],
  silk: ['lua', 'totam'], cotton: ['cotton', 'bong'], linen: ['lanh'], bamboo: ['tre'], rattan: ['may'],
  ceramic: ['gom', 'su'], ceramics: ['gom', 'su'], porcelain: ['su'], pottery: ['gom'], clay: ['dat'],
  wood: ['go'], wooden: ['go'], sedge: ['coi'], rush: ['coi'], lacquer: ['sonmai'], embroidered: ['theu'],
  embroidery: ['theu'], handmade: ['thucong'], glazed: ['men'], glaze: ['men'],
  scarf: ['khan'], shawl: ['khanchoang', 'khan'], bag: ['tui'], handbag: ['tuixach', 'tui'], wallet: ['vi', 'bop'],
  purse: ['vi', 'bop'], tie: ['cavat'], necktie: ['cavat'], pillowcase: ['vogoi', 'aogoi'], pillow: ['goi'],
  cushion: ['goi'], fabric: ['vai'], cloth: ['vai'], dress: ['vay', 'aodai'], aodai: ['aodai'], shirt: ['ao'],
  hat: ['non', 'mu'], bowl: ['bat', 'to'], plate: ['dia'], dish: ['dia'], cup: ['chen', 'coc', 'tach'],
  mug: ['coc', 'ca'], teapot: ['am'], kettle: ['am'], pot: ['am', 'noi'], vase: ['binh', 'lo'], jar: ['hu', 'lo'],
  tea: ['tra', 'che'], set: ['bo'], box: ['hop'], mat: ['chieu'], mats: ['chieu'], rice: ['com', 'gao'],
  chopsticks: ['dua'], spoon: ['thia'], fan: ['quat'], lamp: ['den'], lantern: ['denlong', 'den'],
  painting: ['tranh'], picture: ['tranh'], candy: ['keo'], cake: ['banh'], sesame: ['vung', 'me'],
  peanut: ['lac', 'dauphong'], coffee: ['caphe'], cafe: ['caphe'], caffe: ['caphe'], cf: ['caphe'], honey: ['matong'], small: ['nho'], large: ['lon', 'to'],
  big: ['lon', 'to'], medium: ['vua', 'trung'], basket: ['gio', 'ro'], blanket: ['chan'], table: ['ban'],
  chair: ['ghe'], tray: ['khay'], degree: ['do'], degrees: ['do'],
  oil: ['dau'], wine: ['ruou'], pepper: ['tieu'], shrimp: ['tom'], squid: ['muc'], salt: ['muoi'], sugar: ['duong'],
  sausage: ['gio', 'cha'], jam: ['mut'], round: ['tron'], square: ['vuong'], rectangular: ['chunhat'], tall: ['cao'], short: ['ngan'], statue: ['tuong'], bracelet: ['vong'], necklace: ['vong', 'daychuyen'],
  // food and goods a visitor names in English (never a word that is also a Vietnamese syllable: "bun", "hot", "can")
  chicken: ['ga'], duck: ['vit'], pork: ['heo', 'lon', 'thit'], beef: ['bo'], fish: ['ca'], crab: ['cua'], egg: ['trung'],
  eggs: ['trung'], noodle: ['bun', 'pho', 'mi'], noodles: ['bun', 'pho', 'mi'], coconut: ['dua'], coconuts: ['dua'],
  mango: ['xoai'], mangoes: ['xoai'], durian: ['saurieng'], jackfruit: ['mit'], banana: ['chuoi'], ginger: ['gung'],
  garlic: ['toi'], chilli: ['ot'], chili: ['ot'], mushroom: ['nam'], mushrooms: ['nam'], lotus: ['sen'], seeds: ['hat'],
  milk: ['sua'], yogurt: ['suachua'], candle: ['nen'], candles: ['nen'], incense: ['nhang', 'huong'], knife: ['dao'],
  knives: ['dao'], scissors: ['keo'], belt: ['thatlung'], shoes: ['giay'], sandals: ['dep'], towel: ['khan'],
  towels: ['khan'], earrings: ['bongtai'], comb: ['luoc'], broom: ['choi'], kite: ['dieu'], drum: ['trong'],
  frame: ['khung'], leather: ['da'], paper: ['giay'], spicy: ['cay'], sweet: ['ngot'], dried: ['kho', 'say'],
  fresh: ['tuoi'], frozen: ['donglanh', 'capdong'], grilled: ['nuong'], fried: ['chien', 'ran'], roast: ['quay'],
  roasted: ['rang', 'quay'], steamed: ['hap'], iced: ['da'], special: ['dacbiet'], mixed: ['thapcam'],
  vegetarian: ['chay'], vegan: ['chay'], pickled: ['muoi', 'chua'],
  // regional Vietnamese
  che: ['tra'], bop: ['vi'], non: ['mu'], mu: ['non'], ly: ['coc'], coc: ['ly'], chen: ['bat'], bat: ['chen'],
  nhang: ['huong'], huong: ['nhang'], muong: ['thia'], thia: ['muong'], bap: ['ngo'], ngo: ['bap'], lac: ['dauphong'],
};

/** Markers of a question about the shop or a product rather than an order. */
export const QUESTION_WORDS = new WordSet([
  'gì', 'nào', 'sao', 'hỏi', 'xem', 'how', 'what', 'when', 'where', 'which', 'why', 'who', 'bn', 'ntn', 'liệu',
]);
/** Question words recognized only when written with their diacritics ("mấy" but not "may", which is "sew"). */
export const QUESTION_WORDS_ACCENTED = new Set(['mấy', 'đâu', 'bnhiêu', 'nhiêu']);
/** Second words of two-word question phrases: "bao nhiêu", "bao giờ", "bao lâu", "tư vấn". */
export const QUESTION_PAIRS: [string, string][] = [
  ['bao', 'nhiêu'], ['bao', 'giờ'], ['bao', 'lâu'], ['tư', 'vấn'], ['how', 'much'], ['how', 'many'],
];
/** English words that open a yes/no question. */
export const EN_QUESTION_OPENERS = new Set(['is', 'are', 'do', 'does', 'did', 'have', 'has', 'will', 'was', 'were']);
/** English modals that open a polite request ("Can I order", "Could I get"). */
export const EN_MODALS = new Set(['can', 'could', 'may', 'would', 'will']);
/** Question-final negations ("còn không", "phải k"). */
export const NEG_FINAL = new WordSet(['không', 'ko', 'k', 'khong', 'hông', 'hok', 'hem', 'hong', 'chưa', 'khg', 'kg']);
/** Negations that, before an order verb, cancel it ("không lấy nữa"). */
export const NEGATIONS = new WordSet(['không', 'ko', 'k', 'khong', 'chẳng', 'chả', 'hổng', 'chưa', "don't", 'dont', 'not', 'no']);
/** Words that make a clause a report of the past or a complaint. */
export const PAST_WORDS = new WordSet(['yesterday', 'already', 'ordered', 'bought', 'thiếu', 'hỏng', 'rách', 'missing', 'broken', 'damaged', 'wrong']);
/** Word pairs of a time to come ("lần sau", "tháng sau", "sang năm"): a clause holding one buys another time. */
export const FUTURE_PAIRS: [string, string][] = [
  ['lần', 'sau'], ['tuần', 'sau'], ['tháng', 'sau'], ['năm', 'sau'], ['đợt', 'sau'], ['bữa', 'sau'], ['kỳ', 'sau'],
  ['sang', 'năm'], ['next', 'time'], ['next', 'week'], ['next', 'month'],
  // after Tết, into the first month, at the month's end, past the full moon, at that time ("lúc đấy c qua lấy");
  // not "qua tết", which typed bare is a Tết gift ("hop qua tet")
  ['ra', 'tết'], ['ra', 'giêng'], ['sau', 'tết'], ['cuối', 'tháng'], ['qua', 'rằm'], ['sau', 'rằm'], ['lúc', 'đó'], ['lúc', 'đấy'],
  ['khi', 'đó'], ['tháng', 'chạp'], ['tháng', 'giêng'],
  // next month, near Tết ("sang tháng em qua lấy …", "để gần Tết e nhắn lại")
  ['sang', 'tháng'], ['gần', 'tết'],
];
/** Word pairs that make a clause a report of the past or a complaint ("tuần trước", "chưa thấy"). */
export const PAST_PAIRS: [string, string][] = [
  ['tuần', 'trước'], ['hôm', 'trước'], ['hôm', 'qua'], ['hôm', 'kia'], ['bữa', 'trước'], ['bữa', 'qua'],
  ['tháng', 'trước'], ['lần', 'trước'], ['đợt', 'trước'], ['năm', 'ngoái'], ['last', 'week'], ['last', 'time'],
  ['last', 'month'], ['chưa', 'thấy'], ['chưa', 'nhận'], ['chưa', 'giao'], ['chưa', 'về'], ['chưa', 'tới'],
  ['giao', 'nhầm'], ['gửi', 'nhầm'], ['giao', 'sai'], ['gửi', 'sai'], ['bị', 'lỗi'], ['nhận', 'được'],
  ['đã', 'đặt'], ['đã', 'mua'], ['đã', 'lấy'], ['đã', 'order'], ['đã', 'chốt'], ['đã', 'nhận'],
  // chat shorthands and southern "rồi" (= last): "hôm trc", "tuần rồi", "lần rồi"
  ['hôm', 'trc'], ['tuần', 'trc'], ['tháng', 'trc'], ['lần', 'trc'], ['đợt', 'trc'], ['bữa', 'trc'], ['tuần', 'rồi'],
  ['tháng', 'rồi'], ['lần', 'rồi'], ['đợt', 'rồi'], ['bữa', 'rồi'], ['hôm', 'rồi'], ['last', 'night'], ['last', 'order'],
  // southern "hôm bữa", "bữa hổm" (= the other day); "hôm nọ", "bữa nọ" (the other day), "hồi trước", "dạo trước"
  // (a while ago), "năm rồi" (last year)
  ['hôm', 'bữa'], ['bữa', 'hổm'], ['hôm', 'nọ'], ['bữa', 'nọ'], ['lần', 'nọ'], ['hồi', 'trước'], ['dạo', 'trước'],
  ['năm', 'rồi'], ['năm', 'trước'],
  // "lúc nãy e nhắn nhầm", "hồi nãy", "ban nãy" (a moment ago)
  ['lúc', 'nãy'], ['hồi', 'nãy'], ['ban', 'nãy'], ['khi', 'nãy'],
  // "đơn cũ 3 kẹp … e nhận rồi": the old order, received
  ['đơn', 'cũ'], ['nhận', 'rồi'], ['nhận', 'đủ'],
];
/** Markers that start the new order after a report of a past one ("hôm trước mua 2 cái rồi, giờ lấy thêm 1"). */
export const NOW_WORDS = new WordSet(['giờ', 'now', 'nay']);
export const NOW_PAIRS: [string, string][] = [['bây', 'giờ'], ['lần', 'này'], ['đợt', 'này'], ['tháng', 'này'], ['tuần', 'này'], ['this', 'time'], ['hôm', 'nay']];
/** Words before a past marker that make it a comparison, not a report ("như lần trước", "same as last time"). */
export const LIKE_BEFORE = new WordSet(['như', 'giống', 'as', 'same']);
/** "như", "y", "giống": a phrase opened so says "as before", no goods ("3 gói như cũ", "lấy y vậy"). */
export const AS_BEFORE = new WordSet(['như', 'y', 'giống']);
/**
 * Word pairs of a complaint about a delivery ("shop gửi nhầm can 2 lít rồi, e đặt chai mà"): the whole sentence
 * talks about the order already placed, so it places nothing and asks nothing.
 */
export const COMPLAINT_PAIRS: [string, string][] = [
  ['giao', 'nhầm'], ['gửi', 'nhầm'], ['giao', 'sai'], ['gửi', 'sai'], ['ship', 'nhầm'], ['ship', 'sai'], ['gởi', 'nhầm'],
  ['giao', 'thiếu'], ['gửi', 'thiếu'], ['ship', 'thiếu'], ['bị', 'thiếu'], ['thiếu', 'hàng'],
  // "lược e nhận bị gãy 2 răng", "hàng bị nứt 1 cây sáo rồi": goods that arrived damaged.
  ['bị', 'gãy'], ['bị', 'nứt'], ['bị', 'vỡ'], ['bị', 'bể'], ['bị', 'hỏng'], ['bị', 'hư'], ['bị', 'rách'], ['bị', 'móp'],
  ['bị', 'mốc'], ['bị', 'thủng'], ['bị', 'ướt'], ['bị', 'phồng'], ['bị', 'thiu'], ['bị', 'bung'], ['bị', 'trầy'], ['bị', 'bục'],
  ['sent', 'wrong'], ['wrong', 'item'], ['wrong', 'size'], ['wrong', 'colour'], ['wrong', 'color'],
];
/** "em đặt 2 nón loại 1 hôm thứ 3 mà chưa nhận được": an order that has not arrived; its clause orders nothing. */
export const NOT_ARRIVED_PAIRS: [string, string][] = [['chưa', 'nhận'], ['chưa', 'tới'], ['chưa', 'thấy']];
/** Labels of a bank transfer's memo ("nội dung: nguyen van an 2 non bai tho"): the text describes the payment. */
export const MEMO_PAIRS: [string, string][] = [['nội', 'dung'], ['ghi', 'chú'], ['lời', 'nhắn']];
export const MEMO_WORDS = new WordSet(['nd', 'memo', 'reference', 'ref', 'content', 'note']);
/** Words that report a payment; with an amount of money the clause is a payment notice, not an order. */
export const PAYMENT_WORDS = new WordSet(['ck', 'transferred', 'paid', 'transfer', 'banked']);
/** Word pairs that report a payment ("chuyển khoản", "đã chuyển 500k", "thanh toán 300k"). */
export const PAYMENT_PAIRS: [string, string][] = [
  ['chuyển', 'khoản'], ['chuyển', 'tiền'], ['đã', 'chuyển'], ['vừa', 'chuyển'], ['mới', 'chuyển'], ['thanh', 'toán'],
  ['đã', 'ck'], ['bank', 'tiền'], ['gửi', 'tiền'],
];
/** Words after a payment word that name the order it pays ("ck cho đơn …", "paid for the order"): a payment notice. */
export const ORDER_NOUNS = new WordSet(['đơn', 'order']);
/** Words after a number that make it an amount of money. */
export const MONEY_WORDS = new WordSet(['k', 'nghìn', 'ngàn', 'triệu', 'tr', 'đồng', 'đ', 'vnd', 'vnđ', 'usd', 'dollars']);
/** Words that cancel or change an order: the whole sentence places nothing. */
/** "huỷ" (cancel) in both spellings of its tone. */
export const HUY = ['huỷ', 'hủy'];
export const CANCEL_WORDS = new WordSet([...HUY, 'cancel', 'refund', 'return', 'exchange', 'change', 'cancelled']);
/** Cancel words recognized only with diacritics ("bỏ" but not "bo", which is "bộ"; "đổi" but not "đôi"). */
export const CANCEL_ACCENTED = new Set(['bỏ', 'đổi', 'trả', 'hoàn']);
/** Words after "đổi"/"trả" that make it a change or a return ("đổi sang size L", "trả hàng"). */
export const CHANGE_FOLLOWERS = new WordSet(['sang', 'qua', 'giúp', 'giùm', 'lại', 'size', 'màu', 'hàng', 'tiền', 'cho', 'đơn', 'e', 'em', 'mình', 'c', 'chị', 'a', 'anh']);
/** Words that correct the line just written ("3 cái... à nhầm, 2 cái"). */
export const CORRECTION_WORDS = new WordSet(['nhầm', 'nham', 'mean', 'sorry', 'sửa']);
/** "thêm" (more), "nữa" (again): a later quantity adds to the line instead of restating it. */
export const MORE_WORDS = new WordSet(['thêm', 'nữa', 'more', 'another', 'extra']);

/** "làm quà", "gói quà": a purpose or a wrapping request after an order, not an order for a gift box. */
export const PURPOSE_VERBS = new WordSet(['làm', 'gói', 'để']);
export const GIFT = new WordSet(['quà', 'gift']);

/**
 * Words after which a negation rules out another thing instead of taking back the order (folded): "chứ" ("giò lụa
 * riêng chứ ko lấy combo") and the particles that close an order ("lấy 1 hộp yến thô 50g nhé ko lấy 100g").
 */
export const RULES_OUT_AFTER = new Set(['chu', 'nhe', 'nha', 'nhen']);
