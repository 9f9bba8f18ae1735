import type { Conversation } from '../conversation.ts';
import type { Button } from '../model.ts';
import { btn } from '../buttons.ts';
import { feature } from '../feature.ts';
import { getOrder, type OrderRow } from '../../core/orders/transition-order.ts';
import { answerStep, nextStep, stepContext, CHECKOUT_STEPS, type CheckoutStep, type StepContext } from '../../core/checkout/steps.ts';
import { latestOpenOrder, setOrderDelivery } from '../../core/checkout/set-delivery.ts';
import { readAddress, isPickup } from '../../core/checkout/read-details.ts';
import { rememberAddress, savedAddress } from '../../core/checkout/address-book.ts';
import { checkoutSettingsOf } from '../../core/checkout/settings.ts';
import { orderDeliveryLines } from './order-labels.ts';
import { DomainError } from '../../core/errors.ts';

/** The pending checkout of this chat: which order, and which steps the customer skipped. */
export interface PendingCheckout {
  code: string;
  skipped: string[];
}

/** Checkout's buttons, by the data they carry (bots/buttons.ts). */
const checkoutBtn = { saved: btn.checkoutSaved, other: btn.checkoutOther, me: btn.checkoutMe, pickup: btn.checkoutPickup, skip: btn.checkoutSkip };

const actor = (c: Conversation) => `customer:${c.inc.platform}:${c.inc.userId}`;

/**
 * After "Đặt hàng": details the customer already wrote with the order ("giao về …, sđt …") are set on it, then
 * the first missing detail is asked.
 */
export function beginCheckout(c: Conversation, code: string, note: string | undefined): void {
  const o = getOrder(c.t, code);
  if (note) {
    const patch = { ...(isPickup(note) ? { pickup: true } : {}), ...(readAddress(note) ? { address: readAddress(note)! } : {}) };
    if (Object.keys(patch).length) setOrderDelivery(c.t, o.id, patch, actor(c), c.now);
  }
  c.setState({ checkout: { code: o.code, skipped: [] } });
  askNextStep(c, false);
}

/** Asks the pending checkout's next question, or (when `announce`) sums up what the order now carries. */
function askNextStep(c: Conversation, announce: boolean): void {
  const pending = c.state.checkout;
  if (!pending) return;
  const o = getOrder(c.t, pending.code);
  const cx = stepContext(c.t, o.id, pending.skipped);
  const step = nextStep(cx);
  if (!step) {
    c.setState({ checkout: undefined });
    if (announce) summary(c, cx.order);
    return;
  }
  c.reply(question(c, step, cx));
}

function question(c: Conversation, step: CheckoutStep, cx: StepContext) {
  const code = cx.order.code;
  const skip: Button[] = step.skippable(cx) ? [{ label: c.m.btnSkip, data: checkoutBtn.skip.data({ code, step: step.key }) }] : [];
  switch (step.key) {
    case 'saved': {
      const a = cx.saved[0]!;
      const who = [a.receiverName, a.phone].filter(Boolean).join(' · ');
      return {
        type: 'text' as const,
        text: c.m.checkoutAskSaved(c.m.savedWhere(a.pickup ? null : a.address), who),
        buttons: [[{ label: c.m.btnSavedYes, data: checkoutBtn.saved.data({ code, id: a.id }) }, { label: c.m.btnSavedOther, data: checkoutBtn.other.data({ code }) }]],
      };
    }
    case 'receiver': {
      const me = c.person.name ?? c.identity.displayName;
      const row: Button[] = [...(me ? [{ label: c.m.btnReceiverMe(me), data: checkoutBtn.me.data({ code }) }] : []), ...skip];
      return { type: 'text' as const, text: c.m.checkoutAskReceiver, ...(row.length ? { buttons: [row] } : {}) };
    }
    case 'phone':
      return { type: 'text' as const, text: c.m.checkoutAskPhone, ...(skip.length ? { buttons: [skip] } : {}) };
    case 'address': {
      const row: Button[] = [...(cx.settings.pickup ? [{ label: c.m.btnPickup, data: checkoutBtn.pickup.data({ code }) }] : []), ...skip];
      return { type: 'text' as const, text: c.m.checkoutAskAddress(cx.settings.pickup), ...(row.length ? { buttons: [row] } : {}) };
    }
    default:
      throw new Error(`checkout step "${step.key}" has no question`);
  }
}

/** The delivery details an order carries, one line each. */
export function deliveryLines(c: Conversation, o: OrderRow): string[] {
  return orderDeliveryLines(c.m, c.group, o);
}

function summary(c: Conversation, o: OrderRow): void {
  const lines = deliveryLines(c, o);
  if (lines.length) c.reply({ type: 'text', text: c.m.checkoutDone(o.code, lines) });
}

