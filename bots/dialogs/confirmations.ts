import { awaitingConfirmation } from '../../core/payments/awaiting-confirmation.ts';
import { requireRole } from '../../core/people/roles.ts';
import { btn } from '../buttons.ts';
import type { Conversation } from '../conversation.ts';
import { feature } from '../feature.ts';

/** How many waiting orders one answer lists (two buttons each; platforms cap a message's buttons). */
const SHOWN = 10;

/** `/choxacnhan`: every order whose customer said they paid and nobody answered yet, oldest first, with ✅/❌. */
export function showAwaiting(c: Conversation): void {
  requireRole(c.t, c.person.id, c.group.id, 'confirmer', 'admin');
  const { orders, total } = awaitingConfirmation(c.t, c.group.id, SHOWN);
  if (total === 0) return void c.reply({ type: 'text', text: c.m.awaitingNone });
  const lines = [
    c.m.awaitingHeader(total),
    ...orders.map((o) => c.m.awaitingLine(o.code, o.due, [o.customerName, o.phone].filter(Boolean).join(' · '), o.reportedAt)),
    ...(total > orders.length ? [c.m.awaitingMore(total - orders.length)] : []),
  ];
  c.reply({
    type: 'text',
    text: lines.join('\n'),
    buttons: orders.map((o) => [
      { label: c.m.btnConfirmYesFor(o.code), data: btn.confirmYes.data({ code: o.code }) },
      { label: c.m.btnConfirmNoFor(o.code), data: btn.confirmNo.data({ code: o.code }) },
    ]),
  });
}

/** Payment confirmers list again what waits for their ✅/❌ (the buttons are answered by the payments feature). */
export const confirmationsFeature = feature('confirmations').command({
  // Typed without diacritics, as the shop would: chờ xác nhận → choxacnhan, cxn.
  names: ['choxacnhan', 'cxn', 'pending'],
  roles: ['confirmer', 'admin'],
  help: { vi: '/choxacnhan — các đơn khách báo đã chuyển, chờ bấm ✅/❌ (cũng: /cxn)', en: '/pending — orders whose customers say they paid, waiting for ✅/❌ (also /choxacnhan)' },
  handle: (c) => showAwaiting(c),
});
