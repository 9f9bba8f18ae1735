import { readFileSync } from 'node:fs';
import { parseShopFileText, type ShopFile } from '../../../core/catalog/shop-file.ts';
import { buildMatcher, parseOrder, type ParsedOrder } from '../../../core/parser/index.ts';

/** One labelled line of an evaluation set (the dev set's format). */
export interface LabelledCase {
  id: string;
  text: string;
  expect: { items: { sku: string; qty: number }[]; phone: string | null; ask: boolean };
  tags?: string[];
}

/** How the parser did on one labelled line. */
export interface ScoredCase {
  c: LabelledCase;
  r: ParsedOrder;
  /** Same multiset of lines, same phone, same ask. */
  exact: boolean;
  /** The lines differ and the parser did not ask (a wrong or lost order the bot would act on). */
  wrong: boolean;
  /** The same, counting only messages where the parser did place something. */
  wrongPlaced: boolean;
}

/** Order-insensitive key of a multiset of order lines, quantities compared to thousandths. */
export function itemsKey(items: { sku: string; qty: number }[]): string {
  return items
    .map((i) => `${i.sku}:${i.qty.toFixed(3)}`)
    .sort()
    .join(',');
}

/** Reads a shop file and its labelled `.orders.jsonl` set. */
export function readLabelledSet(shopFile: URL, ordersFile: URL): { shop: ShopFile; cases: LabelledCase[] } {
  const shop = parseShopFileText(readFileSync(shopFile, 'utf8'));
  const cases = readFileSync(ordersFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as LabelledCase);
  return { shop, cases };
}

/** Runs the parser over every labelled line with a matcher built from the shop's catalog. */
export function scoreCases(shop: ShopFile, cases: LabelledCase[]): ScoredCase[] {
  const matcher = buildMatcher(shop.products.map((p) => ({ sku: p.sku, name: p.name, price: p.price, unit: p.unit, aliases: p.aliases })));
  return cases.map((c) => {
    const r = parseOrder(matcher, c.text);
    const sameItems = itemsKey(r.items) === itemsKey(c.expect.items);
    const wrong = !sameItems && !r.ask;
    return { c, r, exact: sameItems && r.phone === c.expect.phone && r.ask === c.expect.ask, wrong, wrongPlaced: wrong && r.items.length > 0 };
  });
}

/** One printable line per miss, marking the confidently wrong ones. */
export function missLines(scored: ScoredCase[], isWrong: (s: ScoredCase) => boolean = (s) => s.wrong): string[] {
  return scored
    .filter((s) => !s.exact)
    .map((s) => `  ${s.c.id}${isWrong(s) ? ' [WRONG]' : ''}: ${JSON.stringify(s.c.text)} expected ${JSON.stringify(s.c.expect)} got ${JSON.stringify({ items: s.r.items, phone: s.r.phone, ask: s.r.ask })}`);
}
