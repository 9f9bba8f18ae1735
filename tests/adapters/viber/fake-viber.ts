import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';
import type { SetupServer } from 'msw/node';
import type { Hono } from 'hono';
import { loadConfig, type Config } from '../../../adapters/config.ts';
import { createApp } from '../../../adapters/server.ts';
import { deliverDue } from '../../../adapters/outbox/worker.ts';
import { viberSetup } from '../../../adapters/viber/index.ts';
import { viberSignature } from '../../../adapters/viber/signature.ts';
import type { Db } from '../../../db/index.ts';
import { demoDb, fakeClock } from '../../helpers.ts';

/** A test bot token (Viber's own docs example token). */
export const TOKEN = '445da6az1s345z78-dazcczb2542zv51a-e0vc5fva17480im9';
export const API = 'https://chatapi.viber.com/pa';
export const PUBLIC_URL = 'https://gom.example';
export const SLUG = 'lua-van-phuc';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'viber');

/** A recorded Viber callback body, as raw text (its 19-digit tokens intact). */
export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** Replaces the `message_token` number in raw JSON text, keeping it a JSON number. */
export function withToken(raw: string, token: string): string {
  return raw.replace(/("message_token"\s*:\s*)\d+/, `$1${token}`);
}

/** The docs' message callback, from `userId`, with `text`, under `token`. */
export function messageBody(o: { userId: string; text: string; token: string }): string {
  return withToken(fixture('message-text.json'), o.token)
    .replace('"id": "jc9HsWTZ2Yf2NkRZ8KcNug=="', `"id": ${JSON.stringify(o.userId)}`)
    .replace('"text": "a message to the service"', `"text": ${JSON.stringify(o.text)}`);
}

/** A webhook request signed as Viber signs it (or with another token's signature). */
export function signed(raw: string, o: { slug?: string; token?: string; signature?: string | null } = {}): Request {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const sig = o.signature === undefined ? viberSignature(raw, o.token ?? TOKEN) : o.signature;
  if (sig !== null) headers['x-viber-content-signature'] = sig;
  return new Request(`http://localhost/webhooks/viber/${o.slug ?? SLUG}`, { method: 'POST', headers, body: raw });
}

/** One call the fake Viber received. */
export interface ViberCall {
  method: string;
  url: string;
  token: string | null;
  contentType: string | null;
  body: Record<string, unknown>;
}

/** What the fake Viber answers to the next send_message (once). */
export type NextAnswer = { status: number; status_message: string } | 'network-error';

/**
 * A fake Viber API on msw: records every call to /pa/<method>, answers send_message with a 19-digit
 * message token (above 2^53, written as a raw JSON number as Viber does), and can refuse the next send.
 */
export function fakeViber(server: SetupServer) {
  const calls: ViberCall[] = [];
  const next: NextAnswer[] = [];
  let token = 5098034272017990001n;
  server.use(
    http.post(`${API}/:method`, async ({ request, params }) => {
      const body = (await request.json()) as Record<string, unknown>;
      const method = String(params.method);
      const answer = method === 'send_message' ? next.shift() : undefined;
      if (answer === 'network-error') return HttpResponse.error();
      if (answer) return HttpResponse.json({ ...answer, chat_hostname: 'SN-CHAT-05_' });
      calls.push({ method, url: request.url, token: request.headers.get('x-viber-auth-token'), contentType: request.headers.get('content-type'), body });
      if (method === 'send_message') {
        const t = (token++).toString();
        return new HttpResponse(`{"status":0,"status_message":"ok","message_token":${t},"chat_hostname":"SN-CHAT-05_","billing_status":1}`, {
          headers: { 'content-type': 'application/json' },
        });
      }
      if (method === 'set_webhook') return HttpResponse.json({ status: 0, status_message: 'ok', event_types: body.event_types ?? [] });
      return HttpResponse.json({ status: 0, status_message: 'ok', id: 'pa:75346594275468546724', name: 'Gom', uri: 'gom', subscribers_count: 0 });
    }),
  );
  return {
    calls,
    /** Calls since the last drain, then forgets them. */
    drain(): ViberCall[] {
      return calls.splice(0, calls.length);
    },
    refuseNext(a: NextAnswer) {
      next.push(a);
    },
    /** The message token the fake will give the next accepted send_message. */
    peekToken: () => token.toString(),
  };
}

/** An app with the demo shop and Viber configured (env token for the first group), driven by a fake clock. */
export function viberApp(env: Record<string, string> = {}, clockStart?: string): { app: Hono; db: Db; clock: ReturnType<typeof fakeClock>; config: Config; deliver: () => Promise<number> } {
  const { db } = demoDb();
  const clock = fakeClock(clockStart);
  const config = loadConfig({ VIBER_AUTH_TOKEN: TOKEN, PUBLIC_URL, DATABASE_PATH: ':memory:', ...env });
  const viber = viberSetup({ db, clock, config });
  const app = createApp({ db, clock, config, mounts: [viber.mount] });
  return { app, db, clock, config, deliver: () => deliverDue(db, { viber: viber.sender }, clock) };
}
