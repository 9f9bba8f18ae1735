/**
 * English "one" standing for the goods ("two small ones", "a red one", "the 30cm one"): after words of the phrase
 * it is no word of the name, so "small" alone is read as the sibling of the item before that is small
 * (core/parser/noun-phrase.ts); after a measure ("the 40cm ones", "a 5 liter one") the measure is read alone, the
 * size of the goods named before it (elided-sizes.ts); ", the chewy one" after goods that fit several is a detail
 * that tells them apart (details.ts). "2 red lanterns 30cm and 3 yellow ones": the words before "one" name a sibling
 * of the goods named before, in place of their words of the same kind; where none is so, the phrase asks rather than
 * read other goods from those words alone (one-for-goods.ts). Before a unit or goods, "one" is still a count ("size
 * 40 one pair").
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'basketsPhuVinh9', text: 'I want 2 small rattan baskets and a large one', items: { 'GIO-S': 2, 'GIO-L': 1 }, ask: false },
  { shop: 'basketsPhuVinh9', text: 'one medium rattan basket and two small ones please', items: { 'GIO-M': 1, 'GIO-S': 2 }, ask: false },
  { shop: 'broomsHoaVang', text: 'Can I get a small coir mat and 2 large ones?', items: { 'TXD-40X60': 1, 'TXD-60X90': 2 }, ask: false },
  { shop: 'chestnutsTrungKhanh', text: 'I want 2 bottles of honey, the 500ml ones', items: { 'MO-500': 2 }, ask: false },
  { shop: 'chestnutsTrungKhanh', text: 'I want 3 bags of roasted chestnuts, the 500g ones', items: { 'HD-RANG-500': 3 }, ask: false },
  { shop: 'silkTanChau', text: 'I would like 2 square scarves, the large ones', items: { 'KV-90': 2 }, ask: false },
  { shop: 'sesameCandyPhuHoa', text: 'Could I have 3 boxes of sesame candy, the crispy one?', items: { 'KMX-GION-H12': 3 }, ask: false },
  // the goods named before: the said words replace theirs of the same kind (one-for-goods.ts)
  { shop: 'printsDongHo', text: 'I want 2 red lanterns 30cm and 3 yellow ones', items: { 'DL-30-DO': 2, 'DL-30-VANG': 3 }, ask: false },
  // (read so before too: the sibling reading leaves it alone)
  { shop: 'farmMocChau', text: '2 packs of white yogurt and 3 plum ones', items: { 'SC-TRANG': 2, 'SC-MAN': 3 }, ask: false },
  // negative: no sibling of the goods before is so; other goods read from the words alone would be a guess
  { shop: 'farmMocChau', text: '2 packs of white yogurt and 3 green tea ones', items: { 'SC-TRANG': 2 }, ask: true },
  { shop: 'printsDongHo', text: 'I want 2 red lanterns 45cm and 3 yellow ones', items: { 'DL-45-DO': 2 }, ask: true },
  // negative: a measure no sibling comes in still asks
  { shop: 'chestnutsTrungKhanh', text: 'I want 3 bags of roasted chestnuts, the 2kg ones', items: {}, ask: true },
  // negative: after a comma and "the", a size is no new item: one the goods named do not come in asks
  { shop: 'chestnutsTrungKhanh', text: 'I want a bag of roasted chestnuts 500g, the 1kg one', items: { 'HD-RANG-500': 1 }, ask: true },
  { shop: 'chestnutsTrungKhanh', text: 'I want 2 bottles of honey, the 1 litre ones', items: { 'MO-500': 2 }, ask: true },
  // negative: "one" before a unit or goods is a count
  { shop: 'shoesTanLap', text: 'loafer size 40 one pair', items: { 'GLN-40': 1 }, ask: false },
  { shop: 'chestnutsTrungKhanh', text: 'spicy sausage one pack and smoked pork one kilo', items: { 'LX-CAY-500': 1, 'THIT-LON-GB': 1 }, ask: false },
];

describeCorpus('English "one" standing for the goods', EXAMPLES);
