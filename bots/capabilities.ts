import { splitText } from '../core/text.ts';
import type { Button, Outgoing } from './model.ts';
import { flatButtons, numberedEntries, withMenu } from './numbered-list.ts';

/**
 * What a chat platform can do, as its adapter declares it (adapters/<platform>/index.ts; the Vercel
 * Chat SDK's `Adapter` is the model). Shared code reads these instead of asking which platform it is.
 */
export interface Capabilities {
  /** Can change a message it sent (the group tally is edited in place); without it an edit is re-posted. */
  edit: boolean;
  /** Buttons one message can carry (0: none at all); the rest become a numbered list to answer by typing. */
  maxButtons: number;
  /** Buttons side by side in one row; a longer row is wrapped. */
  maxButtonsPerRow: number;
  /** Can show a row of cards (Viber rich media); the adapter uses it for catalogs. */
  carousel: boolean;
  /** A link can open a private chat with the bot at a start parameter (t.me/bot?start=…). */
  deepLink: boolean;
  /** Can send a photo by URL (the platform fetches it); otherwise the adapter uploads it. */
  photoByUrl: boolean;
  /** Characters a photo's caption can hold; the rest follows as text. */
  maxCaption: number;
  /** Characters one text message can hold; a longer text is split. */
  maxText: number;
}

const ELLIPSIS = '…';

/** The first `keep` buttons in their rows, each row wrapped at `perRow`. */
function keptRows(rows: Button[][] | undefined, keep: number, perRow: number): Button[][] {
  const out: Button[][] = [];
  let left = keep;
  for (const row of rows ?? []) {
    const take = row.slice(0, Math.max(0, left));
    left -= take.length;
    for (let i = 0; i < take.length; i += Math.max(1, perRow)) out.push(take.slice(i, i + Math.max(1, perRow)));
  }
  return out;
}

const withButtons = (rows: Button[][]) => (rows.length ? { buttons: rows } : {});

/**
 * Adapts one neutral message to what the platform can do, explicitly and the same way everywhere:
 * - an edit on a platform that cannot edit is re-posted as a new message (none of those platforms can
 *   delete a bot message either, so the earlier one simply stays above the newer);
 * - more buttons than the platform carries: the first `maxButtons` stay buttons, the rest become a
 *   numbered list under the text, answered by typing the number (adapters/adapter.ts reads it back);
 * - a text longer than `maxText` is split at line breaks, the buttons on the last piece; an edit,
 *   which must stay one message, is cut with an ellipsis;
 * - a caption longer than `maxCaption` is cut there and the rest follows as text, with the buttons.
 * Returns the messages to send in order; a message that fits comes back unchanged, alone.
 */
export function adaptOutgoing(out: Outgoing, caps: Capabilities): Outgoing[] {
  const msg: Outgoing = out.type === 'edit' && !caps.edit ? { type: 'text', text: out.text, ...(out.buttons ? { buttons: out.buttons } : {}) } : out;
  const all = flatButtons(msg.buttons);
  const tooWide = (msg.buttons ?? []).some((r) => r.length > caps.maxButtonsPerRow);
  const overflow = all.length > caps.maxButtons;
  const entries = overflow ? numberedEntries(msg.buttons, caps.maxButtons) : [];
  const rows = overflow || tooWide ? keptRows(msg.buttons, caps.maxButtons, caps.maxButtonsPerRow) : (msg.buttons ?? []);

  switch (msg.type) {
    case 'cards':
      // Each adapter shows cards its own way within its limits (an album, a carousel, a list, photos and a numbered list).
      return [out];
    case 'text': {
      const text = withMenu(msg.text, entries);
      if (text.length <= caps.maxText && !overflow && !tooWide) return [msg];
      const pieces = splitText(text, caps.maxText);
      return pieces.map((t, i) => ({ type: 'text', text: t, ...(i === pieces.length - 1 ? withButtons(rows) : {}) }));
    }
    case 'edit': {
      const text = withMenu(msg.text, entries);
      if (text.length <= caps.maxText && !overflow && !tooWide) return [msg];
      const clipped = text.length <= caps.maxText ? text : `${text.slice(0, caps.maxText - ELLIPSIS.length)}${ELLIPSIS}`;
      return [{ type: 'edit', target: msg.target, text: clipped, ...withButtons(rows) }];
    }
    case 'photo': {
      const caption = withMenu(msg.caption ?? '', entries).trim();
      if (caption.length <= caps.maxCaption && !overflow && !tooWide) return [msg];
      const { caption: _old, buttons: _b, ...photo } = msg;
      if (caption.length <= caps.maxCaption) return [{ ...photo, ...(caption ? { caption } : {}), ...withButtons(rows) }];
      const first = splitText(caption, caps.maxCaption)[0]!;
      const rest = splitText(caption.slice(first.length).replace(/^\n/, ''), caps.maxText);
      return [
        { ...photo, ...(first ? { caption: first } : {}) },
        ...rest.map((t, i): Outgoing => ({ type: 'text', text: t, ...(i === rest.length - 1 ? withButtons(rows) : {}) })),
      ];
    }
  }
}
