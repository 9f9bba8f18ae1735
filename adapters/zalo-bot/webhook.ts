import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { Db } from '../../db/index.ts';
import type { Clock } from '../../core/clock.ts';
import { handleIncoming } from '../../bots/engine.ts';
import type { Incoming, IncomingPhoto } from '../../bots/model.ts';
import { errorJson } from '../http-errors.ts';
import { isStorageFailure } from '../../db/index.ts';
import { errFields, logger } from '../log.ts';
import { parseJsonBounded } from '../limits.ts';
import { ignoreMalformed, noteUpdate } from '../observe.ts';
import { numberToButton } from '../adapter.ts';
import { ZALO_BOT_CAPABILITIES } from './capabilities.ts';
import { constantTimeEqual } from '../zalo/signature.ts';

const id = z.union([z.string().min(1).max(128), z.number()]).transform(String);

const messageSchema = z
  .object({
    message_id: id,
    from: z.object({ id, display_name: z.string().max(200).optional(), first_name: z.string().max(200).optional(), is_bot: z.boolean().optional() }).passthrough(),
    chat: z.object({ id, chat_type: z.string().max(32).optional() }).passthrough(),
    text: z.string().max(20_000).optional(),
    /** `message.image.received`: the photo's URL on Zalo's servers, and its caption. */
    photo: z.string().max(4000).optional(),
    caption: z.string().max(20_000).optional(),
  })
  .passthrough();

const resultSchema = z.object({ event_name: z.string().min(1).max(64), message: messageSchema.optional() }).passthrough();

/** The update Zalo posts: `{ok: true, result: {event_name, message}}` (also accepted unwrapped). */
export function parseBotUpdate(json: unknown): z.infer<typeof resultSchema> | undefined {
  const wrapped = z.object({ ok: z.boolean().optional(), result: resultSchema }).safeParse(json);
  if (wrapped.success) return wrapped.data.result;
  const bare = resultSchema.safeParse(json);
  return bare.success ? bare.data : undefined;
}

/** Configuration of the Bot Platform webhook. */
export interface ZaloBotWebhookDeps {
  db: Db;
  clock: Clock;
  secret: string;
  groupSlug: string;
  /** Tells a chat directly (not through the outbox) that nothing could be recorded: the database takes no writes. */
  busyReply?: (chatId: string) => Promise<void>;
}

/**
 * `POST /webhooks/zalo-bot/:group`: Bot Platform updates, checked against `X-Bot-Api-Secret-Token`
 * in constant time (401 when wrong or missing), deduplicated on `message_id`, handled into the outbox
 * and answered 200 at once. A bare number typed after a numbered list is that list's button.
 */
export function zaloBotWebhookRoutes(deps: ZaloBotWebhookDeps): Hono {
  const app = new Hono();
  app.post('/:group', async (c) => {
    if (!constantTimeEqual(c.req.header('x-bot-api-secret-token') ?? '', deps.secret)) {
      return errorJson(c, 401, 'unauthorized', 'bad or missing X-Bot-Api-Secret-Token');
    }
    if (c.req.param('group') !== deps.groupSlug) return errorJson(c, 404, 'not_found', `no Zalo bot for group "${c.req.param('group')}"`);
    let json: unknown;
    try {
      json = parseJsonBounded(await c.req.text());
    } catch (e) {
      return errorJson(c, 400, 'bad_request', (e as Error).message);
    }
    const up = parseBotUpdate(json);
    if (!up) return ignoreMalformed(c, 'zalo-bot', 'malformed Zalo Bot update');
    const msg = up.message;
    if (!msg) return c.json({ ok: true });
    // Another bot (or this one's echo) is never a customer: answering it could start a loop between bots.
    if (msg.from.is_bot) {
      noteUpdate(c, { updateId: msg.message_id, outcome: 'ignored', reason: 'from a bot' });
      return c.json({ ok: true });
    }
    const isGroup = (msg.chat.chat_type ?? '').toUpperCase() === 'GROUP';
    const base = {
      platform: 'zalo-bot' as const,
      userId: msg.from.id,
      userName: msg.from.display_name ?? msg.from.first_name ?? null,
      chatId: msg.chat.id,
      chatType: isGroup ? ('group' as const) : ('private' as const),
      groupSlug: deps.groupSlug,
      updateId: msg.message_id,
      dedupe: { source: 'zalo-bot', key: msg.message_id },
    };
    try {
      handleBotMessage(deps, up.event_name, msg, base, isGroup, c);
    } catch (e) {
      if (!isStorageFailure(e)) throw e;
      logger().error({ platform: 'zalo-bot', group: deps.groupSlug, updateId: msg.message_id, ...errFields(e) }, 'database unavailable: asked the person to try again');
      noteUpdate(c, { updateId: msg.message_id, outcome: 'ignored', reason: 'database unavailable' });
      if (deps.busyReply) void deps.busyReply(msg.chat.id);
    }
    // Stickers and unsupported messages: acknowledged, nothing to do.
    return c.json({ ok: true });
  });
  return app;
}

type BotMessage = NonNullable<NonNullable<ReturnType<typeof parseBotUpdate>>['message']>;

/** The photo of a `message.image.received` update (`message.photo`, a URL) and its caption, for the neutral message. */
export function botPhoto(msg: Pick<BotMessage, 'photo' | 'caption'>): { photo?: IncomingPhoto; text?: string } {
  const caption = msg.caption?.trim();
  return { ...(msg.photo ? { photo: { url: msg.photo } } : {}), ...(caption ? { text: caption } : {}) };
}
type BotBase = Omit<Incoming, 'text' | 'button' | 'groupSlug'> & { groupSlug: string; dedupe: { source: string; key: string } };

/** Handles one person's message (SQLite only, no network): text or a numbered choice, or a picture in private. */
function handleBotMessage(deps: ZaloBotWebhookDeps, eventName: string, msg: BotMessage, base: BotBase, isGroup: boolean, c: Context): void {
  if (eventName === 'message.text.received') {
    const text = msg.text ?? '';
    const button = numberToButton(deps.db, 'zalo-bot', msg.chat.id, text, ZALO_BOT_CAPABILITIES);
    const inc: Incoming = button !== undefined ? { ...base, button } : { ...base, text };
    const res = handleIncoming({ db: deps.db, clock: deps.clock }, inc);
    noteUpdate(c, { updateId: msg.message_id, outcome: res.duplicate ? 'duplicate' : 'accepted' });
  } else if (eventName === 'message.image.received' && !isGroup) {
    const res = handleIncoming({ db: deps.db, clock: deps.clock }, { ...base, ...botPhoto(msg) });
    noteUpdate(c, { updateId: msg.message_id, outcome: res.duplicate ? 'duplicate' : 'accepted' });
  }
}
