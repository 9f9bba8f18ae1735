import type { Db } from '../../db/index.ts';
import type { OrderRow } from '../orders/transition-order.ts';
import { getOrderById } from '../orders/transition-order.ts';
import { getGroupById } from '../catalog/queries.ts';
import { foldForRules as fold } from '../text.ts';
import { savedAddresses, type SavedAddress } from './address-book.ts';
import { readDeliveryDetails, type DeliveryDetails } from './read-details.ts';
import { setOrderDelivery } from './set-delivery.ts';
import { checkoutSettingsOf, type CheckoutSettings } from './settings.ts';

/** What a step sees: the order as it stands, the shop's settings, the customer's saved addresses, what was skipped. */
export interface StepContext {
  order: OrderRow;
  settings: CheckoutSettings;
  saved: SavedAddress[];
  /** Keys of the steps the customer skipped (or declined) for this order. */
  skipped: readonly string[];
}

/**
 * One question of checkout, asked after "Đặt hàng" when its detail is missing. Checkout is the list of steps
 * (`CHECKOUT_STEPS`); a new one (the payment method, a delivery slot …) is one more entry: whether it is
 * still needed, whether the customer may skip it, how to read a written answer, and how to apply it. The
 * question's words and buttons live with the conversation (bots/), keyed by `key`.
 */
export interface CheckoutStep<A = unknown> {
  key: string;
  needed(cx: StepContext): boolean;
  skippable(cx: StepContext): boolean;
  /** The part of a customer's message that answers this step, or null when the message is not an answer. */
  read(text: string, cx: StepContext): A | null;
  /** Applies the answer; returns 'skip' when the answer declines the step (it is not asked again for this order). */
  apply(db: Db, cx: StepContext, answer: A, actor: string, now: Date): void | 'skip';
}

const YES = /^(dung|dung roi|dung a|dung vay|vang|vang a|da|da dung|u|uh|um|ok|oke|okie|okay|yes|yep|co|co a|nhu cu|nhu lan truoc|giao nhu cu|dia chi cu|van the|van vay|roi|duoc|dc|same|same as before)( a| nhe| nha| shop| nhe shop| nha shop| oi)*$/;
const NO = /^(khong|ko|k|no|dia chi khac|cho khac|khac|doi dia chi|giao cho khac|khong phai|sai|nope)( a| nhe| nha| shop)*$/;

/**
 * The customer's last saved address, offered back: "Giao về 12 Lê Lợi, Hà Đông như lần trước?". Yes fills
 * receiver, phone and address from it; no ("địa chỉ khác") keeps its receiver and phone and asks only where.
 */
export const savedAddressStep: CheckoutStep<{ use: SavedAddress } | { decline: true }> = {
  key: 'saved',
  needed: (cx) => cx.saved.length > 0 && cx.settings.address !== 'off' && !cx.order.deliveryAddress && !cx.order.pickup && (cx.saved[0]!.pickup ? cx.settings.pickup : true),
  skippable: () => true,
  read(text, cx) {
    const f = fold(text).replace(/\?/g, '').trim();
    if (YES.test(f)) return { use: cx.saved[0]! };
    if (NO.test(f)) return { decline: true };
    return null;
  },
  apply(db, cx, answer, actor, now) {
    if ('decline' in answer) {
      // Another address, usually the same receiver: keep the saved name and phone, ask only where.
      const a = cx.saved[0]!;
      const keep = {
        ...(cx.order.receiverName || !a.receiverName ? {} : { receiverName: a.receiverName }),
        ...(cx.order.phone || !a.phone ? {} : { phone: a.phone }),
      };
      if (Object.keys(keep).length) setOrderDelivery(db, cx.order.id, keep, actor, now);
      return 'skip';
    }
    const a = answer.use;
    setOrderDelivery(
      db,
      cx.order.id,
      {
        ...(cx.order.receiverName ? {} : { receiverName: a.receiverName }),
        ...(cx.order.phone || !a.phone ? {} : { phone: a.phone }),
        ...(a.pickup ? { pickup: true } : { address: a.address }),
      },
      actor,
      now,
    );
  },
};

function detailStep(key: 'receiver' | 'phone' | 'address', has: (o: OrderRow) => boolean, part: (d: DeliveryDetails) => boolean): CheckoutStep<DeliveryDetails> {
  return {
    key,
    needed: (cx) => cx.settings[key] !== 'off' && !has(cx.order),
    skippable: (cx) => cx.settings[key] !== 'required',
    read(text, cx) {
      const d = readDeliveryDetails(text, key);
      if (d.pickup && !cx.settings.pickup) delete d.pickup;
      return part(d) ? d : null;
    },
    apply(db, cx, d, actor, now) {
      setOrderDelivery(
        db,
        cx.order.id,
        {
          ...(d.receiverName ? { receiverName: d.receiverName } : {}),
          ...(d.phone ? { phone: d.phone } : {}),
          ...(d.address ? { address: d.address } : {}),
          ...(d.pickup ? { pickup: true } : {}),
        },
        actor,
        now,
      );
    },
  };
}

/** Who receives the goods. */
export const receiverStep = detailStep('receiver', (o) => !!o.receiverName, (d) => !!d.receiverName);
/** A phone for the delivery (the customer's saved phone fills it at placement). */
export const phoneStep = detailStep('phone', (o) => !!o.phone, (d) => !!d.phone);
/** Where to deliver, or a pickup at the village. */
export const addressStep = detailStep('address', (o) => !!o.deliveryAddress || o.pickup, (d) => !!d.address || !!d.pickup);

/** Checkout, in the order its questions are asked. */
export const CHECKOUT_STEPS: CheckoutStep<any>[] = [savedAddressStep, receiverStep, phoneStep, addressStep];

/** Everything a step needs to know about an order, read from the database. */
export function stepContext(db: Db, orderId: number, skipped: readonly string[] = []): StepContext {
  const order = getOrderById(db, orderId);
  const settings = checkoutSettingsOf(getGroupById(db, order.groupId));
  return { order, settings, saved: savedAddresses(db, order.personId), skipped };
}

/** The next question to ask for this order, or undefined when checkout has all it needs. */
export function nextStep(cx: StepContext, steps: CheckoutStep<any>[] = CHECKOUT_STEPS): CheckoutStep<any> | undefined {
  return steps.find((s) => !cx.skipped.includes(s.key) && s.needed(cx));
}

/**
 * Reads a customer's message as the answer to the pending step (with any other details it carries: a phone
 * given with the address), applies it, and tells whether it answered and whether it declined the step; null
 * when the message does not answer it (it is then an order, a question … for the rest of the conversation).
 */
export function answerStep(db: Db, step: CheckoutStep<any>, cx: StepContext, text: string, actor: string, now: Date): { skip: boolean } | null {
  const answer = step.read(text, cx);
  if (answer === null) return null;
  return { skip: step.apply(db, cx, answer, actor, now) === 'skip' };
}
