import { Hono } from 'hono';
import { and, desc, eq, gt, isNotNull, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { prepared, tx, txGrouped, type Db } from '../../db/index.ts';
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
    /** What the person saw on the button they pressed, kept for the chat's history (the data otherwise). */
    label: z.string().max(200).optional(),
  })
  .refine((b) => (b.text === undefined) !== (b.button === undefined), { message: 'give exactly one of "text" or "button"' });

function simButtons(buttons: Button[][] | undefined) {
  if (!buttons) return undefined;
  // URL and phone buttons carry the link itself; a "start a private chat" button carries `st:<start>`,
  // which the page opens in the private chat (as a deep link would on Telegram).
  return buttons.map((row) => row.map((b) => ({ label: b.label, data: b.data ?? b.url ?? (b.phone ? `tel:${b.phone}` : b.start ? `st:${b.start}` : '') })));
}

/** What the page needs of an outbox row to show it. */
type ShownRow = Pick<typeof outbox.$inferSelect, 'id' | 'payload'>;

async function toReply(db: Db, row: ShownRow): Promise<SimReply> {
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
// Takes a chat's unread messages in one statement (it ran as a select and an update on every message):
// marks them read and returns them, in no particular order (takeUnread sorts them).
const takeUnreadOfChat = prepared((db) =>
  db
    .update(outbox)
    .set({ readAt: sql`${sql.placeholder('at')}`, status: 'sent', sentAt: sql`${sql.placeholder('at')}`, platformMessageId: null })
    .where(unread)
    // Only what the page shows: every message of a chat turn is read back, and mapping all nineteen columns cost more.
    .returning({ id: outbox.id, payload: outbox.payload })
    .prepare(),
);
/** What the page shows of a chat after a reload: the people's messages (`mine` for the viewer's own) and the bot's, in order. */
export type SimHistoryItem = (SimReply & { userId?: undefined }) | { id: string; type: 'text'; text: string; mine: boolean; from: string; userId: string };

/** How many items of a chat's history the page reads back at most (the newest). */
export const SIM_HISTORY_LIMIT = 200;

/**
 * What people write in the simulator is kept in `chat_states` (the bot's side is the outbox), one row per
 * message under `sim-log:<chat>:<outbox id when written>:<time>`, so a chat's rows are one key range, in order.
 */
const SIM_LOG = 'sim-log:';
const logPrefix = (chatId: string) => `${SIM_LOG}${encodeURIComponent(chatId)}:`;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** One line a person wrote in the simulator, as kept for the history. */
interface SimLine {
  userId: string;
  name: string | null;
  text: string;
  afterOutboxId: number;
}

const historyOfPeople = prepared((db) =>
  db.$client.prepare<[string, string, number], { key: string; data: string }>('select key, data from chat_states where key >= ? and key < ? order by key desc limit ?'),
);

// One statement compiled once per connection: it runs on every simulator message.
const insertLine = prepared((db) => db.$client.prepare<[string, string, string]>('insert into chat_states (key, data, updated_at) values (?, ?, ?)'));

/** Keeps what a person wrote, so the page can show it again after a reload. */
function logLine(db: Db, chatId: string, line: SimLine, now: Date): void {
  const key = `${logPrefix(chatId)}${pad(line.afterOutboxId, 12)}:${pad(now.getTime(), 15)}:${Math.random().toString(36).slice(2, 8)}`;
  insertLine(db).run(key, JSON.stringify(line), now.toISOString());
}

const historyOfBot = prepared((db) =>
  db.select().from(outbox).where(and(eq(outbox.platform, 'sim'), eq(outbox.chatId, sql.placeholder('chatId')), isNotNull(outbox.readAt))).orderBy(desc(outbox.id)).limit(sql.placeholder('limit')).prepare(),
);

/**
 * A chat's history as the page shows it: what people wrote (kept in `chat_states`) and what the bot sent
 * that the page has already shown (the outbox), oldest first, the newest `limit` items. Messages not shown
 * yet are left to the inbox, so nothing appears twice.
 */
async function history(db: Db, chatId: string, viewer: string, limit = SIM_HISTORY_LIMIT): Promise<SimHistoryItem[]> {
  const prefix = logPrefix(chatId);
  // ';' sorts right after ':', so [prefix, prefix with ';') is exactly this chat's rows.
  const people = historyOfPeople(db)
    .all(prefix, `${prefix.slice(0, -1)};`, limit)
    .map((r, i) => ({ id: `p${r.key.slice(prefix.length)}`.replace(/:/g, '-') || `p${i}`, ...(JSON.parse(r.data) as SimLine) }));
  const bot = historyOfBot(db).all({ chatId, limit });
  // A person's message comes right after the bot messages that existed when it was written.
  const merged = [
    ...people.map((p) => ({ key: p.afterOutboxId + 0.5, person: p })),
    ...bot.map((row) => ({ key: row.id, row })),
  ]
    .sort((a, b) => a.key - b.key)
    .slice(-limit);
  return Promise.all(
    merged.map(async (x): Promise<SimHistoryItem> =>
      'person' in x
        ? { id: x.person.id, type: 'text', text: x.person.text, mine: x.person.userId === viewer, from: x.person.name ?? x.person.userId, userId: x.person.userId }
        : toReply(db, x.row),
    ),
  );
}

const lastOutboxId = prepared((db) => db.select({ max: sql<number | null>`max(${outbox.id})` }).from(outbox).prepare());

/** Takes (marks read) the simulator's undelivered messages for one chat after `afterId`, oldest first. */
function takeUnread(db: Db, chatId: string, now: Date, afterId = 0): ShownRow[] {
  return takeUnreadOfChat(db)
    .all({ chatId, afterId, at: now.toISOString() })
    .sort((a, b) => a.id - b.id);
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
    let rows: ShownRow[];
    try {
      // The turn and the reading of its replies share one transaction, committed with the other messages
      // that arrived in the same turn of the event loop (one COMMIT for them all, db/index.ts); the replies
      // are answered only once it is committed. Pictures are rendered after it, outside the write lock.
      rows = await txGrouped(deps.db, (t) => {
        const before = lastOutboxId(t).get()?.max ?? 0;
        // Kept so the page can show the chat again after a reload (the bot's side is in the outbox).
        logLine(t, chatId, { userId: b.userId, name: b.name ?? null, text: b.text ?? b.label ?? b.button!, afterOutboxId: before }, deps.clock());
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
  app.get('/sim/history', async (c) => {
    const q = z.object({ userId: id, chatId: id.optional() }).safeParse(c.req.query());
    if (!q.success) return c.json({ error: { code: 'bad_request', message: q.error.issues[0]!.message } }, 400);
    return c.json({ messages: await history(deps.db, q.data.chatId ?? q.data.userId, q.data.userId) });
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
