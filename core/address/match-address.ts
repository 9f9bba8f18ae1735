import { foldDiacritics } from '../text.ts';
import { adminUnits, type AdminUnits, type Province, type Ward } from './units.ts';

/**
 * Reads a free-text Vietnamese delivery address ("12 Lê Lợi, P. Bến Nghé, Q.1, TP.HCM", "so 5 ngo 12
 * xa bat trang gia lam ha noi", "Phường Bàn Cờ, Hồ Chí Minh") into a province and a ward of the 2025
 * map, with a confidence, so the bot can ask the customer to confirm or pick when unsure.
 *
 * Hand-written because no maintained JavaScript library reads Vietnamese addresses against the 2025
 * units (the Python `vietnamadminunits` does; nothing on npm). Like the order parser it is a few small
 * steps: fold the text, cut it at commas and at unit markers (P., Q., TP, huyện, xã …), find the
 * province from the end, then the ward: a new ward by its name, or an old ward through its old
 * district (the pre-2025 address most people still write) mapped to the ward it became part of.
 */
export interface AddressMatch {
  province: Province | null;
  ward: Ward | null;
  /** 0..1: ≥ 0.9 take it; 0.6–0.9 ask the customer to confirm; below, ask them to pick from `candidates`. */
  confidence: number;
  /** Other wards that fit as well as `ward` (or instead of it), best first, at most 8. */
  candidates: Ward[];
  /** How the ward was found: by its 2025 name, or through the pre-2025 ward (and district) it replaced. */
  via: 'ward' | 'legacy-district' | 'legacy-ward' | null;
  /** What is left for the carrier's street line: house number, lane, street. */
  street: string;
  /** The pre-2025 province, district and ward the customer wrote, when the ward was found through them. */
  legacy: { province: string; district: string; ward: string } | null;
}

/** Threshold at or above which a match is taken without asking. */
export const CONFIDENT = 0.9;

/** Lower-case ASCII form of a Vietnamese string ("Thành phố Hồ Chí Minh" → "thanh pho ho chi minh"). */
export function foldText(s: string): string {
  return foldDiacritics(s.toLowerCase());
}

type UnitKind = 'ward' | 'district' | 'province';

/** Unit markers, longest first, with what they mark (a `thành phố` is a province or an old district). */
const MARKERS: [string, UnitKind | 'city'][] = [
  ['thanh pho', 'city'],
  ['thi tran', 'ward'],
  ['thi xa', 'district'],
  ['dac khu', 'ward'],
  ['phuong', 'ward'],
  ['quan', 'district'],
  ['huyen', 'district'],
  ['tinh', 'province'],
  ['xa', 'ward'],
  ['tp', 'city'],
  ['tx', 'district'],
  ['tt', 'ward'],
  ['p', 'ward'],
  ['q', 'district'],
  ['h', 'district'],
  ['x', 'ward'],
];
const MARKER_WORDS = new Map(MARKERS);

/** Everyday names of provinces that are not their official names. */
const PROVINCE_ALIASES: [string, string][] = [
  ['hcm', 'Hồ Chí Minh'],
  ['tphcm', 'Hồ Chí Minh'],
  ['hcmc', 'Hồ Chí Minh'],
  ['sai gon', 'Hồ Chí Minh'],
  ['sg', 'Hồ Chí Minh'],
  ['hn', 'Hà Nội'],
  ['hue', 'Huế'],
  ['thua thien hue', 'Huế'],
  ['tt hue', 'Huế'],
  ['hp', 'Hải Phòng'],
  ['daklak', 'Đắk Lắk'],
  ['dac lac', 'Đắk Lắk'],
  ['dak lak', 'Đắk Lắk'],
  ['vung tau', 'Hồ Chí Minh'],
  ['brvt', 'Hồ Chí Minh'],
  ['ba ria vung tau', 'Hồ Chí Minh'],
];

