import type { Db } from '../../db/index.ts';
import { productName, shortProductName } from '../../core/catalog/display-names.ts';
import type { OrderRow } from '../../core/orders/transition-order.ts';
import { orderLinesWithNames } from '../../core/orders/order-view.ts';
import { formatQty } from '../format.ts';
import type { Messages } from '../i18n/index.ts';
import { checkoutSettingsOf } from '../../core/checkout/settings.ts';

/** An order's status as people read it: a pending payment claim shows as "khách báo đã chuyển, chờ xác nhận". */
export function statusLabel(m: Messages, o: Pick<OrderRow, 'status' | 'paymentClaimedAt'>): string {
  if (o.status === 'awaiting_payment' && o.paymentClaimedAt) return m.statusClaimed;
  return m.status[o.status] ?? o.status;
}

/** An order's lines with the product's name in the reader's language (and its short form), in the order written. */
export interface NamedLine {
  sku: string;
  name: string;
  short: string;
  unit: string;
  qty: number;
  unitPrice: number;
  lineTotal: number;
}

/** The lines of an order, named for the reader (English names for English readers, when the shop gave them). */
export function namedLines(db: Db, orderId: number, lang: string): NamedLine[] {
  return orderLinesWithNames(db, orderId).map((r) => {
    // The name frozen on the line is what was sold; English and short forms come from the product.
    const p = { name: r.name, nameEn: r.nameEn, shortName: r.shortName, aliases: r.aliases };
    return { sku: r.sku, name: productName(p, lang), short: shortProductName(p, lang), unit: r.unit, qty: r.qty, unitPrice: r.unitPrice, lineTotal: r.lineTotal };
  });
}

/** "2 Khăn xanh, 1 Áo dài M": an order's lines in short, for a button or a list. */
export function shortItems(db: Db, orderId: number, lang: 'vi' | 'en'): string {
  return namedLines(db, orderId, lang)
    .map((l) => `${formatQty(l.qty, lang)} ${l.short}`)
    .join(', ');
}

/** Who receives an order and where (or its pickup at the village), one line each, for anyone who handles it. */
export function orderDeliveryLines(m: Messages, group: { checkout?: unknown }, o: Pick<OrderRow, 'receiverName' | 'phone' | 'deliveryAddress' | 'pickup'>): string[] {
  const place = checkoutSettingsOf(group).pickupPlace ?? null;
  return [
    o.receiverName ? m.deliveryReceiver(o.receiverName) : '',
    o.phone ? m.deliveryPhone(o.phone) : '',
    o.pickup ? m.deliveryPickup(place) : o.deliveryAddress ? m.deliveryAddress(o.deliveryAddress) : '',
  ].filter(Boolean);
}
