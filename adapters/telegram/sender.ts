import { GrammyError, HttpError, InputFile, type Bot } from 'grammy';
import type { InlineKeyboardMarkup, InputMediaPhoto, Message, PhotoSize } from 'grammy/types';
import type { Clock } from '../../core/clock.ts';
import type { Db } from '../../db/index.ts';
import { forgetPlatformFileId, platformFileId, rememberPlatformFileId } from '../../core/catalog/photos.ts';
import { buttonRows, type Card, type Image } from '../../bots/model.ts';
import { imageFile } from '../media.ts';
import { DeliveryError, type Delivery, type Sender } from '../outbox/types.ts';
import type { TelegramBots } from './bot.ts';
import { ChatBusy, TelegramLimiter, type Limits } from './limiter.ts';
import { MAX_CAPTION, MAX_TEXT, splitText, toKeyboard, withExtraLines } from './translate.ts';

/** Maps a failed Bot API call to what the outbox should do with the message. */
export function deliveryErrorOf(e: unknown): DeliveryError {
  if (e instanceof DeliveryError) return e;
  if (e instanceof ChatBusy) return new DeliveryError(e.message, { retryAfterMs: e.retryAfterMs });
  if (e instanceof GrammyError) {
    const what = `telegram ${e.method}: ${e.error_code} ${e.description}`;
    if (e.error_code === 429) return new DeliveryError(what, { retryAfterMs: (e.parameters.retry_after ?? 5) * 1000 });
    // 403: blocked by the user, kicked from the group, user deactivated: nobody to deliver to.
    if (e.error_code === 403) return new DeliveryError(what, { unreachable: true });
    if (e.error_code === 400) {
      // The chat is gone (user deleted, never started the bot, group deleted): same as blocked.
      if (/chat not found|user is deactivated|PEER_ID_INVALID/i.test(e.description)) return new DeliveryError(what, { unreachable: true });
      return new DeliveryError(what, { permanent: true });
    }
    // 401/404 (token revoked or wrong) and 5xx: keep the message and retry with backoff; an admin can fix the token.
    return new DeliveryError(what);
  }
  if (e instanceof HttpError) return new DeliveryError(`telegram network error: ${e.message}`);
  return new DeliveryError(`telegram send failed: ${(e as Error)?.message ?? String(e)}`);
}

const NOT_MODIFIED = /message is not modified/i;
const CANNOT_EDIT = /message to edit not found|message can't be edited|there is no text in the message to edit|MESSAGE_ID_INVALID/i;

/** The outbox sender for platform 'telegram'. */
export function telegramSender(deps: { bots: TelegramBots; clock: Clock; limits?: Limits }): Sender {
  const limiter = new TelegramLimiter(() => deps.clock().getTime(), deps.limits);
  return {
    marksWire: true,
    // The limiter keeps Telegram's 30/s per bot; 32 chats in flight cover a second's worth of slow answers.
    concurrency: 32,
    async send(d: Delivery): Promise<{ messageId?: string }> {
      const account = deps.bots.accountForRow(d.row);
      if (!account) throw new DeliveryError('no Telegram bot is registered for this group', { permanent: true });
      const bot = deps.bots.bot(account);
      const chatId = d.row.chatId;
      let answered: (() => void) | undefined;
      try {
        answered = await limiter.acquire(account.botId, chatId, chatId.startsWith('-'));
        return await deliver(bot, chatId, d, deps.bots.username(account), { db: deps.bots.db, botId: account.botId });
      } catch (e) {
        throw deliveryErrorOf(e);
      } finally {
        answered?.();
      }
    },
  };
}

async function sendText(bot: Bot, chatId: string, text: string, markup: InlineKeyboardMarkup | undefined): Promise<string> {
  const parts = splitText(text);
  let last = '';
  for (let i = 0; i < parts.length; i++) {
    const isLast = i === parts.length - 1;
    // Plain text (no parse_mode): shop and product names are never mistaken for markup.
    const m = await bot.api.sendMessage(chatId, parts[i]!, isLast && markup ? { reply_markup: markup } : {});
    last = String(m.message_id);
  }
  return last;
}

