/**
 * SePay bank-transfer webhooks (https://developer.sepay.vn/en/sepay-webhooks).
 *
 * SePay POSTs one JSON transaction per request. Authentication implemented: API Key mode, header
 * `Authorization: Apikey <key>` (documented at https://developer.sepay.vn/en/sepay-webhooks/xac-thuc).
 *
 * HMAC-SHA256 mode (when a secret is configured, env SEPAY_WEBHOOK_SECRET): SePay's docs name the
 * `X-SePay-Timestamp` header (Unix seconds) and a 5-minute replay window
 * (https://developer.sepay.vn/en/sepay-webhooks/bao-mat). The docs' exact signing text was not retrievable
 * here; independent integrations agree on `X-SePay-Signature: sha256=<hex HMAC-SHA256(secret,
 * "<timestamp>.<raw body>")>`, which is what we verify. API Key mode remains the documented fallback.
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
 * What SePay expects back on success: HTTP 200 (any 2xx is taken as delivered; other statuses are retried) with
 * body `{"success": true}`. Sources: developer.sepay.vn/en/sepay-webhooks/bat-dau-nhanh ("responds with
 * {"success": true}") and developer.sepay.vn/en/sepay-webhooks/tich-hop-webhook (retry when the status is not 200–299).
 */
export const SEPAY_SUCCESS = { status: 200, body: { success: true } } as const;

/** SePay's webhook body, per the payload table in the SePay webhook docs. */
const SepayBody = z.object({
  id: z.union([z.number().int().nonnegative(), z.string().regex(/^\S{1,64}$/)]),
  gateway: z.string(),
  transactionDate: z.string(),
  accountNumber: z.union([z.string(), z.number()]).nullable().optional(),
  code: z.string().nullable().optional(),
  content: z.string().nullable().optional(),
  transferType: z.enum(['in', 'out']),
  transferAmount: z.number().int().nonnegative(),
  accumulated: z.number().nullable().optional(),
  subAccount: z.string().nullable().optional(),
  referenceCode: z.string().nullable().optional(),
  description: z.string().nullable().optional(),
});

/** Settings for the SePay webhook: the API key (env SEPAY_API_KEY) and/or the HMAC secret (env SEPAY_WEBHOOK_SECRET). */
export interface SepayConfig {
  apiKey?: string;
  secret?: string;
}

/** How far a signed request's timestamp may be from our clock (SePay's documented replay window). */
export const SEPAY_SIGNATURE_TOLERANCE_MS = 5 * 60 * 1000;

/** The HMAC-SHA256 signature SePay sends for a body at a timestamp, as `sha256=<hex>`. */
export function sepaySignature(rawBody: string, timestamp: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')}`;
}

function checkSignature(headers: Headers, rawBody: string, secret: string, now: Date): void {
  const signature = headers.get('x-sepay-signature')?.trim();
  const timestamp = headers.get('x-sepay-timestamp')?.trim();
  if (!signature || !timestamp) throw new BankWebhookError(401, 'missing X-SePay-Signature or X-SePay-Timestamp header');
  if (!/^\d{9,11}$/.test(timestamp)) throw new BankWebhookError(401, 'X-SePay-Timestamp is not Unix seconds');
  if (Math.abs(now.getTime() - Number(timestamp) * 1000) > SEPAY_SIGNATURE_TOLERANCE_MS) throw new BankWebhookError(401, 'stale or future X-SePay-Timestamp');
  const expected = sepaySignature(rawBody, timestamp, secret);
  const given = signature.startsWith('sha256=') ? signature : `sha256=${signature}`;
  if (!constantTimeEqual(given.toLowerCase(), expected)) throw new BankWebhookError(401, 'wrong SePay signature');
}

function checkApiKey(headers: Headers, apiKey: string | undefined): void {
  if (!apiKey) throw new BankWebhookError(401, 'SePay webhook API key is not configured');
  const auth = headers.get('authorization');
  if (!auth) throw new BankWebhookError(401, 'missing Authorization header');
  // `Apikey <key>` as SePay documents it; `Bearer Apikey <key>` as a widely used integration package sends it.
  const match = /^(?:bearer\s+)?apikey\s+(.+)$/i.exec(auth.trim());
  if (!match || !constantTimeEqual(match[1]!.trim(), apiKey)) throw new BankWebhookError(401, 'wrong SePay API key');
}

/** Authenticates a SePay webhook request and returns its transfer; throws BankWebhookError (401 auth, 400 body). */
export function verifyAndParseSepay(req: { headers: Headers; rawBody: string }, cfg: SepayConfig, now: Date): BankTransfer[] {
  // A signed request is checked by its signature; otherwise the API key is required.
  if (cfg.secret && req.headers.has('x-sepay-signature')) checkSignature(req.headers, req.rawBody, cfg.secret, now);
  else if (cfg.secret && !cfg.apiKey) throw new BankWebhookError(401, 'missing X-SePay-Signature header');
  else checkApiKey(req.headers, cfg.apiKey);

  let json: unknown;
  try {
    json = parseJsonBounded(quoteLargeIntegers(req.rawBody));
  } catch (e) {
    throw new BankWebhookError(400, (e as Error).message);
  }
  const parsed = SepayBody.safeParse(json);
  if (!parsed.success) {
    throw new BankWebhookError(400, `malformed SePay webhook body: ${z.prettifyError(parsed.error).replace(/\n/g, '; ')}`);
  }
  const b = parsed.data;
  const content = b.content?.trim() ?? '';
  return [
    {
      provider: 'sepay',
      externalId: String(b.id),
      amount: b.transferAmount,
      description: content.length > 0 ? content : (b.description ?? '').trim(),
      accountNumber: b.accountNumber === null || b.accountNumber === undefined ? null : String(b.accountNumber),
      occurredAt: vietnamTimeToIso(b.transactionDate),
      direction: b.transferType,
      raw: json,
    },
  ];
}
