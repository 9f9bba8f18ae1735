/**
 * Casso bank-transfer webhooks (https://developer.casso.vn/webhook/thiet-lap-webhook-thu-cong).
 *
 * Two formats, told apart by their authentication header:
 * - v2 ("Webhook V2"): header `X-Casso-Signature: t=<unix ms>,v1=<hex>`, where the hex is
 *   HMAC-SHA512(key, "<t>." + JSON of the whole body with object keys sorted recursively), and the body is
 *   `{error, data: {id, reference, description, amount, runningBalance, transactionDateTime, accountNumber, ...}}`.
 *   Verified against Casso's own published sample (body, checksum key and signature) — see the test.
 * - v1 (legacy): header `Secure-Token: <the key set in the webhook form>` and body
 *   `{error, data: [{id, tid, description, amount, cusum_balance, when, bank_sub_acc_id, subAccId, ...}]}`
 *   (fields documented at https://casso.vn/tich-hop-webhook-tuy-chinh-vao-casso/).
 * In both, a negative amount is money going out of the account.
 */
import { createHmac } from 'node:crypto';
import { z } from 'zod';
import {
  type BankTransfer,
  BankWebhookError,
  constantTimeEqual,
  quoteLargeIntegers,
  vietnamTimeToIso,
} from '../../core/payments/bank-transfer.ts';
import { parseJsonBounded } from '../limits.ts';

/**
 * What Casso expects back: HTTP 200 means delivered; anything else is retried (docs section "Phản hồi khi thành
 * công" on developer.casso.vn/webhook/thiet-lap-webhook-thu-cong). The docs do not require a particular body,
 * so we answer a small JSON acknowledgement.
 */
export const CASSO_SUCCESS = { status: 200, body: { success: true } } as const;

/** How far a v2 signature timestamp may be from our clock, either way. */
export const CASSO_SIGNATURE_TOLERANCE_MS = 5 * 60 * 1000;

/** Transaction ids: numbers, or strings (ids beyond 2^53 are read as strings to stay exact). */
const Id = z.union([z.number().int(), z.string().regex(/^\S{1,64}$/)]);

const V2Transaction = z.object({
  id: Id,
  reference: z.string().nullable().optional(),
  description: z.string().nullable().optional(),
  amount: z.number().int(),
  runningBalance: z.number().nullable().optional(),
  transactionDateTime: z.string().nullable().optional(),
  accountNumber: z.union([z.string(), z.number()]).nullable().optional(),
  bankName: z.string().nullable().optional(),
  bankAbbreviation: z.string().nullable().optional(),
  virtualAccountNumber: z.string().nullable().optional(),
  virtualAccountName: z.string().nullable().optional(),
  counterAccountName: z.string().nullable().optional(),
  counterAccountNumber: z.string().nullable().optional(),
  counterAccountBankId: z.string().nullable().optional(),
  counterAccountBankName: z.string().nullable().optional(),
});
const V2Body = z.object({ error: z.number(), data: z.union([V2Transaction, z.array(V2Transaction)]) });

const V1Transaction = z.object({
  id: Id,
  tid: z.union([z.string(), z.number()]).nullable().optional(),
  description: z.string().nullable().optional(),
  amount: z.number().int(),
  cusum_balance: z.number().nullable().optional(),
  when: z.string().nullable().optional(),
  bank_sub_acc_id: z.union([z.string(), z.number()]).nullable().optional(),
  subAccId: z.union([z.string(), z.number()]).nullable().optional(),
});
const V1Body = z.object({ error: z.number(), data: z.array(V1Transaction) });

/** Settings for the Casso webhook: the secure token / checksum key from Casso's webhook form (env CASSO_SECURE_TOKEN). */
export interface CassoConfig {
  secureToken?: string;
}

