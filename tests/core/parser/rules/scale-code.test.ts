/**
 * A scale written with a colon ("tỉ lệ 1:16", "1:350") is a word of the name, matched as written, not a time of day
 * (core/parser/catalog-index.ts SIZE_CODE).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'rcToys', text: 'hai chiếc xe 1:16 màu vàng', items: { 'XE-116-VANG': 2 }, ask: false },
  { shop: 'rcToys', text: 'mình lấy 1 xe 1:24 đỏ, 1 xe 1:16 đỏ', items: { 'XE-124-DO': 1, 'XE-116-DO': 1 }, ask: false },
  { shop: 'models', text: '1 titanic 1:350 nhé', items: { 'TAU-350': 1 }, ask: false },
  { shop: 'models', text: 'lấy 2 tàu titanic 1:150', items: { 'TAU-150': 2 }, ask: false },
  // negative: a scale no name carries asks
  { shop: 'models', text: 'lấy 1 tàu titanic 1:200', items: {}, ask: true },
];

describeCorpus('scale-code', EXAMPLES);
