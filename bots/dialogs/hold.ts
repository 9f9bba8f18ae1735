import { DomainError } from '../../core/errors.ts';
import { keepOrder } from '../../core/orders/place-order.ts';
import { getOrder } from '../../core/orders/transition-order.ts';
import type { Conversation } from '../conversation.ts';
import { feature } from '../feature.ts';
import { formatTime } from '../format.ts';
import { btn } from '../buttons.ts';
import { beginCheckout } from './checkout.ts';

/** "✅ Giữ đơn": the customer confirms an order placed by one line in a group chat, keeping it for the full payment time. */
export function keepHeldOrder(c: Conversation, code: string): void {
  const o = getOrder(c.t, code);
  if (o.personId !== c.person.id || o.groupId !== c.group.id) throw new DomainError('NOT_FOUND', `no order ${code}`);
  const until = keepOrder(c.t, o.id, c.now) ?? (o.status === 'awaiting_payment' ? o.expiresAt : null);
  if (!until) return void c.reply({ type: 'text', text: c.m.confirmAlreadyHandled(o.code, c.m.status[o.status] ?? o.status) });
  c.reply({ type: 'text', text: c.m.orderKept(o.code, formatTime(until)) });
  // Kept in the private chat: now ask who receives it and where, as checkout does for a private order.
  if (c.isPrivate) beginCheckout(c, o.code, o.note ?? undefined);
}

/** The "✅ Giữ đơn" button under an order placed by one line in a group chat. */
export const holdFeature = feature('hold').button(btn.keepOrder, (c, { code }) => keepHeldOrder(c, code));
