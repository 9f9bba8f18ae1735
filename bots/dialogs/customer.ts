import { DomainError, OutOfStockError } from '../../core/errors.ts';
import { getProduct, listProducts, roundQty } from '../../core/catalog/queries.ts';
import { placeOrder } from '../../core/orders/place-order.ts';
import { getOrder } from '../../core/orders/transition-order.ts';
import { cancelOrder as cancelOrderOp } from '../../core/orders/cancel-order.ts';
import { listOrders, orderLinesOf } from '../../core/orders/order-view.ts';
import { updatePerson } from '../../core/people/identify.ts';
import { parseOrder } from '../../core/parser/index.ts';
import type { Conversation, CartLine, PendingAsk } from '../conversation.ts';
import type { Button } from '../model.ts';
import { matcherFor } from '../matcher-cache.ts';
import { mentionedSkus } from '../mentions.ts';
import { isOrderableQty } from '../../core/catalog/units.ts';
import { openPoolOfOrder } from '../../core/pools/pools.ts';
import { mainMenu } from './keyboards.ts';
import { paymentQrMessage, unpaidOrderButtons } from './payment-messages.ts';
import { openPoolOf, splitForPool } from '../../core/pools/pools.ts';
import { tx } from '../../db/index.ts';
import { releasePoolIfMet } from './pools.ts';
import { btn } from '../buttons.ts';
import { feature } from '../feature.ts';
import { hasRole } from '../../core/people/roles.ts';
import { cancelByShop } from './admin.ts';
import { catalogCards, productMessage } from './photos.ts';
import { productName, shortProductName } from '../../core/catalog/display-names.ts';
import { beginCheckout, answerCheckoutText, deliveryFromWords, phoneOnOpenOrder } from './checkout.ts';
import { paymentClaimed } from './payments.ts';
import { isPaymentClaim } from '../../core/payments/payment-claim.ts';
import { answerQuestion, type AnswerFact } from '../../core/questions/answer-question.ts';
import { readQuestion } from '../../core/questions/read-question.ts';
import { checkoutSettingsOf, deliveryInfoOf } from '../../core/checkout/settings.ts';
import { namedLines, statusLabel } from './order-labels.ts';

/** A product's name for this reader: the shop's English name for English readers, when it gave one. */
const nm = (c: Conversation, p: { name: string; nameEn?: string | null }) => productName(p, c.m.lang);
import { foldDiacritics } from '../../core/text.ts';

const PAGE_SIZE = 6;
/** Longest message the parser reads; longer ones get a kind refusal instead of a slow guess. */
export const MAX_TEXT = 2000;

/** `/start`: the welcome and the main menu (or a product, for a deep link `p_SKU`). */
export function start(c: Conversation, arg?: string): void {
  if (arg?.startsWith('o_')) {
    const code = arg.slice(2).toUpperCase();
    showOrder(c, code);
    return resendQr(c, code);
  }
  if (arg?.startsWith('p_')) {
    const sku = arg.slice(2).toUpperCase();
    if (listProducts(c.t, c.group.id).some((p) => p.sku === sku)) return showProduct(c, sku);
  }
  c.reply({ type: 'text', text: c.m.welcome(c.group.name), buttons: mainMenu(c.m) });
}

/** One page of the catalog, with a button per product and paging. */
export function showCatalog(c: Conversation, page: number): void {
  const all = listProducts(c.t, c.group.id);
  if (all.length === 0) return void c.reply({ type: 'text', text: c.m.catalogEmpty });
  const pages = Math.ceil(all.length / PAGE_SIZE);
  const p = Math.min(Math.max(0, page), pages - 1);
  const slice = all.slice(p * PAGE_SIZE, (p + 1) * PAGE_SIZE);
  const lines = slice.map((x, i) => c.m.catalogLine(p * PAGE_SIZE + i + 1, nm(c, x), x.price, x.unit, x.available));
  const buttons: Button[][] = slice.map((x, i) => [{ label: `${p * PAGE_SIZE + i + 1}. ${nm(c, x)}`, data: btn.product.data({ sku: x.sku }) }]);
  const nav: Button[] = [];
  if (p > 0) nav.push({ label: c.m.btnPrev, data: btn.catalog.data({ page: p - 1 }) });
  if (p < pages - 1) nav.push({ label: c.m.btnNext, data: btn.catalog.data({ page: p + 1 }) });
  if (nav.length) buttons.push(nav);
  buttons.push([{ label: c.m.btnCart, data: btn.cart.data({}) }]);
  // With photos, the page is a carousel of cards (the text catalog stays for shops without photos).
  const cards = catalogCards(c, slice, p * PAGE_SIZE + 1, [c.m.catalogHeader(p + 1, pages), c.m.catalogFooter].join('\n'), buttons.slice(slice.length), (x) => ({ label: c.m.btnView, data: btn.product.data({ sku: x.sku }) }));
  c.reply(cards ?? { type: 'text', text: [c.m.catalogHeader(p + 1, pages), ...lines, '', c.m.catalogFooter].join('\n'), buttons });
}

