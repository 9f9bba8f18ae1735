import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { prepared, type Db } from '../../db/index.ts';
import { orderEvents, orders } from '../../db/schema.ts';
import { foldForRules as fold } from '../text.ts';
import type { OrderRow } from '../orders/transition-order.ts';
import { getOrderById } from '../orders/transition-order.ts';
import { keepOrder } from '../orders/place-order.ts';
import { allowHit } from '../throttle.ts';
import { emit } from '../events.ts';
import { PAID_REPORT_WINDOW_MS, paidReportKey } from './paid-report.ts';

/**
 * Whether a customer's message says they have paid ("đã chuyển khoản", "ck rồi nhé", "em chuyển tiền rồi ạ",
 * "da ck", "chuyen roi", "I have paid"): a payment verb that is done, with nothing that makes it a question
 * about paying, a promise to pay later, or a denial. Written as small rules, each for one way of saying it
 * (the corpus beside them is tests/core/payments/payment-claim.test.ts); no library reads Vietnamese chat
 * shorthand like "ck r", so this is ours.
 */
export function isPaymentClaim(text: string): boolean {
  const f = fold(text);
  if (!f || f.length > 300) return false;
  if (NOT_CLAIM.some((r) => r.test(f))) return false;
  return CLAIM.some((r) => r.test(f));
}

// A payment verb: bank transfer (ck, chuyển khoản, chuyển tiền, bank), pay (thanh toán, tt, trả tiền), send money.
const VERB = String.raw`(?:ck|chuyen khoan|chuyen tien|chuyen (?:cho )?(?:shop|s|c|chi|a|anh|e|em|ban)?\s*(?:tien|khoan)|thanh toan|tt|bank|banking|gui tien|tra tien|chuyen(?= (?:roi|r|xong|nhe roi|di roi|luon roi)\b)|chuyen (?:\d+\s*(?:k|tr|nghin|ngan|trieu|d|dong|vnd)?))`;

const CLAIM: RegExp[] = [
  // "đã chuyển khoản", "da ck", "mình vừa ck xong", "em mới thanh toán"
  new RegExp(String.raw`\b(?:da|vua|moi|vua moi|da xong)\s+(?:\w+\s+){0,2}?${VERB}\b`),
  // "ck rồi nhé", "em chuyển tiền rồi ạ", "chuyen roi", "tt xong", "ck r nha"
  new RegExp(String.raw`\b${VERB}\s+(?:\w+\s+){0,4}?(?:roi|r|xong|xong roi|oke roi|ok roi)\b`),
  // "shop nhận được tiền chưa": asking whether it arrived means it was sent.
  /\b(nhan|thay|check|kiem tra)( duoc)? (tien|ck|chuyen khoan|tien chuyen khoan)( cua (em|minh|chi|anh|toi))? (chua|chưa)\b/,
  /\b(kiem tra|check|xac nhan)( giup| dum| ho)? (em|minh|chi|anh|toi)? ?(tien|ck|chuyen khoan|giao dich|bill)\b/,
  // English
  /\b(i|we)? ?(have|ve|just|already)? ?(paid|transferred|sent (you )?(the )?(money|payment|transfer))\b/,
  /\b(payment|transfer|money) (is |has been )?(sent|done|made|completed)\b/,
  /^(paid|da ck|ck roi|ck r|ck xong|da tt|tt roi|chuyen roi|done transfer|transfer done|bank roi|da bank)$/,
];

