/**
 * "kẹo dẻo vị dâu 3 túi 100g", "bột mì số 8 2 bao 25kg", "ron xám 1 bao 5kg": after a product phrase and its count, a
 * size alone is the size of the packs counted; it goes on the phrase before (core/parser/size-after-count.ts), "đường
 * thốt nốt 2 túi 1 ký" too. Not after an item that had its own count, "1 bếp 40 2 vỉ 40": there the count opens the
 * next item; but a size alone counted after such an item ("mật ong bạc hà 2 chai 500ml 1 chai 1 lít") is of the
 * goods named before.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'gummies', text: 'kẹo dẻo vị dâu 3 túi 100g', items: { 'KD-DAU-100': 3 }, ask: false },
  { shop: 'bakingSupplies', text: 'bột mì số 8 2 bao 25kg giao Bắc Ninh', items: { 'BM-SO8-25KG': 2 }, ask: false },
  { shop: 'tiles', text: 'ron xám 1 bao 5kg', items: { 'RON-XAM-5': 1 }, ask: false },
  { shop: 'koreanSnacks', text: 'kimchi cải thảo 3 hộp 1kg nhé shop', items: { 'KIMCHI-CAI-1KG': 3 }, ask: false },
  { shop: 'vegetarian', text: 'hạt nêm 2 gói 400g, 2 gói 170g', items: { 'HAT-NEM-NAM-400G': 2, 'HAT-NEM-NAM-170G': 2 }, ask: false },
  { shop: 'palmSugar', text: 'duong thot not 2 tui 1 ky', items: { 'DTN-1KG': 2 }, ask: false },
  { shop: 'beeProducts', text: 'mat ong bac ha 2 chai 500ml 1 chai 1 lit', items: { 'MO-BH-500': 2, 'MO-BH-1L': 1 }, ask: false },
  // negative: a size no product of the phrase comes in is no pack of it
  { shop: 'gummies', text: 'kẹo dẻo vị dâu 3 túi 700g', items: {}, ask: true },
  { shop: 'charcoal', text: '1 bếp 40 2 vỉ 40 1 kẹp gắp', items: { 'BEP-40': 1, 'VI-40': 2, 'KEP-THAN': 1 }, ask: false },
];

describeCorpus('size-after-count', EXAMPLES);
