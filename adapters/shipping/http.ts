import { CarrierHttpError, CarrierRejectedError } from '../../core/shipping/carrier.ts';
import { foldDiacritics } from '../../core/text.ts';

/** How long a carrier call may take before it counts as failed (and is retried later). */
export const CARRIER_TIMEOUT_MS = 10_000;

/**
 * One JSON call to a carrier: a 4xx answer is the carrier saying no (CarrierRejectedError, not retried),
 * anything else that is not a 2xx JSON body is the call failing (CarrierHttpError, retried later).
 * `ok` reads the carrier's own success flag inside a 200 answer.
 */
export async function callJson(
  carrier: string,
  method: string,
  url: string,
  init: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: unknown },
  ok: (json: Record<string, unknown>) => true | string,
): Promise<Record<string, unknown>> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: init.method,
      headers: { ...init.headers, ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
      signal: AbortSignal.timeout(CARRIER_TIMEOUT_MS),
    });
  } catch (e) {
    throw new CarrierHttpError(carrier, method, (e as Error).message);
  }
  const text = await res.text().catch(() => '');
  let json: Record<string, unknown> | null = null;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = null;
  }
  if (res.status >= 500 || res.status === 429) throw new CarrierHttpError(carrier, method, `HTTP ${res.status} ${text.slice(0, 200)}`);
  if (res.status >= 400) throw new CarrierRejectedError(carrier, method, res.status, messageOf(json) ?? text.slice(0, 300));
  if (!json || typeof json !== 'object') throw new CarrierHttpError(carrier, method, `not JSON: ${text.slice(0, 200)}`);
  const verdict = ok(json);
  if (verdict !== true) throw new CarrierRejectedError(carrier, method, res.status, verdict);
  return json;
}

function messageOf(json: Record<string, unknown> | null): string | null {
  if (!json) return null;
  const m = json['message'] ?? json['code_message_value'] ?? json['code_message'];
  return typeof m === 'string' ? m : JSON.stringify(json).slice(0, 300);
}

/** Lower-case ASCII form of a Vietnamese place name without its kind word, for comparing carriers' names with ours. */
export function placeKey(name: string): string {
  return foldDiacritics(name.toLowerCase())
    .replace(/^(thanh pho|tinh|quan|huyen|thi xa|phuong|xa|thi tran|dac khu|tp\.?)\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\b0+(\d)/g, '$1');
}
