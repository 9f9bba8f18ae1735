/**
 * SePay bank-transfer webhooks (https://developer.sepay.vn/en/sepay-webhooks).
 *
 * SePay POSTs one JSON transaction per request. Authentication implemented: API Key mode, header
 * `Authorization: Apikey <key>` (documented at https://developer.sepay.vn/en/sepay-webhooks/xac-thuc).
 *
 * NOT implemented: SePay's HMAC-SHA256 mode. Its docs name the `X-SePay-Timestamp` header and a 5-minute replay
 * window (https://developer.sepay.vn/en/sepay-webhooks/bao-mat), but the exact signature header format and the
 * signed string were not retrievable from the documentation available to us; third-party code suggests
 * `X-SePay-Signature: sha256=<hex of HMAC(secret, "<timestamp>.<raw body>")>` but that is unverified, so configure
 * SePay webhooks with "API Key" authentication.
 */
import { z } from 'zod';
import {
  type BankTransfer,
  BankWebhookError,
  constantTimeEqual,
  vietnamTimeToIso,
} from '../../core/payments/bank-transfer.ts';

/**
 * What SePay expects back on success: HTTP 200 (any 2xx is taken as delivered; other statuses are retried) with
 * body `{"success": true}`. Sources: developer.sepay.vn/en/sepay-webhooks/bat-dau-nhanh ("responds with
 * {"success": true}") and developer.sepay.vn/en/sepay-webhooks/tich-hop-webhook (retry when the status is not 200–299).
 */
export const SEPAY_SUCCESS = { status: 200, body: { success: true } } as const;

/** SePay's webhook body, per the payload table in the SePay webhook docs. */
const SepayBody = z.object({
  id: z.union([z.number().int().nonnegative(), z.string().min(1)]),
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

/** Settings for the SePay webhook: the API key entered in SePay's webhook form (env SEPAY_API_KEY). */
export interface SepayConfig {
  apiKey?: string;
}

function checkApiKey(headers: Headers, apiKey: string | undefined): void {
  if (!apiKey) throw new BankWebhookError(401, 'SePay webhook API key is not configured');
  const auth = headers.get('authorization');
  if (!auth) throw new BankWebhookError(401, 'missing Authorization header');
  const match = /^apikey\s+(.+)$/i.exec(auth.trim());
  if (!match || !constantTimeEqual(match[1]!.trim(), apiKey)) throw new BankWebhookError(401, 'wrong SePay API key');
}

/** Authenticates a SePay webhook request and returns its transfer; throws BankWebhookError (401 auth, 400 body). */
export function verifyAndParseSepay(req: { headers: Headers; rawBody: string }, cfg: SepayConfig, _now: Date): BankTransfer[] {
  checkApiKey(req.headers, cfg.apiKey);

  let json: unknown;
  try {
    json = JSON.parse(req.rawBody);
  } catch {
    throw new BankWebhookError(400, 'body is not JSON');
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
