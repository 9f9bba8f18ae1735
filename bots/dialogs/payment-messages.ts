import type { Group } from '../../core/catalog/queries.ts';
import { orderVietQr } from '../../core/orders/order-view.ts';
import type { OrderRow } from '../../core/orders/transition-order.ts';
import { bankByBin } from '../../core/payments/banks.ts';
import type { Messages } from '../i18n/index.ts';
import type { Button, Outgoing } from '../model.ts';
import { btn } from '../buttons.ts';

/** Buttons under an order that still waits for payment. */
export function unpaidOrderButtons(m: Messages, code: string): Button[][] {
  return [[{ label: m.btnPaid, data: btn.paid.data({ code: code }) }], [{ label: m.btnCancelOrder, data: btn.cancelAsk.data({ code: code }) }]];
}

/** The VietQR photo for what is still due on an order, with the transfer details as copyable text. */
export function paymentQrMessage(m: Messages, group: Group, order: OrderRow, buttons?: Button[][]): Outgoing {
  const due = Math.max(0, order.total - order.paidAmount);
  const bank = bankByBin(group.bankBin);
  return {
    type: 'photo',
    image: { kind: 'vietqr', payload: orderVietQr(group, order.code, due) },
    caption: m.qrCaption(bank?.short ?? group.bankBin, group.bankAccount, group.bankAccountName, due, order.code),
    ...(buttons ? { buttons } : {}),
  };
}
