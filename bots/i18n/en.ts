import { formatQty, formatTime, formatVnd } from '../format.ts';
import type { Messages } from './vi.ts';

const q = (n: number) => formatQty(n, 'en');

/** Everything the bot says, in English (chosen with `/lang en`). */
export const en: Messages = {
  lang: 'en',
  welcome: (shop) =>
    `Hello! This is ${shop} 🌸\nTap "Browse", or write a product and a quantity, e.g. "2 blue scarves" or "KL-XANH x2".`,
  help: () =>
    'How to order:\n• Tap "Browse" to pick products\n• Or write: "2 blue scarves", "KL-XANH x2", with your phone number if you like\n• /cart — your cart\n• /orders — your orders\n• /lang vi — Tiếng Việt',
  btnCatalog: '📋 Browse',
  btnCart: '🛒 Cart',
  btnOrders: '📦 My orders',
  btnHelp: '❓ Help',
  btnOtherLang: '🌐 Tiếng Việt',
  btnPrev: '◀ Previous',
  btnNext: 'Next ▶',
  btnBackToCatalog: '◀ Catalog',
  btnAdd: (qty, unit) => `➕ ${q(qty)} ${unit}`,
  btnConfirm: '✅ Place order',
  btnEdit: '✏️ Edit cart',
  btnClear: '🗑 Empty cart',
  btnMore: '➕ Add more',
  btnDone: '✔️ Done',
  btnCancelOrder: '❌ Cancel order',
  btnYesCancel: 'Yes, cancel',
  btnNoKeep: 'No, keep it',
  btnPaid: '💸 I have paid',
  btnShowQr: '🔳 Payment QR',
  btnConfirmYes: '✅ Received',
  btnConfirmNo: '❌ Not received',
  catalogHeader: (page, pages) => `📋 Catalog (page ${page}/${pages}):`,
  catalogLine: (i, name, price, unit, available) =>
    `${i}. ${name} — ${formatVnd(price)}/${unit}${available > 0 ? ` · ${q(available)} left` : ' · sold out'}`,
  catalogEmpty: 'The shop has no products yet.',
  catalogFooter: 'Tap a product to see it, or write "2 blue scarves".',
  productCard: (name, sku, price, unit, available) =>
    `${name}\nCode: ${sku}\nPrice: ${formatVnd(price)}/${unit}\n${available > 0 ? `In stock: ${q(available)} ${unit}` : 'Sold out for now'}`,
  added: (qty, unit, name) => `Added ${q(qty)} ${unit} ${name} to your cart.`,
  cartEmpty: 'Your cart is empty. Tap "Browse" or write a product and a quantity, e.g. "2 blue scarves".',
  cartHeader: '🛒 Your cart:',
  cartLine: (qty, unit, name, price, total) => `• ${q(qty)} ${unit} ${name} × ${formatVnd(price)} = ${formatVnd(total)}`,
  cartTotal: (total) => `Total: ${formatVnd(total)}`,
  cartPhone: (phone) => `Contact phone: ${phone}`,
  cartEditHeader: 'Change each quantity:',
  cartCleared: 'Your cart is empty now.',
  outOfStock: (name, available, unit) =>
    available > 0
      ? `Sorry, only ${q(available)} ${unit} of ${name} left. Please change the quantity.`
      : `Sorry, ${name} just sold out. Please choose another product.`,
  notFoundProduct: (what) => `We don't have "${what}". Have a look at the catalog.`,
  orderPlaced: (code) => `🎉 Order ${code} placed!`,
  orderSummary: (code, status, total, due) =>
    `Order ${code} — ${status}\nTotal: ${formatVnd(total)}${due > 0 && due < total ? `\nStill due: ${formatVnd(due)}` : ''}`,
  payWithin: (deadline) => `Please pay by bank transfer before ${formatTime(deadline)} (Vietnam time) to keep your items. Put the order code in the transfer note.`,
  askPhone: 'Send us your phone number so the shop can arrange delivery.',
  phoneSaved: (phone) => `Saved your phone number ${phone}.`,
  status: {
    awaiting_payment: 'Awaiting payment',
    paid: 'Paid',
    ready: 'Ready',
    shipped: 'Shipped',
    delivered: 'Delivered',
    cancelled: 'Cancelled',
    expired: 'Expired',
  },
  ordersHeader: '📦 Your orders:',
  ordersEmpty: 'You have no orders yet.',
  orderListLine: (code, status, total) => `• ${code} — ${status} — ${formatVnd(total)}`,
  cancelAsk: (code) => `Cancel order ${code}?`,
  orderCancelled: (code) => `Order ${code} is cancelled. See you again!`,
  cannotCancel: (code, status) => `Order ${code} is "${status}" and can no longer be cancelled in chat. Please message the shop.`,
  qrCaption: (bank, account, accountName, amount, memo) =>
    `Scan to pay, or transfer by hand:\nBank: ${bank}\nAccount: ${account}\nAccount name: ${accountName}\nAmount: ${formatVnd(amount)}\nNote: ${memo}`,
  paidReported: (code) => `Thank you! The shop is checking the payment for ${code} and will tell you shortly.`,
  paidReportedNoConfirmer: (code) => `Thank you! The shop will check the payment for ${code} and tell you soon.`,
  alreadyPaid: (code) => `Order ${code} is already paid. Thank you!`,
  confirmRequest: (code, amount, customer) =>
    `Order ${code} — ${formatVnd(amount)} — ${customer} says they have paid. Check the bank app, then tap:`,
  confirmDone: (code, ok, by) => `Order ${code}: ${ok ? '✅ payment received' : '❌ not received'} (${by}).`,
  confirmAlreadyHandled: (code, status) => `Order ${code} was already handled: ${status}.`,
  paymentConfirmed: (code) => `✅ The shop received your payment for ${code}. Thank you! Your order is being prepared.`,
  paymentNotReceived: (code) =>
    `❌ The shop has not found your payment for ${code} yet. Please check the amount and note of the transfer, or send the shop a screenshot.`,
  partialPaid: (code, paid, due) => `We received ${formatVnd(paid)} for ${code}; ${formatVnd(due)} is still due. The QR code below is for the rest.`,
  overpaidCustomer: (code, extra) => `✅ Order ${code} is paid. You sent ${formatVnd(extra)} too much; the shop will refund it.`,
  overpaidAdmin: (code, extra) => `⚠️ Order ${code} was overpaid by ${formatVnd(extra)}. Refund the customer.`,
  unmatchedAdmin: (amount, description) =>
    `⚠️ A transfer of ${formatVnd(amount)} matches no order: "${description}". Use /gan <payment id> <order code> to assign it.`,
  lateAdmin: (code, amount, status) => `⚠️ Received ${formatVnd(amount)} for ${code}, but the order is "${status}". Refund or reopen it.`,
  expiryReminder: (code, deadline) => `⏰ Order ${code} expires at ${formatTime(deadline)} (Vietnam time) unless it is paid.`,
  orderExpired: (code) => `Order ${code} expired unpaid, so the items went back on the shelf. You can order again any time.`,
  notUnderstood: `Sorry, I didn't get that 😅. Write a product and a quantity, e.g. "2 blue scarves", or tap "Browse".`,
  greeting: (shop) => `Hello! ${shop} is happy to help 🌸`,
  thanks: 'Thank you so much! 🌸',
  emptyMessage: 'That message was empty. Write a product and a quantity, e.g. "2 blue scarves".',
  tooLong: 'That message is too long for me. Please write just the product and the quantity.',
  staleButton: 'That button is old or no longer valid. Tap "Browse" to start again.',
  askWhich: (qty, phrase) => `Which "${phrase}" would you like (${q(qty)})?`,
  askUnknown: (phrase) => `We don't sell "${phrase}". Have a look at the catalog.`,
  langSet: 'Switched to English.',
  forbidden: 'Sorry, that command is only for the group’s managers or households.',
  error: 'Sorry, something went wrong. Please try again in a few minutes.',
  noShop: 'No shop is set up yet.',
  invalidInput: (what) => `Not quite right: ${what}`,
  notFound: 'Not found.',
  roleName: { admin: 'manager', household: 'household', confirmer: 'treasurer (confirms payments)' },
  joined: (group, role, household) => `Welcome to ${group} as ${en.roleName[role] ?? role}${household ? ` of ${household}` : ''}.`,
  inviteCreated: (code, role, who) =>
    `Invite code (${en.roleName[role] ?? role}${role === 'household' ? ` ${who}` : ''}), single use, valid 3 days:\n/join ${code}`,
  inviteInvalid: 'That invite code is wrong, used or expired. Ask the group manager for a new one.',
};
