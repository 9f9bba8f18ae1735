import { formatQty, formatTime, formatTimeWithYear, formatVnd } from '../format.ts';
import type { AdminMessages, ShareText } from './admin-vi.ts';

const q = (n: number) => formatQty(n, 'en');

const shareStatusEn: Record<ShareText['status'], string> = {
  pending: 'not told yet',
  notified: 'preparing',
  ready: 'ready',
  cannot_supply: 'not enough stock',
};

const reasonEn: Record<string, string> = {
  zalo_window: 'Zalo: no message from them in the last 7 days',
  blocked: 'blocked the bot',
  not_subscribed: 'Viber: not subscribed',
  unfollowed: 'Zalo: unfollowed the OA',
  no_private_chat: 'never wrote to the bot privately',
};

/** The English side of `adminVi`. */
export const adminEn: AdminMessages = {
  awaitingHeader: (n) => `⏳ ${n} orders whose customers say they paid, waiting for you. Check the bank app, then tap ✅ (received) or ❌ (not received):`,
  awaitingLine: (code, due, customer, reportedAt) => `• ${code} — ${formatVnd(due)} — ${customer} (reported ${formatTime(reportedAt)})`,
  awaitingMore: (n) => `… and ${n} more: answer some, then send /pending again, or see /web.`,
  awaitingNone: 'No order is waiting for a payment confirmation. 👍',
  btnConfirmYesFor: (code) => `✅ ${code}`,
  btnConfirmNoFor: (code) => `❌ ${code}`,
  tasksHeader: (household) => `📝 What ${household} has to prepare:`,
  tasksNone: (household) => `${household} has nothing to prepare. The bot writes as soon as there is.`,
  taskLine: (code, what) => `• Order ${code}: ${what}`,
  tasksMore: (n) => `… and ${n} more orders (all of them on /web).`,
  btnReadyFor: (code) => `✅ Done ${code}`,
  btnCannotSupplyFor: (code) => `❌ Short ${code}`,
  silentHouseholdAdmin: (code, h) =>
    `⚠️ Order ${code}: nobody of ${h.name} is in the chat, so the bot cannot tell them. Please call them${h.phone ? ` (☎ ${h.phone})` : ''} to prepare: ${h.what}.\nInvite them so the bot tells them next time: /moi ${h.key}`,
  reallocatedAdmin: (code, from, to) => `🔁 Order ${code}: ${from} has not enough; re-split to ${to.join(', ')}.`,
  allocationsHeader: 'Households’ shares:',
  allocationLine: (h) =>
    `• ${h.name}${h.reachable ? '' : ` (nobody in chat${h.phone ? `, ☎ ${h.phone}` : ''})`}: ${h.shares.map((s) => `${q(s.qty)} ${s.unit} ${s.name} — ${!h.reachable && s.status === 'notified' ? 'waiting for the shop to call them' : shareStatusEn[s.status]}`).join('; ')}`,
  shortLine: (name, qty, unit) => `⚠️ Missing ${q(qty)} ${unit} ${name}: no household holds it (re-split with /chia or cancel with /huy).`,
  cannotShip: (code, status, reasons) => `Order ${code} cannot be shipped yet: it is ${status}, not ready to ship.\n${reasons.map((r) => `• ${r}`).join('\n')}`,
  shipReasonStatus: (status) =>
    ({
      awaiting_payment: 'the customer has not paid',
      shipped: 'it has already been shipped',
      delivered: 'the customer already received it',
      cancelled: 'the order was cancelled',
      expired: 'the order expired unpaid',
    })[status] ?? status,
  shipReasonWaiting: (household, what, reachable) => `${household} has not said ready: ${what}${reachable ? '' : ' (nobody of theirs is in chat: please call them)'}`,
  shipReasonShort: (name, qty, unit) => `${q(qty)} ${unit} ${name} missing, no household holds it (re-split with /chia)`,
  poolOpenedFull: (name, deadline, targets, releaseOnTarget) =>
    [
      `🧺 Pool "${name}" is open until ${formatTimeWithYear(deadline)}.`,
      targets.length ? `Targets: ${targets.join(', ')}. Only these wait for the pool; everything else sells as usual.` : 'The pool has no targets: everything ordered during it waits for the deadline.',
      targets.length ? (releaseOnTarget ? 'Payment codes go out as soon as every target is met, not at the deadline (the pool stays open until then for more orders).' : 'Payment codes go out at the deadline (even if the targets are met earlier).') : '',
    ]
      .filter(Boolean)
      .join('\n'),
  poolTargetText: (name, qty, unit) => `${q(qty)} ${unit} ${name}`,
  poolTargetsTooHigh: (lines) =>
    `⚠️ A target is more than the households hold for sale:\n${lines.map((l) => `• ${l.name}: ${q(l.target)} ${l.unit} needed, ${q(l.available)} ${l.unit} in stock`).join('\n')}\nThe pool is open anyway. Ask the households to update their stock (kho SKU QTY) if they will make more, or lower the target.`,
  poolDeadlineFormat: 'Cannot read the pool’s deadline. Write day/month/year hour:minute (Vietnam time), e.g. /gom mo "Hotel Sen" han 30/11/2026 18:00',
  poolDeadlinePast: 'That time has passed. Pick a time in the future (Vietnam time), e.g. 30/11/2026 18:00.',
  poolDeadlineNextYear: (suggestion) => `That date has passed this year. If you mean next year, write the year: ${suggestion}`,
  poolAlreadyOpen: (name, deadline) =>
    `Pool "${name}" is open until ${formatTimeWithYear(deadline)}. One pool at a time: extend it with /gom gia-han, or close it on /web before opening a new one.`,
  poolProgressFull: (name, deadline, lines) => `🧺 Pool "${name}" — until ${formatTimeWithYear(deadline)}\n${lines.join('\n')}`,
  poolExtendedFull: (deadline) => `The pool now ends ${formatTimeWithYear(deadline)}.`,
  poolMetGroup: (name) => `🎉 Pool "${name}" reached its target! Everyone who ordered got their payment code in a private message; orders until the deadline are paid at once.`,
  poolSplitNote: (name, pooled) => `In this order, ${pooled.join(', ')} joined pool "${name}" (waiting for its target); the rest is a separate order to pay now.`,
  broadcastUsage: '/thongbao <text>, e.g. /thongbao New in: purple silk scarves, 250.000 ₫',
  broadcastQueued: (n, notAllowed, optedOut) =>
    [
      n > 0 ? `📣 Sending the announcement to ${n} customers. The bot reports back when it is done.` : '📣 No customer can receive an announcement right now.',
      Object.keys(notAllowed).length
        ? `Not allowed for ${Object.values(notAllowed).reduce((a, b) => a + b, 0)} customers by their platform’s rules: ${Object.entries(notAllowed).map(([r, k]) => `${k} ${reasonEn[r] ?? r}`).join('; ')}.`
        : '',
      optedOut ? `${optedOut} customers turned announcements off.` : '',
    ]
      .filter(Boolean)
      .join('\n'),
  broadcastReport: (text, sent, notAllowed, failed, optedOut) =>
    `📣 Announcement «${text.length > 60 ? `${text.slice(0, 60)}…` : text}»: sent ${sent}, not allowed ${notAllowed}, failed ${failed}${optedOut ? `, turned off ${optedOut}` : ''}.`,
  broadcastMessage: (shop, text) => `📣 ${shop}:\n${text}\n\n(No more announcements? Send /tatthongbao)`,
  broadcastOff: (shop) => `Announcements from ${shop} are off. You still get news about your own orders. Turn them back on: /batthongbao`,
  broadcastOn: (shop) => `Announcements from ${shop} are on again. Turn off: /tatthongbao`,
};
