/**
 * "trứng gà 5 chục" when eggs are sold by the tray of ten, "2 tá găng tay" when gloves come by the bundle of twelve:
 * the ten or the dozen is the pack itself, so five trays and two bundles, not fifty and twenty-four
 * (core/parser/convert.ts). Only when the multiplier equals the pack and no container is said after it ("1 chục hộp
 * …" counts boxes).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'groceries', text: 'trứng gà 5 chục', items: { 'TRUNG-GA-10': 5 }, ask: false },
  { shop: 'groceries', text: 'lấy 2 chục trứng gà ta nhé cô', items: { 'TRUNG-GA-10': 2 }, ask: false },
  { shop: 'socks', text: 'cho anh 2 tá găng tay sợi 60g nguyên bó', items: { 'GT-BH-SOI': 2 }, ask: false },
  // negative: a container after the ten counts containers
  { shop: 'groceries', text: 'lấy 1 chục vỉ trứng gà', items: { 'TRUNG-GA-10': 10 }, ask: false },
];

describeCorpus('tens-as-packs', EXAMPLES);
