import { describe, expect, it } from 'vitest';
import { missLines, readLabelledSet, scoreCases } from './labelled-set.ts';

const { shop, cases } = readLabelledSet(
  new URL('../../../data/van-phuc.shop.json', import.meta.url),
  new URL('../../../data/van-phuc.orders.jsonl', import.meta.url),
);

describe('dev set (van-phuc.orders.jsonl)', () => {
  const results = scoreCases(shop, cases);

  it('reads the whole file', () => {
    expect(cases.length).toBeGreaterThanOrEqual(159);
  });

  it('matches at least 95% of the lines exactly', () => {
    const exact = results.filter((x) => x.exact).length;
    const rate = exact / results.length;
    console.log(`parser dev set: ${exact}/${results.length} exact (${(rate * 100).toFixed(1)}%)`);
    for (const line of missLines(results)) console.log(line);
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });

  it('is confidently wrong on at most 1% of the lines', () => {
    const wrong = results.filter((x) => x.wrong);
    console.log(`parser dev set: ${wrong.length} confidently wrong`);
    expect(wrong.length).toBeLessThanOrEqual(Math.floor(results.length * 0.01));
  });

  it('fills unresolved candidates whenever it asks', () => {
    for (const x of results.filter((y) => y.r.ask)) expect(x.r.unresolved.length).toBeGreaterThan(0);
    for (const x of results.filter((y) => !y.r.ask)) expect(x.r.unresolved).toEqual([]);
  });
});