interface Index {
  units: AdminUnits;
  /** folded province name or alias → province codes */
  provinces: Map<string, Set<string>>;
  maxProvinceWords: number;
  /** folded core name (kind word removed) → new wards */
  wards: Map<string, Ward[]>;
  /** folded core name of an old district → old district indexes */
  districts: Map<string, number[]>;
  /** old district index → new province codes it went to */
  districtProvinces: Map<number, Set<string>>;
  /** old district index → folded core old ward name → new ward codes */
  districtWards: Map<number, Map<string, string[]>>;
  /** folded core old ward name → [old district index, new ward code] */
  oldWards: Map<string, [number, string][]>;
  /** `<old district index>|<folded core old ward name>` → the old ward's name as written in the data */
  oldWardNames: Map<string, string>;
  maxNameWords: number;
}

let index: Index | undefined;

const WARD_KIND = /^(phuong|xa|thi tran|dac khu)\s+/;
const DISTRICT_KIND = /^(quan|huyen|thi xa|thanh pho)\s+/;
const PROVINCE_KIND = /^(thanh pho|tinh)\s+/;

/** The folded name without its kind word, numbers without leading zeros ("Phường 05" → "5"). */
function core(name: string, kind: RegExp): string {
  return clean(foldText(name)).replace(kind, '').replace(/\b0+(\d)/g, '$1');
}

function clean(s: string): string {
  return s
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

function buildIndex(): Index {
  const units = adminUnits();
  const provinces = new Map<string, Set<string>>();
  const addProvince = (name: string, code: string) => {
    const k = core(name, PROVINCE_KIND);
    if (!provinces.has(k)) provinces.set(k, new Set());
    provinces.get(k)!.add(code);
  };
  for (const p of units.provinces) addProvince(p.short, p.code);
  const byShort = new Map(units.provinces.map((p) => [p.short, p.code]));
  for (const [alias, short] of PROVINCE_ALIASES) addProvince(alias, byShort.get(short)!);

  const wards = new Map<string, Ward[]>();
  for (const w of units.wards) push(wards, core(w.name, WARD_KIND), w);

  const districts = new Map<string, number[]>();
  const districtProvinces = new Map<number, Set<string>>();
  const districtWards = new Map<number, Map<string, string[]>>();
  const oldWards = new Map<string, [number, string][]>();
  const oldWardNames = new Map<string, string>();
  for (const d of units.legacyDistricts) push(districts, core(d.name, DISTRICT_KIND), d.index);
  for (const lw of units.legacyWards) {
    const w = units.wardByCode.get(lw.newWardCode);
    if (!w) continue;
    if (!districtProvinces.has(lw.district)) districtProvinces.set(lw.district, new Set());
    districtProvinces.get(lw.district)!.add(w.provinceCode);
    const c = core(lw.name, WARD_KIND);
    if (!districtWards.has(lw.district)) districtWards.set(lw.district, new Map());
    push(districtWards.get(lw.district)!, c, lw.newWardCode);
    push(oldWards, c, [lw.district, lw.newWardCode]);
    oldWardNames.set(`${lw.district}|${c}`, lw.name);
  }
  // An old province's name (Bình Dương, Hải Dương …) means the new province most of its wards went to
  // (the source maps a handful of wards across provinces, by mistake or by a border change).
  const votes = new Map<string, Map<string, number>>();
  for (const lw of units.legacyWards) {
    const w = units.wardByCode.get(lw.newWardCode);
    if (!w) continue;
    const prov = units.legacyDistricts[lw.district]!.province;
    if (!votes.has(prov)) votes.set(prov, new Map());
    const v = votes.get(prov)!;
    v.set(w.provinceCode, (v.get(w.provinceCode) ?? 0) + 1);
  }
  for (const [prov, v] of votes) addProvince(prov, [...v.entries()].sort((a, b) => b[1] - a[1])[0]![0]);
  let maxNameWords = 1;
  for (const k of [...wards.keys(), ...districts.keys(), ...oldWards.keys()]) maxNameWords = Math.max(maxNameWords, k.split(' ').length);
  let maxProvinceWords = 1;
  for (const k of provinces.keys()) maxProvinceWords = Math.max(maxProvinceWords, k.split(' ').length);
  return { units, provinces, maxProvinceWords, wards, districts, districtProvinces, districtWards, oldWards, oldWardNames, maxNameWords };
}

function getIndex(): Index {
  return (index ??= buildIndex());
}

/** One piece of the address: the words after a marker (or a whole comma segment without one). */
interface Piece {
  kind: UnitKind | 'city' | null;
  words: string[];
  /** Position of the comma segment it came from (pieces near the end are likelier units). */
  segment: number;
}

/** How each marker is written with its accents; a word written with other accents is a name (quán ≠ quận). */
const ACCENTED: Record<string, string> = {
  'thanh pho': 'thành phố',
  'thi tran': 'thị trấn',
  'thi xa': 'thị xã',
  'dac khu': 'đặc khu',
  phuong: 'phường',
  quan: 'quận',
  huyen: 'huyện',
  tinh: 'tỉnh',
  xa: 'xã',
};

/** Cuts the text into pieces at commas and unit markers. */
function pieces(text: string): { pieces: Piece[]; segments: string[] } {
  const prepared = text
    .toLowerCase()
    .replace(/\b(tp)\.?\s*(hcm)\b/g, ' $1$2 ')
    .replace(/\b([pqhx])\.?(\d{1,2})\b/g, ' $1. $2 ');
  const segments = prepared
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  const out: Piece[] = [];
  segments.forEach((seg, si) => {
    const toks = [...seg.matchAll(/([\p{L}\p{N}]+)(\.?)/gu)].map((m) => ({ raw: m[1]!, f: clean(foldText(m[1]!)), dot: m[2] === '.' }));
    let cur: Piece = { kind: null, words: [], segment: si };
    let justMarked = false;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      const n = toks[i + 1];
      let m: UnitKind | 'city' | undefined;
      let width = 1;
      if (!justMarked && n) {
        const two = `${t.f} ${n.f}`;
        const m2 = MARKER_WORDS.get(two);
        if (m2 && accentsFit(`${t.raw} ${n.raw}`, two) && toks[i + 2]) {
          m = m2;
          width = 2;
        } else {
          const m1 = MARKER_WORDS.get(t.f);
          if (m1 && accentsFit(t.raw, t.f)) {
            // A lone letter (p, q, h, x) marks a unit only with a dot, before a number, or opening the segment.
            if (t.f.length > 1 || t.dot || /^\d/.test(n.f) || i === 0) m = m1;
          }
        }
      }
      if (m) {
        if (cur.words.length) out.push(cur);
        cur = { kind: m, words: [], segment: si };
        i += width - 1;
        justMarked = true;
        continue;
      }
      justMarked = false;
      cur.words.push(t.f);
    }
    if (cur.words.length) out.push(cur);
  });
  return { pieces: out, segments };
}

