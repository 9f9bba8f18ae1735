/**
 * In a name or an alias, the word a number counts is its classifier, not its head: "1 quả vịt lộn" (an alias of
 * "Trứng vịt lộn (lẻ 1 quả)") is headed by "vịt lộn", so "quả" in "12 quả trứng bách thảo" stays a classifier of
 * the message, twelve eggs of boxes of six, not twelve boxes (core/parser/catalog-index.ts). Likewise "1 miếng gà cay"
 * no longer makes "miếng" a head of the single piece: "3 miếng gà cay" beside portions of 1 and 3 pieces asks.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'eggs', text: 'cho e 12 quả trứng bách thảo', items: { 'BACTHAO-6': 2 }, ask: false },
  { shop: 'eggs', text: 'lấy 10 quả trứng gà ác', items: { 'GA-ACAN-10': 1 }, ask: false },
  { shop: 'friedChicken', text: 'cho 3 miếng gà cay', items: {}, ask: true },
  // positive: the alias still names its product
  { shop: 'eggs', text: 'lấy 1 quả trứng ngỗng', items: { 'NGONG-1': 1 }, ask: false },
  { shop: 'friedChicken', text: '2 phần gà cay 3 miếng', items: { 'GA-CAY-3': 2 }, ask: false },
];

describeCorpus('counted-alias-words', EXAMPLES);
