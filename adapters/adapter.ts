import type { Hono } from 'hono';
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/index.ts';
import { outbox, type Platform } from '../db/schema.ts';
import { adaptOutgoing, type Capabilities } from '../bots/capabilities.ts';
import { buttonRows, type Button, type Incoming, type Outgoing } from '../bots/model.ts';
import { choiceOf, typedNumber } from '../bots/numbered-list.ts';
import type { Delivery, Sender } from './outbox/types.ts';

export type { Capabilities };

/**
 * One chat platform as the server sees it (the Vercel Chat SDK's `Adapter` is the model): what it can
 * do, the routes it adds, the outbox sender that delivers to it, and its start-up work.
 */
export interface ChatAdapter {
  name: Platform;
  capabilities: Capabilities;
  /** Mounts the platform's webhook routes. */
  mount: (app: Hono) => void;
  /** Delivers outbox messages, already adapted to `capabilities` (see `adaptingSender`). */
  sender: Sender;
  /** Start-time work once the server listens (webhook registration, command menus). Never throws. */
  afterListen?: () => Promise<void>;
}

/**
 * A sender that first adapts each message to the platform's capabilities (bots/capabilities.ts) and
 * hands the pieces to the platform's own sender in order. So a platform sender is never asked to edit
 * when it cannot, never gets more buttons than it shows, nor a text or caption over its limit.
 * The id returned is the photo's for a photo, else the last piece's (the one with the buttons).
 */
export function adaptingSender(inner: Sender, caps: Capabilities): Sender {
  return {
    ...(inner.marksWire ? { marksWire: true } : {}),
    ...(inner.concurrency !== undefined ? { concurrency: inner.concurrency } : {}),
    async send(d: Delivery): Promise<{ messageId?: string }> {
      const parts = adaptOutgoing(d.message, caps);
      if (parts.length === 1) return inner.send({ ...d, message: parts[0]! });
      let first: string | undefined;
      let last: string | undefined;
      for (const [i, message] of parts.entries()) {
        const piece: Delivery = { row: d.row, message, ...(d.targetMessageId ? { targetMessageId: d.targetMessageId } : {}), ...(i === 0 && d.onWire ? { onWire: d.onWire } : {}) };
        const res = await inner.send(piece);
        if (i === 0) first = res.messageId;
        last = res.messageId ?? last;
      }
      return { messageId: parts[0]!.type === 'photo' ? first : last };
    },
  };
}

function buttonsOf(payload: Record<string, unknown>): Button[][] | undefined {
  // A catalog of cards lists its cards' buttons first (bots/model.ts `buttonRows`).
  const rows = buttonRows(payload as unknown as Outgoing);
  return rows.length ? rows : undefined;
}

/**
 * Maps a typed number back to the button data of the last numbered list sent to this chat, or
 * undefined when the text is not a bare number of that list (then it is an ordinary message).
 *
 * Where the list is kept: nowhere extra. The most recent outbox message to the chat that carried
 * buttons (the last list the person was shown, or is about to be shown) is numbered again by the same
 * function that wrote its text, so a restart loses nothing and no second store can drift.
 */
export function numberToButton(db: Db, platform: Platform, chatId: string, text: string, caps: Pick<Capabilities, 'maxButtons'>): string | undefined {
  const n = typedNumber(text);
  if (n === undefined || n <= caps.maxButtons) return undefined;
  const rows = db
    .select({ payload: outbox.payload })
    .from(outbox)
    .where(and(eq(outbox.platform, platform), eq(outbox.chatId, chatId)))
    .orderBy(desc(outbox.id))
    .limit(20)
    .all();
  const last = rows.map((r) => buttonsOf(r.payload)).find((b) => b !== undefined);
  return last ? choiceOf(last, caps.maxButtons, n) : undefined;
}

/** The incoming message as a button press when its text is the number of an entry in the chat's last numbered list. */
export function typedChoice(db: Db, inc: Incoming, caps: Pick<Capabilities, 'maxButtons'>): Incoming {
  if (inc.text === undefined || inc.button !== undefined) return inc;
  const button = numberToButton(db, inc.platform, inc.chatId, inc.text, caps);
  if (button === undefined) return inc;
  const { text: _typed, ...rest } = inc;
  return { ...rest, button };
}
