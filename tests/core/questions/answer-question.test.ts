import { describe, expect, it } from 'vitest';
import { listProducts } from '../../../core/catalog/queries.ts';
import { deliveryInfoOf } from '../../../core/checkout/settings.ts';
import { answerQuestion } from '../../../core/questions/answer-question.ts';
import { readQuestion } from '../../../core/questions/read-question.ts';
import { buildMatcher } from '../../../core/parser/index.ts';
import { catalogProducts, getGroupById } from '../../../core/catalog/queries.ts';
import { demoDb } from '../../helpers.ts';

describe('answers from the catalog and the shop settings', () => {
  const { db, groupId } = demoDb();
  const catalog = listProducts(db, groupId);
  const matcher = buildMatcher(catalogProducts(db, groupId));
  const delivery = deliveryInfoOf(getGroupById(db, groupId));
  const ask = (text: string) => answerQuestion(readQuestion(matcher, text)!, catalog, delivery, 'Nhà văn hoá');

  it('a price and stock question about one product gives that product with its stock', () => {
    const facts = ask('khăn vàng còn không, giá bao nhiêu');
    expect(facts.map((f) => f.kind)).toEqual(['stock', 'price']);
    expect(facts[0]).toMatchObject({ product: { sku: 'KL-VANG', price: 250000, available: 5 } });
  });
  it('a price question without a product gives the price list; a vague one asks which', () => {
    expect(ask('giá sao')).toEqual([{ kind: 'price_list', products: catalog.slice(0, 6) }]);
    const which = ask('khăn lụa bao nhiêu');
    expect(which.map((f) => f.kind)).toEqual(['which_product']);
    expect(which[0]!.kind === 'which_product' && which[0]!.candidates.map((p) => p.sku)).toEqual(expect.arrayContaining(['KL-XANH', 'KL-DO', 'KL-VANG']));
  });
  it('delivery questions carry the shop\'s delivery settings', () => {
    expect(ask('có COD không')).toEqual([{ kind: 'cod', delivery: { ships: true, cod: false, days: '2-4', note: 'Nội thành Hà Nội giao trong ngày.' } }]);
    expect(ask('ship mất mấy ngày')[0]).toMatchObject({ kind: 'shipping_time', delivery: { days: '2-4' } });
    expect(ask('ship không')[0]).toMatchObject({ kind: 'ships', pickupPlace: 'Nhà văn hoá' });
  });
});
