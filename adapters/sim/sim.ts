import { Hono } from 'hono';
import { and, asc, eq, gt, isNull, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import { prepared, tx, type Db } from '../../db/index.ts';
import { outbox } from '../../db/schema.ts';
import type { Clock } from '../../core/clock.ts';
import { getGroup } from '../../core/catalog/queries.ts';
import { handleIncoming } from '../../bots/engine.ts';
import type { Button, Outgoing } from '../../bots/model.ts';
import { imageFile, photoUrl } from '../media.ts';
import { SIM_PAGE } from './page.ts';
import { isStorageFailure } from '../../db/index.ts';
import { messages } from '../../bots/i18n/index.ts';
import { errFields, logger } from '../log.ts';
import type { Capabilities } from '../adapter.ts';

/**
 * What the simulator can do: everything Gom uses, without limits (its page edits in place, shows every
 * button, and takes texts and captions of any length), so messages reach it exactly as the bot wrote them.
 */
export const SIM_CAPABILITIES: Capabilities = {
  edit: true,
  maxButtons: Number.POSITIVE_INFINITY,
  maxButtonsPerRow: Number.POSITIVE_INFINITY,
  carousel: false,
  deepLink: true,
  photoByUrl: false,
  maxCaption: Number.POSITIVE_INFINITY,
  maxText: Number.POSITIVE_INFINITY,
};

/** A reply as the simulator shows it (CONTRACT.md section 3). */
type SimButtons = { label: string; data: string }[][];
/** A card of a `cards` reply: a stored photo is given by its URL (`/media/p/<hash>.jpg`) and its thumbnail's. */
export type SimCard = { title: string; subtitle?: string; image?: { url: string; thumb: string }; buttons?: SimButtons };
export type SimReply =
  | { id: string; type: 'text'; text: string; buttons?: SimButtons }
  | { id: string; type: 'photo'; mime: 'image/png' | 'image/jpeg'; base64: string; url?: string; caption?: string; buttons?: SimButtons }
  | { id: string; type: 'cards'; text: string; cards: SimCard[]; buttons?: SimButtons }
  | { id: string; type: 'edit'; target: string; text: string; buttons?: { label: string; data: string }[][] };

const id = z.string().trim().min(1).max(64).regex(/^[\w.@:-]+$/, 'letters, digits and . _ @ : - only');
const messageBody = z
  .strictObject({
    userId: id,
    name: z.string().trim().max(100).optional(),
    chatId: id.optional(),
    group: z.string().trim().min(1).max(64).optional(),
    text: z.string().max(20_000).optional(),
    button: z.string().max(256).optional(),
  })
  .refine((b) => (b.text === undefined) !== (b.button === undefined), { message: 'give exactly one of "text" or "button"' });

function simButtons(buttons: Button[][] | undefined) {
  if (!buttons) return undefined;
  // URL and phone buttons carry the link itself; a "start a private chat" button carries `st:<start>`,
  // which the page opens in the private chat (as a deep link would on Telegram).
  return buttons.map((row) => row.map((b) => ({ label: b.label, data: b.data ?? b.url ?? (b.phone ? `tel:${b.phone}` : b.start ? `st:${b.start}` : '') })));
}

async function toReply(db: Db, row: typeof outbox.$inferSelect): Promise<SimReply> {
  const msg = row.payload as unknown as Outgoing;
  const rid = String(row.id);
  const buttons = simButtons(msg.buttons);
  switch (msg.type) {
    case 'text':
      return { id: rid, type: 'text', text: msg.text, ...(buttons ? { buttons } : {}) };
    case 'photo': {
      const file = await imageFile(db, msg.image);
      const url = msg.image.kind === 'stored' ? { url: photoUrl('', msg.image.hash) } : {};
      return { id: rid, type: 'photo', mime: file.mime, base64: file.bytes.toString('base64'), ...url, ...(msg.caption ? { caption: msg.caption } : {}), ...(buttons ? { buttons } : {}) };
    }
    case 'cards': {
      const cards = msg.cards.map((c) => {
        const b = simButtons(c.buttons ? [c.buttons] : undefined);
        const image = c.image?.kind === 'stored' ? { url: photoUrl('', c.image.hash), thumb: photoUrl('', c.image.hash, 'thumb') } : undefined;
        return { title: c.title, ...(c.subtitle ? { subtitle: c.subtitle } : {}), ...(image ? { image } : {}), ...(b ? { buttons: b } : {}) };
      });
      return { id: rid, type: 'cards', text: msg.text ?? '', cards, ...(buttons ? { buttons } : {}) };
    }
    case 'edit':
      return { id: rid, type: 'edit', target: String(msg.target), text: msg.text, ...(buttons ? { buttons } : {}) };
  }
}

const unread = and(eq(outbox.platform, 'sim'), eq(outbox.chatId, sql.placeholder('chatId')), isNull(outbox.readAt), gt(outbox.id, sql.placeholder('afterId')));
const unreadOfChat = prepared((db) => db.select().from(outbox).where(unread).orderBy(asc(outbox.id)).prepare());
const markRead = prepared((db) =>
  db
    .update(outbox)
    .set({ readAt: sql`${sql.placeholder('at')}`, status: 'sent', sentAt: sql`${sql.placeholder('at')}`, platformMessageId: null })
    .where(and(unread, lte(outbox.id, sql.placeholder('lastId'))))
    .prepare(),
);
const lastOutboxId = prepared((db) => db.select({ max: sql<number | null>`max(${outbox.id})` }).from(outbox).prepare());

/** Takes (marks read) the simulator's undelivered messages for one chat after `afterId`, oldest first. */
function takeUnread(db: Db, chatId: string, now: Date, afterId = 0): (typeof outbox.$inferSelect)[] {
  const rows = unreadOfChat(db).all({ chatId, afterId });
  if (rows.length > 0) markRead(db).run({ chatId, afterId, lastId: rows[rows.length - 1]!.id, at: now.toISOString() });
  return rows;
}

/** Reads (and marks read) the simulator's undelivered messages for one chat, oldest first. */
async function drain(db: Db, chatId: string, now: Date, afterId = 0): Promise<SimReply[]> {
  return Promise.all(tx(db, (t) => takeUnread(t, chatId, now, afterId)).map((r) => toReply(db, r)));
}

/** The chat simulator: a real adapter that translates its JSON to the neutral model and back. */
export function simAdapter(deps: { db: Db; clock: Clock }): Hono {
  const app = new Hono();
  app.get('/', (c) => c.html(SIM_PAGE));
  app.post('/sim/messages', async (c) => {
    let json: unknown;
    try {
      json = await c.req.json();
    } catch {
      return c.json({ error: { code: 'bad_request', message: 'body must be JSON' } }, 400);
    }
    const parsed = messageBody.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return c.json({ error: { code: 'bad_request', message: `${issue.path.join('.') || 'body'}: ${issue.message}` } }, 400);
    }
    const b = parsed.data;
    if (b.group) getGroup(deps.db, b.group); // NOT_FOUND → 404 through app.onError
    const chatId = b.chatId ?? b.userId;
    let rows: (typeof outbox.$inferSelect)[];
    try {
      // The turn and the reading of its replies share one transaction: one commit per message.
      // Pictures are rendered after it, outside the write lock.
      rows = tx(deps.db, (t) => {
        const before = lastOutboxId(t).get()?.max ?? 0;
        handleIncoming({ db: t, clock: deps.clock }, {
          platform: 'sim',
          userId: b.userId,
          userName: b.name ?? null,
          chatId,
          chatType: chatId === b.userId ? 'private' : 'group',
          // In the simulator every user can always be written to privately.
          privateChatId: b.userId,
          ...(b.text !== undefined ? { text: b.text } : { button: b.button! }),
          ...(b.group ? { groupSlug: b.group } : {}),
        });
        return takeUnread(t, chatId, deps.clock(), before);
      });
    } catch (e) {
      if (!isStorageFailure(e)) throw e;
      // Nothing could be recorded: say so kindly, as a chat would, with the 503 a client can act on.
      logger().error({ platform: 'sim', ...errFields(e) }, 'database unavailable: asked the person to try again');
      const busy = { id: 'busy', type: 'text', text: messages('vi').busy };
      return c.json({ error: { code: 'unavailable', message: 'the database cannot be written right now; try again later' }, replies: [busy] }, 503);
    }
    return c.json({ replies: await Promise.all(rows.map((r) => toReply(deps.db, r))) });
  });
  app.get('/sim/inbox', async (c) => {
    const q = z
      .object({ userId: id.optional(), chatId: id.optional() })
      .refine((x) => !!(x.userId ?? x.chatId), { message: 'give userId or chatId' })
      .safeParse(c.req.query());
    if (!q.success) return c.json({ error: { code: 'bad_request', message: q.error.issues[0]!.message } }, 400);
    return c.json({ messages: await drain(deps.db, (q.data.chatId ?? q.data.userId)!, deps.clock()) });
  });
  return app;
}