/** A product card with add-to-cart buttons. */
export function showProduct(c: Conversation, sku: string): void {
  const p = getProduct(c.t, c.group.id, sku);
  const steps = p.available > 0 ? [1, 2, 5].filter((n) => n <= p.available) : [];
  const buttons: Button[][] = [];
  if (steps.length) buttons.push(steps.map((n) => ({ label: c.m.btnAdd(n, p.unit), data: btn.add.data({ sku: p.sku, qty: n }) })));
  buttons.push([{ label: c.m.btnBackToCatalog, data: btn.catalog.data({ page: 0 }) }, { label: c.m.btnCart, data: btn.cart.data({}) }]);
  c.reply(productMessage(c, p, c.m.productCard(nm(c, p), p.sku, p.price, p.unit, p.available), buttons));
}

/**
 * Adds lines to the cart, refusing (with the amount left) any line that would exceed the stock.
 * Returns the lines that were added.
 */
export function addToCart(c: Conversation, lines: CartLine[]): CartLine[] {
  const products = new Map(c.products().map((p) => [p.sku, p]));
  const cart = [...c.state.cart];
  const added: CartLine[] = [];
  for (const l of lines) {
    const p = products.get(l.sku);
    if (!p) {
      c.reply({ type: 'text', text: c.m.notFoundProduct(l.sku) });
      continue;
    }
    if (!isOrderableQty(l.qty, p.unit)) {
      c.reply({ type: 'text', text: c.m.wholeUnitsOnly(nm(c, p), p.unit) });
      continue;
    }
    const existing = cart.find((x) => x.sku === l.sku);
    const want = roundQty((existing?.qty ?? 0) + l.qty);
    if (want > p.available) {
      c.reply({ type: 'text', text: c.m.outOfStock(nm(c, p), p.available, p.unit) });
      continue;
    }
    if (existing) existing.qty = want;
    else cart.push({ sku: l.sku, qty: roundQty(l.qty) });
    added.push(l);
  }
  c.setState({ cart: cart.map((x) => ({ ...x })) });
  return added;
}

/** The cart with prices and total, and buttons to confirm, edit or keep shopping. */
export function showCart(c: Conversation, edit = false): void {
  const cart = c.state.cart;
  if (cart.length === 0) return void c.reply({ type: 'text', text: c.m.cartEmpty, buttons: [[{ label: c.m.btnCatalog, data: btn.catalog.data({ page: 0 }) }]] });
  const products = new Map(c.products().map((p) => [p.sku, p]));
  let total = 0;
  const lines: string[] = [c.m.cartHeader];
  const buttons: Button[][] = [];
  for (const l of cart) {
    const p = products.get(l.sku);
    if (!p) continue;
    const lineTotal = Math.round(p.price * l.qty);
    total += lineTotal;
    lines.push(c.m.cartLine(l.qty, p.unit, nm(c, p), p.price, lineTotal));
    if (edit) {
      // Names, not codes: the short form fits a button on a small phone.
      const short = shortProductName(p, c.m.lang);
      buttons.push([
        { label: `➖ ${short}`, data: btn.cartQty.data({ sku: p.sku, delta: '-1' }) },
        { label: `➕ ${short}`, data: btn.cartQty.data({ sku: p.sku, delta: '1' }) },
        { label: `🗑 ${short}`, data: btn.cartRemove.data({ sku: p.sku }) },
      ]);
    }
  }
  lines.push(c.m.cartTotal(total));
  if (c.person.phone) lines.push(c.m.cartPhone(c.person.phone));
  if (edit) {
    lines.splice(1, 0, c.m.cartEditHeader);
    buttons.push([{ label: c.m.btnDone, data: btn.cart.data({}) }, { label: c.m.btnClear, data: btn.cartClear.data({}) }]);
  } else {
    buttons.push([{ label: c.m.btnConfirm, data: btn.checkout.data({}) }]);
    buttons.push([{ label: c.m.btnEdit, data: btn.cartEdit.data({}) }, { label: c.m.btnMore, data: btn.catalog.data({ page: 0 }) }]);
  }
  c.reply({ type: 'text', text: lines.join('\n'), buttons });
}