/** Where stored photos' Telegram file ids are remembered: per bot (a file id only works for the bot that got it). */
interface PhotoCache {
  db: Db;
  botId: string;
}

/** A file id Telegram refuses (expired, from another bot): upload the photo again. */
const BAD_FILE_ID = /wrong file identifier|file reference|FILE_ID_INVALID|wrong remote file|failed to get HTTP URL content/i;

/** The largest size of a photo Telegram sent back: its file id sends the same photo again without uploading. */
function largest(sizes: PhotoSize[] | undefined): string | undefined {
  return sizes?.length ? [...sizes].sort((a, b) => a.width * a.height - b.width * b.height).at(-1)!.file_id : undefined;
}

/**
 * What to put in a sendPhoto / media group for an image: a stored photo's cached file id when this bot
 * has one, else the bytes (a VietQR PNG, a stored photo's JPEG), to be uploaded.
 */
async function photoInput(cache: PhotoCache, image: Image): Promise<{ input: string | InputFile; cached: boolean }> {
  if (image.kind === 'stored') {
    const id = platformFileId(cache.db, image.hash, 'telegram', cache.botId);
    if (id) return { input: id, cached: true };
  }
  const file = await imageFile(cache.db, image);
  return { input: new InputFile(file.bytes, file.filename), cached: false };
}

/** Remembers the file id Telegram gave an uploaded stored photo (not VietQR codes: each is sent once). */
function remember(cache: PhotoCache, image: Image | undefined, sent: Message | undefined): void {
  const id = largest(sent?.photo);
  if (image?.kind === 'stored' && id) rememberPlatformFileId(cache.db, image.hash, 'telegram', cache.botId, id);
}

/** Sends a photo; a cached file id Telegram no longer takes is forgotten and the photo uploaded instead. */
async function sendPhotoCached(bot: Bot, chatId: string, cache: PhotoCache, image: Image, other: Parameters<Bot['api']['sendPhoto']>[2], onWire?: () => void): Promise<Message.PhotoMessage> {
  const first = await photoInput(cache, image);
  onWire?.();
  try {
    const m = await bot.api.sendPhoto(chatId, first.input, other);
    if (!first.cached) remember(cache, image, m);
    return m;
  } catch (e) {
    if (!first.cached || image.kind !== 'stored' || !(e instanceof GrammyError && e.error_code === 400 && BAD_FILE_ID.test(e.description))) throw e;
    forgetPlatformFileId(cache.db, image.hash, 'telegram', cache.botId);
    const file = await imageFile(cache.db, image);
    const m = await bot.api.sendPhoto(chatId, new InputFile(file.bytes, file.filename), other);
    remember(cache, image, m);
    return m;
  }
}

/** A card's caption in an album: its title and the line under it, within Telegram's caption limit. */
function cardCaption(c: Card): string {
  const text = c.subtitle ? `${c.title}\n${c.subtitle}` : c.title;
  return text.length > MAX_CAPTION ? `${text.slice(0, MAX_CAPTION - 1)}…` : text;
}

/** Telegram albums hold 2–10 photos. */
const ALBUM_MAX = 10;

/**
 * Cards on Telegram: the photos as an album (a media group, each photo captioned with its card's title),
 * then one message with the text and every card's buttons (an album cannot carry buttons). One card
 * with a photo is a photo with its caption instead; cards without photos are only in the buttons.
 */
