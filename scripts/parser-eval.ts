/**
 * `npm run parser:eval -- DIR [--legacy] [--misses]`: scores the parser on every labelled set in DIR (pairs of
 * `NAME.shop.json` and `NAME.orders.jsonl`, the dev set's format) and prints, per set, exact matches, confidently
 * wrong lines (items differ and the parser did not ask; "placed" counts only those where it put something in the
 * cart) and the ask rate. `--legacy` runs the parser of before the pipeline rewrite on the same lines, side by side;
 * `--base=REV` likewise runs the parser as it was at git revision REV (before and after a change, in one run).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseShopFileText } from '../core/catalog/shop-file.ts';
import { buildMatcher, parseOrder } from '../core/parser/index.ts';
import { loadLegacyParser, type ParserModule } from '../bench/support/legacy-parser.ts';

interface Case {
  id: string;
  text: string;
  expect: { items: { sku: string; qty: number }[]; phone: string | null; ask: boolean };
}

function key(items: readonly { sku: string; qty: number }[]): string {
  const m = new Map<string, number>();
  for (const i of items) m.set(i.sku, (m.get(i.sku) ?? 0) + i.qty);
  return [...m].map(([s, q]) => `${s}:${q.toFixed(3)}`).sort().join(',');
}

function score(parser: ParserModule, shopText: string, cases: Case[], misses: string[] | null) {
  const shop = parseShopFileText(shopText);
  const matcher = parser.buildMatcher(shop.products.map((p) => ({ sku: p.sku, name: p.name, price: p.price, unit: p.unit, aliases: p.aliases })));
  let exact = 0, wrong = 0, wrongPlaced = 0, asked = 0;
  for (const c of cases) {
    const r = parser.parseOrder(matcher as never, c.text);
    const same = key(r.items) === key(c.expect.items);
    const ok = same && r.phone === c.expect.phone && r.ask === c.expect.ask;
    if (ok) exact++;
    if (r.ask) asked++;
    if (!same && !r.ask) {
      wrong++;
      if (r.items.length > 0) wrongPlaced++;
    }
    if (!ok && misses) misses.push(`  ${c.id}${!same && !r.ask ? ' [WRONG]' : ''}: ${JSON.stringify(c.text)} expected ${JSON.stringify(c.expect)} got ${JSON.stringify({ items: r.items, phone: r.phone, ask: r.ask })}`);
  }
  return { n: cases.length, exact, wrong, wrongPlaced, asked };
}

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  process.stderr.write('usage: npm run parser:eval -- DIR [--legacy | --base=REV] [--misses]\n');
  process.exit(2);
}
const baseRev = args.find((a) => a.startsWith('--base='))?.slice('--base='.length);
const legacy = baseRev !== undefined ? await loadLegacyParser(baseRev) : args.includes('--legacy') ? await loadLegacyParser() : null;
const other = baseRev !== undefined ? `base ${baseRev}` : 'legacy';
if ((baseRev !== undefined || args.includes('--legacy')) && legacy === null) {
  process.stderr.write('the other parser could not be loaded from git\n');
  process.exit(2);
}
const showMisses = args.includes('--misses');
const pct = (a: number, n: number): string => `${((100 * a) / n).toFixed(1)}%`;
const fmt = (s: ReturnType<typeof score>): string =>
  `exact ${s.exact}/${s.n} = ${pct(s.exact, s.n)}, confidently wrong ${s.wrong} (${pct(s.wrong, s.n)}; placed ${s.wrongPlaced} = ${pct(s.wrongPlaced, s.n)}), asked ${pct(s.asked, s.n)}`;
const total = { n: 0, exact: 0, wrong: 0, wrongPlaced: 0, asked: 0 };
const totalLegacy = { ...total };
for (const f of readdirSync(dir).filter((f) => f.endsWith('.orders.jsonl')).sort()) {
  const name = f.replace(/\.orders\.jsonl$/, '');
  const shopText = readFileSync(join(dir, `${name}.shop.json`), 'utf8');
  const ordersText = readFileSync(join(dir, f), 'utf8');
  const cases = ordersText.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Case);
  const misses: string[] = [];
  const s = score({ buildMatcher, parseOrder } as unknown as ParserModule, shopText, cases, showMisses ? misses : null);
  const sha = (t: string): string => createHash('sha256').update(t).digest('hex').slice(0, 12);
  console.log(`${name} (shop ${sha(shopText)}, orders ${sha(ordersText)})`);
  console.log(`  new:    ${fmt(s)}`);
  for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += s[k];
  if (legacy) {
    const l = score(legacy, shopText, cases, null);
    console.log(`  ${other}: ${fmt(l)}`);
    for (const k of Object.keys(totalLegacy) as (keyof typeof total)[]) totalLegacy[k] += l[k];
  }
  for (const m of misses) console.log(m);
}
console.log(`overall\n  new:    ${fmt(total)}`);
if (legacy) console.log(`  ${other}: ${fmt(totalLegacy)}`);
