import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import type { Update } from 'grammy/types';
import type { Db } from '../../db/index.ts';
import type { Clock } from '../../core/clock.ts';
import { DomainError } from '../../core/errors.ts';
import { handleIncoming } from '../../bots/engine.ts';
import { errorJson } from '../http-errors.ts';
import type { TelegramAccount } from './accounts.ts';
import type { TelegramBots } from './bot.ts';
import { callbackQueryId, toIncoming } from './translate.ts';

/** Compares two secrets in constant time (hashing first, so different lengths leak nothing either). */
export function secretsEqual(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * Handles one update synchronously (SQLite only, no network): translates it and lets the engine
 * record it and write its replies to the outbox. Returns the callback query id to answer, if any.
 */
export function processUpdate(deps: { db: Db; clock: Clock }, account: TelegramAccount, update: Update): { ack?: string } {
  const ack = callbackQueryId(update);
  const inc = toIncoming(update, { botId: account.botId, groupSlug: account.slug });
  if (inc) handleIncoming(deps, inc);
  return ack ? { ack } : {};
}

function isUpdate(v: unknown): v is Update {
  return typeof v === 'object' && v !== null && Number.isSafeInteger((v as { update_id?: unknown }).update_id);
}

/**
 * `POST /webhooks/telegram/:group`: unknown group → 404; wrong or missing
 * X-Telegram-Bot-Api-Secret-Token → 401 with nothing processed; otherwise 200 as soon as the update
 * is handled. A button press is answered IN the webhook response
 * (`{"method":"answerCallbackQuery","callback_query_id":…}`, Telegram's "reply to a webhook"):
 * no extra HTTP call, no network inside the request, nothing to retry (a callback answer is useless
 * after ~15 s, so the durable outbox is the wrong place for it). When handling fails, the query is
 * still answered by a direct, unawaited API call and the 500 makes Telegram redeliver the update.
 */
export function telegramWebhook(deps: { db: Db; clock: Clock; bots: TelegramBots; accountFor: (slug: string) => TelegramAccount | undefined }): Hono {
  const app = new Hono();
  app.post('/:group', async (c) => {
    const account = deps.accountFor(c.req.param('group'));
    if (!account) return errorJson(c, 404, 'not_found', 'no Telegram bot for this group');
    if (!secretsEqual(c.req.header('x-telegram-bot-api-secret-token'), account.secret)) {
      return errorJson(c, 401, 'unauthorized', 'wrong or missing X-Telegram-Bot-Api-Secret-Token');
    }
    let update: unknown;
    try {
      update = await c.req.json();
    } catch {
      return errorJson(c, 400, 'bad_request', 'body must be a JSON Telegram Update');
    }
    if (!isUpdate(update)) return errorJson(c, 400, 'bad_request', 'body must be a Telegram Update with an update_id');
    let ack: string | undefined;
    try {
      ack = processUpdate(deps, account, update).ack;
    } catch (e) {
      const id = callbackQueryId(update);
      if (id) void answerDirectly(deps.bots, account, id);
      if (e instanceof DomainError && e.code === 'NOT_FOUND') return errorJson(c, 404, 'not_found', e.message);
      console.error('telegram webhook', e);
      return errorJson(c, 500, 'internal', 'internal error');
    }
    if (ack) return c.json({ method: 'answerCallbackQuery', callback_query_id: ack });
    return c.body(null, 200);
  });
  return app;
}

/** Answers a callback query with a direct API call, logging (never throwing) a failure. */
export async function answerDirectly(bots: TelegramBots, account: TelegramAccount, callbackQueryId: string): Promise<void> {
  try {
    await bots.bot(account).api.answerCallbackQuery(callbackQueryId);
  } catch (e) {
    console.warn(`telegram answerCallbackQuery failed: ${(e as Error).message}`);
  }
}