/** Changes one cart line by `delta` units (removing it at zero). */
export function changeCartQty(c: Conversation, sku: string, delta: number): void {
  const line = c.state.cart.find((l) => l.sku === sku);
  if (!line) throw new DomainError('NOT_FOUND', `no ${sku} in cart`);
  if (delta > 0) {
    addToCart(c, [{ sku, qty: delta }]);
  } else {
    const qty = roundQty(line.qty + delta);
    c.setState({ cart: c.state.cart.map((l) => (l.sku === sku ? { sku, qty } : l)).filter((l) => l.qty > 0) });
  }
  showCart(c, true);
}

/** Removes one line from the cart. */
export function removeCartLine(c: Conversation, sku: string): void {
  c.setState({ cart: c.state.cart.filter((l) => l.sku !== sku) });
  showCart(c, true);
}

/** Empties the cart. */
export function clearCart(c: Conversation): void {
  c.setState({ cart: [], asks: [], note: undefined });
  c.reply({ type: 'text', text: c.m.cartCleared, buttons: mainMenu(c.m) });
}

/** What placing a cart did: the order (in the pool, if it joined one) and, for a cart only partly pooled, the order paid at once. */
export interface Placed {
  code: string;
  /** The open pool the order `code` joined, if it did. */
  pool: ReturnType<typeof openPoolOf>;
  /** The order of the products the pool does not hold, when the cart had both kinds. */
  also?: string;
}

/**
 * Places an order for the person in this conversation from this chat. While a pool is open, only the
 * products it has targets for (every product, for a pool without targets) join it; the others make a
 * separate order to pay at once. Both are placed in one savepoint: if either cannot be covered, neither
 * is. Returns null (after a kind out-of-stock reply) when a line cannot be covered. A pool that this
 * order completes is closed once the handler has answered.
 */
export function placeFor(c: Conversation, lines: CartLine[], note: string | undefined, outOfStockButtons?: Button[][], holdMinutes?: number): Placed | null {
  const open = openPoolOf(c.t, c.group.id);
  const { pooled, direct } = splitForPool(open, lines);
  const place = (ls: CartLine[], poolId: number | null) =>
    placeOrder(
      c.t,
      {
        groupId: c.group.id,
        personId: c.person.id,
        identityId: c.identity.id,
        customerName: c.person.name ?? c.identity.displayName ?? c.inc.userId,
        phone: c.person.phone,
        note: note ?? null,
        lines: ls,
        chatPlatform: c.inc.platform,
        chatId: c.inc.chatId,
        poolId,
        actor: `customer:${c.inc.platform}:${c.inc.userId}`,
        ...(holdMinutes !== undefined ? { holdMinutes } : {}),
      },
      c.now,
    ).code;
  try {
    return tx(c.t, () => {
      if (pooled.length === 0) return { code: place(direct, null), pool: undefined };
      const code = place(pooled, open!.id);
      const also = direct.length ? place(direct, null) : undefined;
      c.afterwards(() => releasePoolIfMet(c.t, c.group.id, c.now, getOrder(c.t, code).id));
      return { code, pool: open, ...(also ? { also } : {}) };
    });
  } catch (e) {
    if (!(e instanceof OutOfStockError)) throw e;
    const p = listProducts(c.t, c.group.id).find((x) => x.sku === e.sku);
    const text = c.m.outOfStock(p?.name ?? e.sku, p?.available ?? e.available, p?.unit ?? '');
    c.reply({ type: 'text', text: c.isPrivate ? text : c.m.groupOutOfStock(c.person.name ?? c.inc.userId, text), ...(outOfStockButtons ? { buttons: outOfStockButtons } : {}) });
    return null;
  }
}

