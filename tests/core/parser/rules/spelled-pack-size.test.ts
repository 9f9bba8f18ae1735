/**
 * "osmocote nửa ký 2 gói", "men bot nua ky 2 goi", "giò lụa nửa cân 1 cây": a weight or volume spelled in words after
 * the phrase, with a count of packs right after it or the amount said before the phrase ("một túi đường thốt nốt một
 * ký"), is the size of the packs (as "500g" would be), where none of the products is sold by that measure
 * (core/parser/noun-phrase.ts). Before, "ruou 40 do chai nua lit 6 chai" read as six and "more".
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'bonsai', text: 'osmocote nửa ký 2 gói', items: { 'OSMO-500': 2 }, ask: false },
  { shop: 'ruouCan', text: 'men bot nua ky 2 goi', items: { 'ML-BOT-500': 2 }, ask: false },
  { shop: 'banhCay', text: 'ruou 40 do chai nua lit 6 chai', items: { 'R40-500': 6 }, ask: false },
  { shop: 'nemChua', text: 'giò lụa nửa cân 1 cây', items: { 'CHA-LUA-500': 1 }, ask: false },
  { shop: 'palmSugar', text: 'mot tui duong thot not mot ky', items: { 'DTN-1KG': 1 }, ask: false },
  { shop: 'ruouCan', text: 'cho minh 1 goi men bot nua ky', items: { 'ML-BOT-500': 1 }, ask: false },
  // negative: a size none of them comes in asks
  { shop: 'bonsai', text: 'osmocote hai ký 2 gói', items: {}, ask: true },
];

describeCorpus('spelled-pack-size', EXAMPLES);
