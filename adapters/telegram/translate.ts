import type { InlineKeyboardButton, InlineKeyboardMarkup, Update, User } from 'grammy/types';
import type { Button, Incoming, IncomingPhoto } from '../../bots/model.ts';
import { MAX_PHOTO_BYTES } from '../../core/catalog/photos.ts';
import { splitText as splitTextAt } from '../../core/text.ts';

/** Where an update arrived: which bot (its numeric id) and which shop's route. */
export interface UpdateOrigin {
  botId: string;
  groupSlug: string;
}

/** The source under which this bot's update ids are recorded for deduplication. */
export function dedupeSource(botId: string): string {
  return `telegram:${botId}`;
}

/** The bot's numeric id: the part of its token before the colon (no getMe needed). */
export function botIdOfToken(token: string): string {
  const id = /^(\d+):/.exec(token)?.[1];
  if (!id) throw new Error('a Telegram bot token looks like 123456789:AA…; this one does not');
  return id;
}

/** The outbox `inReplyTo` marker: names the bot an update came to, so a reply without a group goes back through it. */
export function replyMarker(botId: string, updateId: number): string {
  return `tg:${botId}:${updateId}`;
}

/** The bot id in a `replyMarker`, if the value is one. */
export function botIdOfMarker(marker: string | null | undefined): string | undefined {
  return marker ? /^tg:(\d+):/.exec(marker)?.[1] : undefined;
}

function fullName(u: User): string {
  return [u.first_name, u.last_name].filter((s) => s && s.trim()).join(' ').trim();
}

/** The user id Telegram uses for channel posts forwarded into a linked discussion group. */
export const TELEGRAM_SERVICE_USER = 777000;

const isGroupType = (t: string) => t === 'group' || t === 'supergroup';

/**
 * Translates one Telegram Update into the neutral `Incoming`, or null when there is nothing for the
 * engine (service messages, other bots, channel posts, stickers in a group, the bot leaving a chat).
 * Text is passed through untouched: `/start p_KL-XANH`, `/hang@gom_bot` and a `/start` without a
 * `bot_command` entity are all parsed by the engine.
 */
export function toIncoming(update: Update, origin: UpdateOrigin): Incoming | null {
  const base = {
    platform: 'telegram' as const,
    groupSlug: origin.groupSlug,
    updateId: replyMarker(origin.botId, update.update_id),
    dedupe: { source: dedupeSource(origin.botId), key: String(update.update_id) },
  };

  if (update.message) {
    const m = update.message;
    if (!m.from || m.from.is_bot) return null; // anonymous admins / channels and other bots are not customers
    // A linked channel's post forwarded into its discussion group arrives from the service account
    // "Telegram" (777000) with is_automatic_forward and sender_chat set: a channel echo, not a customer.
    if (m.is_automatic_forward || m.sender_chat || m.from.id === TELEGRAM_SERVICE_USER) return null;
    const group = isGroupType(m.chat.type);
    if (!group && m.chat.type !== 'private') return null;
    const text = m.text ?? m.caption;
    // In a group only text is for the bot; a sticker or a join notice must not make it talk.
    if (group && (text === undefined || text.trim() === '')) return null;
    if (!group && text === undefined && !hasUserContent(m)) return null; // service messages (pinned, etc.)
    const photo = photoOf(m);
    return {
      ...base,
      userId: String(m.from.id),
      userName: fullName(m.from) || null,
      chatId: String(m.chat.id),
      chatType: group ? 'group' : 'private',
      event: 'message',
      ...(text !== undefined ? { text } : {}),
      ...(photo ? { photo } : {}),
    };
  }

  if (update.callback_query) {
    const q = update.callback_query;
    if (q.data === undefined) return null; // a game button: nothing the bot issued
    const chat = q.message?.chat;
    const group = chat ? isGroupType(chat.type) : false;
    return {
      ...base,
      userId: String(q.from.id),
      userName: fullName(q.from) || null,
      // A button under an inline-mode message has no chat: answer the presser privately.
      chatId: String(chat?.id ?? q.from.id),
      chatType: group ? 'group' : 'private',
      button: q.data,
    };
  }

  if (update.my_chat_member) {
    const e = update.my_chat_member;
    if (!isGroupType(e.chat.type)) return null; // blocks/unblocks in private chats show up as 403s when sending
    const wasIn = ['member', 'administrator', 'creator'].includes(e.old_chat_member.status) ||
      (e.old_chat_member.status === 'restricted' && e.old_chat_member.is_member);
    const isIn = ['member', 'administrator', 'creator'].includes(e.new_chat_member.status) ||
      (e.new_chat_member.status === 'restricted' && e.new_chat_member.is_member);
    if (wasIn || !isIn) return null; // promotions, demotions and removals need no greeting
    return {
      ...base,
      userId: String(e.from.id),
      userName: fullName(e.from) || null,
      chatId: String(e.chat.id),
      chatType: 'group',
      event: 'bot_added',
    };
  }

  return null;
}

