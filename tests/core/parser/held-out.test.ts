import { describe, expect, it } from 'vitest';
import { missLines, readLabelledSet, scoreCases } from './labelled-set.ts';

/**
 * Held-out parser sets on catalogs the parser was not developed on (ceramics, food by kg/lạng,
 * rush mats with sizes in their names, tea by lạng). The data was written and committed before the
 * parser was ever run on it. Thresholds are regression guards set at the measured level (see SETS).
 */

// Regression guards at the level the current parser measured (exact rate rounded down to 5%, never below 80%).
// Measured at 7c1aeab (parser unchanged since 7b74f63):
//   bat-trang  60/67 exact (89.6%), 3 confidently wrong
//   dac-san    63/66 exact (95.5%), 3 confidently wrong
//   chieu-coi  56/67 exact (83.6%), 9 confidently wrong
//   tra        61/65 exact (93.8%), 2 confidently wrong  (62/65 before 7b74f63, which broke tr-063)
// NOTE: since then the parser was fixed against the failures these sets showed (self-corrections, payment notices,
// compound weights, sizes after the noun, "cho" + people...), so the sets are no longer strictly held out: the
// figures below measure regressions, not generalization (the fresh-* sets do that). Measured after those fixes:
//   bat-trang  67/67 (100%), 0 confidently wrong
//   dac-san    66/66 (100%), 0 confidently wrong
//   chieu-coi  67/67 (100%), 0 confidently wrong
//   tra        65/65 (100%), 0 confidently wrong
const SETS: { name: string; minExact: number; maxWrong: number }[] = [
  { name: 'bat-trang', minExact: 1, maxWrong: 0 },
  { name: 'dac-san', minExact: 1, maxWrong: 0 },
  { name: 'chieu-coi', minExact: 1, maxWrong: 0 },
  { name: 'tra', minExact: 1, maxWrong: 0 },
];

const dir = new URL('../../fixtures/parser/', import.meta.url);

for (const set of SETS) {
  describe(`held-out set ${set.name}`, () => {
    const { shop, cases } = readLabelledSet(new URL(`${set.name}.shop.json`, dir), new URL(`${set.name}.orders.jsonl`, dir));
    const results = scoreCases(shop, cases);

    it('reads 60-80 labelled lines', () => {
      expect(cases.length).toBeGreaterThanOrEqual(60);
      expect(cases.length).toBeLessThanOrEqual(80);
    });

    it(`matches at least ${set.minExact * 100}% of the lines exactly`, () => {
      const exact = results.filter((x) => x.exact).length;
      const rate = exact / results.length;
      console.log(`parser held-out ${set.name}: ${exact}/${results.length} exact (${(rate * 100).toFixed(1)}%)`);
      for (const line of missLines(results)) console.log(line);
      expect(rate).toBeGreaterThanOrEqual(set.minExact);
    });

    it(`is confidently wrong on at most ${set.maxWrong} lines`, () => {
      const wrong = results.filter((x) => x.wrong);
      console.log(`parser held-out ${set.name}: ${wrong.length} confidently wrong`);
      expect(wrong.length).toBeLessThanOrEqual(set.maxWrong);
    });
  });
}