/** The names of an order's products, for telling which part of a split cart waits for the pool. */
export function productNamesOf(c: Conversation, code: string): string[] {
  return orderLinesOf(c.t, getOrder(c.t, code).id).map((l) => l.name);
}

/** Places the order from the cart and sends its code, status and payment QR (or the pool it joined). */
export function checkout(c: Conversation): void {
  if (c.state.cart.length === 0) return void c.reply({ type: 'text', text: c.m.cartEmpty, buttons: [[{ label: c.m.btnCatalog, data: btn.catalog.data({ page: 0 }) }]] });
  const placed = placeFor(c, c.state.cart, c.state.note, [[{ label: c.m.btnEdit, data: btn.cartEdit.data({}) }]]);
  if (!placed) return;
  const note = c.state.note;
  c.setState({ cart: [], asks: [], note: undefined });
  for (const code of [placed.code, ...(placed.also ? [placed.also] : [])]) {
    const order = getOrder(c.t, code);
    const pool = order.poolId !== null ? placed.pool : undefined;
    const text = [c.m.orderPlaced(order.code), orderText(c, order.code), order.expiresAt ? c.m.payWithin(order.expiresAt) : '']
      .filter(Boolean)
      .join('\n');
    c.reply({ type: 'text', text });
    if (pool) c.reply({ type: 'text', text: c.m.poolJoined(pool.name), buttons: [[{ label: c.m.btnCancelOrder, data: btn.cancelAsk.data({ code: order.code }) }]] });
    else c.reply(paymentQrMessage(c.m, c.group, order, unpaidOrderButtons(c.m, order.code)));
  }
  if (placed.also && placed.pool) c.reply({ type: 'text', text: c.m.poolSplitNote(placed.pool.name, productNamesOf(c, placed.code)) });
  // Then who receives it and where, one question at a time (core/checkout/steps.ts).
  beginCheckout(c, placed.code, note);
}

/** The lines, total and status of an order as text. */
export function orderText(c: Conversation, code: string): string {
  const o = getOrder(c.t, code);
  const view = namedLines(c.t, o.id, c.m.lang).map((r) => c.m.cartLine(r.qty, r.unit, r.name, r.unitPrice, r.lineTotal));
  return [...view, c.m.orderSummary(o.code, statusLabel(c.m, o), o.total, o.total - o.paidAmount)].join('\n');
}

/** The customer's recent orders, a button each. */
export function showOrders(c: Conversation): void {
  const rows = listOrders(c.t, { groupId: c.group.id, personId: c.person.id, limit: 10 });
  if (rows.length === 0) return void c.reply({ type: 'text', text: c.m.ordersEmpty, buttons: [[{ label: c.m.btnCatalog, data: btn.catalog.data({ page: 0 }) }]] });
  c.reply({
    type: 'text',
    text: [c.m.ordersHeader, ...rows.map((o) => c.m.orderListLine(o.code, statusLabel(c.m, o), o.total))].join('\n'),
    buttons: rows.map((o) => [{ label: o.code, data: btn.order.data({ code: o.code }) }]),
  });
}

/** One of the customer's orders, with what can be done with it. */
export function showOrder(c: Conversation, code: string): void {
  const o = ownOrder(c, code);
  const inPool = openPoolOfOrder(c.t, o);
  const buttons: Button[][] =
    o.status !== 'awaiting_payment' ? [] : inPool ? [[{ label: c.m.btnCancelOrder, data: btn.cancelAsk.data({ code: o.code }) }]] : [[{ label: c.m.btnShowQr, data: btn.showQr.data({ code: o.code }) }], ...unpaidOrderButtons(c.m, o.code)];
  buttons.push([{ label: c.m.btnOrders, data: btn.orders.data({}) }]);
  c.reply({ type: 'text', text: orderText(c, o.code), buttons });
}

