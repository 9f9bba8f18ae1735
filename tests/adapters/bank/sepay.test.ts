import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEPAY_SUCCESS, sepaySignature, verifyAndParseSepay } from '../../../adapters/bank/sepay.ts';
import { BankWebhookError } from '../../../core/payments/bank-transfer.ts';

/**
 * tests/fixtures/bank/sepay-docs-example.json is SePay's documented webhook example: the JSON shown under
 * "WebHook Payload Data" at https://developer.sepay.vn/en/sepay-webhooks/bat-dau-nhanh (id 92704, Vietcombank,
 * "chuyen tien mua iphone"); the amount/balance/reference fields as reproduced from that docs page in the
 * mirror https://git.renolation.com/renolation/english/raw/branch/main/.opencode/skills/payment-integration/references/sepay/webhooks.md
 * SePay authenticates it with the header `Authorization: Apikey <key>` (https://developer.sepay.vn/en/sepay-webhooks/xac-thuc).
 */
const RAW = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'bank', 'sepay-docs-example.json'), 'utf8');
const KEY = 'sepay-test-key-8f2c1d';
const NOW = new Date('2023-03-25T07:02:40Z');

function call(rawBody: string, headers: Record<string, string>, apiKey: string = KEY) {
  return verifyAndParseSepay({ headers: new Headers(headers), rawBody }, { apiKey }, NOW);
}

function statusOf(fn: () => unknown): number {
  try {
    fn();
  } catch (e) {
    if (e instanceof BankWebhookError) return e.status;
    throw e;
  }
  throw new Error('expected a BankWebhookError');
}

function edit(patch: Record<string, unknown>): string {
  return JSON.stringify({ ...JSON.parse(RAW), ...patch });
}

describe('verifyAndParseSepay', () => {
  it('parses the documented example signed with the right API key', () => {
    expect(call(RAW, { authorization: `Apikey ${KEY}`, 'content-type': 'application/json' })).toEqual([
      {
        provider: 'sepay',
        externalId: '92704',
        amount: 2277000,
        description: 'chuyen tien mua iphone',
        accountNumber: '0123499999',
        occurredAt: '2023-03-25T07:02:37.000Z',
        direction: 'in',
        raw: JSON.parse(RAW),
      },
    ]);
  });

  it('accepts the scheme in any case', () => {
    expect(call(RAW, { Authorization: `APIKEY ${KEY}` })).toHaveLength(1);
  });

  it.each([
    ['no Authorization header', {}],
    ['a wrong key', { authorization: 'Apikey not-the-key' }],
    ['a prefix of the key', { authorization: `Apikey ${KEY.slice(0, -1)}` }],
    ['the key with extra characters', { authorization: `Apikey ${KEY}x` }],
    ['another scheme', { authorization: `Bearer ${KEY}` }],
    ['the bare key', { authorization: KEY }],
  ])('answers 401 for %s', (_name, headers) => {
    expect(statusOf(() => call(RAW, headers))).toBe(401);
  });

  it('answers 401 when no key is configured, whatever is sent', () => {
    const req = { headers: new Headers({ authorization: 'Apikey ' }), rawBody: RAW };
    expect(statusOf(() => verifyAndParseSepay(req, {}, NOW))).toBe(401);
    expect(statusOf(() => call(RAW, { authorization: 'Apikey anything' }, ''))).toBe(401);
  });

  it('checks the key before reading the body', () => {
    expect(statusOf(() => call('{not json', { authorization: 'Apikey wrong' }))).toBe(401);
  });

  it.each([
    ['not JSON', '{"id": 1,'],
    ['a JSON array', '[]'],
    ['no transferType', edit({ transferType: undefined })],
    ['an unknown transferType', edit({ transferType: 'sideways' })],
    ['a negative amount', edit({ transferAmount: -5 })],
    ['a fractional amount', edit({ transferAmount: 1000.5 })],
    ['an amount as text', edit({ transferAmount: '2277000' })],
    ['no id', edit({ id: undefined })],
  ])('answers 400 for a body with %s', (_name, body) => {
    expect(statusOf(() => call(body, { authorization: `Apikey ${KEY}` }))).toBe(400);
  });

  it('reports outgoing transfers as direction out', () => {
    const [t] = call(edit({ transferType: 'out', transferAmount: 50000 }), { authorization: `Apikey ${KEY}` });
    expect(t).toMatchObject({ direction: 'out', amount: 50000 });
  });

  it('falls back to the bank description when content is empty', () => {
    const [t] = call(edit({ content: '', description: 'BankAPINotify VP7K3MC' }), { authorization: `Apikey ${KEY}` });
    expect(t?.description).toBe('BankAPINotify VP7K3MC');
  });

  it('exposes the documented success answer', () => {
    expect(SEPAY_SUCCESS).toEqual({ status: 200, body: { success: true } });
  });
});

describe('SePay HMAC-SHA256 mode', () => {
  const secret = 'sepay-hmac-secret';
  const body = JSON.stringify({ id: 92704, gateway: 'Vietcombank', transactionDate: '2023-03-25 14:02:37', accountNumber: '0123499999', code: null, content: 'VP7K3MC chuyen tien', transferType: 'in', transferAmount: 2277000, accumulated: 19077000, subAccount: null, referenceCode: 'MBVCB.3278907687' });
  const now = new Date('2026-11-23T10:00:00Z');
  const ts = String(Math.floor(now.getTime() / 1000));
  const signed = (headers: Record<string, string>, at = now) => verifyAndParseSepay({ headers: new Headers(headers), rawBody: body }, { secret }, at);

  it('accepts a correct signature and parses the transfer', () => {
    const [t] = signed({ 'x-sepay-signature': sepaySignature(body, ts, secret), 'x-sepay-timestamp': ts });
    expect(t).toMatchObject({ provider: 'sepay', externalId: '92704', amount: 2277000, description: 'VP7K3MC chuyen tien' });
  });

  it('refuses a wrong signature, a tampered body, a stale timestamp and a missing header with 401', () => {
    const status = (fn: () => unknown) => {
      try {
        fn();
        return 200;
      } catch (e) {
        return (e as BankWebhookError).status;
      }
    };
    expect(status(() => signed({ 'x-sepay-signature': sepaySignature(body, ts, 'other'), 'x-sepay-timestamp': ts }))).toBe(401);
    expect(status(() => verifyAndParseSepay({ headers: new Headers({ 'x-sepay-signature': sepaySignature(body, ts, secret), 'x-sepay-timestamp': ts }), rawBody: body.replace('2277000', '9277000') }, { secret }, now))).toBe(401);
    expect(status(() => signed({ 'x-sepay-signature': sepaySignature(body, ts, secret), 'x-sepay-timestamp': ts }, new Date(now.getTime() + 6 * 60_000)))).toBe(401);
    expect(status(() => signed({ 'x-sepay-timestamp': ts }))).toBe(401);
  });
});