/** The same JSON value with every object's keys in sorted order (arrays keep their order), as Casso signs it. */
export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeysDeep((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

/** The v2 signature (lower-case hex) Casso computes for a parsed body and a header timestamp. */
export function cassoSignature(body: unknown, timestamp: string, key: string): string {
  return createHmac('sha512', key).update(`${timestamp}.${JSON.stringify(sortKeysDeep(body))}`, 'utf8').digest('hex');
}

/**
 * Casso v2 signs the re-serialised body (keys sorted), so the body must be parsed before the signature can
 * be checked: the header's shape and timestamp are checked first, and the parse is bounded in depth, so an
 * unauthenticated body can cost no more than one linear scan. Ids are read from a second parse that keeps
 * integers beyond 2^53 exact (as strings).
 */
function parseJson(rawBody: string, keepLargeIntegers = false): unknown {
  try {
    return parseJsonBounded(keepLargeIntegers ? quoteLargeIntegers(rawBody) : rawBody);
  } catch (e) {
    throw new BankWebhookError(400, (e as Error).message);
  }
}

function malformed(error: z.ZodError): BankWebhookError {
  return new BankWebhookError(400, `malformed Casso webhook body: ${z.prettifyError(error).replace(/\n/g, '; ')}`);
}

function str(v: string | number | null | undefined): string | null {
  return v === null || v === undefined || v === '' ? null : String(v);
}

function transfer(
  id: string | number,
  amount: number,
  description: string | null | undefined,
  accountNumber: string | null,
  when: string | null | undefined,
  raw: unknown,
): BankTransfer {
  return {
    provider: 'casso',
    externalId: String(id),
    amount: Math.abs(amount),
    description: (description ?? '').trim(),
    accountNumber,
    occurredAt: vietnamTimeToIso(when),
    direction: amount < 0 ? 'out' : 'in',
    raw,
  };
}

function verifyV2(header: string, rawBody: string, key: string, now: Date): BankTransfer[] {
  const parts = new Map<string, string>();
  for (const piece of header.split(',')) {
    const eq = piece.indexOf('=');
    if (eq > 0) parts.set(piece.slice(0, eq).trim(), piece.slice(eq + 1).trim());
  }
  const t = parts.get('t');
  const v1 = parts.get('v1');
  if (!t || !/^\d{1,16}$/.test(t) || !v1 || !/^[0-9a-fA-F]{128}$/.test(v1)) {
    throw new BankWebhookError(401, 'malformed X-Casso-Signature header (expected t=<timestamp>,v1=<128 hex digits>)');
  }
  // Casso's sample uses milliseconds; accept seconds too in case a 10-digit timestamp is ever sent.
  const ms = t.length >= 13 ? Number(t) : Number(t) * 1000;
  if (Math.abs(now.getTime() - ms) > CASSO_SIGNATURE_TOLERANCE_MS) {
    throw new BankWebhookError(401, 'X-Casso-Signature timestamp is more than 5 minutes away from now');
  }
  const json = parseJson(rawBody);
  if (!constantTimeEqual(cassoSignature(json, t, key), v1.toLowerCase())) {
    throw new BankWebhookError(401, 'wrong X-Casso-Signature');
  }
  // The signature covers the body as a JSON parser reads it; the ids are then read again exactly.
  const exact = parseJson(rawBody, true);
  const parsed = V2Body.safeParse(exact);
  if (!parsed.success) throw malformed(parsed.error);
  const rawData = (exact as { data: unknown }).data;
  const items = Array.isArray(parsed.data.data) ? parsed.data.data : [parsed.data.data];
  const raws = Array.isArray(rawData) ? rawData : [rawData];
  return items.map((tx, i) =>
    transfer(tx.id, tx.amount, tx.description, str(tx.accountNumber), tx.transactionDateTime, raws[i]),
  );
}

function verifyV1(token: string, rawBody: string, key: string): BankTransfer[] {
  if (!constantTimeEqual(token.trim(), key)) throw new BankWebhookError(401, 'wrong Secure-Token');
  const json = parseJson(rawBody, true);
  const parsed = V1Body.safeParse(json);
  if (!parsed.success) throw malformed(parsed.error);
  const raws = (json as { data: unknown[] }).data;
  return parsed.data.data.map((tx, i) =>
    transfer(tx.id, tx.amount, tx.description, str(tx.bank_sub_acc_id) ?? str(tx.subAccId), tx.when, raws[i]),
  );
}

/** Authenticates a Casso webhook (v2 signature or legacy v1 Secure-Token) and returns its transfers; throws BankWebhookError. */
export function verifyAndParseCasso(req: { headers: Headers; rawBody: string }, cfg: CassoConfig, now: Date): BankTransfer[] {
  const key = cfg.secureToken;
  if (!key) throw new BankWebhookError(401, 'Casso webhook key is not configured');
  const signature = req.headers.get('x-casso-signature');
  if (signature !== null) return verifyV2(signature, req.rawBody, key, now);
  const token = req.headers.get('secure-token');
  if (token !== null) return verifyV1(token, req.rawBody, key);
  throw new BankWebhookError(401, 'missing X-Casso-Signature or Secure-Token header');
}
