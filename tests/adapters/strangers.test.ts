import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServerType } from '@hono/node-server';
import { demoDb, dumpTables, fakeClock } from '../helpers.ts';
import { isLoopback, loadConfig, unsafeReason } from '../../adapters/config.ts';
import { createApp } from '../../adapters/server.ts';
import { listen } from '../../adapters/serve.ts';
import { BODY_LIMITS, JsonBodyError, parseJsonBounded, topLevelScalar } from '../../adapters/limits.ts';
import { safeEqual } from '../../adapters/api/api.ts';
import { cassoSignature, verifyAndParseCasso } from '../../adapters/bank/casso.ts';
import { verifyAndParseSepay } from '../../adapters/bank/sepay.ts';
import { BankWebhookError } from '../../core/payments/bank-transfer.ts';

const SEPAY_KEY = 'sepay-test-key-8f2c1d';
const CASSO_KEY = 'casso-checksum-key';

function bankApp() {
  const { db } = demoDb();
  const clock = fakeClock();
  const config = loadConfig({ SEPAY_API_KEY: SEPAY_KEY, CASSO_SECURE_TOKEN: CASSO_KEY, ADMIN_API_TOKEN: 'admin-token' });
  return { db, clock, app: createApp({ db, clock, config }) };
}

/** A body nested `depth` levels deep, as in the Casso finding (5,000 levels). */
const deep = (depth: number) => `{"error":0,"data":${'['.repeat(depth)}${']'.repeat(depth)}}`;

let server: ServerType | undefined;
afterEach(() => {
  server?.close();
  server = undefined;
});

/** Sends headers announcing `announced` bytes, writes 64 KB, and resolves with the status the server answers. */
function postHuge(port: number, path: string, announced: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ port, host: '127.0.0.1', path, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': announced } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on('error', (e) => ((e as NodeJS.ErrnoException).code === 'ECONNRESET' || (e as NodeJS.ErrnoException).code === 'EPIPE' ? undefined : reject(e)));
    req.write(Buffer.alloc(64 * 1024, 0x20));
  });
}

