import { GrammyError, HttpError, InputFile, type Bot } from 'grammy';
import type { InlineKeyboardMarkup } from 'grammy/types';
import type { Clock } from '../../core/clock.ts';
import { renderImage } from '../media.ts';
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
        return await deliver(bot, chatId, d, deps.bots.username(account));
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

async function deliver(bot: Bot, chatId: string, d: Delivery, username: string | undefined): Promise<{ messageId?: string }> {
  const msg = d.message;
  const kb = toKeyboard(msg.buttons, username);
  switch (msg.type) {
    case 'text':
      d.onWire?.();
      return { messageId: await sendText(bot, chatId, withExtraLines(msg.text, kb.extraLines), kb.reply_markup) };
    case 'photo': {
      const png = await renderImage(msg.image);
      d.onWire?.();
      const caption = withExtraLines(msg.caption ?? '', kb.extraLines).trim();
      const fits = caption.length <= MAX_CAPTION;
      const photo = await bot.api.sendPhoto(chatId, new InputFile(png, 'vietqr.png'), {
        ...(fits && caption ? { caption } : {}),
        ...(fits && kb.reply_markup ? { reply_markup: kb.reply_markup } : {}),
      });
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