/** Sends the payment QR of an order again. */
export function resendQr(c: Conversation, code: string): void {
  const o = ownOrder(c, code);
  if (o.status !== 'awaiting_payment') return void c.reply({ type: 'text', text: c.m.alreadyPaid(o.code) });
  const pool = openPoolOfOrder(c.t, o);
  if (pool) return void c.reply({ type: 'text', text: c.m.poolNotYet(pool.name) });
  c.reply(paymentQrMessage(c.m, c.group, o, unpaidOrderButtons(c.m, o.code)));
}

/** Asks before cancelling an order. */
export function askCancel(c: Conversation, code: string): void {
  const o = ownOrder(c, code);
  if (o.status !== 'awaiting_payment') return void c.reply({ type: 'text', text: c.m.cannotCancel(o.code, c.m.status[o.status] ?? o.status) });
  if (o.paidAmount > 0) return void c.reply({ type: 'text', text: c.m.cannotCancelPaid(o.code) });
  c.reply({
    type: 'text',
    text: c.m.cancelAsk(o.code),
    buttons: [[{ label: c.m.btnYesCancel, data: btn.cancelYes.data({ code: o.code }) }, { label: c.m.btnNoKeep, data: btn.order.data({ code: o.code }) }]],
  });
}

/** Cancels an unpaid order of the customer's; its stock goes back to the households. */
export function cancelOrder(c: Conversation, code: string): void {
  const o = ownOrder(c, code);
  if (o.status !== 'awaiting_payment') return void c.reply({ type: 'text', text: c.m.cannotCancel(o.code, c.m.status[o.status] ?? o.status) });
  // Once money has arrived, a refund is the shop's decision, not a button.
  if (o.paidAmount > 0) return void c.reply({ type: 'text', text: c.m.cannotCancelPaid(o.code) });
  cancelOrderOp(c.t, o.id, { by: 'customer', actor: `customer:${c.inc.platform}:${c.inc.userId}` }, c.now);
  c.reply({ type: 'text', text: c.m.orderCancelled(o.code), buttons: mainMenu(c.m) });
}

/** An order of this customer's in this group, or NOT_FOUND (another person's order is not shown). */
export function ownOrder(c: Conversation, code: string) {
  const o = getOrder(c.t, code);
  if (o.personId !== c.person.id || o.groupId !== c.group.id) throw new DomainError('NOT_FOUND', `no order ${code}`);
  return o;
}

/** The amounts offered to tap when the bot asks how much of goods sold by weight, volume or length. */
export function amountSteps(unit: string): number[] {
  return [0.5, 1, 2].filter((n) => isOrderableQty(n, unit));
}

/** Asks the first pending clarifying question, with one button per candidate product. */
export function askNext(c: Conversation): boolean {
  const ask = c.state.asks[0];
  if (!ask) return false;
  const products = new Map(c.products().map((p) => [p.sku, p]));
  if (ask.repeat) {
    c.setState({ asks: c.state.asks.slice(1) });
    offerLastOrder(c);
    return true;
  }
  const candidates = ask.candidates.filter((s) => products.has(s));
  if (candidates.length === 0) {
    c.setState({ asks: c.state.asks.slice(1) });
    c.reply({ type: 'text', text: c.m.askUnknown(ask.phrase), buttons: [[{ label: c.m.btnCatalog, data: btn.catalog.data({ page: 0 }) }]] });
    return askNext(c) || true;
  }
  if (ask.amount && candidates.length === 1) {
    // "lấy khô cá dứa" of goods sold by the kg: the goods are known, the amount is asked, with a few to tap.
    const p = products.get(candidates[0]!)!;
    c.setState({ asks: c.state.asks.slice(1) });
    const steps = amountSteps(p.unit).filter((n) => n <= p.available);
    const buttons = steps.length > 0 ? [steps.map((n) => ({ label: c.m.btnAdd(n, p.unit), data: btn.add.data({ sku: p.sku, qty: n }) }))] : [];
    c.reply({ type: 'text', text: c.m.askAmount(nm(c, p), p.unit), buttons });
    return true;
  }
  c.reply({
    type: 'text',
    text: c.m.askWhich(ask.qty, ask.phrase),
    buttons: candidates.map((s) => [{ label: nm(c, products.get(s)!), data: btn.askAnswer.data({ sku: s }) }]),
  });
  return true;
}

