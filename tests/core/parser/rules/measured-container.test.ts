/**
 * Containers counted, then how much each holds, of goods sold by that measure: "lay 2 chai nuoc mam 1 lit" is 2 litres
 * of the fish sauce sold by the litre, "lấy 1 bao cát thạch anh 25kg" 25 kg of sand (core/parser/measured-container.ts).
 * Not where the shop packs other goods in that container of that measure ("1 túi chip trắng 1kg" beside "Chocolate
 * chip đen … túi 1kg": a bag it does not sell), which asks.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'riceWrappers', text: 'lay 2 chai nuoc mam 1 lit', items: { 'NM-LIT': 2 }, ask: false },
  { shop: 'waterFilterSand', text: 'lấy 1 bao cát thạch anh 25kg', items: { 'VL-CATTA': 25 }, ask: false },
  { shop: 'pressedOils', text: 'vậy lấy 2 bao bã vừng 25kg', items: { 'BA-VUNG-KG': 50 }, ask: false },
  { shop: 'cauDatCoffee', text: 'cho e 2 chai mật ong 1 lít', items: { 'MO-LIT': 2 }, ask: false },
  { shop: 'beeswax', text: 'cho e 1 binh mat ong rung 2 lit', items: { 'MAT-RUNG': 2 }, ask: false },
  // a roll of goods sold by the metre, the goods said before or after the count
  { shop: 'gardenTools', text: 'lấy 1 cuộn dây tưới 100m nhé', items: { DAYTUOI: 100 }, ask: false },
  { shop: 'gardenTools', text: 'luoi che nang lay 1 cuon 50m', items: { LUOI70: 50 }, ask: false },
  { shop: 'mushroomSpawn', text: 'Ống 16 lấy 1 cuộn 100m', items: { 'ONG-16': 100 }, ask: false },
  // negative: a bag of that measure the shop packs only for other goods
  { shop: 'cocoa', text: 'lấy 1 túi chip trắng 1kg', items: {}, ask: true },
];

describeCorpus('containers of a measure', EXAMPLES);
