/**
 * "cho e đặt làm cuốn thư gỗ mít 1m50 nhé", "cho mình đặt làm dấu tên nhé": "đặt làm" is ordering a thing made to
 * measure, one verb; the product right after it is one of it, as after "đặt" alone (core/parser/scan.ts). Not "đặt
 * làm quà", where "làm quà" says what the order is for.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'lacquerBoards', text: 'anh ơi cho e đặt làm cuốn thư gỗ mít 1m50 nhé', items: { 'CT-MIT-150': 1 }, ask: false },
  { shop: 'seals', text: 'cho mình đặt làm dấu tên nhé', items: { 'DN-TEN': 1 }, ask: false },
  { shop: 'seals', text: 'e đặt làm biển số nhà inox 30x45 nhé', items: { 'BSN-INOX3045': 1 }, ask: false },
  // negative: what the order is for
  { shop: 'lacquerBoards', text: 'mình muốn đặt làm quà tặng sếp, tư vấn giúp', items: {}, ask: false },
];

describeCorpus('made-to-order', EXAMPLES);
