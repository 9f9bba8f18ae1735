import { Hono, type Context } from 'hono';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/index.ts';
import { identities } from '../../db/schema.ts';
import type { Clock } from '../../core/clock.ts';
import { handleIncoming } from '../../bots/engine.ts';
import type { Incoming } from '../../bots/model.ts';
import { errorJson } from '../http-errors.ts';
import { parseJsonBounded, topLevelScalar } from '../limits.ts';
import { isStorageFailure } from '../../db/index.ts';
import { errFields, logger } from '../log.ts';
import { ignoreMalformed, noteUpdate } from '../observe.ts';
import { numberToButton } from '../adapter.ts';
import { ZALO_OA_CAPABILITIES } from './capabilities.ts';
import { BUTTON_PREFIX, markZaloUnreachable } from './sender.ts';
import { verifyZaloSignature } from './signature.ts';

const id = z.union([z.string().min(1).max(64), z.number()]).transform(String);

/** The fields of Zalo OA webhook events that Gom reads (others are ignored, not refused). */
const eventSchema = z.object({
  app_id: id.optional(),
  event_name: z.string().min(1).max(64),
  timestamp: id,
  sender: z.object({ id }).optional(),
  recipient: z.object({ id }).optional(),
  follower: z.object({ id }).optional(),
  oa_id: id.optional(),
  message: z.object({ msg_id: id.optional(), text: z.string().max(20_000).optional() }).passthrough().optional(),
});
type ZaloEvent = z.infer<typeof eventSchema>;

/** Configuration of the OA webhook. */
export interface ZaloWebhookDeps {
  db: Db;
  clock: Clock;
  appId: string;
  oaSecretKey: string;
  /** The group (shop) this OA serves; other slugs answer 404. */
  groupSlug: string;
  /** Tells a person directly (not through the outbox) that nothing could be recorded: the database takes no writes. */
  busyReply?: (userId: string) => Promise<void>;
}

/** The neutral message for a `user_send_text`: a button press when it carries a payload the bot issued. */
export function textIncoming(db: Db, ev: ZaloEvent, groupSlug: string): Incoming {
  const userId = ev.sender!.id;
  const text = ev.message?.text ?? '';
  const base = { platform: 'zalo' as const, userId, chatId: userId, chatType: 'private' as const, groupSlug, updateId: ev.message!.msg_id! };
  const dedupe = { source: 'zalo', key: ev.message!.msg_id! };
  if (text.startsWith(BUTTON_PREFIX)) return { ...base, button: text.slice(BUTTON_PREFIX.length), dedupe };
  const typed = numberToButton(db, 'zalo', userId, text, ZALO_OA_CAPABILITIES);
  if (typed !== undefined) return { ...base, button: typed, dedupe };
  return { ...base, text, dedupe };
}

/**
 * The neutral message for a `user_send_image`: the first image attachment's URL on Zalo's CDN
 * (`message.attachments[].payload.url`) as the photo to fetch, and any caption (`message.text`) as text.
 */
export function imageIncoming(ev: ZaloEvent, groupSlug: string): Incoming {
  const userId = ev.sender!.id;
  const attachments = (ev.message as { attachments?: unknown } | undefined)?.attachments;
  const url = Array.isArray(attachments)
    ? attachments.map((a) => (a as { type?: unknown; payload?: { url?: unknown } })).find((a) => a.type === 'image' && typeof a.payload?.url === 'string')?.payload?.url
    : undefined;
  const caption = ev.message?.text?.trim();
  return {
    platform: 'zalo',
    userId,
    chatId: userId,
    chatType: 'private',
    groupSlug,
    updateId: ev.message!.msg_id!,
    dedupe: { source: 'zalo', key: ev.message!.msg_id! },
    ...(caption ? { text: caption } : {}),
    ...(typeof url === 'string' ? { photo: { url } } : {}),
  };
}

/**
 * `POST /webhooks/zalo/:group`: Zalo OA events, checked against `X-ZEvent-Signature` (401 and nothing
 * processed when wrong or missing), deduplicated on `msg_id`, handled synchronously into the outbox and
 * answered 200 at once (no network call happens here; the outbox worker sends the replies).
 */
