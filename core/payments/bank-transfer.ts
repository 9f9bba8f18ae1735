import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * A bank transfer as reported by a provider webhook (SePay, Casso), in one provider-neutral shape.
 * The adapters in adapters/bank/ authenticate and parse each provider's own format into this.
 */

/** One transfer seen on the group's bank account. */
export interface BankTransfer {
  provider: 'sepay' | 'casso';
  /** The provider's id for the transaction: with `provider`, the key that makes a redelivery a duplicate. */
  externalId: string;
  /** Whole đồng, always positive; only `direction: 'in'` transfers can pay an order. */
  amount: number;
  /** The transfer content / memo as the bank relayed it; order codes are searched here. */
  description: string;
  /** The receiving (our) account number, when the provider says. */
  accountNumber: string | null;
  /** When the bank booked it, as an ISO 8601 instant, when known. */
  occurredAt: string | null;
  direction: 'in' | 'out';
  /** The provider's transaction object, unmodified, for the audit trail. */
  raw: unknown;
}

/** A webhook request refused: 401 for authentication (key, signature, timestamp), 400 for a malformed body. */
export class BankWebhookError extends Error {
  override readonly name = 'BankWebhookError';
  constructor(
    readonly status: 400 | 401,
    message: string,
  ) {
    super(message);
  }
}

const VIETNAM_OFFSET = '+07:00';

/** Converts a bank's local "YYYY-MM-DD HH:mm:ss" (Vietnam time, UTC+7, no DST) or an ISO string to an ISO instant; null if unreadable. */
export function vietnamTimeToIso(text: string | null | undefined): string | null {
  if (!text) return null;
  const t = text.trim();
  const local = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)$/.exec(t);
  const candidate = local ? `${local[1]}T${local[2]}${VIETNAM_OFFSET}` : t;
  if (!local && !/^\d{4}-\d{2}-\d{2}T/.test(t)) return null;
  const ms = Date.parse(candidate);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** Compares two secrets in constant time (both are hashed to equal-length digests before crypto.timingSafeEqual). */
export function constantTimeEqual(a: string, b: string): boolean {
  const da = createHash('sha256').update(a, 'utf8').digest();
  const db = createHash('sha256').update(b, 'utf8').digest();
  return timingSafeEqual(da, db) && a.length === b.length;
}

/**
 * The same JSON text with every integer too large for a double (beyond 2^53) turned into a string:
 * SePay and Casso transaction ids can outgrow a double, and a rounded id would make two transfers one (or
 * refuse the webhook, so the provider retries forever). Only number tokens outside strings are touched,
 * in one linear scan; anything else is left as it is.
 */
export function quoteLargeIntegers(text: string): string {
  let out = '';
  let last = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92 /* \ */) i++;
      else if (ch === 34 /* " */) inString = false;
      continue;
    }
    if (ch === 34) {
      inString = true;
      continue;
    }
    if (ch === 45 /* - */ || (ch >= 48 && ch <= 57)) {
      let j = i + 1;
      while (j < text.length && /[0-9eE.+-]/.test(text[j]!)) j++;
      const token = text.slice(i, j);
      if (/^-?\d{16,}$/.test(token) && !Number.isSafeInteger(Number(token))) {
        out += `${text.slice(last, i)}"${token}"`;
        last = j;
      }
      i = j - 1;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

/** JSON.parse that keeps integers beyond 2^53 exact, as strings (see `quoteLargeIntegers`). Throws SyntaxError on bad JSON. */
export function parseJsonKeepingLargeIntegers(text: string): unknown {
  return JSON.parse(quoteLargeIntegers(text));
}
