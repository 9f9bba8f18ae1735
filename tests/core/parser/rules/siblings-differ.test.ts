/** Siblings decide by their differences: a word or size the customer wrote that tells the best product's siblings apart, and that it lacks, asks; a grammar word that is also the start of a pair of catalog words opens the product. */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'silver', text: 'lấy 2 nhẫn hoa sen ni 12', items: {}, ask: true },
  { shop: 'herbs', text: 'lấy 2 lọ tinh dầu tràm 10ml', items: {}, ask: true },
  { shop: 'herbs', text: 'mk lấy 5 lạng cam thảo', items: { 'CAM-THAO': 5 }, ask: false },
  { shop: 'herbs', text: 'cho e 1 giá cắm nhang', items: { 'GIA-KE': 1 }, ask: false },
  { shop: 'silk', text: 'lấy 1 khăn lụa đỏ', items: { 'KL-DO': 1 }, ask: false },
];

describeCorpus('siblings-differ', EXAMPLES);
