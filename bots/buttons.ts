import { defineButton, householdKey, matching, oneOf, orderCode, quantity, sku, wholeNumber } from './button.ts';

/**
 * Every button the bot issues, by the data it carries. The dialogs build buttons from these, and each
 * feature binds its handler to the ones it answers (`feature.button(btn.cancelYes, …)`); composing
 * the features refuses a button that two features answer or that nobody answers.
 */
export const btn = {
  /** Deep-link start parameter sent back by platforms without deep links. */
  start: defineButton('st', { arg: matching('[\\w-]{1,60}') }),
  menu: defineButton('m'),
  help: defineButton('h'),
  lang: defineButton('l', { lang: oneOf('vi', 'en') }),
  catalog: defineButton('c', { page: wholeNumber(4) }),
  product: defineButton('p', { sku }),
  add: defineButton('a', { sku, qty: quantity }),
  cart: defineButton('k'),
  cartEdit: defineButton('ke'),
  cartQty: defineButton('kq', { sku, delta: oneOf('-1', '1') }),
  cartRemove: defineButton('kr', { sku }),
  cartClear: defineButton('kx'),
  checkout: defineButton('ok'),
  orders: defineButton('o'),
  order: defineButton('o', { code: orderCode }),
  showQr: defineButton('qr', { code: orderCode }),
  cancelAsk: defineButton('x', { code: orderCode }),
  cancelYes: defineButton('xy', { code: orderCode }),
  paid: defineButton('pd', { code: orderCode }),
  /** "Which order did this screenshot pay?": a claim made with a photo, once the customer picks the order. */
  paidWithPhoto: defineButton('pdf', { code: orderCode }),
  /** Checkout: deliver as last time (an address book entry), another address, "me" as receiver, pickup, skip. */
  checkoutSaved: defineButton('cya', { code: orderCode, id: wholeNumber(9) }),
  checkoutOther: defineButton('cyo', { code: orderCode }),
  checkoutMe: defineButton('cyr', { code: orderCode }),
  checkoutPickup: defineButton('cyp', { code: orderCode }),
  checkoutSkip: defineButton('cys', { code: orderCode, step: matching('[a-z_]{1,20}') }),
  keepOrder: defineButton('kp', { code: orderCode }),
  confirmYes: defineButton('cy', { code: orderCode }),
  confirmNo: defineButton('cn', { code: orderCode }),
  askAnswer: defineButton('as', { sku }),
  groupAnswer: defineButton('ga', { sku, qty: quantity }),
  householdReady: defineButton('hr', { code: orderCode }),
  householdShort: defineButton('hn', { code: orderCode }),
  shipped: defineButton('sh', { code: orderCode }),
  delivered: defineButton('dv', { code: orderCode }),
  adminOrder: defineButton('ao', { code: orderCode }),
  adminStatus: defineButton('ad', { status: matching('[a-z_]{3,20}') }),
  payoutQr: defineButton('pq', { key: householdKey }),
  payoutDone: defineButton('pp', { key: householdKey, amount: wholeNumber(12) }),
  /** The product a photo just sent is for (when its caption did not name exactly one). */
  photoFor: defineButton('fa', { sku }),
  /** A product's photos (`/anh`), and making one the cover or deleting it: `key` is the first 12 hex digits of the photo's hash. */
  photos: defineButton('fl', { sku }),
  photoCover: defineButton('fc', { sku, key: householdKey }),
  photoDelete: defineButton('fd', { sku, key: householdKey }),
  /** The admin books an order's parcels with a carrier and service from the quotes. */
  shipWith: defineButton('sv', { code: orderCode, carrier: matching('[a-z]{2,10}'), service: matching('[A-Za-z0-9_-]{1,16}') }),
  /** "lấy như lần trước": the customer puts the goods of an earlier order of theirs in the cart again. */
  reorder: defineButton('ro', { code: orderCode }),
  /** The customer pays an order cash on delivery. */
  payCod: defineButton('cod', { code: orderCode }),
  /** The customer confirms or picks the 2025 ward of an order's delivery address. */
  deliveryWard: defineButton('dw', { code: orderCode, ward: matching('\\d{5}') }),
};
