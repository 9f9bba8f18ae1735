/**
 * "ng" after a count is chat shorthand for "người" at a shop whose names count the people a dish is for ("1 mẹt 2ng",
 * "lẩu riêu 4ng", "combo 2 ng") (core/parser/people-count.ts); a product code holding it ("CB-2NG") stays a code.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'bunDau', text: '1 met 2ng, 2 bia truc bach, 1 ly tra da', items: { 'MET-2N': 1, 'BIA-TB': 2, 'TRA-DA': 1 }, ask: false },
  { shop: 'hotpotKitchen', text: 'lẩu riêu 2ng 1 nồi', items: { 'LRC-2N': 1 }, ask: false },
  { shop: 'goatHotpot', text: 'ok lấy 1 lẩu 2 ng nhé ck e tới lấy', items: { 'LAU-2N': 1 }, ask: false },
  { shop: 'chaoLong', text: 'Gửi giúp chị 1 combo 2 ng về 17 Văn Cao', items: { 'COMBO-2N': 1 }, ask: false },
  // negative: a product code that holds it
  { shop: 'banhCuon2', text: 'CB-2NG 1, SAU-DA 2', items: { 'CB-2NG': 1, 'SAU-DA': 2 }, ask: false },
];

describeCorpus('"ng" for "người" after a count', EXAMPLES);