// What looks like a claim but is not one: a question about how or whether to pay, a promise, a denial,
// goods moving ("chuyển hàng"), a bank account request.
const NOT_CLAIM: RegExp[] = [
  /\b(chua|khong|ko|k|chang|chua kip|quen)\s+(\w+\s+){0,2}?(ck|chuyen|thanh toan|tt|bank|gui tien|tra tien)\b/,
  /\b(se|sap|de|mai|lat|lat nua|toi nay|chieu nay|sang mai|ti nua|ty nua|chut nua|sau)\s+(\w+\s+){0,2}?(ck|chuyen|thanh toan|tt|bank|gui tien|tra tien)\b/,
  /\b(ck|chuyen khoan|chuyen tien|thanh toan|tt|tra tien|bank)\s+(\w+\s+){0,3}?(duoc|dc|duoc khong|dc ko|dc k|duoc ko|the nao|nhu nao|sao|o dau|vao dau|cho ai|bao nhieu|truoc|sau)\b(?!.*\b(roi|xong)\b)/,
  /\b(co|cho) (ck|chuyen khoan|thanh toan|tt)\b.*\b(khong|ko|k|chu|a)\b/,
  /\b(stk|so tai khoan|so tk|tai khoan nao|tk nao|tai khoan gi|qr|ma qr)\b.*\?|\b(xin|gui|cho) (em|minh|chi|anh|toi)? ?(stk|so tai khoan|so tk|ma qr|qr)\b/,
  /\bchuyen (hang|do|di|dia chi|sang|qua|ve|den|toi|ra|vao)\b(?! ?\d)(?!.*\b(tien|khoan|ck)\b)/,
  /\b(will|going to|gonna|can i|could i|how|where|when|should i|not yet|haven t|have not|didn t|did not|do you accept)\b/,
  /\b(shop|ban|s|c|chi|anh)\s+(da\s+)?(ck|chuyen khoan|chuyen tien|hoan tien|tra tien)\s+(cho|lai)\s+(em|minh|toi)\b/,
];

/** The customer's orders still waiting for their money (not in a pool waiting for its deadline), oldest first. */
export function unpaidOrdersOf(db: Db, groupId: number, personId: number): OrderRow[] {
  return unpaidOfPerson(db).all({ groupId, personId });
}

const unpaidOfPerson = prepared((db) =>
  db
    .select()
    .from(orders)
    .where(and(eq(orders.groupId, sql.placeholder('groupId')), eq(orders.personId, sql.placeholder('personId')), eq(orders.status, 'awaiting_payment'), isNull(orders.poolId)))
    .orderBy(asc(orders.id))
    .prepare(),
);

/**
 * The customer says they paid an order awaiting payment: the order is kept (a short group-chat hold must not
 * lapse while the confirmers look), the claim is recorded, and `payment.claimed` asks the confirmers, once
 * per order per 30 minutes until they answer. Returns 'repeated' when a claim is already waiting.
 */
export function claimPayment(db: Db, order: OrderRow, how: 'button' | 'words' | 'photo', customer: string, actor: string, now: Date): 'claimed' | 'repeated' {
  keepOrder(db, order.id, now);
  if (!allowHit(db, paidReportKey(order.id), now, PAID_REPORT_WINDOW_MS, 1)) return 'repeated';
  markPaymentClaimed(db, order.id, how, actor, now);
  emit(db, { type: 'payment.claimed', order: getOrderById(db, order.id), how, customer }, now);
  return 'claimed';
}

/** Records that the customer says they paid (shown as "khách báo đã chuyển, chờ xác nhận" until a confirmer answers). */
export function markPaymentClaimed(db: Db, orderId: number, how: 'button' | 'words' | 'photo', actor: string, now: Date): void {
  const at = now.toISOString();
  setClaimedAt(db).run({ orderId, claimedAt: at, at });
  insertClaimEvent(db).run({ orderId, actor, how, at });
}

/** A confirmer answered ❌ (or the money arrived): the order no longer shows a pending claim. */
export function clearPaymentClaim(db: Db, orderId: number, now: Date): void {
  setClaimedAt(db).run({ orderId, claimedAt: null, at: now.toISOString() });
}

// Built once per connection: a claim is recorded on every "đã chuyển khoản" (see `prepared` in db/index.ts).
const setClaimedAt = prepared((db) =>
  db
    .update(orders)
    .set({ paymentClaimedAt: sql`${sql.placeholder('claimedAt')}`, updatedAt: sql`${sql.placeholder('at')}` })
    .where(eq(orders.id, sql.placeholder('orderId')))
    .prepare(),
);
const insertClaimEvent = prepared((db) =>
  db
    .insert(orderEvents)
    .values({ orderId: sql.placeholder('orderId'), type: 'payment_claimed', actor: sql.placeholder('actor'), note: sql.placeholder('how'), at: sql.placeholder('at') })
    .prepare(),
);