/**
 * "lấy như lần trước nhé": the customer's last order in this group, its goods and a button that puts them in the cart
 * again (prices and stock as they are today, checked when they are added); with no earlier order, the customer is asked
 * to write the goods.
 */
function offerLastOrder(c: Conversation): void {
  const last = listOrders(c.t, { groupId: c.group.id, personId: c.person.id, limit: 1 })[0];
  const catalog = [{ label: c.m.btnCatalog, data: btn.catalog.data({ page: 0 }) }];
  if (last === undefined) return void c.reply({ type: 'text', text: c.m.repeatNone, buttons: [catalog] });
  const again = [{ label: c.m.btnReorder, data: btn.reorder.data({ code: last.code }) }];
  c.reply({ type: 'text', text: c.m.repeatOffer(last.code, orderText(c, last.code)), buttons: [again, catalog] });
}

/** The customer tapped "Đặt lại": the goods of that earlier order of theirs go in the cart again. */
function reorder(c: Conversation, code: string): void {
  const o = ownOrder(c, code);
  const added = addToCart(c, orderLinesOf(c.t, o.id).map((l) => ({ sku: l.sku, qty: l.qty })));
  if (added.length > 0) c.reply({ type: 'text', text: c.m.reordered(o.code) });
  showCart(c);
}

/** The customer picked a candidate for the pending question: add it and go on. */
export function answerAsk(c: Conversation, sku: string): void {
  const ask = c.state.asks[0];
  if (!ask || !ask.candidates.includes(sku)) return void c.reply({ type: 'text', text: c.m.staleButton, buttons: mainMenu(c.m) });
  c.setState({ asks: c.state.asks.slice(1) });
  addToCart(c, [{ sku, qty: ask.qty }]);
  if (!askNext(c)) showCart(c);
}

const GREETING = /^(chao|xin chao|hi|hello|hey|alo|shop oi|chao shop|chao ban)\b/;
const THANKS = /\b(cam on|thank|thanks|tks|thanks you)\b/;

/**
 * A free-text message in a private chat, read in this order: an order (with any phone in it), a claim of
 * payment ("đã chuyển khoản"), the answer to a pending checkout question, a phone number, a delivery address
 * written alone, a question the catalog or the shop's settings answer, a product named, a greeting or thanks.
 */
export function handleText(c: Conversation, text: string): void {
  const parsed = parseOrder(matcherFor(c.t, c.group), text);
  const newPhone = parsed.phone && parsed.phone !== c.person.phone ? parsed.phone : null;
  if (newPhone) {
    updatePerson(c.t, c.person.id, { phone: newPhone });
    c.person.phone = newPhone;
  }
  if (parsed.replaced.length > 0 && parsed.items.length > 0 && !changeCart(c, parsed.replaced, parsed.items)) return;
  // A change of the cart the parser could not read: the customer edits the cart with its buttons.
  if (parsed.items.length === 0 && parsed.unresolved.some((u) => u.change)) {
    c.reply({ type: 'text', text: c.m.changeUnclear(c.state.cart.length > 0), ...(c.state.cart.length ? {} : { buttons: mainMenu(c.m) }) });
    if (c.state.cart.length) showCart(c, true);
    return;
  }
  if (parsed.items.length > 0 || parsed.ask) {
    const added = parsed.items.length ? addToCart(c, parsed.items) : [];
    // Keep the customer's words: they often carry the delivery address.
    c.setState({ note: [c.state.note, text].filter(Boolean).join('\n').slice(-1000) });
    // (`repeat`, "lấy như lần trước": askNext offers the customer's last order.)
    const asks: PendingAsk[] = parsed.unresolved.map((u) => ({ phrase: u.phrase, qty: u.qty, candidates: u.candidates }));
    parsed.unresolved.forEach((u, k) => {
      if (u.amount) asks[k]!.amount = true;
      if (u.repeat) asks[k]!.repeat = true;
    });
    c.setState({ asks });
    if (!askNext(c) && (added.length > 0 || c.state.cart.length > 0)) showCart(c);
    return;
  }
  if (isPaymentClaim(text)) return paymentClaimed(c, 'words');
  if (answerCheckoutText(c, text)) return;
  if (parsed.phone) {
    // A phone written after ordering belongs on the open order too.
    const code = phoneOnOpenOrder(c, parsed.phone);
    if (code) return void c.reply({ type: 'text', text: c.m.phoneSavedOnOrder(parsed.phone, code) });
    if (newPhone) {
      c.reply({ type: 'text', text: c.m.phoneSaved(newPhone) });
      if (c.state.cart.length) showCart(c);
      return;
    }
  }
  if (deliveryFromWords(c, text)) return;
  const question = readQuestion(matcherFor(c.t, c.group), text);
  if (question) return answer(c, answerQuestion(question, c.products(), deliveryInfoOf(c.group), checkoutSettingsOf(c.group).pickupPlace ?? null));
  const plain = foldDiacritics(text)
    .toLowerCase()
    .trim();
  // A product named without a question ("khăn đỏ?") gets the product itself.
  const mentioned = mentionedSkus(c.t, c.group, text);
  if (mentioned.length > 0 && mentioned.length <= 3) {
    for (const sku of mentioned) showProduct(c, sku);
    return;
  }
  if (GREETING.test(plain) && plain.split(/\s+/).length <= 5) return void c.reply({ type: 'text', text: c.m.greeting(c.group.name), buttons: mainMenu(c.m) });
  if (THANKS.test(plain)) return void c.reply({ type: 'text', text: c.m.thanks });
  c.reply({ type: 'text', text: c.m.notUnderstood, buttons: mainMenu(c.m) });
}

