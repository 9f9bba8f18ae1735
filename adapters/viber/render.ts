import type { Button, Image, Outgoing } from '../../bots/model.ts';
import { splitText } from '../../core/text.ts';
import type { ViberButton, ViberKeyboard, ViberMessage, ViberSender } from './client.ts';

/**
 * Translates the neutral `Outgoing` into Viber messages, using Viber's own features where they fit and
 * degrading explicitly where Viber has no equivalent:
 *
 * - `data` buttons → a custom keyboard of `reply` buttons whose ActionBody is `#b:<data>`. A press comes
 *   back as an ordinary text message whose text is that ActionBody; the marker is how the webhook tells a
 *   press from something the customer typed. Buttons are `Silent`, so the marker is not shown in the chat.
 * - `url` buttons → `open-url` buttons; `start` buttons → `#b:st:<start>` (Viber has no deep-link start
 *   parameter into an open chat); `phone` buttons → a line of text under the message (Viber keyboards
 *   cannot dial).
 * - more than MAX_KEYBOARD_BUTTONS buttons → the rest become a numbered text list under the message.
 *   Outbox messages never get here with more: the shared adaptation (bots/capabilities.ts, applied by
 *   the adapter's sender) numbers them first, answerable by typing the number; this stays for the
 *   welcome message the webhook answers directly.
 * - a message whose buttons are mostly products (`p:<SKU>`, the catalog) → the text, then a rich-media
 *   carousel with one card per product (≤ 6 cards, Viber's maximum) carrying the remaining buttons as its
 *   keyboard; `alt_text` and a plain keyboard `fallback` cover clients that cannot show rich media.
 * - `photo` → a `picture` message by URL (`publish` returns the app's expiring /media URL); a caption
 *   longer than PICTURE_TEXT_MAX is cut there and the rest follows as text.
 * - `edit` → Viber cannot edit a sent message: the new text is sent as a new message.
 */

/** Marks every ActionBody the bot issues, so typed text is never taken for a button press. */
export const BUTTON_MARKER = '#b:';
/**
 * Buttons per keyboard we send. Viber's docs do not give one number for keyboards (the FAQ says the
 * keyboard shows up to 12 rows in portrait mode); 24 keeps every Gom menu whole and the keyboard short.
 */
export const MAX_KEYBOARD_BUTTONS = 24;
/** Viber's grid is 6 columns wide. */
const GRID_COLUMNS = 6;
/** Rich media: at most 6 cards per message (Viber docs, Rich Media message). */
export const MAX_CAROUSEL_CARDS = 6;
/**
 * Picture description limit. Viber's current docs say 768 characters, the older REST API page said 512;
 * we keep to the lower one so older clients never truncate.
 */
export const PICTURE_TEXT_MAX = 512;
/** Text message limit (Viber docs: max 7000 characters). */
export const TEXT_MAX = 7000;
/** Rich media needs Viber 6.7+; we declare API level 2 for it and fall back to a keyboard when refused. */
export const RICH_MEDIA_MIN_API = 2;

/** One Viber message to send, with what to send instead if Viber refuses its API level (status 13/14). */
export interface RenderedPart {
  message: ViberMessage;
  fallback?: ViberMessage;
}

export interface RenderOptions {
  sender: ViberSender;
  /** Publishes a neutral image and returns its public URL (ending in .png). */
  publish(image: Image): string;
}

/** The ActionBody for a button's data. */
export function actionBody(data: string): string {
  return `${BUTTON_MARKER}${data}`;
}

