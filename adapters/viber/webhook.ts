import { Hono, type Context } from 'hono';
import { errFields, logger } from '../log.ts';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { tx, type Db } from '../../db/index.ts';
import { identities, outbox } from '../../db/schema.ts';
import type { Clock } from '../../core/clock.ts';
import { getGroup, type Group } from '../../core/catalog/queries.ts';
import { DomainError } from '../../core/errors.ts';
import { identify, markUnreachable } from '../../core/people/identify.ts';
import { handleIncoming } from '../../bots/engine.ts';
import type { Incoming, IncomingPhoto, Outgoing } from '../../bots/model.ts';
import { errorJson } from '../http-errors.ts';
import { parseJsonBounded } from '../limits.ts';
import { ignoreMalformed, noteUpdate } from '../observe.ts';
import { isStorageFailure } from '../../db/index.ts';
import { messages } from '../../bots/i18n/index.ts';
import { publishImage } from '../media.ts';
import { viberTokenFor } from './accounts.ts';
import { rawMessageToken, type ViberMessage } from './client.ts';
import { buttonDataOf, renderOutgoing } from './render.ts';
import { numberToButton } from '../adapter.ts';
import { VIBER_CAPABILITIES } from './capabilities.ts';
import { verifyViberSignature } from './signature.ts';
import { viberSenderObject } from './sender.ts';

/**
 * `POST /webhooks/viber/:group`: Viber's callbacks for the bot of one group.
 *
 * Order of checks: unknown group (or a group without a Viber bot) → 404; wrong or missing
 * `X-Viber-Content-Signature` → 401 at once, nothing read beyond the body and nothing written; a body that
 * is not a Viber callback → 400. Every other answer is 200, which is what stops Viber's retries.
 *
 * Events:
 * - `webhook` (Viber's check while `set_webhook` runs) → 200.
 * - `conversation_started` → the engine's welcome (a `follow`, or `/start <context>` when the deep link
 *   carried a context) is written to the outbox as usual; the first reply is then read back by its id,
 *   rendered, returned IN the HTTP response (the only way Viber lets a bot greet someone who has not
 *   subscribed; it is free) and marked sent so the worker does not send it again. Further replies are left
 *   for the worker when the user is already subscribed, and marked failed otherwise (Viber would refuse them).
 * - `subscribed` → for someone we have never seen, a `follow` (the welcome goes out through the outbox);
 *   for someone already known (the usual case: `conversation_started` greeted them, or they wrote first)
 *   no second welcome: we only record them as reachable again. Our choice, to avoid greeting twice.
 * - `unsubscribed` → the identity is marked unreachable (orders are kept).
 * - `message` → text, or a button press when the text is one of our `#b:` ActionBodies; a shared contact
 *   becomes its phone number as text (the customer giving their number); other media become empty text.
 * - `delivered`, `seen` → nothing to do. `failed` (a message of ours failed the client's checks after
 *   Viber accepted it) → that outbox row is marked failed with Viber's reason, and logged.
 *
 * `message_token` exceeds JavaScript's safe integers; it is read from the raw body text, never from a
 * parsed number, and deduplicates the callback through `Incoming.dedupe` (same transaction as the handling).
 */

export interface ViberWebhookDeps {
  db: Db;
  clock: Clock;
  publicUrl: string;
  envToken?: string;
  botName: string;
  botAvatar?: string;
  /** Tells a person directly (not through the outbox) that nothing could be recorded: the database takes no writes. */
  busyReply?: (groupId: number, userId: string) => Promise<void>;
}

const subscriber = z.object({ id: z.string().min(1).max(128), name: z.string().max(200).optional().nullable() }).passthrough();
const callback = z.object({ event: z.string().min(1).max(64) }).passthrough();
/** The reason recorded on a Viber identity that opened the chat but never subscribed. */
export const VIBER_NOT_SUBSCRIBED = 'viber: not subscribed';

const conversationStarted = z.object({ user: subscriber, context: z.string().max(1000).optional().nullable(), subscribed: z.boolean().optional() }).passthrough();
const subscribed = z.object({ user: subscriber }).passthrough();
const byUserId = z.object({ user_id: z.string().min(1).max(128) }).passthrough();
const message = z
  .object({
    sender: subscriber,
    message: z
      .object({
        type: z.string().min(1).max(32),
        text: z.string().max(20_000).optional().nullable(),
        contact: z.object({ phone_number: z.string().max(40).optional().nullable() }).passthrough().optional().nullable(),
        /** A `picture` message: the photo's URL on Viber's servers and its size in bytes. */
        media: z.string().max(4000).optional().nullable(),
        size: z.number().int().nonnegative().optional().nullable(),
      })
      .passthrough(),
  })
  .passthrough();