/**
 * "đổi jinro mận sang jinro dâu": a change of a line the message did not order. The cart's one line among those it
 * replaces is taken out (true: the new lines are then added as any order's). With no such line in the cart, the
 * change is of an order already placed, which chat does not edit: the customer is told so and asked, with a button,
 * whether to add the new line anyway (false: nothing is added yet). With several, nothing is taken out; the cart
 * shown after lets the customer remove the one meant.
 */
function changeCart(c: Conversation, replaced: readonly string[], items: readonly CartLine[]): boolean {
  // ("đổi 6 ghế chân quỳ thành 8": the line taken out is added back with its new amount.)
  const inCart = c.state.cart.filter((l) => replaced.includes(l.sku));
  const products = new Map(c.products().map((p) => [p.sku, p]));
  if (inCart.length === 1) {
    const old = products.get(inCart[0]!.sku);
    c.setState({ cart: c.state.cart.filter((l) => l !== inCart[0]) });
    if (old && !items.some((it) => it.sku === old.sku)) c.reply({ type: 'text', text: c.m.replacedInCart(nm(c, old)) });
    return true;
  }
  if (inCart.length > 1) return true;
  const old = replaced.map((sku) => products.get(sku)).filter((p) => p !== undefined);
  const asks = items.filter((it) => products.has(it.sku)).map((it) => ({ phrase: nm(c, products.get(it.sku)!), qty: it.qty, candidates: [it.sku] }));
  const first = asks[0];
  if (!first) return false;
  c.setState({ asks });
  c.reply({
    type: 'text',
    text: c.m.changeNotInCart(old.map((p) => nm(c, p)).join(', '), first.qty, first.phrase),
    buttons: [[{ label: c.m.btnAddInstead(first.phrase), data: btn.askAnswer.data({ sku: first.candidates[0]! }) }], ...mainMenu(c.m)],
  });
  return false;
}

