/**
 * "lấy 1 bao phở sợi to 10kg" where only the thin noodles ("sợi nhỏ") come in the 10 kg sack: a size word before a
 * measure ("to", "nhỏ", "lớn") usually only leads it ("bún khô loại nhỏ 200g"); but when products of the same kind
 * have that word where the products read so far have another size word, it is said against them
 * (core/parser/attributes.ts measureFollows): it stays in the phrase and the reading asks rather than sell the other
 * size.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'freshNoodles', text: 'lấy 1 bao phở sợi to 10kg', items: {}, ask: true },
  { shop: 'koiGear', text: 'tăng trọng hạt nhỏ 1kg 1 túi', items: {}, ask: true },
  // positive: the size word that the products read so far have still leads its measure
  { shop: 'freshNoodles', text: 'lấy 1 bao phở sợi nhỏ 10kg', items: { 'PHO-NHO-10KG': 1 }, ask: false },
  { shop: 'koiGear', text: 'tăng trọng hạt vừa 5mm 1kg 1 túi', items: { 'TA-TT-M-1KG': 1 }, ask: false },
  // negative: a size word no sibling contrasts ("loại nhỏ", "chai nhỏ") only leads the measure
  { shop: 'dryNoodles', text: 'e lấy ba gói bún khô hoàng anh loại nhỏ 200g', items: { 'BUN-HA-200': 3 }, ask: false },
  { shop: 'plantProtection', text: 'sâu tốc chai nhỏ 100ml lấy 6 chai', items: { 'ST5EC-100': 6 }, ask: false },
];

describeCorpus('size word against the products read', EXAMPLES);
