/**
 * After a question or a past purchase that named several goods, an amount whose word heads or sells one of them counts
 * that one, not the last named (core/parser/bind.ts countedGoods): "Giỏ quà có mật ong rừng 500ml, trâu gác bếp 250g,
 * chè shan 200g đúng k shop? lấy e 3 giỏ" is three gift baskets; "túi quà quê có kẹo đậu phộng gói 300g phải ko c, lấy
 * 3 túi" three bags. Not when the last named is only a size of what was asked about ("tam đa có cỡ 60cm ko ạ, e lấy 1
 * bộ" still asks), nor when the word counts the last goods too.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'forestTayBac', text: 'Giỏ quà có mật ong rừng 500ml, trâu gác bếp 250g, chè shan 200g đúng k shop? lấy e 3 giỏ', items: { 'GIO-QUA-TET': 3 }, ask: false },
  { shop: 'maltThiPho', text: 'túi quà quê có kẹo đậu phộng gói 300g phải ko c, lấy 3 túi', items: { 'QUA-QUE': 3 }, ask: false },
  { shop: 'babeForest', text: 'Hộp quà 5 món có nấm hương, mộc nhĩ, măng khô, miến, hạt dổi đúng không ạ? E lấy 2 hộp', items: { 'SET-5': 2 }, ask: false },
  { shop: 'bananaCandy', text: 'Hôm trước chị mua 2 giỏ quà tết bên em, đẹp lắm. Năm nay chị lấy 3 giỏ nha', items: { 'GIO-TET': 3 }, ask: false },
  // negative: the last named is a size the shop does not sell
  { shop: 'altarStatues', text: 'tam đa có cỡ 60cm ko ạ, e lấy 1 bộ', items: {}, ask: true },
];

describeCorpus('counted-goods', EXAMPLES);
