/**
 * "dạng" (in the form of) names nothing by itself, in names ("Men EM gốc dạng nước") and messages ("bacillus pro
 * dạng gói 1kg"): the word after it does (core/parser/lexicon.ts FILLERS, NAME_STOP).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'pondProbiotics', text: '10 ký bacillus pro dạng gói 1kg', items: { 'BACI-PRO-1KG': 10 }, ask: false },
  { shop: 'deli', text: '2 gói bột sắn dây dạng bột 500g', items: { 'BOT-SAN': 2 }, ask: false },
  // negative: the form's word still tells siblings apart
  { shop: 'deli', text: '1 hũ tinh nghệ dạng viên', items: { 'NGHE-VIEN': 1 }, ask: false },
];

describeCorpus('form-word', EXAMPLES);