/** The button data inside a text that is a press of one of our buttons, or undefined for typed text. */
export function buttonDataOf(text: string): string | undefined {
  return text.startsWith(BUTTON_MARKER) && text.length > BUTTON_MARKER.length ? text.slice(BUTTON_MARKER.length) : undefined;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Splits 6 grid columns among n buttons so that each row fills the grid exactly. */
function columnsFor(n: number): number[] {
  const base = Math.floor(GRID_COLUMNS / n);
  const extra = GRID_COLUMNS - base * n;
  return Array.from({ length: n }, (_, i) => base + (i < extra ? 1 : 0));
}

function keyButton(b: Button, columns: number): ViberButton | undefined {
  const common = { Columns: columns, Rows: 1, Text: escapeHtml(b.label), TextSize: 'regular' as const };
  if (b.data !== undefined) return { ...common, ActionType: 'reply', ActionBody: actionBody(b.data), Silent: true };
  if (b.start !== undefined) return { ...common, ActionType: 'reply', ActionBody: actionBody(`st:${b.start}`), Silent: true };
  if (b.url !== undefined) return { ...common, ActionType: 'open-url', ActionBody: b.url };
  return undefined;
}

/** A keyboard for the button rows, and the text lines for what a keyboard cannot carry. */
export function renderKeyboard(rows: Button[][] | undefined): { keyboard?: ViberKeyboard; extraLines: string[] } {
  const extraLines: string[] = [];
  const buttons: ViberButton[] = [];
  const overflow: Button[] = [];
  for (const row of rows ?? []) {
    const pressable = row.filter((b) => b.data !== undefined || b.start !== undefined || b.url !== undefined);
    for (const b of row) if (b.phone !== undefined && b.data === undefined && b.url === undefined && b.start === undefined) extraLines.push(`📞 ${b.label}: ${b.phone}`);
    for (let i = 0; i < pressable.length; i += GRID_COLUMNS) {
      const chunk = pressable.slice(i, i + GRID_COLUMNS);
      const cols = columnsFor(chunk.length);
      chunk.forEach((b, j) => {
        if (buttons.length >= MAX_KEYBOARD_BUTTONS) overflow.push(b);
        else buttons.push(keyButton(b, cols[j]!)!);
      });
    }
  }
  if (overflow.length) {
    extraLines.push('');
    overflow.forEach((b, i) => extraLines.push(`${MAX_KEYBOARD_BUTTONS + i + 1}. ${b.label}${b.url ? `: ${b.url}` : ''}`));
  }
  return { ...(buttons.length ? { keyboard: { Type: 'keyboard', DefaultHeight: false, Buttons: buttons } } : {}), extraLines };
}

function withExtra(text: string, extraLines: string[]): string {
  return extraLines.length ? `${text}\n${extraLines.join('\n')}` : text;
}

/** Cuts text into pieces of at most `max` characters, preferring line breaks (one copy, in core/text.ts). */
export { splitText };

function textParts(text: string, rows: Button[][] | undefined, sender: ViberSender): RenderedPart[] {
  const { keyboard, extraLines } = renderKeyboard(rows);
  const pieces = splitText(withExtra(text, extraLines), TEXT_MAX);
  return pieces.map((t, i) => ({
    message: { sender, type: 'text', text: t, ...(keyboard && i === pieces.length - 1 ? { keyboard } : {}) },
  }));
}

const isProduct = (b: Button) => b.data !== undefined && /^p:[A-Z0-9-]{1,32}$/.test(b.data);

/** True for a catalog-like message: at least two product buttons, and products are most of its buttons. */
function isCatalog(rows: Button[][] | undefined): boolean {
  const all = (rows ?? []).flat();
  const products = all.filter(isProduct);
  return products.length >= 2 && products.length <= MAX_CAROUSEL_CARDS && products.length * 2 > all.length;
}

function catalogParts(text: string, rows: Button[][], sender: ViberSender): RenderedPart[] {
  const products = rows.flat().filter(isProduct);
  const rest = rows.map((r) => r.filter((b) => !isProduct(b))).filter((r) => r.length > 0);
  const { keyboard, extraLines } = renderKeyboard(rest);
  const cards: ViberButton[] = products.map((p) => ({
    Columns: GRID_COLUMNS,
    Rows: 1,
    ActionType: 'reply',
    ActionBody: actionBody(p.data!),
    Silent: true,
    Text: `<b>${escapeHtml(p.label)}</b>`,
    TextSize: 'regular',
    TextVAlign: 'middle',
    TextHAlign: 'left',
  }));
  const altText = products.map((p) => p.label).join('\n');
  const carousel: ViberMessage = {
    sender,
    min_api_version: RICH_MEDIA_MIN_API,
    type: 'rich_media',
    alt_text: altText,
    rich_media: { Type: 'rich_media', ButtonsGroupColumns: GRID_COLUMNS, ButtonsGroupRows: 1, BgColor: '#FFFFFF', Buttons: cards },
    ...(keyboard ? { keyboard } : {}),
  };
  const fallback = textParts(altText, rows, sender)[0]!.message;
  return [{ message: { sender, type: 'text', text: withExtra(text, extraLines) } }, { message: carousel, fallback }];
}

/** Renders one neutral outgoing message as the Viber messages that carry it, in sending order. */
export function renderOutgoing(out: Outgoing, opts: RenderOptions): RenderedPart[] {
  const { sender } = opts;
  switch (out.type) {
    case 'text':
      return isCatalog(out.buttons) && out.text.length <= TEXT_MAX ? catalogParts(out.text, out.buttons!, sender) : textParts(out.text, out.buttons, sender);
    case 'edit':
      // Viber cannot edit a message it delivered: the new text goes out as a new message.
      return textParts(out.text, out.buttons, sender);
    case 'photo': {
      const media = opts.publish(out.image);
      const { keyboard, extraLines } = renderKeyboard(out.buttons);
      const caption = withExtra(out.caption ?? '', extraLines);
      const [first, ...more] = caption.length > PICTURE_TEXT_MAX ? splitText(caption, PICTURE_TEXT_MAX) : [caption];
      const rest = more.length ? splitText(more.join('\n'), TEXT_MAX) : [];
      const parts: RenderedPart[] = [{ message: { sender, type: 'picture', text: first ?? '', media, ...(keyboard && rest.length === 0 ? { keyboard } : {}) } }];
      rest.forEach((t, i) => parts.push({ message: { sender, type: 'text', text: t, ...(keyboard && i === rest.length - 1 ? { keyboard } : {}) } }));
      return parts;
    }
  }
}