describe('body size limits, before the body is read', () => {
  it('a 300 MB unauthenticated POST is refused with 413 on every route, after 64 KB were sent, and writes nothing', async () => {
    const { db, app } = bankApp();
    const before = dumpTables(db);
    server = await listen(app, 0, '127.0.0.1');
    const port = (server.address() as AddressInfo).port;
    for (const path of ['/webhooks/bank/sepay', '/webhooks/bank/casso', '/webhooks/telegram/lua-van-phuc', '/sim/messages', '/api/orders/X/mark-paid']) {
      expect(await postHuge(port, path, 300 * 1024 * 1024), path).toBe(413);
    }
    expect(dumpTables(db)).toEqual(before);
  });

  it('a chunked body without Content-Length is cut off once it passes the limit, not read to its end', async () => {
    const { app } = bankApp();
    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    const body = new ReadableStream<Uint8Array>({
      pull(ctrl) {
        pulled += chunk.length;
        if (pulled > 50 * 1024 * 1024) ctrl.close();
        else ctrl.enqueue(chunk);
      },
    });
    const res = await app.request('/webhooks/bank/sepay', { method: 'POST', body, headers: { authorization: `Apikey ${SEPAY_KEY}`, 'transfer-encoding': 'chunked' }, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
    expect(pulled).toBeLessThan(BODY_LIMITS.webhook + 4 * chunk.length);
  });
});

describe('deeply nested JSON', () => {
  it('is refused by a linear scan before anything recurses into it', () => {
    expect(() => parseJsonBounded(deep(5000))).toThrow(JsonBodyError);
    expect(parseJsonBounded('{"a":"[[[[{{{{ not nesting inside a string \\" [[["}')).toEqual({ a: '[[[[{{{{ not nesting inside a string " [[[' });
    expect(parseJsonBounded(deep(10))).toBeTruthy();
  });

  it('a top-level member is read without parsing (for a signature check), and only at the top level', () => {
    expect(topLevelScalar('{"app_id":"1","timestamp":"1699003881354","message":{"timestamp":"9"}}', 'timestamp')).toBe('1699003881354');
    expect(topLevelScalar('{"message":{"timestamp":"9"},"timestamp": 1699003881354}', 'timestamp')).toBe('1699003881354');
    expect(topLevelScalar('{"text":"\\"timestamp\\":\\"1\\"","x":1}', 'timestamp')).toBeUndefined();
    expect(topLevelScalar('{"message":{"timestamp":"9"}}', 'timestamp')).toBeUndefined();
    expect(topLevelScalar(`{"x":${'['.repeat(5000)}${']'.repeat(5000)},"timestamp":"5"}`, 'timestamp')).toBe('5');
  });

  it('Casso v2 with a 5,000-deep body and a well-formed, current signature header is 400, not a 500 from a stack overflow', async () => {
    const { db, clock, app } = bankApp();
    const before = dumpTables(db);
    const t = String(clock().getTime());
    const res = await app.request('/webhooks/bank/casso', { method: 'POST', body: deep(5000), headers: { 'x-casso-signature': `t=${t},v1=${'a'.repeat(128)}` } });
    expect(res.status).toBe(400);
    expect(dumpTables(db)).toEqual(before);
  });

  it('a Casso v2 body under the depth limit still verifies (the signature is checked over the parsed body)', () => {
    const body = { error: 0, data: { id: 1, amount: 1000, description: 'x', accountNumber: '1' } };
    const now = new Date('2026-11-22T10:00:00Z');
    const t = String(now.getTime());
    const header = `t=${t},v1=${cassoSignature(body, t, CASSO_KEY)}`;
    const out = verifyAndParseCasso({ headers: new Headers({ 'x-casso-signature': header }), rawBody: JSON.stringify(body) }, { secureToken: CASSO_KEY }, now);
    expect(out.map((x) => x.amount)).toEqual([1000]);
  });
});

describe('SePay authorization forms', () => {
  const raw = JSON.stringify({ id: 92704, gateway: 'Vietcombank', transactionDate: '2023-03-25 14:02:37', accountNumber: '0123499999', code: null, content: 'chuyen tien mua iphone', transferType: 'in', transferAmount: 2277000, accumulated: 19077000, subAccount: null, referenceCode: 'MBVCB.3278907687', description: '' });
  const call = (authorization: string) => verifyAndParseSepay({ headers: new Headers({ authorization }), rawBody: raw }, { apiKey: SEPAY_KEY }, new Date());
  it('accepts "Apikey <key>" (SePay docs) and "Bearer Apikey <key>" (a widely used integration package)', () => {
    expect(call(`Apikey ${SEPAY_KEY}`)[0]!.amount).toBe(2277000);
    expect(call(`Bearer Apikey ${SEPAY_KEY}`)[0]!.amount).toBe(2277000);
  });
  it('still refuses a wrong key in either form, and a bare bearer token', () => {
    for (const h of [`Bearer Apikey wrong`, `Apikey wrong`, `Bearer ${SEPAY_KEY}`]) expect(() => call(h)).toThrow(BankWebhookError);
  });
});

describe('safe defaults', () => {
  it('knows loopback addresses', () => {
    for (const h of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]']) expect(isLoopback(h), h).toBe(true);
    for (const h of ['0.0.0.0', '::', '192.168.1.10', '10.0.0.1', 'gom.example.vn']) expect(isLoopback(h), h).toBe(false);
  });

  it('refuses SIM=1 or DEMO=1 on a non-loopback HOST, saying why, unless ALLOW_PUBLIC_DEMO=1', () => {
    expect(unsafeReason(loadConfig({}))).toBeUndefined();
    expect(unsafeReason(loadConfig({ HOST: '0.0.0.0' }))).toMatch(/SIM=1.*DEMO=1/);
    expect(unsafeReason(loadConfig({ HOST: '0.0.0.0', SIM: '0' }))).toMatch(/DEMO=1/);
    expect(unsafeReason(loadConfig({ HOST: '0.0.0.0', DEMO: '0' }))).toMatch(/SIM=1/);
    expect(unsafeReason(loadConfig({ HOST: '0.0.0.0', SIM: '0', DEMO: '0' }))).toBeUndefined();
    expect(unsafeReason(loadConfig({ HOST: '0.0.0.0', ALLOW_PUBLIC_DEMO: '1' }))).toBeUndefined();
  });

  it('compares tokens of any length without telling them apart by length', () => {
    expect(safeEqual('admin-token', 'admin-token')).toBe(true);
    expect(safeEqual('admin-toke', 'admin-token')).toBe(false);
    expect(safeEqual('admin-token-and-more', 'admin-token')).toBe(false);
    expect(safeEqual('', 'admin-token')).toBe(false);
  });
});
