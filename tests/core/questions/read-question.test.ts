import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../core/parser/index.ts';
import { readQuestion, type QuestionIntent } from '../../../core/questions/read-question.ts';
import { demoShop } from '../../helpers.ts';

const matcher = buildMatcher(demoShop().products.map(({ sku, name, price, unit, aliases }) => ({ sku, name, price, unit, aliases })));

// The corpus: questions as customers write them to the demo shop (Lụa Vạn Phúc), with what they ask and about what.
const QUESTIONS: [string, QuestionIntent[], string[]][] = [
  ['khăn xanh bao nhiêu', ['price'], ['KL-XANH']],
  ['khan xanh bao nhieu vay shop', ['price'], ['KL-XANH']],
  ['giá sao', ['price'], []],
  ['áo dài size L giá bao nhiêu ạ', ['price'], ['AD-L']],
  ['cà vạt bn', ['price'], ['CA-VAT']],
  ['khăn đỏ còn không', ['stock'], ['KL-DO']],
  ['Shop ơi khăn đỏ còn không ạ?', ['stock'], ['KL-DO']],
  ['còn hàng không shop', ['stock'], []],
  ['túi lụa còn bao nhiêu cái', ['stock'], ['TUI-LUA']],
  ['khăn vàng còn không, giá bao nhiêu', ['stock', 'price'], ['KL-VANG']],
  ['ship không', ['ships'], []],
  ['shop có ship không', ['ships'], []],
  ['ship ra Đà Nẵng được không', ['ships'], []],
  ['phí ship bao nhiêu', ['ships'], []],
  ['có COD không', ['cod'], []],
  ['nhận hàng rồi trả tiền được không', ['cod'], []],
  ['ship mất mấy ngày', ['shipping_time'], []],
  ['ship ra Đà Nẵng mất mấy ngày vậy shop?', ['shipping_time'], []],
  ['bao lâu thì nhận được hàng', ['shipping_time'], []],
  ['chuyển khoản được không?', ['payment_methods'], []],
  ['thanh toán như nào ạ', ['payment_methods'], []],
  ['how much is the blue scarf', ['price'], ['KL-XANH']],
  ['do you ship', ['ships'], []],
];

const NOT_QUESTIONS = ['cho mình 2 khăn xanh', 'đã chuyển khoản', 'chào shop', 'cảm ơn shop nhiều', 'giao về 12 Lê Lợi, Hà Đông', 'Nguyễn Thị Lan', 'tham gia nhóm'];

describe('questions from customers', () => {
  for (const [text, intents, skus] of QUESTIONS) {
    it(`"${text}" asks ${intents.join('+')}${skus.length ? ` about ${skus.join(', ')}` : ''}`, () => {
      const q = readQuestion(matcher, text);
      expect(q?.intents.sort()).toEqual([...intents].sort());
      expect(q?.skus).toEqual(skus);
    });
  }
  for (const text of NOT_QUESTIONS) it(`"${text}" asks nothing`, () => expect(readQuestion(matcher, text)).toBeNull());

  it('a vague product gives its candidates', () => {
    const q = readQuestion(matcher, 'khăn lụa bao nhiêu');
    expect(q?.skus).toEqual([]);
    expect(q?.candidates).toEqual(expect.arrayContaining(['KL-XANH', 'KL-DO', 'KL-VANG']));
  });
});
