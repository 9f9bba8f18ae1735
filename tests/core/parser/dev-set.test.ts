import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseShopFileText } from '../../../core/catalog/shop-file.ts';
import { buildMatcher, parseOrder } from '../../../core/parser/index.ts';

interface Case {
  id: string;
  text: string;
  expect: { items: { sku: string; qty: number }[]; phone: string | null; ask: boolean };
}

const shop = parseShopFileText(readFileSync(new URL('../../../../shared/data/van-phuc.shop.json', import.meta.url), 'utf8'));
const cases: Case[] = readFileSync(new URL('../../../../shared/data/van-phuc.orders.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Case);

/** Order-insensitive key of a multiset of order lines. */
function key(items: { sku: string; qty: number }[]): string {
  return items.map((i) => `${i.sku}:${i.qty}`).sort().join(',');
}

describe('dev set (van-phuc.orders.jsonl)', () => {
  const matcher = buildMatcher(shop.products.map((p) => ({ sku: p.sku, name: p.name, price: p.price, unit: p.unit, aliases: p.aliases })));
  const results = cases.map((c) => {
    const r = parseOrder(matcher, c.text);
    const sameItems = key(r.items) === key(c.expect.items);
    return {
      c,
      r,
      exact: sameItems && r.phone === c.expect.phone && r.ask === c.expect.ask,
      confidentlyWrong: !sameItems && !r.ask,
    };
  });

  it('reads the whole file', () => {
    expect(cases.length).toBeGreaterThanOrEqual(159);
  });

  it('matches at least 95% of the lines exactly', () => {
    const exact = results.filter((x) => x.exact).length;
    const rate = exact / results.length;
    console.log(`parser dev set: ${exact}/${results.length} exact (${(rate * 100).toFixed(1)}%)`);
    for (const x of results.filter((y) => !y.exact)) {
      console.log(`  ${x.c.id}: ${JSON.stringify(x.c.text)} → ${JSON.stringify({ items: x.r.items, phone: x.r.phone, ask: x.r.ask })}`);
    }
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });

  it('is confidently wrong on at most 1% of the lines', () => {
    const wrong = results.filter((x) => x.confidentlyWrong);
    console.log(`parser dev set: ${wrong.length} confidently wrong`);
    expect(wrong.length).toBeLessThanOrEqual(Math.floor(results.length * 0.01));
  });

  it('fills unresolved candidates whenever it asks', () => {
    for (const x of results.filter((y) => y.r.ask)) expect(x.r.unresolved.length).toBeGreaterThan(0);
    for (const x of results.filter((y) => !y.r.ask)) expect(x.r.unresolved).toEqual([]);
  });
});
