/**
 * A word doubled as the names double it goes on the same phrase (core/parser/noun-phrase.ts): "thung hao hao ga" is
 * a carton of "Mì Hảo Hảo gà vàng", not a carton of something "hảo" and then "hảo gà"; "ao mua canh doi doi" is the
 * poncho for two ("cánh dơi đôi"). Elsewhere a word said again still starts a new phrase.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'instantNoodles', text: 'cho e 1 thung hao hao ga', items: { 'HH-GA-THUNG': 1 }, ask: false },
  { shop: 'instantNoodles', text: 'mì gà vàng hảo hảo 3 gói', items: { 'HH-GA-GOI': 3 }, ask: false },
  { shop: 'rainwear', text: 'ao mua canh doi doi 1 cai', items: { 'PONCHO-2': 1 }, ask: false },
  // a list: after the doubled word, the next item starts where its own count does
  { shop: 'instantNoodles', text: 'cho 2 thung hao hao tom, 1 thung hao hao ga', items: { 'HH-TOM-THUNG': 2, 'HH-GA-THUNG': 1 }, ask: false },
];

describeCorpus('doubled-words', EXAMPLES);
