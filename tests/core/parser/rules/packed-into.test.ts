/** Rule: an amount after "chia thành", "đóng" is how to pack the line, no goods of its own (core/parser/shares.ts, packedInto). */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // positive: packing instructions after the line
  { shop: 'driedFishTamNong', text: 'lấy 2 ký khô lóc vừa nhưng chia thành 4 túi nửa ký giúp em', items: { 'CL-VUA': 2 }, ask: false },
  { shop: 'dongArrowroot', text: 'Lấy 2 cân bột sắn dây, đóng 4 túi nửa cân giúp e', items: { 'SAN-DAY-KG': 2 }, ask: false },
  // negative: a product word that folds like a packing verb ("miến dong", "bún dong") is goods
  { shop: 'dongArrowroot', text: 'miến to 3 cân, miến vụn 2 cân, bún dong 3 gói', items: { 'MD-TO-KG': 3, 'MD-VUN-KG': 2, 'BUN-DONG-500G': 3 }, ask: false },
];

describeCorpus('packed-into', EXAMPLES);
