/**
 * Parser final-4: one honest measurement on unseen data.
 *
 * Four catalogs (Vĩnh Long red-brick pottery, Tây Bắc food sold by kg, Thái Bình
 * sedge goods, Hà Giang tea), 166 hand-labelled chat lines written without reading
 * core/parser/ or any existing fixture/test. The data was written and frozen
 * (sha256, see tests/fixtures/parser-final-4/FROZEN.sha256) in a private folder
 * outside the repo (/tmp/r5) and stayed there until it had been measured once;
 * only then was it copied here.
 *
 * Measured 2026-11-23 against parser commit 8eed639 (core/parser/parse-order.ts had
 * uncommitted edits in the working tree at that moment):
 *   r5-gom-vinh-long    37/43 = 86.0%  confidently-wrong 1
 *   r5-dac-san-tay-bac  41/41 = 100.0% confidently-wrong 0
 *   r5-coi-thai-binh    41/42 = 97.6%  confidently-wrong 1
 *   r5-tra-ha-giang     36/40 = 90.0%  confidently-wrong 3
 *   overall            155/166 = 93.4% confidently-wrong 5
 * Floors below are the measured rates rounded down to 5%; confidently-wrong caps are
 * the measured counts. Exact = same multiset of {sku, qty} (qty to 3 decimals), same
 * phone, same ask. Confidently wrong = not asked, items placed, items differ.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseShopFileText } from '../../core/catalog/shop-file.ts';
import { buildMatcher, parseOrder } from '../../core/parser/index.ts';

interface Line {
  id: string;
  text: string;
  expect: { items: { sku: string; qty: number }[]; phone: string | null; ask: boolean };
}

const dir = fileURLToPath(new URL('../fixtures/parser-final-4/', import.meta.url));

const SETS: { name: string; floor: number; maxWrong: number }[] = [
  { name: 'r5-gom-vinh-long', floor: 0.85, maxWrong: 1 },
  { name: 'r5-dac-san-tay-bac', floor: 1.0, maxWrong: 0 },
  { name: 'r5-coi-thai-binh', floor: 0.95, maxWrong: 1 },
  { name: 'r5-tra-ha-giang', floor: 0.9, maxWrong: 3 },
];
const OVERALL_FLOOR = 0.9;
const OVERALL_MAX_WRONG = 5;

function key(items: readonly { sku: string; qty: number }[]): string {
  const m = new Map<string, number>();
  for (const i of items) m.set(i.sku, (m.get(i.sku) ?? 0) + i.qty);
  return [...m]
    .map(([s, q]) => `${s}:${q.toFixed(3)}`)
    .sort()
    .join(',');
}

function measure(name: string) {
  const shop = parseShopFileText(readFileSync(`${dir}${name}.shop.json`, 'utf8'));
  const matcher = buildMatcher(
    shop.products.map((p) => ({ sku: p.sku, name: p.name, price: p.price, unit: p.unit, aliases: p.aliases })),
  );
  const lines = readFileSync(`${dir}${name}.orders.jsonl`, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Line);
  let good = 0;
  let wrong = 0;
  const failing: string[] = [];
  for (const l of lines) {
    const got = parseOrder(matcher, l.text);
    const e = l.expect;
    const exact = key(got.items) === key(e.items) && (got.phone ?? null) === e.phone && Boolean(got.ask) === e.ask;
    const conf = !got.ask && got.items.length > 0 && key(got.items) !== key(e.items);
    if (exact) good++;
    if (conf) wrong++;
    if (!exact) {
      failing.push(
        `${l.id}${conf ? ' [confidently wrong]' : ''} ${JSON.stringify(l.text)} expected ${JSON.stringify(e)} got ${JSON.stringify({ items: got.items, phone: got.phone, ask: got.ask })}`,
      );
    }
  }
  return { total: lines.length, good, wrong, failing };
}

describe('parser final-4 (unseen data, measured once before entering the repo)', () => {
  let total = 0;
  let good = 0;
  let wrong = 0;
  for (const s of SETS) {
    it(`${s.name}: exact-match >= ${s.floor * 100}%, confidently wrong <= ${s.maxWrong}`, () => {
      const r = measure(s.name);
      total += r.total;
      good += r.good;
      wrong += r.wrong;
      console.log(
        `${s.name}: ${r.good}/${r.total} = ${((100 * r.good) / r.total).toFixed(1)}%, confidently wrong ${r.wrong}` +
          (r.failing.length ? `\n  ${r.failing.join('\n  ')}` : ''),
      );
      expect(r.good / r.total).toBeGreaterThanOrEqual(s.floor);
      expect(r.wrong).toBeLessThanOrEqual(s.maxWrong);
    });
  }
  it(`overall: exact-match >= ${OVERALL_FLOOR * 100}%, confidently wrong <= ${OVERALL_MAX_WRONG}`, () => {
    if (total === 0) {
      for (const s of SETS) {
        const r = measure(s.name);
        total += r.total;
        good += r.good;
        wrong += r.wrong;
      }
    }
    console.log(`overall: ${good}/${total} = ${((100 * good) / total).toFixed(1)}%, confidently wrong ${wrong}`);
    expect(good / total).toBeGreaterThanOrEqual(OVERALL_FLOOR);
    expect(wrong).toBeLessThanOrEqual(OVERALL_MAX_WRONG);
  });
});
