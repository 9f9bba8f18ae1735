/**
 * Rule advice (core/parser/advice.ts): a sentence that asks the shop for advice ("tư vấn", "gợi ý") names goods to
 * talk about; without an amount they are no order and no question of which. Asking which kind ("loại nào") keeps
 * the buttons; goods taken with an order verb of their own are ordered.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'lifeJackets', text: 'Shop ơi mình muốn mua áo phao cho cả nhà, tư vấn giúp mình', items: {}, ask: false },
  { shop: 'coffeeBeans', text: 'e muốn mua cà phê làm quà biếu sếp, shop tư vấn giúp e', items: {}, ask: false },
  { shop: 'maltCandy', text: 'e muốn mua kẹo làm quà, shop gợi ý giúp', items: {}, ask: false },
  // which kind is best, with no amount anywhere and no word of advice: the shop chooses, nothing is asked
  { shop: 'pomeloBinhMinh', text: 'mình muốn mua bưởi năm roi làm quà, loại nào ngon', items: {}, ask: false },
  { shop: 'bronzeNamTruc', text: 'mình muốn mua đỉnh đồng làm quà, loại nào đẹp', items: {}, ask: false },
  // whether the goods can be sent, with no verb of buying and no amount: only talked about
  { shop: 'pomeloBinhMinh', text: 'mình ở Hà Nội, ship cam sành ra được không shop', items: {}, ask: false },
  { shop: 'bronzeNamTruc', text: 'ship đỉnh đồng vào Sài Gòn được không, sợ móp', items: {}, ask: false },
  { shop: 'pomeloBinhMinh', text: 'lấy 2 ký cam sành, ship ra Hà Nội được không', items: { 'CAM-SANH': 2 }, ask: false },
  // negative: asking which kind asks beside a word of advice or an amount; an order verb of its own orders
  { shop: 'bronzeNamTruc', text: 'lấy 1 đỉnh đồng, loại nào đẹp shop chọn giúp', items: {}, ask: true },
  { shop: 'shrimpPasteHaYen', text: 'e muốn lấy nước mắm, loại nào ngon shop tư vấn giúp e', items: {}, ask: true },
  { shop: 'handbags', text: 'vậy lấy cái tote size L màu be shop gợi ý nha', items: { 'TOTE-L-BE': 1 }, ask: false },
];

describeCorpus('advice', EXAMPLES);