/** The photo of a Viber `picture` message (its caption is the message's `text`), as a reference to fetch later. */
export function picturePhoto(m: { type: string; media?: string | null; size?: number | null }): IncomingPhoto | undefined {
  if (m.type !== 'picture' || !m.media) return undefined;
  return { url: m.media, ...(m.size != null ? { size: m.size } : {}) };
}

const failed = z.object({ user_id: z.string().max(128).optional(), desc: z.string().max(2000).optional().nullable() }).passthrough();

const bad = (c: Context, why: string) => errorJson(c, 400, 'bad_request', why);
const ignore = (c: Context, why: string) => ignoreMalformed(c, 'viber', why);

/** A deep-link context we pass on as a start parameter (same alphabet as the engine's `st:` buttons). */
const START_ARG = /^[\w-]{1,60}$/;

/** Logs and notes an update that could not be recorded because the database takes no writes. */
function unavailable(c: Context, userId: string, e: unknown): void {
  logger().error({ platform: 'viber', userId, ...errFields(e) }, 'database unavailable: asked the person to try again');
  noteUpdate(c, { outcome: 'ignored', reason: 'database unavailable' });
}

/** The Hono routes of Viber's webhook (mount at /webhooks/viber). */
export function viberRoutes(deps: ViberWebhookDeps): Hono {
  const app = new Hono();
  const sender = viberSenderObject(deps);

  app.post('/:group', async (c) => {
    let group: Group;
    try {
      group = getGroup(deps.db, c.req.param('group'));
    } catch (e) {
      if (e instanceof DomainError && e.code === 'NOT_FOUND') return errorJson(c, 404, 'not_found', 'no such shop');
      throw e;
    }
    const token = viberTokenFor(deps.db, deps.envToken, group.id);
    if (!token) return errorJson(c, 404, 'not_found', 'this shop has no Viber bot');
    const raw = await c.req.text();
    if (!verifyViberSignature(raw, c.req.header('x-viber-content-signature'), token)) {
      return errorJson(c, 401, 'unauthorized', 'bad or missing X-Viber-Content-Signature');
    }
    let json: unknown;
    try {
      json = parseJsonBounded(raw);
    } catch (e) {
      return bad(c, (e as Error).message);
    }
    const head = callback.safeParse(json);
    if (!head.success) return ignore(c, 'not a Viber callback: no "event"');
    const messageToken = rawMessageToken(raw);
    const base = { platform: 'viber' as const, chatType: 'private' as const, groupSlug: group.slug };
    const dedupe = messageToken ? { dedupe: { source: 'viber', key: messageToken }, updateId: `viber:${messageToken}` } : {};

    switch (head.data.event) {
      case 'webhook':
        return c.json({ ok: true });

      case 'conversation_started': {
        const p = conversationStarted.safeParse(json);
        if (!p.success) return ignore(c, 'conversation_started without user.id');
        const { user, context } = p.data;
        const inc: Incoming = {
          ...base,
          ...dedupe,
          userId: user.id,
          userName: user.name ?? null,
          chatId: user.id,
          ...(context && START_ARG.test(context) ? { text: `/start ${context}` } : { event: 'follow' }),
        };
        let res: ReturnType<typeof handleIncoming>;
        try {
          res = handleIncoming(deps, inc);
        } catch (e) {
          if (!isStorageFailure(e)) throw e;
          // Nothing could be recorded: the one message Viber lets a bot send here says so kindly.
          unavailable(c, user.id, e);
          return c.json({ sender, type: 'text', text: messages('vi').busy });
        }
        // Someone who only opened the chat is not subscribed: Viber refuses messages to them (announcements
        // included) until they write or subscribe, which makes them reachable again (identify).
        if (!res.duplicate && p.data.subscribed !== true) markNotSubscribed(deps.db, user.id, deps.clock());
        if (res.duplicate || res.replies.length === 0) return c.json({ ok: true });
        // Synchronous from here to the update: the outbox worker cannot pick these rows up in between.
        const welcome = welcomeFromOutbox(deps, res.replies, p.data.subscribed === true, sender);
        return welcome ? c.json(welcome) : c.json({ ok: true });
      }

      case 'subscribed': {
        const p = subscribed.safeParse(json);
        if (!p.success) return ignore(c, 'subscribed without user.id');
        const { user } = p.data;
        const known = deps.db
          .select({ id: identities.id })
          .from(identities)
          .where(and(eq(identities.platform, 'viber'), eq(identities.platformUserId, user.id)))
          .get();
        if (known) {
          tx(deps.db, (t) => identify(t, { platform: 'viber', userId: user.id, name: user.name ?? null, privateChatId: user.id }, deps.clock()));
        } else {
          handleIncoming(deps, { ...base, ...dedupe, userId: user.id, userName: user.name ?? null, chatId: user.id, event: 'follow' });
        }
        return c.json({ ok: true });
      }

      case 'unsubscribed': {
        const p = byUserId.safeParse(json);
        if (!p.success) return ignore(c, 'unsubscribed without user_id');
        const ident = deps.db
          .select({ id: identities.id })
          .from(identities)
          .where(and(eq(identities.platform, 'viber'), eq(identities.platformUserId, p.data.user_id)))
          .get();
        if (ident) markUnreachable(deps.db, ident.id, 'viber: unsubscribed', deps.clock());
        return c.json({ ok: true });
      }

      case 'message': {
        const p = message.safeParse(json);
        if (!p.success) return ignore(c, 'message without sender.id or message.type');
        const { sender: who, message: m } = p.data;
        const text = m.type === 'contact' ? (m.contact?.phone_number ?? '') : (m.text ?? '');
        // A press of our keyboard, or a number typed in answer to the list under a longer menu (bots/capabilities.ts).
        const data = m.type === 'text' ? (buttonDataOf(text) ?? numberToButton(deps.db, 'viber', who.id, text, VIBER_CAPABILITIES)) : undefined;
        const photo = picturePhoto(m);
        try {
          handleIncoming(deps, {
            ...base,
            ...dedupe,
            userId: who.id,
            userName: who.name ?? null,
            chatId: who.id,
            ...(data !== undefined ? { button: data } : { text }),
            ...(photo ? { photo } : {}),
          });
        } catch (e) {
          if (!isStorageFailure(e)) throw e;
          unavailable(c, who.id, e);
          if (deps.busyReply) void deps.busyReply(group.id, who.id);
        }
        return c.json({ ok: true });
      }

      case 'failed': {
        const p = failed.safeParse(json);
        if (!p.success) return ignore(c, 'malformed failed callback');
        const reason = `viber failed: ${p.data.desc ?? 'no reason given'}`;
        if (messageToken) {
          deps.db
            .update(outbox)
            .set({ status: 'failed', lastError: reason })
            .where(and(eq(outbox.platform, 'viber'), eq(outbox.platformMessageId, messageToken)))
            .run();
        }
        logger().warn({ platform: 'viber', messageToken: messageToken ?? null, userId: p.data.user_id ?? null, desc: p.data.desc ?? null }, 'message failed on the client');
        return c.json({ ok: true });
      }

      default:
        // delivered, seen, and anything Viber adds later: acknowledged, nothing to do.
        return c.json({ ok: true });
    }
  });
  return app;
}

