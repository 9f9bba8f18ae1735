/** Review rule part-of-piece (core/parser/rules/part-of-piece.ts): a fraction of a product sold whole by the piece or the container asks; measured goods and goods sold by the ten keep their fraction. */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // positive: half a carton, half a box of what is sold by the carton or the box
  { shop: 'office', text: 'lấy nửa thùng giấy a4 80', items: {}, ask: true },
  { shop: 'importedWines', text: 'cho a nửa thùng merlot 750', items: {}, ask: true },
  // negative: by weight, by the ten (goods named so that no sibling is left: "sườn non" beside a 500 g box of it asks
  // which, loose-or-packed.ts; "nem chua" alone names several packs)
  { shop: 'cleanPork', text: 'lấy nửa ký sườn già nhé', items: { 'SUON-GIA': 0.5 }, ask: false },
  { shop: 'nemChua', text: 'nem chua lá chuối lấy nửa chục', items: { 'NEM-CHUA-CHUC': 0.5 }, ask: false },
];

describeCorpus('part-of-piece', EXAMPLES);
