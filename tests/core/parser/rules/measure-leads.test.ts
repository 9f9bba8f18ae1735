/**
 * Words that only announce a measure ("cao 20cm", "cỡ lớn 60cm", "size 28cm", "đường kính 30cm") yield to the
 * measure, when one of the products named carries it; a measure none carries still asks.
 */
import { describe, expect, it } from 'vitest';
import { buildMatcher, parseOrder } from '../../../../core/parser/index.ts';
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'sweets', text: 'cho 2 lọ hoa men lục cao 20cm', items: { 'LO-20': 2 }, ask: false },
  { shop: 'sweets', text: 'đèn lồng đỏ cỡ lớn 60cm lấy 1 cái', items: { 'DEN-60': 1 }, ask: false },
  { shop: 'silver', text: '1 đỉnh đồng cao 30cm', items: { 'DINH-30': 1 }, ask: false },
  { shop: 'tableware', text: 'lấy 4 đĩa men lam đường kính 25cm', items: { 'DIA-LAM-25': 4 }, ask: false },
  { shop: 'sweets', text: 'lấy 2 thảm cói size 40x60', items: { 'THAM-4060': 2 }, ask: false },
  // negative: a size word that tells siblings apart stays theirs ("sợi nhỏ 500g" beside "sợi to 500g")
  { shop: 'sauce', text: 'lấy 3 gói bún sợi nhỏ 500g', items: { 'BUN-NHO-500': 3 }, ask: false },
  // negative: a height no vase has
  { shop: 'sweets', text: 'cho 2 lọ hoa men lục cao 25cm', items: {}, ask: true },
  // a lead word every product has elsewhere in its name ("Gối cao su … cao 12cm") still leads the measure
  { shop: 'pillows', text: 'e lấy gối cao su non 40 x 60 cao 12 cm một cái', items: { 'GCS-4060-12': 1 }, ask: false },
  { shop: 'pillows', text: 'Bộ 2 gối cao su non 40x60 cao 10cm, 1 bộ', items: { 'BO2-GCS-4060-10': 1 }, ask: false },
];

describeCorpus('measure-leads', EXAMPLES);

describe('measure-leads, a lead word every product has, in a shop of its own', () => {
  const mattresses = buildMatcher([
    { sku: 'NEM-10', name: 'Nệm cao su 160x200 cao 10cm', price: 5900000, unit: 'tấm', aliases: [] },
    { sku: 'NEM-15', name: 'Nệm cao su 160x200 cao 15cm', price: 7900000, unit: 'tấm', aliases: [] },
  ]);
  it('"nệm cao su 160x200 cao 15cm" is the 15 cm mattress', () => {
    expect(parseOrder(mattresses, 'lấy nệm cao su 160x200 cao 15cm 1 tấm').items).toEqual([{ sku: 'NEM-15', qty: 1 }]);
    expect(parseOrder(mattresses, 'lấy 1 tấm nệm cao su 160x200').ask).toBe(true);
  });
});