/** True when a marker is written either without accents or with exactly its own. */
function accentsFit(raw: string, folded: string): boolean {
  if (raw === folded) return true;
  return ACCENTED[folded] === raw.normalize('NFC');
}

interface Found {
  provinceCodes: Set<string> | null;
  /** [ward code, score, via] */
  wards: Map<string, { score: number; via: 'ward' | 'legacy-district' | 'legacy-ward'; legacy?: { province: string; district: string; ward: string } }>;
  usedPieces: Set<Piece>;
}

/** Matches a free-text address to a 2025 province and ward. Never throws; an unreadable text has confidence 0. */
export function matchAddress(text: string): AddressMatch {
  const ix = getIndex();
  const { pieces: ps } = pieces(text);
  const used = new Set<Piece>();

  // 1. The province: the last piece (or the end of a piece) that names one.
  let provinceCodes: Set<string> | null = null;
  for (let i = ps.length - 1; i >= 0 && i >= ps.length - 4 && !provinceCodes; i--) {
    const p = ps[i]!;
    if (p.kind === 'ward' || p.kind === 'district') {
      // "quận 3 hcm": a province may close a district or ward piece.
      const tail = provinceSuffix(ix, p.words, 1);
      if (tail) {
        provinceCodes = tail.codes;
        p.words = p.words.slice(0, p.words.length - tail.n);
      }
      continue;
    }
    const tail = provinceSuffix(ix, p.words, 0);
    if (tail) {
      provinceCodes = tail.codes;
      p.words = p.words.slice(0, p.words.length - tail.n);
      if (p.words.length === 0) used.add(p);
    }
  }

  const found: Found = { provinceCodes, wards: new Map(), usedPieces: used };
  const add = (code: string, score: number, via: 'ward' | 'legacy-district' | 'legacy-ward', legacy?: { province: string; district: string; ward: string }) => {
    const w = ix.units.wardByCode.get(code);
    if (!w || (provinceCodes && !provinceCodes.has(w.provinceCode))) return;
    const prev = found.wards.get(code);
    if (!prev || prev.score < score) found.wards.set(code, { score, via, ...(legacy ? { legacy } : {}) });
  };

  // 2. Old districts named in the address (explicitly marked, or a bare segment that is one).
  const districtHits: number[] = [];
  const districtPieces: Piece[] = [];
  for (const p of ps) {
    if (used.has(p) || p.words.length === 0) continue;
    if (p.kind === 'district' || p.kind === 'city' || (p.kind === null && !/^\d/.test(p.words[0]!))) {
      const hit = longestPrefix(p.words, (k) => ix.districts.get(k)?.filter((d) => !provinceCodes || intersects(ix.districtProvinces.get(d), provinceCodes)));
      if (hit && (p.kind !== null || hit.n === p.words.length)) {
        districtHits.push(...hit.value);
        districtPieces.push({ ...p, words: p.words.slice(0, hit.n) });
        if (p.kind !== null || hit.n === p.words.length) {
          used.add(p);
          if (hit.n < p.words.length) ps.push({ kind: null, words: p.words.slice(hit.n), segment: p.segment });
        }
      }
    }
  }

  // 3. Wards: marked pieces first, then bare segments; new names, and old names through old districts.
  for (const p of ps) {
    if (used.has(p) || p.words.length === 0) continue;
    if (p.kind === 'district' || p.kind === 'province') continue;
    const bare = p.kind === null;
    if (bare && /^\d/.test(p.words[0]!)) continue; // a house number: the street line
    for (let start = 0; start < (bare ? p.words.length : 1); start++) {
      const words = p.words.slice(start);
      let matched = false;
      // Through an old district named in the address: the strongest reading of a pre-2025 address.
      for (const d of districtHits) {
        const hit = longestPrefix(words, (k) => ix.districtWards.get(d)?.get(k));
        if (hit && (!bare || hit.n === words.length)) {
          const d0 = ix.units.legacyDistricts[d]!;
          const oldName = ix.oldWardNames.get(`${d}|${words.slice(0, hit.n).join(' ')}`);
          const legacy = oldName ? { province: d0.province, district: d0.name, ward: oldName } : undefined;
          for (const code of hit.value) add(code, bare ? 0.85 : 0.97, 'legacy-district', legacy);
          matched = true;
        }
      }
      const nw = longestPrefix(words, (k) => ix.wards.get(k));
      if (nw && (!bare || nw.n === words.length)) {
        // "Phường 5" exists in several provinces' new maps only rarely; a number alone needs a district.
        const numeric = /^\d+$/.test(words.slice(0, nw.n).join(' '));
        // A new ward written beside its old district ("xã Tân An, huyện Ninh Giang"): the district tells same-named wards apart.
        const nearDistrict = new Set(districtHits.flatMap((d) => [...(ix.districtWards.get(d)?.values() ?? [])].flat()));
        for (const w of nw.value) {
          if (numeric && districtHits.length > 0) continue;
          add(w.code, (bare ? 0.8 : 0.95) + (nearDistrict.has(w.code) ? 0.01 : 0), 'ward');
        }
        matched = true;
      }
      if (!matched && districtHits.length === 0) {
        const ow = longestPrefix(words, (k) => ix.oldWards.get(k));
        if (ow && (!bare || ow.n === words.length) && !/^\d+$/.test(words.slice(0, ow.n).join(' '))) {
          for (const [, code] of ow.value) add(code, bare ? 0.6 : 0.75, 'legacy-ward');
          matched = true;
        }
      }
      if (matched) {
        used.add(p);
        break;
      }
    }
  }

  // "Ninh Kiều, Cần Thơ", "Hội An, Quảng Nam": an old district's name that a 2025 ward took over.
  if (found.wards.size === 0) {
    for (const p of districtPieces) {
      const nw = ix.wards.get(p.words.join(' '));
      for (const w of nw ?? []) add(w.code, 0.7, 'ward');
    }
  }

  const ranked = [...found.wards.entries()]
    .map(([code, v]) => ({ ward: ix.units.wardByCode.get(code)!, ...v }))
    .sort((a, b) => b.score - a.score || a.ward.code.localeCompare(b.ward.code));
  const street = ps
    .filter((p) => !used.has(p) && p.words.length && p.kind === null)
    .map((p) => p.words.join(' '))
    .join(', ');
  const streetRaw = streetLine(text);
  if (ranked.length === 0) {
    const province = provinceCodes && provinceCodes.size === 1 ? ix.units.provinceByCode.get([...provinceCodes][0]!)! : null;
    return { province, ward: null, confidence: province ? 0.3 : 0, candidates: [], via: null, street: streetRaw || street, legacy: null };
  }
  const best = ranked[0]!;
  const ties = ranked.filter((r) => r.score >= best.score - 0.001);
  let confidence = best.score;
  if (ties.length > 1) confidence = Math.min(confidence, 0.5);
  if (!provinceCodes) confidence -= 0.1; // nothing in the address confirms the province
  const province = ix.units.provinceByCode.get(best.ward.provinceCode)!;
  return {
    province: ties.length > 1 && new Set(ties.map((t) => t.ward.provinceCode)).size > 1 ? null : province,
    ward: ties.length > 1 ? null : best.ward,
    confidence: Math.max(0, Math.round(confidence * 100) / 100),
    candidates: ranked.slice(0, 8).map((r) => r.ward),
    via: best.via,
    street: streetRaw || street,
    legacy: ties.length > 1 ? null : (best.legacy ?? null),
  };
}