async function sendCards(bot: Bot, chatId: string, cache: PhotoCache, msg: Extract<Delivery['message'], { type: 'cards' }>, username: string | undefined, onWire?: () => void): Promise<string> {
  const pictured = msg.cards.filter((c) => c.image);
  let lastAlbumId: string | undefined;
  let wired = false;
  const wire = () => {
    if (!wired) onWire?.();
    wired = true;
  };
  for (let i = 0; i < pictured.length; i += ALBUM_MAX) {
    const chunk = pictured.slice(i, i + ALBUM_MAX);
    if (chunk.length === 1) {
      lastAlbumId = String((await sendPhotoCached(bot, chatId, cache, chunk[0]!.image!, { caption: cardCaption(chunk[0]!) }, wire)).message_id);
      continue;
    }
    const inputs = await Promise.all(chunk.map((c) => photoInput(cache, c.image!)));
    const media: InputMediaPhoto[] = chunk.map((c, j) => ({ type: 'photo', media: inputs[j]!.input, caption: cardCaption(c) }));
    wire();
    const sent = await bot.api.sendMediaGroup(chatId, media);
    lastAlbumId = String(sent.at(-1)?.message_id ?? '');
    chunk.forEach((c, j) => {
      if (!inputs[j]!.cached) remember(cache, c.image, sent[j]);
    });
  }
  const rows = buttonRows(msg);
  // An album alone (the catalog's photos above a message that follows) needs no closing message.
  if (rows.length === 0 && !msg.text?.trim() && pictured.length === msg.cards.length && pictured.length > 0) return lastAlbumId ?? '';
  const kb = toKeyboard(rows, username);
  const text = withExtraLines(msg.text?.trim() || msg.cards.map((c) => `• ${c.title}${c.subtitle ? ` — ${c.subtitle}` : ''}`).join('\n'), kb.extraLines);
  wire();
  return sendText(bot, chatId, text, kb.reply_markup);
}

async function deliver(bot: Bot, chatId: string, d: Delivery, username: string | undefined, cache: PhotoCache): Promise<{ messageId?: string }> {
  const msg = d.message;
  if (msg.type === 'cards') return { messageId: await sendCards(bot, chatId, cache, msg, username, d.onWire) };
  const kb = toKeyboard(msg.buttons, username);
  switch (msg.type) {
    case 'text':
      d.onWire?.();
      return { messageId: await sendText(bot, chatId, withExtraLines(msg.text, kb.extraLines), kb.reply_markup) };
    case 'photo': {
      const caption = withExtraLines(msg.caption ?? '', kb.extraLines).trim();
      const fits = caption.length <= MAX_CAPTION;
      // A stored photo goes by this bot's cached file id once it has uploaded it; a VietQR code is uploaded.
      const photo = await sendPhotoCached(
        bot,
        chatId,
        cache,
        msg.image,
        { ...(fits && caption ? { caption } : {}), ...(fits && kb.reply_markup ? { reply_markup: kb.reply_markup } : {}) },
        d.onWire,
      );
      // A caption longer than Telegram allows follows as its own message, with the buttons.
      if (!fits) await sendText(bot, chatId, caption, kb.reply_markup);
      return { messageId: String(photo.message_id) };
    }
    case 'edit': {
      const text = withExtraLines(msg.text, kb.extraLines);
      d.onWire?.();
      // The earlier message never got through: the new text goes out as a fresh message.
      if (!d.targetMessageId) return { messageId: await sendText(bot, chatId, text, kb.reply_markup) };
      const clipped = text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
      try {
        await bot.api.editMessageText(chatId, Number(d.targetMessageId), clipped, kb.reply_markup ? { reply_markup: kb.reply_markup } : {});
        return { messageId: d.targetMessageId };
      } catch (e) {
        if (e instanceof GrammyError && e.error_code === 400 && NOT_MODIFIED.test(e.description)) return { messageId: d.targetMessageId };
        if (e instanceof GrammyError && e.error_code === 400 && CANNOT_EDIT.test(e.description)) {
          return { messageId: await sendText(bot, chatId, text, kb.reply_markup) };
        }
        throw e;
      }
    }
  }
}
