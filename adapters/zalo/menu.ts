import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { outbox, type Platform } from '../../db/schema.ts';
import { buttonRows, type Button, type Outgoing } from '../../bots/model.ts';

/**
 * Explicit degradation of buttons to a numbered text list, shared by both Zalo modes.
 *
 * - Zalo OA shows at most ZALO_OA_MAX_BUTTONS real buttons per message; the buttons after those are
 *   written under the text as "6. Trang sau", "7. Giỏ hàng" … and the customer replies with the number.
 * - The Zalo Bot Platform has no buttons at all: every button becomes a numbered line.
 *
 * Where the list is kept: nowhere extra. A typed number is mapped back through the most recent outbox
 * message to that chat that carried buttons (the last list the customer was shown, or is about to be
 * shown), numbered by the same function that wrote the text. So a restart loses nothing and no second
 * store can drift from what was sent.
 */

/** One entry of a numbered list: a number the customer can type, and what it stands for. */
export interface MenuEntry {
  n: number;
  label: string;
  /** The button data to feed back to the engine (data buttons and `start` buttons as `st:<start>`). */
  data?: string;
  url?: string;
  phone?: string;
}

/** The data a button sends back, if any (a `start` button becomes `st:<start>`, as the engine expects). */
export function buttonData(b: Button): string | undefined {
  if (b.data !== undefined) return b.data;
  if (b.start !== undefined) return `st:${b.start}`;
  return undefined;
}

/** All buttons of a message in reading order. */
export function flatButtons(buttons: Button[][] | undefined): Button[] {
  return (buttons ?? []).flat();
}

/** Labels like "3. Khăn lụa" already carry a number; the list adds its own, so strip it. */
function cleanLabel(label: string): string {
  return label.replace(/^\s*\d{1,3}\.\s+/, '').trim();
}

/** Numbers the buttons after the first `keep` (which the platform shows as real buttons), from keep+1. */
export function numberedEntries(buttons: Button[][] | undefined, keep: number): MenuEntry[] {
  return flatButtons(buttons)
    .slice(keep)
    .map((b, i) => ({ n: keep + i + 1, label: cleanLabel(b.label), data: buttonData(b), url: b.url, phone: b.phone }));
}

/** The numbered list as text (Vietnamese first), or '' when there is nothing to list. */
export function menuText(entries: MenuEntry[]): string {
  if (entries.length === 0) return '';
  const lines = entries.map((e) => {
    if (e.url) return `🔗 ${e.label}: ${e.url}`;
    if (e.phone) return `📞 ${e.label}: ${e.phone}`;
    return `${e.n}. ${e.label}`;
  });
  const selectable = entries.some((e) => e.data !== undefined);
  return [selectable ? 'Trả lời bằng số để chọn (reply with a number):' : '', ...lines].filter(Boolean).join('\n');
}

/** The text of a message with the numbered list appended. */
export function withMenu(text: string, entries: MenuEntry[]): string {
  const menu = menuText(entries);
  return menu ? `${text}\n\n${menu}` : text;
}

function buttonsOf(payload: Record<string, unknown>): Button[][] | undefined {
  const rows = buttonRows(payload as unknown as Outgoing);
  return rows.length ? rows : undefined;
}

/**
 * Maps a typed number back to the button data of the last numbered list sent to this chat, or
 * undefined when the text is not a bare number of that list (then it is an ordinary message).
 */
export function numberToButton(db: Db, platform: Platform, chatId: string, text: string, keep: number): string | undefined {
  const m = /^\s*(\d{1,3})\s*[.)]?\s*$/.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  const rows = db
    .select({ payload: outbox.payload })
    .from(outbox)
    .where(and(eq(outbox.platform, platform), eq(outbox.chatId, chatId)))
    .orderBy(desc(outbox.id))
    .limit(20)
    .all();
  const last = rows.map((r) => buttonsOf(r.payload)).find((b) => b !== undefined);
  if (!last) return undefined;
  return numberedEntries(last, keep).find((e) => e.n === n && e.data !== undefined)?.data;
}
