/**
 * "cho e 1 met 2 nguoi" in a bún đậu stall selling "Mẹt bún đậu 2 người": "met" typed bare is "mẹt" (a tray) heading
 * the products, not "mét", and the "2" after it is the tray's count of people the names carry, not a tenth of a
 * metre (core/parser/attributes.ts, continues; core/parser/quantity-at.ts keeps the count said before the word).
 * Likewise "1 can to 45 do" of a rice liquor sold in cans.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'bunDau', text: 'cho e 1 met 2 nguoi, giao 18 ngo 42 Truong Dinh nha', items: { 'MET-2N': 1 }, ask: false },
  { shop: 'bunDau', text: 'sl 2 met 1 nguoi', items: { 'MET-1N': 2 }, ask: false },
  { shop: 'bunDau', text: 'e lay 2 met 1 nguoi them 2 dia dau 5 mieng, 2 tra quat', items: { 'MET-1N': 2, 'DAU-5M': 2, 'TRA-QUAT': 2 }, ask: false },
  { shop: 'cornLiquor', text: 'lay 1 can to 45 do voi 1 can to 40 do', items: { 'RN45-CAN5': 1, 'RN40-CAN5': 1 }, ask: false },
  // negative: goods sold by the metre take "1 met 2" as a length
  { shop: 'fabricByMetre', text: 'lay 1 met 2 lua to tam kem', items: { 'LUA-TT-KEM': 1.2 }, ask: false },
  { shop: 'fabricByMetre', text: 'linen trang 1 met 2', items: { 'LINEN-TRANG-1M5': 1.2 }, ask: false },
];

describeCorpus('bare-noun-not-unit', EXAMPLES);
