import { readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import type { SetupServer } from 'msw/node';
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/index.ts';
import { botAccounts } from '../../../db/schema.ts';
import { loadConfig } from '../../../adapters/config.ts';
import { createApp } from '../../../adapters/server.ts';
import { deliverDue } from '../../../adapters/outbox/worker.ts';
import { setupZaloOa, type ZaloOaSetup } from '../../../adapters/zalo/index.ts';
import { zaloSignatureHeader } from '../../../adapters/zalo/signature.ts';
import { demoDb } from '../../helpers.ts';
import type { HarnessContext, SentMessage } from '../contract.ts';

export const APP_ID = '2553928453557884079';
export const APP_SECRET = 'app-secret-for-tests';
export const OA_SECRET = 'oa-secret-key-for-tests';
export const API = 'https://openapi.zalo.me';
export const OAUTH = 'https://oauth.zaloapp.com';

/**
 * A clock that follows real time plus whatever the test adds with `advance` (the shared contract
 * enqueues with `new Date()`, so the adapter's clock must not lag behind real time).
 */
export function movingClock() {
  let offset = 0;
  const clock = () => new Date(Date.now() + offset);
  clock.advance = (ms: number) => {
    offset += ms;
  };
  return clock;
}
export type MovingClock = ReturnType<typeof movingClock>;

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/zalo/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;

/** A Zalo `user_send_text` event (recorded shape, tests/fixtures/zalo/oa-user-send-text.json) from `userId`. */
export function userSendText(userId: string, text: string, msgId: string, timestamp = '1699003881354'): Record<string, unknown> {
  const ev = fixture('oa-user-send-text.json');
  return { ...ev, app_id: APP_ID, sender: { id: userId }, message: { text, msg_id: msgId }, timestamp };
}

/** A recorded Zalo event with other ids. */
export function event(name: string, patch: Record<string, unknown>): Record<string, unknown> {
  return { ...fixture(name), app_id: APP_ID, ...patch };
}

/** A webhook request signed the way Zalo signs it (or with a wrong key). */
export function signed(ev: Record<string, unknown>, group = 'lua-van-phuc', secret = OA_SECRET): Request {
  const body = JSON.stringify(ev);
  return new Request(`http://localhost/webhooks/zalo/${group}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-zevent-signature': zaloSignatureHeader(APP_ID, body, String(ev.timestamp), secret) },
    body,
  });
}

/** One call the fake Zalo received. */
export interface ZaloCall {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
  /** False when the fake Zalo answered with an error. */
  ok: boolean;
}

/** A test context: the app, a database with the demo shop, a fake Zalo (msw) that records every call. */
export interface ZaloOaContext extends HarnessContext {
  setup: ZaloOaSetup;
  calls: ZaloCall[];
  clock: MovingClock;
  /** Answers for the next cs sends, in order (then success). */
  csAnswers: unknown[];
  /** Answers for the next OAuth refreshes, in order. */
  oauthAnswers: unknown[];
}

/** Builds the OA context on `db` (default: a fresh demo database) with msw handlers on `server`. */
export async function zaloOaContext(server: SetupServer, o: { db?: Db; clock?: MovingClock; seedTokens?: boolean } = {}): Promise<ZaloOaContext> {
  const db = o.db ?? demoDb().db;
  const clock = o.clock ?? movingClock();
  if (o.seedTokens !== false) {
    const groupId = (db.$client.prepare('select min(id) id from groups').get() as { id: number }).id;
    const has = db.select().from(botAccounts).where(eq(botAccounts.groupId, groupId)).all().some((r) => r.platform === 'zalo');
    if (!has) {
      db.insert(botAccounts)
        .values({
          groupId,
          platform: 'zalo',
          data: { accessToken: 'AT-1', accessTokenExpiresAt: new Date(clock().getTime() + 20 * 3600_000).toISOString(), refreshToken: 'RT-1' },
          updatedAt: clock().toISOString(),
        })
        .run();
    }
  }
  const config = loadConfig({ ZALO_APP_ID: APP_ID, ZALO_APP_SECRET: APP_SECRET, ZALO_OA_SECRET_KEY: OA_SECRET, DATABASE_PATH: ':memory:' });
  const setup = setupZaloOa({ db, clock, config })!;
  const app = createApp({ db, clock, config, mounts: [setup.mount] });
  const calls: ZaloCall[] = [];
  const uploads = new Map<string, Buffer>();
  const csAnswers: unknown[] = [];
  const oauthAnswers: unknown[] = [];
  let drained = 0;
  let n = 0;
  const record = async (request: Request, body: unknown, ok = true) => {
    calls.push({ url: request.url, method: request.method, headers: Object.fromEntries([...(request.headers as unknown as Iterable<[string, string]>)]), body, ok });
  };
  server.use(
    http.post(`${API}/v3.0/oa/message/cs`, async ({ request }) => {
      const body = await request.json();
      const next = csAnswers.shift();
      await record(request, body, next === undefined);
      if (next !== undefined) return HttpResponse.json(next as object);
      return HttpResponse.json({ data: { message_id: `zmsg-${++n}`, user_id: (body as { recipient: { user_id: string } }).recipient.user_id }, error: 0, message: 'Success' });
    }),
    http.post(`${API}/v2.0/oa/upload/image`, async ({ request }) => {
      const form = await request.formData();
      const file = form.get('file') as File;
      const png = Buffer.from(await file.arrayBuffer());
      await record(request, { file: { name: file.name, type: file.type, size: png.length } });
      const id = `att-${uploads.size + 1}`;
      uploads.set(id, png);
      return HttpResponse.json({ data: { attachment_id: id }, error: 0, message: 'Success' });
    }),
    http.post(`${OAUTH}/v4/oa/access_token`, async ({ request }) => {
      const body = Object.fromEntries(new URLSearchParams(await request.text()).entries());
      const next = oauthAnswers.shift();
      await record(request, body, next !== undefined);
      if (next === undefined) return HttpResponse.json({ error: -14014, error_name: 'Invalid parameter', error_description: 'Invalid refresh token' });
      return HttpResponse.json(next as object);
    }),
  );
  const toSent = (c: ZaloCall): SentMessage => {
    const b = c.body as { recipient: { user_id: string }; message: { text?: string; attachment?: { payload: { buttons?: { type: string; payload: unknown }[]; template_type?: string; elements?: { attachment_id: string }[] } } } };
    const att = b.message.attachment?.payload;
    if (att?.template_type === 'media') {
      return { kind: 'photo', chatId: b.recipient.user_id, text: b.message.text, png: uploads.get(att.elements![0]!.attachment_id) };
    }
    const buttons = att?.buttons
      ?.filter((x) => x.type === 'oa.query.hide' || x.type === 'oa.query.show')
      .map((x) => String(x.payload).replace(/^#b:/, ''));
    return { kind: 'text', chatId: b.recipient.user_id, text: b.message.text, ...(buttons ? { buttons } : {}) };
  };
  return {
    app,
    db,
    setup,
    calls,
    clock,
    csAnswers,
    oauthAnswers,
    advance: (ms) => clock.advance(ms),
    textUpdate: ({ userId, text, updateId }) => signed(userSendText(userId, text, updateId)),
    buttonUpdate: ({ userId, data, updateId }) => signed(userSendText(userId, `#b:${data}`, updateId)),
    badlySigned: ({ userId, text, updateId }) => signed(userSendText(userId, text, updateId), 'lua-van-phuc', 'not-the-oa-secret'),
    chatIdOf: (u) => u,
    deliver: async () => void (await deliverDue(db, { zalo: setup.sender }, clock)),
    sent: () => {
      const cs = calls.filter((c) => c.ok && c.url.endsWith('/v3.0/oa/message/cs'));
      const out = cs.slice(drained).map(toSent);
      drained = cs.length;
      return out;
    },
    failNextSend: (kind) => {
      csAnswers.push(kind === 'rate_limit' ? { error: -32, message: 'Your application reached limit call api' } : { error: -213, message: 'User has not followed OA' });
    },
    close: async () => {
      server.resetHandlers();
    },
  };
}
