/**
 * A measure in a name or alias is read as customers write it, "rưỡi" included: the alias "trắm đen 1 cân rưỡi" is
 * 1.5 kg, so "cá trắm đen kho 1kg" is the 1 kg pot only, and "1 lít rưỡi" names the 1.5-litre can.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'braisedFish', text: 'Chào shop, cho em 1 niêu cá trắm đen kho 1kg ạ', items: { 'CK-TD-1KG': 1 }, ask: false },
  { shop: 'braisedFish', text: 'lấy 1 niêu trắm đen 1 cân rưỡi', items: { 'CK-TD-15KG': 1 }, ask: false },
  { shop: 'herbs', text: 'lấy 1 dầu dừa ép lạnh 1 lít', items: { 'DAU-DUA-1L': 1 }, ask: false },
  { shop: 'herbs', text: 'cho e 2 can dầu dừa 1 lít rưỡi', items: { 'DAU-DUA-15L': 2 }, ask: false },
  // negative: a size neither comes in
  { shop: 'herbs', text: 'lấy 1 dầu dừa ép lạnh 2 lít', items: {}, ask: true },
];

describeCorpus('alias-measures', EXAMPLES);
