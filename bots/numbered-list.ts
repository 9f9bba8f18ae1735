import type { Button } from './model.ts';

/**
 * Buttons written as a numbered list under the text, for platforms that cannot show them all (or any):
 * the first `keep` buttons stay real buttons, the rest read "6. Trang sau", "7. Giỏ hàng" … and the
 * person answers by typing the number. The number of an entry is its position among all the message's
 * buttons, so the list can always be read back from the neutral message alone (adapters/adapter.ts).
 */

/** One entry of a numbered list: a number the person can type, and what it stands for. */
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

/** A bare number typed as an answer ("6", " 6. ", "6)"), or undefined for any other text. */
export function typedNumber(text: string): number | undefined {
  const m = /^\s*(\d{1,3})\s*[.)]?\s*$/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/**
 * The button data number `n` stands for in the list written under a message with these buttons, when
 * the platform showed only the first `keep` as real buttons; undefined when `n` is not in that list.
 */
export function choiceOf(buttons: Button[][] | undefined, keep: number, n: number): string | undefined {
  return numberedEntries(buttons, keep).find((e) => e.n === n && e.data !== undefined)?.data;
}