/** A written message while a checkout question waits: true when it answered it (and the next one was asked). */
export function answerCheckoutText(c: Conversation, text: string): boolean {
  const pending = c.state.checkout;
  if (!pending) return false;
  const o = getOrder(c.t, pending.code);
  const cx = stepContext(c.t, o.id, pending.skipped);
  const step = nextStep(cx);
  if (!step) {
    c.setState({ checkout: undefined });
    return false;
  }
  let r;
  try {
    r = answerStep(c.t, step, cx, text, actor(c), c.now);
  } catch (e) {
    // The order moved on (shipped, cancelled) while the question waited: the question is over.
    if (e instanceof DomainError && e.code === 'CONFLICT') {
      c.setState({ checkout: undefined });
      return false;
    }
    throw e;
  }
  if (!r) return false;
  if (r.skip) c.setState({ checkout: { ...pending, skipped: [...pending.skipped, step.key] } });
  askNextStep(c, true);
  return true;
}

/** A checkout button: the saved address, another address, the customer as receiver, pickup, or skip. */
export function checkoutButton(c: Conversation, code: string, action: string, arg?: string): void {
  const o = getOrder(c.t, code);
  if (o.personId !== c.person.id || o.groupId !== c.group.id) throw new DomainError('NOT_FOUND', 'stale');
  const pending: PendingCheckout = c.state.checkout?.code === o.code ? c.state.checkout : { code: o.code, skipped: [] };
  c.setState({ checkout: pending });
  const cx = stepContext(c.t, o.id, pending.skipped);
  switch (action) {
    case 'saved': {
      const a = savedAddress(c.t, c.person.id, Number(arg));
      if (!a) throw new DomainError('NOT_FOUND', 'stale');
      CHECKOUT_STEPS[0]!.apply(c.t, { ...cx, saved: [a, ...cx.saved.filter((x) => x.id !== a.id)] }, { use: a }, actor(c), c.now);
      break;
    }
    case 'other':
      CHECKOUT_STEPS[0]!.apply(c.t, cx, { decline: true }, actor(c), c.now);
      c.setState({ checkout: { ...pending, skipped: [...pending.skipped, 'saved'] } });
      break;
    case 'me': {
      const me = c.person.name ?? c.identity.displayName;
      if (me) setOrderDelivery(c.t, o.id, { receiverName: me }, actor(c), c.now);
      break;
    }
    case 'pickup':
      setOrderDelivery(c.t, o.id, { pickup: true }, actor(c), c.now);
      break;
    case 'skip': {
      const step = CHECKOUT_STEPS.find((s) => s.key === arg);
      if (!step) throw new DomainError('NOT_FOUND', 'stale');
      if (!step.skippable(cx)) return void c.reply({ type: 'text', text: c.m.checkoutRequired });
      c.setState({ checkout: { ...pending, skipped: [...pending.skipped, step.key] } });
      break;
    }
    default:
      throw new DomainError('NOT_FOUND', 'stale');
  }
  askNextStep(c, true);
}

/**
 * An address or a pickup written with no question pending ("giao về 12 Lê Lợi, Hà Đông"): set on the customer's
 * open order, else remembered for the next checkout. False when the message says neither.
 */
export function deliveryFromWords(c: Conversation, text: string): boolean {
  const address = readAddress(text);
  const pickup = !address && isPickup(text) && checkoutSettingsOf(c.group).pickup;
  if (!address && !pickup) return false;
  const open = latestOpenOrder(c.t, c.group.id, c.person.id);
  if (open) {
    const o = setOrderDelivery(c.t, open.id, address ? { address } : { pickup: true }, actor(c), c.now);
    c.reply({ type: 'text', text: c.m.checkoutDone(o.code, deliveryLines(c, o)) });
    return true;
  }
  if (!address) return false;
  rememberAddress(c.t, c.person.id, { receiverName: null, phone: c.person.phone, address, pickup: false }, c.now);
  c.reply({ type: 'text', text: c.m.addressRemembered(address) });
  return true;
}

/** A phone written after ordering goes on the customer's open order too; returns that order's code. */
export function phoneOnOpenOrder(c: Conversation, phone: string): string | null {
  const open = latestOpenOrder(c.t, c.group.id, c.person.id);
  if (!open || open.phone === phone) return null;
  setOrderDelivery(c.t, open.id, { phone }, actor(c), c.now);
  return open.code;
}

/** Checkout's questions: receiver, phone, address or pickup, answered by buttons or in words. */
export const checkoutFeature = feature('checkout')
  .button(checkoutBtn.saved, (c, { code, id }) => checkoutButton(c, code, 'saved', String(id)))
  .button(checkoutBtn.other, (c, { code }) => checkoutButton(c, code, 'other'))
  .button(checkoutBtn.me, (c, { code }) => checkoutButton(c, code, 'me'))
  .button(checkoutBtn.pickup, (c, { code }) => checkoutButton(c, code, 'pickup'))
  .button(checkoutBtn.skip, (c, { code, step }) => checkoutButton(c, code, 'skip', step));
