import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseShopFileText } from '../../core/catalog/shop-file.ts';
import { buildMatcher, parseOrder } from '../../core/parser/index.ts';

/**
 * Final measurement (used for tuning since 2026-11-23): four catalogs (gốm Phù Lãng, nông sản sold by kg, chiếu cói Nga Sơn,
 * chè Tân Cương) written and committed before the parser was run on them. Thresholds are regression
 * guards at the measured level, not targets.
 */
type Item = { sku: string; qty: number };
type Line = { id: string; text: string; expect: { items: Item[]; phone: string | null; ask: boolean }; tags: string[] };

const dir = new URL('../fixtures/parser-final/', import.meta.url);

// Regression guards. Data committed first (in 04de99f), before any run.
// First run, parser working tree as it was when the data was committed (the truly unseen figure):
//   gom-phu-lang 54/64 = 84.4%, nong-san 58/65 = 89.2%, chieu-nga-son 59/63 = 93.7%, che-tan-cuong 52/63 = 82.5%;
//   confidently wrong 2 / 4 / 1 / 3.
// From 2026-11-23 these sets were used for tuning (their failures were read and fixed with general rules), so
// the figures below are no longer unseen measurements. Measured after that tuning (guards at this level):
//   gom-phu-lang  63/64 = 98.4% exact, 0 confidently wrong  -> floor 95%,  cap 0
//   nong-san      64/65 = 98.5% exact, 0 confidently wrong  -> floor 95%,  cap 0
//   chieu-nga-son 63/63 = 100%  exact, 0 confidently wrong  -> floor 100%, cap 0
//   che-tan-cuong 61/63 = 96.8% exact, 0 confidently wrong  -> floor 95%,  cap 0
// Floors are the measured rate rounded down to 5%; caps are the measured counts.
const sets: { name: string; minExact: number; maxConfidentlyWrong: number }[] = [
  { name: 'gom-phu-lang', minExact: 0.95, maxConfidentlyWrong: 0 },
  { name: 'nong-san', minExact: 0.95, maxConfidentlyWrong: 0 },
  { name: 'chieu-nga-son', minExact: 1, maxConfidentlyWrong: 0 },
  { name: 'che-tan-cuong', minExact: 0.95, maxConfidentlyWrong: 0 },
];

const key = (items: Item[]): string =>
  items
    .map((i) => `${i.sku}:${i.qty.toFixed(3)}`)
    .sort()
    .join(',');

describe('parser on final unseen catalogs', () => {
  for (const set of sets) {
    it(`${set.name}: exact-match rate and confidently-wrong count`, () => {
      const shop = parseShopFileText(readFileSync(new URL(`final-${set.name}.shop.json`, dir), 'utf8'));
      const matcher = buildMatcher(
        shop.products.map((p) => ({ sku: p.sku, name: p.name, price: p.price, unit: p.unit, aliases: p.aliases })),
      );
      const lines: Line[] = readFileSync(new URL(`final-${set.name}.orders.jsonl`, dir), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as Line);

      let exact = 0;
      let confidentlyWrong = 0;
      const failures: string[] = [];
      for (const line of lines) {
        const got = parseOrder(matcher, line.text);
        const itemsOk = key(got.items) === key(line.expect.items);
        const ok = itemsOk && got.phone === line.expect.phone && got.ask === line.expect.ask;
        if (ok) {
          exact++;
          continue;
        }
        const wrong = !itemsOk && !got.ask;
        if (wrong) confidentlyWrong++;
        failures.push(
          `${wrong ? '  [CONFIDENTLY WRONG] ' : '  '}${line.id} ${JSON.stringify(line.text)}\n` +
            `      expected ${JSON.stringify(line.expect)}\n` +
            `      got      ${JSON.stringify({ items: got.items, phone: got.phone, ask: got.ask })}`,
        );
      }
      const rate = exact / lines.length;
      console.log(
        `final-${set.name}: exact ${exact}/${lines.length} = ${(rate * 100).toFixed(1)}%, confidently wrong ${confidentlyWrong}\n` +
          failures.join('\n'),
      );
      expect(rate).toBeGreaterThanOrEqual(set.minExact);
      expect(confidentlyWrong).toBeLessThanOrEqual(set.maxConfidentlyWrong);
    });
  }
});
