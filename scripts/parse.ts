/**
 * `npm run parse -- --shop FILE`: reads chat messages from stdin, one per line (a newline inside a message
 * is written as the two characters `\n`), and prints one JSON object per line (CONTRACT.md section 4).
 * With `--explain`, each JSON line is followed by the parser's trace (lines starting with `#`): which stages and
 * rules fired and why the reading won. The trace is for people, not a stable format.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseShopFileText } from '../core/catalog/shop-file.ts';
import type { CatalogProduct } from '../core/catalog/types.ts';
import { buildMatcher, explainOrder, parseOrder } from '../core/parser/index.ts';

/** Exits with code 2 after printing a usage or input error to stderr. */
function fail(message: string): never {
  process.stderr.write(`parse: ${message}\n`);
  process.exit(2);
}

/** Reads the value of `--shop FILE` or `--shop=FILE` from the arguments. */
function shopArg(args: string[]): string {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--shop') {
      const v = args[i + 1];
      if (!v) fail('missing value for --shop (usage: npm run parse -- --shop FILE)');
      return v;
    }
    if (a.startsWith('--shop=')) return a.slice('--shop='.length);
  }
  return fail('missing --shop FILE (usage: npm run parse -- --shop FILE < messages.txt)');
}

/** Loads the shop file and returns its products as the parser sees them. */
function loadProducts(path: string): CatalogProduct[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return fail(`cannot read shop file ${path}: ${(e as Error).message}`);
  }
  try {
    const shop = parseShopFileText(text);
    return shop.products.map((p) => ({ sku: p.sku, name: p.name, price: p.price, unit: p.unit, aliases: p.aliases }));
  } catch (e) {
    return fail(`bad shop file ${path}: ${(e as Error).message}`);
  }
}

/** Entry point: one JSON line out per message line in. */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const matcher = buildMatcher(loadProducts(shopArg(args)));
  const explain = args.includes('--explain');
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let out = '';
  for await (const line of rl) {
    const text = line.replace(/\\n/g, '\n');
    if (explain) {
      const { order: r, trace } = explainOrder(matcher, text);
      out += JSON.stringify({ items: r.items, phone: r.phone, ask: r.ask }) + '\n';
      for (const t of trace) out += `#   ${t}\n`;
    } else {
      const r = parseOrder(matcher, text);
      out += JSON.stringify({ items: r.items, phone: r.phone, ask: r.ask }) + '\n';
    }
    if (out.length > 1 << 16) {
      if (!process.stdout.write(out)) await new Promise((resolve) => process.stdout.once('drain', resolve));
      out = '';
    }
  }
  process.stdout.write(out);
}

await main();
