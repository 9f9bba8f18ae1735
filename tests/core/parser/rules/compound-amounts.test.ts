/**
 * An amount in a unit and a smaller part of it (core/parser/numbers.ts compoundTail, core/parser/phrase-numbers.ts):
 * "vải thiều loại 1 2 cân 3 lạng" is 2.3 kg (not a 2 kg size and 3 lạng), "rượu mận đong 1 lít 5" 1.5 litres, "nẹp 1
 * mét 20" 1.2 m, "1 mét tư gấm" 1.4 m, "1 mét mốt satin" 1.1 m, "1 mét 20 gấm" and "1 kg 300 xà cừ" before the goods' own word. Not a count of the goods after it ("tét cẩm mặn 1 ký 2
 * đòn", "dây sen 2 mét 1 sợi").
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'lycheesThanhHa', text: 'vải thiều loại 1 2 cân 3 lạng', items: { 'VT-LOAI1': 2.3 }, ask: false },
  { shop: 'mocChau', text: 'rượu mận đong 1 lít 5', items: { 'RUOU-LIT': 1.5 }, ask: false },
  { shop: 'lacquerBinhDuong', text: 'nẹp 1 mét 20', items: { 'NEP-3CM': 1.2 }, ask: false },
  { shop: 'fabricNinhHiep', text: 'lấy 1 mét tư gấm rồng phượng', items: { 'GAM-RP': 1.4 }, ask: false },
  { shop: 'fabricNinhHiep', text: '1 mét mốt satin kem', items: { 'SATIN-KEM': 1.1 }, ask: false },
  { shop: 'silkLocChau', text: '1 mét 20 gấm', items: { 'GAM-HOAVAN': 1.2 }, ask: false },
  { shop: 'lacquerBinhDuong', text: '1 kg 300 xà cừ loại 1', items: { 'XACU-L1': 1.3 }, ask: false },
  // negatives: a count of the goods after the measure
  { shop: 'banhTet', text: 'tét cẩm mặn 1 ký 2 đòn, chả lụa 1 ký 1 cây, kiệu 1 ký 1 hũ', items: { 'BTC-MAN-1K': 2, 'CHA-1K': 1, 'KIEU-1K': 1 }, ask: false },
  { shop: 'tapsAndBasins', text: 'dây sen 2 mét 1 sợi thôi', items: { 'DAY-SEN-200': 1 }, ask: false },
];

describeCorpus('compound-amounts', EXAMPLES);
