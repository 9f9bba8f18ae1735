import type { Button, Card, Image, Outgoing } from '../../bots/model.ts';
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
 * - `photo` → a `picture` message by URL (`publish` returns the app's expiring /media URL for a VietQR
 *   code, a stored photo's /media/p/<hash>.jpg with its /media/t/ thumbnail); a caption longer than
 *   PICTURE_TEXT_MAX is cut there and the rest follows as text.
 * - `cards` → the text, then rich-media carousels of ≤ 6 cards, each card its photo (3 rows), its title
 *   and line (2 rows) and up to 2 buttons (1 row each); the message's own buttons are the last
 *   carousel's keyboard; clients without rich media get the cards as a keyboard of buttons.
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
  /** Publishes a neutral image and returns its public URL. */
  publish(image: Image): string;
}

/** A stored photo's thumbnail URL beside its full one (`/media/p/<hash>.jpg` → `/media/t/<hash>.jpg`). */
function thumbnailOf(url: string): string | undefined {
  return /\/media\/p\/[0-9a-f]{64}\.jpg$/.test(url) ? url.replace(/\/media\/p\/([0-9a-f]{64})\.jpg$/, '/media/t/$1.jpg') : undefined;
}

/** Rows of one card in a rich-media carousel: photo, title and line, and its buttons. */
const CARD_IMAGE_ROWS = 3;
const CARD_TEXT_ROWS = 2;
/** Buttons per card shown in the carousel (Viber allows 7 rows per card in all). */
export const CARD_MAX_BUTTONS = 2;

function cardButtons(card: Card, image: string | undefined, buttonRowsPerCard: number): ViberButton[] {
  const open = card.buttons?.find((b) => b.data !== undefined);
  const tap = open ? { ActionType: 'reply' as const, ActionBody: actionBody(open.data!), Silent: true } : { ActionType: 'none' as const, ActionBody: 'none' };
  const out: ViberButton[] = [
    image
      ? { Columns: GRID_COLUMNS, Rows: CARD_IMAGE_ROWS, ...tap, Image: image, ImageScaleType: 'crop' }
      : { Columns: GRID_COLUMNS, Rows: CARD_IMAGE_ROWS, ...tap, Text: '🧵', TextSize: 'large', TextHAlign: 'center', TextVAlign: 'middle', BgColor: '#F3EEE6' },
    {
      Columns: GRID_COLUMNS,
      Rows: CARD_TEXT_ROWS,
      ...tap,
      Text: `<b>${escapeHtml(card.title)}</b>${card.subtitle ? `<br>${escapeHtml(card.subtitle)}` : ''}`,
      TextSize: 'regular',
      TextVAlign: 'middle',
      TextHAlign: 'left',
    },
  ];
  const buttons = (card.buttons ?? []).filter((b) => b.data !== undefined || b.url !== undefined || b.start !== undefined).slice(0, CARD_MAX_BUTTONS);
  for (let i = 0; i < buttonRowsPerCard; i++) {
    const b = buttons[i];
    out.push(
      b
        ? { ...keyButton(b, GRID_COLUMNS)!, Rows: 1, BgColor: '#E8F5EF', TextHAlign: 'center', TextVAlign: 'middle' }
        : { Columns: GRID_COLUMNS, Rows: 1, ActionType: 'none', ActionBody: 'none', Text: ' ' },
    );
  }
  return out;
}

function cardsParts(out: Extract<Outgoing, { type: 'cards' }>, opts: RenderOptions): RenderedPart[] {
  const { sender } = opts;
  const parts: RenderedPart[] = [];
  const { keyboard, extraLines } = renderKeyboard(out.buttons);
  const intro = withExtra(out.text ?? '', extraLines).trim();
  if (intro) parts.push(...splitText(intro, TEXT_MAX).map((t) => ({ message: { sender, type: 'text' as const, text: t } })));
  const perCard = Math.min(CARD_MAX_BUTTONS, Math.max(0, ...out.cards.map((c) => c.buttons?.length ?? 0)));
  for (let i = 0; i < out.cards.length; i += MAX_CAROUSEL_CARDS) {
    const chunk = out.cards.slice(i, i + MAX_CAROUSEL_CARDS);
    const last = i + MAX_CAROUSEL_CARDS >= out.cards.length;
    const altText = chunk.map((c) => `${c.title}${c.subtitle ? ` — ${c.subtitle}` : ''}`).join('\n');
    const buttons = chunk.flatMap((c) => cardButtons(c, c.image ? opts.publish(c.image) : undefined, perCard));
    const carousel: ViberMessage = {
      sender,
      min_api_version: RICH_MEDIA_MIN_API,
      type: 'rich_media',
      alt_text: altText,
      rich_media: { Type: 'rich_media', ButtonsGroupColumns: GRID_COLUMNS, ButtonsGroupRows: CARD_IMAGE_ROWS + CARD_TEXT_ROWS + perCard, BgColor: '#FFFFFF', Buttons: buttons },
      ...(last && keyboard ? { keyboard } : {}),
    };
    const rows = chunk.filter((c) => c.buttons?.length).map((c) => c.buttons!);
    const fallback = textParts(altText, last ? [...rows, ...(out.buttons ?? [])] : rows, sender)[0]!.message;
    parts.push({ message: carousel, fallback });
  }
  if (out.cards.length === 0 && keyboard) parts.push({ message: { sender, type: 'text', text: intro || ' ', keyboard } });
  return parts;
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
    case 'cards':
      return cardsParts(out, opts);
    case 'photo': {
      const media = opts.publish(out.image);
      const thumbnail = thumbnailOf(media);
      const { keyboard, extraLines } = renderKeyboard(out.buttons);
      const caption = withExtra(out.caption ?? '', extraLines);
      const [first, ...more] = caption.length > PICTURE_TEXT_MAX ? splitText(caption, PICTURE_TEXT_MAX) : [caption];
      const rest = more.length ? splitText(more.join('\n'), TEXT_MAX) : [];
      const parts: RenderedPart[] = [{ message: { sender, type: 'picture', text: first ?? '', media, ...(thumbnail ? { thumbnail } : {}), ...(keyboard && rest.length === 0 ? { keyboard } : {}) } }];
      rest.forEach((t, i) => parts.push({ message: { sender, type: 'text', text: t, ...(keyboard && i === rest.length - 1 ? { keyboard } : {}) } }));
      return parts;
    }
  }
}