/**
 * Reads the engine's replies to a conversation_started by their outbox ids, renders the first as the
 * welcome message for the HTTP response and marks it sent; the others stay for the worker when the user
 * is subscribed, or are marked failed (Viber accepts one welcome message before a subscription).
 */
function welcomeFromOutbox(deps: ViberWebhookDeps, ids: number[], subscribedAlready: boolean, sender: ViberMessage['sender']): ViberMessage | undefined {
  const rows = deps.db.select().from(outbox).where(inArray(outbox.id, ids)).orderBy(asc(outbox.id)).all();
  const first = rows[0];
  if (!first) return undefined;
  const now = deps.clock();
  const parts = renderOutgoing(first.payload as unknown as Outgoing, {
    sender,
    publish: (image) => publishImage(deps.db, image, deps.publicUrl, now),
  });
  // A welcome is one message: a carousel's plain fallback, else the first part.
  const welcome = parts[0]!.fallback ?? parts[0]!.message;
  const at = now.toISOString();
  // Answered inline only while no delivery process has claimed it, so it never goes out twice.
  const taken = deps.db
    .update(outbox)
    .set({ status: 'sent', sentAt: at, attempts: first.attempts + 1, lastError: null })
    .where(and(eq(outbox.id, first.id), eq(outbox.status, 'pending')))
    .run();
  if (taken.changes === 0) return undefined;
  const rest = rows.slice(1).map((r) => r.id);
  if (rest.length && !subscribedAlready) {
    deps.db
      .update(outbox)
      .set({ status: 'failed', lastError: 'viber: only one welcome message is allowed before the user subscribes' })
      .where(inArray(outbox.id, rest))
      .run();
  }
  return welcome;
}

/** Marks a Viber user who opened the chat without subscribing as not reachable (yet). */
function markNotSubscribed(db: Db, userId: string, now: Date): void {
  const ident = db
    .select({ id: identities.id })
    .from(identities)
    .where(and(eq(identities.platform, 'viber'), eq(identities.platformUserId, userId)))
    .get();
  if (ident) markUnreachable(db, ident.id, VIBER_NOT_SUBSCRIBED, now);
}