/** The province named by the last words of a piece, if any (`keep` words at least are left before it). */
function provinceSuffix(ix: Index, words: string[], keep: number): { codes: Set<string>; n: number } | null {
  for (let n = Math.min(ix.maxProvinceWords, words.length - keep); n >= 1; n--) {
    const k = words.slice(words.length - n).join(' ');
    const codes = ix.provinces.get(k);
    if (codes) return { codes, n };
  }
  return null;
}

/** The longest run of first words that `look` finds (never longer than any known name). */
function longestPrefix<T>(words: string[], look: (k: string) => T[] | undefined): { value: T[]; n: number } | null {
  const ix = getIndex();
  for (let n = Math.min(ix.maxNameWords, words.length); n >= 1; n--) {
    const k = words.slice(0, n).join(' ').replace(/\b0+(\d)/g, '$1');
    const v = look(k);
    if (v && v.length) return { value: v, n };
  }
  return null;
}

function intersects(a: Set<string> | undefined, b: Set<string>): boolean {
  if (!a) return false;
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** The street line as the customer wrote it: the first comma segment when it starts with a house number or a street word. */
function streetLine(text: string): string {
  let first = text.split(/[,;\n]/)[0]?.trim() ?? '';
  // Without commas, the street line ends where the first unit marker begins.
  const cut = /\s(phường|phuong|p\.|xã|xa|thị trấn|thi tran|tt\.?|quận|quan|q\.|huyện|huyen|h\.)\s/iu.exec(first);
  if (cut) first = first.slice(0, cut.index).trim();
  return /^(\d|số|so |ngõ|ngo |ngách|hẻm|hem |kiệt|thôn|xóm|ấp|tổ|lô|km)/iu.test(first) ? first : '';
}

/** A one-line label for a matched address ("Phường Bàn Cờ, Thành phố Hồ Chí Minh"). */
export function describeMatch(m: Pick<AddressMatch, 'ward' | 'province'>): string {
  return [m.ward?.name, m.province?.name].filter(Boolean).join(', ');
}
