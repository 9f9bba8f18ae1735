/**
 * Corrections typed without marks: "a doi thanh gac nhe" is "à đổi thành gấc" (not a pair, "đôi", nor a word of the
 * names spelled "doi"), "a thoi lay loai 1 di" is "à thôi lấy loại 1", and "đổi qua 80w" is "đổi sang", "qua" being
 * no direction after "đổi" (core/parser/scan.ts); a product phrase ends before it (noun-phrase.ts). What follows replaces the line before.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'banhCay', text: 'lay 2 hop banh cay tim, a doi thanh gac nhe', items: { 'BC-GAC': 2 }, ask: false },
  { shop: 'grapes', text: 'nho xanh loai 2 5 ky, a thoi lay loai 1 di', items: { 'NX-L1': 5 }, ask: false },
  { shop: 'ruouCan', text: 'lay 2 che 3 lit... thoi doi thanh 2 che 5 lit di shop', items: { 'RC-CHE-5L': 2 }, ask: false },
  { shop: 'kites', text: 'lay 2 dieu 1m6, thoi doi thanh 1m2 nhe', items: { 'DIEU-1M2': 2 }, ask: false },
  { shop: 'pets', text: 'cat chanh 5l 2 tui, doi sang khong mui nhe', items: { 'CAT-KM-5L': 2 }, ask: false },
  // after a word of the names ("A" of "thang chữ A"), "doi sang" still starts the change, it goes on no phrase
  { shop: 'ladders', text: '1 thang rut 3m8, a doi sang 4m4 nhe', items: { 'TR-4M4': 1 }, ask: false },
  // "a khong" closing a clause before the change is "à không", no question
  { shop: 'familyShirts', text: 'lay 3 ao trang S a khong, doi sang size M', items: { 'AT-TR-M': 3 }, ask: false },
  // negative: after a number, "doi" is the pair it counts
  { shop: 'exoticLeather', text: 'gang tay da dieu size M 2 doi', items: { 'GT-M': 2 }, ask: false },
];

describeCorpus('bare-change-into', EXAMPLES);