/** Puts the facts that answer a question into words; a product asked about also gets its card to order from. */
function answer(c: Conversation, facts: AnswerFact[]): void {
  const lines: string[] = [];
  const cards: string[] = [];
  let which: Button[][] | undefined;
  for (const f of facts) {
    switch (f.kind) {
      case 'price':
        lines.push(c.m.answerPrice(nm(c, f.product), f.product.price, f.product.unit));
        if (!cards.includes(f.product.sku)) cards.push(f.product.sku);
        break;
      case 'stock':
        lines.push(c.m.answerStock(nm(c, f.product), f.product.available, f.product.unit));
        if (!cards.includes(f.product.sku)) cards.push(f.product.sku);
        break;
      case 'price_list':
        lines.push(c.m.answerPriceList(f.products.map((p) => c.m.answerPriceLine(nm(c, p), p.price, p.unit, p.available))));
        break;
      case 'which_product':
        lines.push(c.m.answerWhich);
        which = f.candidates.map((p) => [{ label: nm(c, p), data: btn.product.data({ sku: p.sku }) }]);
        break;
      case 'ships':
        lines.push(c.m.answerShips(f.delivery.ships, f.pickupPlace));
        if (f.delivery.note) lines.push(c.m.answerNote(f.delivery.note));
        break;
      case 'cod':
        lines.push(c.m.answerCod(f.delivery.cod));
        break;
      case 'shipping_time':
        lines.push(c.m.answerShippingTime(f.delivery.days));
        if (f.delivery.note) lines.push(c.m.answerNote(f.delivery.note));
        break;
      case 'payment_methods':
        lines.push(c.m.answerPaymentMethods(f.delivery.cod));
        break;
    }
  }
  const buttons = which ?? (cards.length ? undefined : mainMenu(c.m));
  c.reply({ type: 'text', text: lines.join('\n'), ...(buttons ? { buttons } : {}) });
  for (const sku of cards.slice(0, 3)) showProduct(c, sku);
}

function addAndShow(c: Conversation, sku: string, qty: number): void {
  const added = addToCart(c, [{ sku, qty }]);
  if (added.length) {
    const p = c.products().find((x) => x.sku === sku) ?? getProduct(c.t, c.group.id, sku);
    c.reply({ type: 'text', text: c.m.added(qty, p.unit, nm(c, p)) });
    showCart(c);
  }
}

/** The customer's side: catalog, cart, checkout, their orders, clarifying questions and free-text orders. */
export const customerFeature = feature('customer')
  .command({
    names: ['hang', 'catalog', 'sanpham', 'danhmuc'],
    menu: { vi: ['hang', 'Xem hàng'], en: ['catalog', 'Browse the products'] },
    handle: (c) => showCatalog(c, 0),
  })
  .command({ names: ['giohang', 'cart'], menu: { vi: ['giohang', 'Giỏ hàng của bạn'], en: ['cart', 'Your cart'] }, handle: (c) => showCart(c) })
  .command({ names: ['donhang', 'orders'], menu: { vi: ['donhang', 'Đơn hàng của bạn'], en: ['orders', 'Your orders'] }, handle: (c) => showOrders(c) })
  .command({
    names: ['huy', 'cancel'],
    help: { vi: '/huy <mã đơn> [lý do] — huỷ một đơn của nhóm (khách: xin huỷ đơn của mình)', en: '/cancel <order code> [reason] — cancel an order of the group (customers: ask to cancel their own)' },
    roles: ['admin'],
    // The shop cancels any order; a customer asks to cancel one of their own.
    handle(c, { args, rest }) {
      if (hasRole(c.t, c.person.id, c.group.id, 'admin')) return cancelByShop(c, args[0], rest.slice((args[0] ?? '').length).trim());
      return args[0] ? askCancel(c, args[0]) : showOrders(c);
    },
  })
  .button(btn.catalog, (c, { page }) => showCatalog(c, page))
  .button(btn.product, (c, { sku }) => showProduct(c, sku))
  .button(btn.add, (c, { sku, qty }) => addAndShow(c, sku, qty))
  .button(btn.cart, (c) => showCart(c))
  .button(btn.cartEdit, (c) => showCart(c, true))
  .button(btn.cartQty, (c, { sku, delta }) => changeCartQty(c, sku, Number(delta)))
  .button(btn.cartRemove, (c, { sku }) => removeCartLine(c, sku))
  .button(btn.cartClear, (c) => clearCart(c))
  .button(btn.checkout, (c) => checkout(c))
  .button(btn.orders, (c) => showOrders(c))
  .button(btn.order, (c, { code }) => showOrder(c, code))
  .button(btn.showQr, (c, { code }) => resendQr(c, code))
  .button(btn.cancelAsk, (c, { code }) => askCancel(c, code))
  .button(btn.cancelYes, (c, { code }) => cancelOrder(c, code))
  .button(btn.askAnswer, (c, { sku }) => answerAsk(c, sku))
  .button(btn.reorder, (c, { code }) => reorder(c, code))
  // Anything else written in a private chat is read as an order, a phone number or a question.
  .text((c) => c.isPrivate, handleText);
