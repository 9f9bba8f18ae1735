/**
 * Goods ordered already, asked for again with "thêm … nữa" and no amount in the clause, are one more of them
 * (core/parser/place.ts): "sen trắng 1 bó, sen hồng 1 bó, thêm bó sen trắng nữa" is two bunches of white lotus, "…,
 * 2 hũ nhé, thêm hũ nữa cho mẹ" three jars. An amount said with it is that many more; other goods named so are one.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'lotusSaDec', text: 'sen trắng 1 bó, sen hồng 1 bó, thêm bó sen trắng nữa', items: { 'SEN-TRANG-BO10': 2, 'SEN-HONG-BO10': 1 }, ask: false },
  { shop: 'lotusSaDec', text: 'sen hồng 2 bó nhé, thêm bó nữa', items: { 'SEN-HONG-BO10': 3 }, ask: false },
  { shop: 'mangoKeSach', text: 'Mứt xoài dẻo hũ 500g, 2 hũ nhé, thêm hũ nữa cho mẹ', items: { 'MUT-500': 3 }, ask: false },
  // negative: an amount said with "thêm", and other goods named so
  { shop: 'lotusSaDec', text: '2 bó sen hồng, thêm 1 bó nữa', items: { 'SEN-HONG-BO10': 3 }, ask: false },
  { shop: 'lotusSaDec', text: 'sen trắng 1 bó, thêm sen hồng nữa', items: { 'SEN-TRANG-BO10': 1, 'SEN-HONG-BO10': 1 }, ask: false },
];

describeCorpus('one-more', EXAMPLES);
