/**
 * A lone catalog word that heads no product and names no variant of one ("gấp" of "Bếp gas mini gấp gọn", "bé") is no
 * product named without an amount: "e đang cần gấp" (urgently) orders nothing, and "cho bé nhà e 1 mũ trẻ em hồng"
 * orders the cap alone (core/parser/bind.ts). A variant or a word after a classifier still names one ("lấy e cái loe").
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'gasStoves', text: 'ship nhanh nhé, e đang cần gấp', items: {}, ask: false },
  { shop: 'caps', text: 'cho bé nhà e 1 mũ trẻ em hồng', items: { 'KID-CAP-HONG': 1 }, ask: false },
  // negatives: the product's words; after a classifier
  { shop: 'gasStoves', text: 'cho e 1 bếp gấp mini', items: { 'BEP-DL-MINI': 1 }, ask: false },
  { shop: 'denim', text: 'lấy e cái loe nhé', items: { 'QN-LOE-DEN-27': 1 }, ask: false },
];

describeCorpus('lone-word', EXAMPLES);
