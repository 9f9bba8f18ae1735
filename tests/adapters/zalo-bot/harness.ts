import { readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import type { SetupServer } from 'msw/node';
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/index.ts';
import { outbox } from '../../../db/schema.ts';
import { loadConfig } from '../../../adapters/config.ts';
import { createApp } from '../../../adapters/server.ts';
import { deliverDue } from '../../../adapters/outbox/worker.ts';
import { setupZaloBot, type ZaloBotSetup } from '../../../adapters/zalo-bot/index.ts';
import { numberedEntries } from '../../../adapters/zalo/menu.ts';
import type { Button } from '../../../bots/model.ts';
import { demoDb } from '../../helpers.ts';
import { movingClock, type MovingClock } from '../zalo/harness.ts';
import type { HarnessContext, SentMessage } from '../contract.ts';

export const BOT_TOKEN = '1459232241454765289:abcXYZtoken';
export const BOT_SECRET = 'mykey-abcxyz-for-tests';
export const BOT_API = 'https://bot-api.zaloplatforms.com';
export const PUBLIC = 'https://gom.example';

/** A Bot Platform text update (recorded shape, tests/fixtures/zalo/bot-message-text-received.json). */
export function botTextUpdate(userId: string, text: string, messageId: string, chatType: 'PRIVATE' | 'GROUP' = 'PRIVATE', chatId = userId): Record<string, unknown> {
  const up = JSON.parse(readFileSync(new URL('../../fixtures/zalo/bot-message-text-received.json', import.meta.url), 'utf8'));
  up.result.message.from.id = userId;
  up.result.message.chat = { id: chatId, chat_type: chatType };
  up.result.message.text = text;
  up.result.message.message_id = messageId;
  return up;
}

/** A webhook request as Zalo posts it, with the secret header (or a wrong one). */
export function botRequest(update: Record<string, unknown>, secret: string | null = BOT_SECRET, group = 'lua-van-phuc'): Request {
  return new Request(`http://localhost/webhooks/zalo-bot/${group}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(secret !== null ? { 'x-bot-api-secret-token': secret } : {}) },
    body: JSON.stringify(update),
  });
}

/** One call the fake Bot Platform received. */
export interface BotCall {
  url: string;
  method: string;
  body: Record<string, unknown>;
  ok: boolean;
}

/** The number the customer types to press `data` in the last numbered list of the chat. */
export function numberFor(db: Db, chatId: string, data: string): string {
  const rows = db
    .select({ payload: outbox.payload })
    .from(outbox)
    .where(and(eq(outbox.platform, 'zalo-bot'), eq(outbox.chatId, chatId)))
    .orderBy(desc(outbox.id))
    .all();
  const last = rows.map((r) => (r.payload as { buttons?: Button[][] }).buttons).find((b) => b && b.length);
  const entry = numberedEntries(last, 0).find((e) => e.data === data);
  if (!entry) throw new Error(`no numbered entry with data ${data} in the last list of chat ${chatId}`);
  return String(entry.n);
}

/** A Bot Platform test context (fake Bot API by msw). */
export interface ZaloBotContext extends HarnessContext {
  setup: ZaloBotSetup;
  calls: BotCall[];
  clock: MovingClock;
  answers: { status: number; body: unknown }[];
}

/** Builds the Bot Platform context with msw handlers on `server`. */
export async function zaloBotContext(server: SetupServer, o: { db?: Db } = {}): Promise<ZaloBotContext> {
  const db = o.db ?? demoDb().db;
  const clock = movingClock();
  const config = loadConfig({ ZALO_BOT_TOKEN: BOT_TOKEN, ZALO_BOT_WEBHOOK_SECRET: BOT_SECRET, PUBLIC_URL: PUBLIC, DATABASE_PATH: ':memory:' });
  const setup = setupZaloBot({ db, clock, config })!;
  const app = createApp({ db, clock, config, mounts: [setup.mount] });
  const calls: BotCall[] = [];
  const answers: { status: number; body: unknown }[] = [];
  let n = 0;
  let drained = 0;
  server.use(
    http.post(new RegExp(`^${BOT_API.replace(/\./g, '\\.')}/bot[^/]+/(sendMessage|sendPhoto|setWebhook)$`), async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>;
      const next = answers.shift();
      calls.push({ url: request.url, method: request.method, body, ok: next === undefined });
      if (next) return HttpResponse.json(next.body as object, { status: next.status });
      return HttpResponse.json({ ok: true, result: { message_id: `bm-${++n}`, date: clock().getTime() } });
    }),
  );
  // Which neutral message each platform call carried, so typed numbers can be checked against the text.
  const toSent = (c: BotCall): SentMessage => {
    const text = String(c.body.text ?? c.body.caption ?? '');
    const numbers = [...text.matchAll(/^(\d{1,3})\. /gm)].map((m) => m[1]!);
    const chatId = String(c.body.chat_id);
    const buttons = numbers.length ? numbers.map((num) => lastListData(db, chatId, c, num)).filter((d): d is string => !!d) : undefined;
    if (c.url.endsWith('/sendPhoto')) return { kind: 'photo', chatId, text, url: String(c.body.photo), ...(buttons ? { buttons } : {}) };
    return { kind: 'text', chatId, text, ...(buttons ? { buttons } : {}) };
  };
  return {
    app,
    db,
    setup,
    calls,
    clock,
    answers,
    advance: (ms) => clock.advance(ms),
    textUpdate: ({ userId, text, updateId }) => botRequest(botTextUpdate(userId, text, updateId)),
    buttonUpdate: ({ userId, data, updateId }) => botRequest(botTextUpdate(userId, numberFor(db, userId, data), updateId)),
    badlySigned: ({ userId, text, updateId }) => botRequest(botTextUpdate(userId, text, updateId), 'not-the-secret'),
    chatIdOf: (u) => u,
    deliver: async () => void (await deliverDue(db, { 'zalo-bot': setup.sender }, clock)),
    sent: () => {
      const ok = calls.filter((c) => c.ok && !c.url.endsWith('/setWebhook'));
      const out = ok.slice(drained).map(toSent);
      drained = ok.length;
      return out;
    },
    failNextSend: (kind) => {
      answers.push(
        kind === 'rate_limit'
          ? { status: 429, body: { ok: false, error_code: 429, description: 'Too Many Requests' } }
          : { status: 403, body: { ok: false, error_code: 403, description: 'Forbidden: the user has blocked the bot' } },
      );
    },
    close: async () => {
      server.resetHandlers();
    },
  };
}

/**
 * The button data behind number `num` in a sent text: the outbox row that was delivered with this
 * text (matched by its numbered labels) gives the list. Numbers the text shows but the list does not
 * have are a bug, and fail the lookup.
 */
function lastListData(db: Db, chatId: string, c: BotCall, num: string): string | undefined {
  const text = String(c.body.text ?? c.body.caption ?? '');
  const rows = db
    .select({ payload: outbox.payload })
    .from(outbox)
    .where(and(eq(outbox.platform, 'zalo-bot'), eq(outbox.chatId, chatId)))
    .orderBy(desc(outbox.id))
    .all();
  for (const r of rows) {
    const entries = numberedEntries((r.payload as { buttons?: Button[][] }).buttons, 0);
    if (entries.length && entries.every((e) => e.data === undefined || text.includes(`${e.n}. ${e.label}`))) {
      return entries.find((e) => String(e.n) === num)?.data;
    }
  }
  return undefined;
}
