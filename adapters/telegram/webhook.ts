import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import type { Update } from 'grammy/types';
import type { Db } from '../../db/index.ts';
import type { Clock } from '../../core/clock.ts';
import { DomainError } from '../../core/errors.ts';
import { findIdentity, markUnreachable } from '../../core/people/identify.ts';
import { identities } from '../../db/schema.ts';
import { eq } from 'drizzle-orm';
import { handleIncoming } from '../../bots/engine.ts';
import { errorJson } from '../http-errors.ts';
import type { TelegramAccount } from './accounts.ts';
import type { TelegramBots } from './bot.ts';
import { callbackQueryId, toIncoming } from './translate.ts';
import { typedChoice } from '../adapter.ts';
import { TELEGRAM_CAPABILITIES } from './capabilities.ts';
import { validateUpdate } from './update-schema.ts';
import { isStorageFailure, txGrouped } from '../../db/index.ts';
import { messages } from '../../bots/i18n/index.ts';
import { parseJsonBounded } from '../limits.ts';
import { errFields, logger } from '../log.ts';
import { noteUpdate } from '../observe.ts';

/** Compares two secrets in constant time (hashing first, so different lengths leak nothing either). */
export function secretsEqual(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** What handling one update did: the callback query to answer, and whether it was a duplicate or ignored. */
export interface UpdateResult {
  ack?: string;
  outcome: 'accepted' | 'duplicate' | 'ignored';
  reason?: string;
}

/**
 * Handles one update synchronously (SQLite only, no network): validates the parts Gom reads, translates
 * it and lets the engine record it and write its replies to the outbox. A malformed update, or one that
 * is not from a person (another bot, a channel's automatic forward), is ignored and logged once.
 */
export function processUpdate(deps: { db: Db; clock: Clock }, account: TelegramAccount, raw: unknown): UpdateResult {
  const valid = validateUpdate(raw);
  const ack = callbackQueryId(raw as Update);
  if (!valid.ok) {
    logger().warn({ platform: 'telegram', group: account.slug, updateId: String((raw as Update).update_id), reason: valid.reason }, 'malformed Telegram update ignored');
    return { ...(typeof ack === 'string' ? { ack } : {}), outcome: 'ignored', reason: valid.reason };
  }
  const blocked = privateBlockChange(valid.update);
  if (blocked) {
    noteBlock(deps, blocked);
    return { outcome: 'accepted' };
  }
  const translated = toIncoming(valid.update, { botId: account.botId, groupSlug: account.slug });
  // A number typed in answer to a list longer than Telegram's keyboard is that button (bots/capabilities.ts).
  const inc = translated && typedChoice(deps.db, translated, TELEGRAM_CAPABILITIES);
  const res = inc ? handleIncoming(deps, inc) : undefined;
  const outcome = !res ? 'ignored' : res.duplicate ? 'duplicate' : 'accepted';
  return { ...(ack ? { ack } : {}), outcome };
}

/** The reason recorded on a Telegram identity whose user blocked the bot (a 403 on sending says the same). */
export const TELEGRAM_BLOCKED = 'telegram: the user blocked the bot';

/**
 * A private chat's `my_chat_member` update: Telegram sends it only when the user blocks the bot (new status
 * `kicked`) or unblocks it (`member`). Returns the user and which, or null for anything else.
 */
function privateBlockChange(update: Update): { userId: string; blocked: boolean } | null {
  const e = update.my_chat_member;
  if (!e || e.chat.type !== 'private') return null;
  if (e.new_chat_member.status === 'kicked') return { userId: String(e.from.id), blocked: true };
  if (e.new_chat_member.status === 'member') return { userId: String(e.from.id), blocked: false };
  return null;
}

/** Records a block (no more messages, announcements included, until they write or unblock) or an unblock. */
function noteBlock(deps: { db: Db; clock: Clock }, change: { userId: string; blocked: boolean }): void {
  const known = findIdentity(deps.db, 'telegram', change.userId);
  if (!known) return;
  if (change.blocked) markUnreachable(deps.db, known.identity.id, TELEGRAM_BLOCKED, deps.clock());
  else deps.db.update(identities).set({ unreachableAt: null, unreachableReason: null }).where(eq(identities.id, known.identity.id)).run();
}

function isUpdate(v: unknown): v is Update {
  return typeof v === 'object' && v !== null && Number.isSafeInteger((v as { update_id?: unknown }).update_id);
}

/** The chat a person wrote from, to answer them directly when nothing can be recorded. */
function chatOf(update: Update): number | undefined {
  const id = update.message?.chat?.id ?? update.callback_query?.message?.chat?.id ?? update.callback_query?.from?.id;
  return typeof id === 'number' ? id : undefined;
}

/**
 * `POST /webhooks/telegram/:group`: unknown group → 404 (nothing written); wrong or missing
 * X-Telegram-Bot-Api-Secret-Token → 401 with nothing processed; otherwise 200 as soon as the update
 * is handled. A button press is answered IN the webhook response
 * (`{"method":"answerCallbackQuery","callback_query_id":…}`, Telegram's "reply to a webhook"):
 * no extra HTTP call, no network inside the request, nothing to retry (a callback answer is useless
 * after ~15 s, so the durable outbox is the wrong place for it). When the database takes no writes, the
 * person is told kindly to try again, in the webhook response too. When handling fails otherwise, the
 * query is still answered by a direct, unawaited API call and the 500 makes Telegram redeliver the update.
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
      update = parseJsonBounded(await c.req.text());
    } catch {
      return errorJson(c, 400, 'bad_request', 'body must be a JSON Telegram Update');
    }
    if (!isUpdate(update)) return errorJson(c, 400, 'bad_request', 'body must be a Telegram Update with an update_id');
    let result: UpdateResult;
    try {
      // Committed with the other updates of this turn of the event loop, and answered after that COMMIT.
      result = await txGrouped(deps.db, () => processUpdate(deps, account, update));
    } catch (e) {
      const id = callbackQueryId(update);
      if (isStorageFailure(e)) {
        logger().error({ platform: 'telegram', group: account.slug, updateId: String(update.update_id), ...errFields(e) }, 'database unavailable: asked the person to try again');
        if (id) void answerDirectly(deps.bots, account, id);
        const chat = chatOf(update);
        noteUpdate(c, { updateId: String(update.update_id), outcome: 'ignored', reason: 'database unavailable' });
        return chat === undefined ? c.body(null, 200) : c.json({ method: 'sendMessage', chat_id: chat, text: messages('vi').busy });
      }
      if (id) void answerDirectly(deps.bots, account, id);
      if (e instanceof DomainError && e.code === 'NOT_FOUND') return errorJson(c, 404, 'not_found', e.message);
      logger().error({ platform: 'telegram', group: account.slug, updateId: String(update.update_id), ...errFields(e) }, 'telegram update failed');
      return errorJson(c, 500, 'internal', 'internal error');
    }
    noteUpdate(c, { updateId: String(update.update_id), outcome: result.outcome, ...(result.reason ? { reason: result.reason } : {}) });
    if (result.ack) return c.json({ method: 'answerCallbackQuery', callback_query_id: result.ack });
    return c.body(null, 200);
  });
  return app;
}

/** Answers a callback query with a direct API call, logging (never throwing) a failure. */
export async function answerDirectly(bots: TelegramBots, account: TelegramAccount, callbackQueryId: string): Promise<void> {
  try {
    await bots.bot(account).api.answerCallbackQuery(callbackQueryId);
  } catch (e) {
    logger().warn({ platform: 'telegram', group: account.slug, ...errFields(e) }, 'answerCallbackQuery failed');
  }
}
