/**
 * After goods ordered, a verb of packing before an amount of containers says how to pack them ("…, đóng chung 1 hộp",
 * "…, chia 5 túi mỗi túi 1 ký", "cho vô 1 thùng"): from it on, the clause's amounts and words order nothing. Not
 * containers the shop sells ("chia 2 túi giấy" where paper bags are sold), shares sent on ("tách 3 hũ giao sáng"), a
 * verb that is a word of the catalog ("hạt chia"), nor a size ("gói 500g").
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'comLangVong3', text: '2 cân cốm khô rang mộc, đóng chung 1 hộp nha', items: { 'COM-KHO': 2 }, ask: false },
  { shop: 'comLangVong3', text: '1 cân rưỡi chả cốm, chia 3 túi mỗi túi nửa cân', items: { 'CHA-COM': 1.5 }, ask: false },
  { shop: 'pomeloBinhMinh', text: 'lấy 5 ký cam xoàn, chia 5 túi mỗi túi 1 ký', items: { 'CAM-XOAN': 5 }, ask: false },
  { shop: 'pomeloBinhMinh', text: '2 hộp quà 2 trái năm roi, 1 ký quýt đường, cho vô 1 thùng giúp e', items: { 'HQ-NR-2': 2, 'QUYT-DUONG': 1 }, ask: false },
  // negative: the number is the goods' amount
  { shop: 'comLangVong3', text: 'cho e 2 hộp cốm dẻo 200g', items: { 'COM-HOP-200': 2 }, ask: false },
];

describeCorpus('packed-away', EXAMPLES);
