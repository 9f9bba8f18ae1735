/**
 * Parser benchmark: messages parsed per second on a synthetic 200-product craft-village catalog, and the
 * time to rebuild the matcher after a catalog change. Run alone with
 * `npx tsx -e "import('./bench/parser.ts').then(m=>m.run())"`.
 */
import type { CatalogProduct } from '../core/catalog/types.ts';
import { buildMatcher, parseOrder } from '../core/parser/index.ts';
import { loadLegacyParser } from './support/legacy-parser.ts';

const NOUNS: [string, string, string][] = [
  ['Khăn lụa', 'KL', 'chiếc'], ['Áo dài lụa', 'AD', 'bộ'], ['Túi thêu tay', 'TT', 'chiếc'], ['Bát cơm', 'BC', 'chiếc'],
  ['Đĩa sứ', 'DS', 'chiếc'], ['Ấm chén', 'AC', 'bộ'], ['Lọ hoa gốm', 'LH', 'chiếc'], ['Chiếu cói', 'CC', 'chiếc'],
  ['Trà Thái Nguyên', 'TR', 'kg'], ['Vải lụa tơ tằm', 'VL', 'mét'], ['Nón lá', 'NL', 'chiếc'], ['Giỏ mây', 'GM', 'chiếc'],
  ['Vỏ gối lụa', 'VG', 'đôi'], ['Cốc sứ vẽ tay', 'CS', 'chiếc'], ['Tranh thêu', 'TH', 'bức'], ['Mật ong rừng', 'MO', 'lít'],
  ['Bình hút lộc', 'BH', 'chiếc'], ['Thảm cói', 'TC', 'chiếc'], ['Quạt giấy', 'QG', 'chiếc'], ['Đèn lồng Hội An', 'DL', 'chiếc'],
];
const VARIANTS: [string, string][] = [
  ['màu đỏ', 'DO'], ['màu xanh ngọc', 'XN'], ['màu vàng', 'VA'], ['men lam', 'ML'], ['men rạn', 'MR'],
  ['cỡ nhỏ', 'NH'], ['cỡ lớn', 'LO'], ['size M', 'M'], ['size L', 'L'], ['loại 1m6', '16'],
];

/** A realistic 200-product catalog: 20 product kinds × 10 colours, glazes or sizes. */
export function syntheticCatalog(): CatalogProduct[] {
  const out: CatalogProduct[] = [];
  for (const [noun, code, unit] of NOUNS) {
    for (const [variant, vcode] of VARIANTS) {
      const short = noun.split(' ').slice(0, 2).join(' ');
      out.push({
        sku: `${code}-${vcode}`,
        name: `${noun} ${variant}`,
        price: 100000 + out.length * 1000,
        unit,
        aliases: [`${short} ${variant.replace(/^(màu|cỡ|loại|size) /, '')}`],
      });
    }
  }
  return out;
}

/** Typical chat messages over the synthetic catalog: orders, questions, typos, phones, several items. */
export function syntheticMessages(products: CatalogProduct[], n: number): string[] {
  const templates = [
    (a: string, b: string) => `cho mình 2 ${a} nhé, sđt 0912 345 678`,
    (a: string) => `lay 3 ${a.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd')} nha shop`,
    (a: string, b: string) => `e đặt 1 ${a} với 2 ${b}, giao về 25 Lê Lợi, Hà Đông`,
    (a: string) => `${a} còn không shop?`,
    (a: string) => `Giá ${a} bao nhiêu vậy ạ`,
    (a: string, b: string) => `${a} x2, ${b} x1`,
    (a: string) => `chốt 1 tá ${a} ạ`,
    (a: string) => `Chào shop, mình lấy ${a} nhé`,
    (a: string, b: string) => `Đơn hàng:\n- ${a}: 2\n- ${b}: 1\nSĐT: 0983-123-456`,
    (a: string) => `I'd like 2 ${a} please`,
  ];
  const out: string[] = [];
  let seed = 42;
  const rnd = (k: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % k;
  };
  for (let i = 0; i < n; i++) {
    const a = products[rnd(products.length)]!;
    const b = products[rnd(products.length)]!;
    out.push(templates[i % templates.length]!(a.aliases[0] ?? a.name, b.aliases[0] ?? b.name));
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.floor(s.length / 2)]!;
}

interface Parser {
  buildMatcher(products: CatalogProduct[]): unknown;
  parseOrder(matcher: never, text: string): unknown;
}

/** Parse rate (messages/s, one median per round) and matcher rebuild times (ms) of one parser, interleaved rounds. */
function measure(parser: Parser, products: CatalogProduct[], messages: string[], rates: number[], rebuilds: number[], round: number): void {
  const matcher = parser.buildMatcher(products) as never;
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < 400) {
    for (const m of messages) parser.parseOrder(matcher, m);
    count += messages.length;
    elapsed = performance.now() - start;
  }
  rates.push((count * 1000) / elapsed);
  for (let k = 0; k < 3; k++) {
    const changed = products.map((p, i) => (i === round * 3 + k ? { ...p, price: p.price + 1000 } : p));
    const t0 = performance.now();
    parser.buildMatcher(changed);
    rebuilds.push(performance.now() - t0);
  }
}

function spread(xs: number[], digits = 0): string {
  const s = [...xs].sort((x, y) => x - y);
  const f = (x: number): string => (digits === 0 ? Math.round(x).toLocaleString('en-US') : x.toFixed(digits));
  return `${f(median(xs))} (${f(s[0]!)}–${f(s[s.length - 1]!)})`;
}

/**
 * Prints the median parse throughput and matcher rebuild time of the parser, and of the parser before the pipeline
 * rewrite (loaded from git history) in alternating rounds of the same run, so the two share the machine's load.
 */
export async function run(): Promise<void> {
  const products = syntheticCatalog();
  const messages = syntheticMessages(products, 2000);
  const current: Parser = { buildMatcher, parseOrder: parseOrder as Parser['parseOrder'] };
  const legacy = await loadLegacyParser();
  const parsers: [string, Parser][] = legacy ? [['pipeline', current], ['previous', legacy]] : [['pipeline', current]];
  const rates = parsers.map(() => [] as number[]);
  const rebuilds = parsers.map(() => [] as number[]);
  for (const [, parser] of parsers) {
    const m = parser.buildMatcher(products) as never;
    for (let i = 0; i < 3; i++) for (const msg of messages) parser.parseOrder(m, msg); // warm up the JIT
  }
  for (let round = 0; round < 7; round++) {
    parsers.forEach(([, parser], k) => measure(parser, products, messages, rates[k]!, rebuilds[k]!, round));
  }
  parsers.forEach(([name], k) => {
    console.log(`parser (${name}): ${spread(rates[k]!)} messages/s, median (min–max) of ${rates[k]!.length} rounds, ${products.length}-product catalog, one core`);
    console.log(`parser (${name}): matcher rebuild ${spread(rebuilds[k]!, 2)} ms, median (min–max) of ${rebuilds[k]!.length}`);
  });
  if (legacy) console.log(`parser: pipeline / previous parse rate ${(median(rates[0]!) / median(rates[1]!)).toFixed(2)}`);
  else console.log('parser: previous parser not loaded (needs a git clone with its history)');
}