/**
 * The photo in a message, as a reference to fetch later: of a `photo` (Telegram's sizes of one picture,
 * smallest first) the largest within MAX_PHOTO_BYTES; or a picture sent "as a file" (a `document` whose
 * MIME type says image), which is how a phone sends an uncompressed original. What the bytes really are
 * is checked by their magic bytes after download, never trusted from the MIME type or file name.
 */
export function photoOf(m: NonNullable<Update['message']>): IncomingPhoto | undefined {
  if (m.photo?.length) {
    const sizes = [...m.photo].sort((a, b) => a.width * a.height - b.width * b.height);
    const fits = sizes.filter((s) => s.file_size === undefined || s.file_size <= MAX_PHOTO_BYTES);
    const best = fits[fits.length - 1] ?? sizes[0]!;
    return { fileId: best.file_id, ...(best.file_size !== undefined ? { size: best.file_size } : {}) };
  }
  const d = m.document;
  if (d && /^image\//i.test(d.mime_type ?? '')) return { fileId: d.file_id, ...(d.file_size !== undefined ? { size: d.file_size } : {}) };
  return undefined;
}

function hasUserContent(m: NonNullable<Update['message']>): boolean {
  return !!(m.photo || m.sticker || m.voice || m.audio || m.video || m.document || m.contact || m.location || m.animation || m.video_note);
}

/** The callback query id of an update that is a button press (every one must be answered). */
export function callbackQueryId(update: Update): string | undefined {
  return update.callback_query?.id;
}

/** A neutral keyboard as Telegram sends it, plus the text lines for what an inline keyboard cannot do. */
export interface TelegramKeyboard {
  reply_markup?: InlineKeyboardMarkup;
  /** Lines to append to the message text: phone numbers (inline keyboards cannot dial). */
  extraLines: string[];
}

/**
 * Translates neutral button rows to an inline keyboard: `data` → callback_data, `url` → url,
 * `start` → a t.me deep link when the bot's username is known (else the data `st:<start>`),
 * `phone` → a text line with the number (Telegram makes it tappable).
 */
export function toKeyboard(rows: Button[][] | undefined, botUsername: string | undefined): TelegramKeyboard {
  const extraLines: string[] = [];
  const keyboard: InlineKeyboardButton[][] = [];
  for (const row of rows ?? []) {
    const out: InlineKeyboardButton[] = [];
    for (const b of row) {
      if (b.data !== undefined) out.push({ text: b.label, callback_data: b.data });
      else if (b.url !== undefined) out.push({ text: b.label, url: b.url });
      else if (b.start !== undefined) {
        if (botUsername) out.push({ text: b.label, url: `https://t.me/${botUsername}?start=${encodeURIComponent(b.start)}` });
        else out.push({ text: b.label, callback_data: `st:${b.start}` });
      } else if (b.phone !== undefined) extraLines.push(`📞 ${b.label}: ${b.phone}`);
    }
    if (out.length) keyboard.push(out);
  }
  return { ...(keyboard.length ? { reply_markup: { inline_keyboard: keyboard } } : {}), extraLines };
}

/** Text with the keyboard's extra lines appended. */
export function withExtraLines(text: string, extra: string[]): string {
  return extra.length ? `${text}\n\n${extra.join('\n')}` : text;
}

/** Telegram's limits on one message's text and one photo's caption (characters after entity parsing). */
export const MAX_TEXT = 4096;
export const MAX_CAPTION = 1024;

/** Splits a long text into Telegram-sized pieces, preferring line breaks (core/text.ts). */
export function splitText(text: string, max = MAX_TEXT): string[] {
  return splitTextAt(text, max);
}
