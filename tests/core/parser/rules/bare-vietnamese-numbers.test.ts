/**
 * "hai to thuong, ba tra da, mot dia bot loc", "hai can thuoc chiem": numbers and classifiers typed bare mark the
 * message as Vietnamese, so that a word like "to" (tô, a bowl) does not make it read as English and its spelled
 * amounts go unread (core/parser/language.ts isEnglish). Before, such orders placed nothing and asked nothing.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'bunBo', text: 'hai to thuong, ba tra da, mot dia bot loc', items: { 'BB-THG': 2, 'TRA-DA': 3, 'BOT-LOC': 1 }, ask: false },
  { shop: 'bunBo', text: 'sau to nho, sau tra da', items: { 'BB-NHO': 6, 'TRA-DA': 6 }, ask: false },
  { shop: 'pipeTobacco', text: 'hai can thuoc chiem', items: { 'TL-CHIEM': 2 }, ask: false },
  { shop: 'wallPaint', text: 'giay nham 120 muoi to, giay nham 240 muoi to', items: { 'GIAY-NHAM-120': 10, 'GIAY-NHAM-240': 10 }, ask: false },
  // negative: English stays English
  { shop: 'bunBo', text: 'I would like to order two bowls please', items: {}, ask: true },
];

describeCorpus('bare-vietnamese-numbers', EXAMPLES);
