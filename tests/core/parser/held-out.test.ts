import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseShopFileText } from '../../../core/catalog/shop-file.ts';
import { buildMatcher, parseOrder } from '../../../core/parser/index.ts';

/**
 * Held-out parser sets on catalogs the parser was not developed on (ceramics, food by kg/lạng,
 * rush mats with sizes in their names, tea by lạng). The data was written and committed before the
 * parser was ever run on it. Thresholds are regression guards set at the measured level (see SETS).
 */

interface Case {
  id: string;
  text: string;
  expect: { items: { sku: string; qty: number }[]; phone: string | null; ask: boolean };
  tags: string[];
}

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

/** Order-insensitive key of a multiset of order lines, qty compared to 3 decimals. */
function key(items: { sku: string; qty: number }[]): string {
  return items
    .map((i) => `${i.sku}:${i.qty.toFixed(3)}`)
    .sort()
    .join(',');
}

for (const set of SETS) {
  describe(`held-out set ${set.name}`, () => {
    const shop = parseShopFileText(readFileSync(new URL(`${set.name}.shop.json`, dir), 'utf8'));
    const cases: Case[] = readFileSync(new URL(`${set.name}.orders.jsonl`, dir), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as Case);
    const matcher = buildMatcher(shop.products.map((p) => ({ sku: p.sku, name: p.name, price: p.price, unit: p.unit, aliases: p.aliases })));
    const results = cases.map((c) => {
      const r = parseOrder(matcher, c.text);
      const sameItems = key(r.items) === key(c.expect.items);
      return {
        c,
        r,
        exact: sameItems && r.phone === c.expect.phone && r.ask === c.expect.ask,
        // Items placed that differ from the expected ones, without asking.
        confidentlyWrong: !sameItems && !r.ask,
      };
    });

    it('reads 60-80 labelled lines', () => {
      expect(cases.length).toBeGreaterThanOrEqual(60);
      expect(cases.length).toBeLessThanOrEqual(80);
    });

    it(`matches at least ${set.minExact * 100}% of the lines exactly`, () => {
      const exact = results.filter((x) => x.exact).length;
      const rate = exact / results.length;
      console.log(`parser held-out ${set.name}: ${exact}/${results.length} exact (${(rate * 100).toFixed(1)}%)`);
      for (const x of results.filter((y) => !y.exact)) {
        console.log(
          `  ${x.c.id}${x.confidentlyWrong ? ' [WRONG]' : ''}: ${JSON.stringify(x.c.text)} expected ${JSON.stringify(x.c.expect)} got ${JSON.stringify({ items: x.r.items, phone: x.r.phone, ask: x.r.ask })}`,
        );
      }
      expect(rate).toBeGreaterThanOrEqual(set.minExact);
    });

    it(`is confidently wrong on at most ${set.maxWrong} lines`, () => {
      const wrong = results.filter((x) => x.confidentlyWrong);
      console.log(`parser held-out ${set.name}: ${wrong.length} confidently wrong`);
      expect(wrong.length).toBeLessThanOrEqual(set.maxWrong);
    });
  });
}
