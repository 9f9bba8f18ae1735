import type { ProductWithStock } from '../catalog/queries.ts';
import type { DeliveryInfo } from '../checkout/settings.ts';
import type { Question } from './read-question.ts';

/**
 * What the shop can truthfully say to a question, as facts for the conversation to put into words in the
 * reader's language: a product's price or stock, whether the shop delivers, COD, delivery time, how to pay.
 */
export type AnswerFact =
  | { kind: 'price'; product: ProductWithStock }
  | { kind: 'stock'; product: ProductWithStock }
  | { kind: 'price_list'; products: ProductWithStock[] }
  | { kind: 'which_product'; candidates: ProductWithStock[] }
  | { kind: 'ships'; delivery: DeliveryInfo; pickupPlace: string | null }
  | { kind: 'cod'; delivery: DeliveryInfo }
  | { kind: 'shipping_time'; delivery: DeliveryInfo }
  | { kind: 'payment_methods'; delivery: DeliveryInfo };

/** How many products a price list shows before pointing to the catalog. */
export const PRICE_LIST_MAX = 6;

/** The facts that answer a question, from the catalog (with stock) and the shop's delivery settings. */
export function answerQuestion(q: Question, catalog: ProductWithStock[], delivery: DeliveryInfo, pickupPlace: string | null = null): AnswerFact[] {
  const bySku = new Map(catalog.map((p) => [p.sku, p]));
  const named = q.skus.map((s) => bySku.get(s)).filter((p): p is ProductWithStock => !!p);
  const vague = q.candidates.map((s) => bySku.get(s)).filter((p): p is ProductWithStock => !!p);
  const facts: AnswerFact[] = [];
  for (const intent of q.intents) {
    switch (intent) {
      case 'price':
      case 'stock':
        if (named.length) for (const product of named) facts.push({ kind: intent, product });
        else if (vague.length) {
          if (!facts.some((f) => f.kind === 'which_product')) facts.push({ kind: 'which_product', candidates: vague });
        } else if (intent === 'price' && !facts.some((f) => f.kind === 'price_list')) {
          facts.push({ kind: 'price_list', products: catalog.slice(0, PRICE_LIST_MAX) });
        } else if (intent === 'stock' && !facts.some((f) => f.kind === 'price_list')) {
          facts.push({ kind: 'price_list', products: catalog.filter((p) => p.available > 0).slice(0, PRICE_LIST_MAX) });
        }
        break;
      case 'ships':
        facts.push({ kind: 'ships', delivery, pickupPlace });
        break;
      case 'cod':
        facts.push({ kind: 'cod', delivery });
        break;
      case 'shipping_time':
        facts.push({ kind: 'shipping_time', delivery });
        break;
      case 'payment_methods':
        facts.push({ kind: 'payment_methods', delivery });
        break;
    }
  }
  // A price and a stock question about the same product read best as one card; keep both facts, in order.
  return facts;
}