export function zaloWebhookRoutes(deps: ZaloWebhookDeps): Hono {
  const app = new Hono();
  app.post('/:group', async (c) => {
    if (c.req.param('group') !== deps.groupSlug) return errorJson(c, 404, 'not_found', `no Zalo OA for group "${c.req.param('group')}"`);
    const raw = await c.req.text();
    // Zalo signs app id + body + the body's own top-level `timestamp`: read it with one linear scan, check
    // the signature, and only then parse (bounded in depth) what is now known to come from Zalo.
    const timestamp = topLevelScalar(raw, 'timestamp') ?? '';
    if (!verifyZaloSignature(c.req.header('x-zevent-signature'), deps.appId, raw, timestamp, deps.oaSecretKey)) {
      return errorJson(c, 401, 'unauthorized', 'bad or missing X-ZEvent-Signature');
    }
    let json: unknown;
    try {
      json = parseJsonBounded(raw);
    } catch (e) {
      return errorJson(c, 400, 'bad_request', (e as Error).message);
    }
    const parsed = eventSchema.safeParse(json);
    if (!parsed.success) return ignoreMalformed(c, 'zalo', `malformed Zalo event: ${parsed.error.issues[0]!.path.join('.')}`);
    const ev = parsed.data;
    try {
      return handleEvent(deps, c, ev);
    } catch (e) {
      if (!isStorageFailure(e)) throw e;
      const userId = ev.sender?.id ?? ev.follower?.id;
      logger().error({ platform: 'zalo', userId: userId ?? null, ...errFields(e) }, 'database unavailable: asked the person to try again');
      noteUpdate(c, { outcome: 'ignored', reason: 'database unavailable' });
      if (userId && deps.busyReply && ev.event_name.startsWith('user_send_')) void deps.busyReply(userId);
      return c.json({ ok: true });
    }
  });
  return app;
}

/** Handles one verified, well-formed event (SQLite only, no network). */
function handleEvent(deps: ZaloWebhookDeps, c: Context, ev: ZaloEvent): Response {
  const now = deps.clock();
  const ctx = { db: deps.db, clock: deps.clock };
  switch (ev.event_name) {
    case 'user_send_text': {
      if (!ev.sender || !ev.message?.msg_id) return ignoreMalformed(c, 'zalo', 'user_send_text without sender.id or message.msg_id');
      const res = handleIncoming(ctx, textIncoming(deps.db, ev, deps.groupSlug));
      noteUpdate(c, { updateId: ev.message.msg_id, outcome: res.duplicate ? 'duplicate' : 'accepted' });
      break;
    }
    case 'user_send_image': {
      if (!ev.sender || !ev.message?.msg_id) return ignoreMalformed(c, 'zalo', 'user_send_image without sender.id or message.msg_id');
      // The photo (a seller's product photo, a customer's screenshot) goes to the bot as Incoming.photo.
      const res = handleIncoming(ctx, imageIncoming(ev, deps.groupSlug));
      noteUpdate(c, { updateId: ev.message.msg_id, outcome: res.duplicate ? 'duplicate' : 'accepted' });
      break;
    }
    case 'follow':
    case 'unfollow': {
      const userId = ev.follower?.id ?? ev.sender?.id;
      if (!userId) return ignoreMalformed(c, 'zalo', `${ev.event_name} without follower.id`);
      const res = handleIncoming(ctx, {
        platform: 'zalo',
        userId,
        chatId: userId,
        chatType: 'private',
        groupSlug: deps.groupSlug,
        event: ev.event_name,
        dedupe: { source: 'zalo', key: `${ev.event_name}:${userId}:${ev.timestamp}` },
      });
      if (ev.event_name === 'unfollow' && !res.duplicate) {
        const ident = deps.db
          .select()
          .from(identities)
          .where(and(eq(identities.platform, 'zalo'), eq(identities.platformUserId, userId)))
          .get();
        if (ident) markZaloUnreachable(deps.db, ident.id, now);
      }
      break;
    }
    default:
      // Stickers, files, delivery/seen receipts, OA echoes …: acknowledged, nothing to do.
      break;
  }
  return c.json({ ok: true });
}

