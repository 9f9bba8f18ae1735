/**
 * Vietnam's provinces and its larger cities, as customers name them after a verb of sending ("giao Nam Định",
 * "ship Sài Gòn", "gửi ra Hà Nội"): where the goods go, never goods, though "Định" is a censer's "đỉnh" and "Long" a
 * dragon typed bare. A fixed list: the country's provinces change by decree, not by catalog, and the names customers
 * write are the ones they grew up with (the 63 provinces before the 2025 merger, which are still the towns' names).
 */
import { fold, type Token } from './normalize.ts';

/** Names of more than one word, written with their diacritics; matched with or without them. */
const NAMES = [
  'Hà Nội', 'Hồ Chí Minh', 'Sài Gòn', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Thừa Thiên Huế', 'An Giang', 'Bà Rịa',
  'Vũng Tàu', 'Bắc Giang', 'Bắc Kạn', 'Bạc Liêu', 'Bắc Ninh', 'Bến Tre', 'Bình Định', 'Bình Dương', 'Bình Phước',
  'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Đắk Lắk', 'Đắk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai',
  'Hà Giang', 'Hà Nam', 'Hà Tĩnh', 'Hải Dương', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang',
  'Kon Tum', 'Lai Châu', 'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình',
  'Ninh Thuận', 'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng',
  'Sơn La', 'Tây Ninh', 'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Tiền Giang', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long',
  'Vĩnh Phúc', 'Yên Bái', 'Nha Trang', 'Đà Lạt', 'Hạ Long', 'Buôn Ma Thuột', 'Quy Nhơn', 'Phan Thiết', 'Hội An',
  'Biên Hòa', 'Thủ Đức', 'Long Xuyên', 'Rạch Giá', 'Mỹ Tho', 'Móng Cái', 'Phú Quốc', 'Tuy Hòa', 'Đồng Hới', 'Sa Pa',
  'Hà Đông', 'Bảo Lộc', 'Cam Ranh', 'Phan Rang', 'Tây Nguyên', 'Miền Tây',
];
/**
 * Names of one word, and short forms: only as written here (with the diacritics, or in the capitals of "HN"), as typed
 * bare they are other words ("huệ" a lily, "vinh" glory).
 */
const ONE_WORD = new Set(['Huế', 'Vinh', 'Hanoi', 'Saigon', 'Sapa', 'Pleiku', 'HN', 'HCM', 'TPHCM', 'SG', 'HP', 'ĐN']);

/** The folded names by their first word: each a list of the folded words that follow. */
const BY_FIRST = new Map<string, string[][]>();
for (const name of NAMES) {
  const words = fold(name.toLowerCase()).split(' ');
  const list = BY_FIRST.get(words[0]!) ?? [];
  list.push(words.slice(1));
  BY_FIRST.set(words[0]!, list);
}

/**
 * How many tokens from j name a province or a city (0 when none does). A name of several words is matched on its
 * folded words, written with capitals or not ("giao nam dinh"); a name of one word only as written in ONE_WORD.
 */
export function placeNameAt(ts: readonly Token[], j: number): number {
  const t = ts[j];
  if (t === undefined || t.kind !== 'word') return 0;
  if (ONE_WORD.has(t.raw)) return 1;
  const rests = BY_FIRST.get(t.fold);
  if (rests === undefined) return 0;
  let best = 0;
  for (const rest of rests) {
    if (rest.length + 1 <= best) continue;
    if (rest.every((w, k) => ts[j + 1 + k]?.kind === 'word' && ts[j + 1 + k]!.fold === w)) best = rest.length + 1;
  }
  return best;
}
