import type { Group } from '../../core/catalog/queries.ts';
import { orderVietQr } from '../../core/orders/order-view.ts';
import type { OrderRow } from '../../core/orders/transition-order.ts';
import { bankByBin } from '../../core/payments/banks.ts';
import type { Messages } from '../i18n/index.ts';
import type { Button, Outgoing } from '../model.ts';
import { btn } from '../buttons.ts';
import { groupShipping } from '../../core/shipping/settings.ts';

/** Buttons under an order that still waits for payment. */
export function unpaidOrderButtons(m: Messages, code: string): Button[][] {
  return [[{ label: m.btnPaid, data: btn.paid.data({ code: code }) }], [{ label: m.btnCancelOrder, data: btn.cancelAsk.data({ code: code }) }]];
}

/** The VietQR photo for what is still due on an order, with the transfer details as copyable text. */
export function paymentQrMessage(m: Messages, group: Group, order: OrderRow, buttons?: Button[][]): Outgoing {
  const due = Math.max(0, order.total - order.paidAmount);
  const bank = bankByBin(group.bankBin);
  // The checkout's choice of payment: where the group takes cash on delivery, the QR offers it too.
  const cod = groupShipping(group.shipping).cod;
  if (buttons && order.status === 'awaiting_payment' && order.paymentMethod === 'vietqr' && cod.allowed && (cod.maxAmount === undefined || order.total <= cod.maxAmount)) {
    buttons = [...buttons, [{ label: m.ship.btnCod, data: btn.payCod.data({ code: order.code }) }]];
  }
  return {
    type: 'photo',
    image: { kind: 'vietqr', payload: orderVietQr(group, order.code, due) },
    caption: m.qrCaption(bank?.short ?? group.bankBin, group.bankAccount, group.bankAccountName, due, order.code),
    ...(buttons ? { buttons } : {}),
  };
}
