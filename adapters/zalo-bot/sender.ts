import type { Db } from '../../db/index.ts';
import type { Clock } from '../../core/clock.ts';
import { splitText as splitTextAt } from '../../core/text.ts';
import { publishImage } from '../media.ts';
import { buttonRows } from '../../bots/model.ts';
import { DeliveryError, type Delivery, type Sender } from '../outbox/types.ts';
import { numberedEntries, menuText, withMenu } from '../zalo/menu.ts';
import { ZALO_BOT_TEXT_MAX, ZaloBotApiError, ZaloBotNetworkError, type ZaloBotClient } from './client.ts';

/** Wait after a 429 without `retry_after`. */
export const BOT_RATE_LIMIT_WAIT_MS = 30_000;

/** Splits a long text into pieces Zalo accepts, on line breaks where possible; never an empty message. */
export function splitText(text: string, max = ZALO_BOT_TEXT_MAX): string[] {
  return splitTextAt(text, max).map((p) => p || ' ');
}

/**
 * Delivers outbox messages through the Zalo Bot Platform. It has no inline buttons and cannot edit:
 * buttons become a numbered list under the text (the customer replies with the number, see
 * ../zalo/menu.ts), and an edit arrives as a new message. Photos go by URL: the PNG is published at an
 * unguessable, expiring URL under PUBLIC_URL (adapters/media.ts), which Zalo fetches.
 */
export class ZaloBotSender implements Sender {
  constructor(private readonly d: { db: Db; clock: Clock; client: ZaloBotClient; publicUrl: string }) {}

  /** Sends one message; Bot Platform errors become DeliveryErrors (429 wait, 403 unreachable, 4xx permanent). */
  async send({ row, message }: Delivery): Promise<{ messageId?: string }> {
    const chatId = row.chatId;
    try {
      if (message.type === 'cards') {
        // No carousel on the Bot Platform: each card with a photo is a photo captioned with its title,
        // then one text with the message's text and every button as a numbered line.
        let first: string | undefined;
        for (const card of message.cards) {
          if (!card.image) continue;
          const url = publishImage(this.d.db, card.image, this.d.publicUrl, this.d.clock());
          const caption = (card.subtitle ? `${card.title}\n${card.subtitle}` : card.title).slice(0, ZALO_BOT_TEXT_MAX);
          const id = await this.d.client.sendPhoto(chatId, url, caption);
          first ??= id;
        }
        const listed = message.cards.filter((c) => !c.image).map((c) => `• ${c.title}${c.subtitle ? ` — ${c.subtitle}` : ''}`);
        const text = [message.text ?? '', ...listed].filter(Boolean).join('\n');
        for (const p of splitText(withMenu(text, numberedEntries(buttonRows(message), 0)).trim())) {
          const id = await this.d.client.sendMessage(chatId, p);
          first ??= id;
        }
        return { messageId: first };
      }
      if (message.type === 'photo') {
        const url = publishImage(this.d.db, message.image, this.d.publicUrl, this.d.clock());
        const entries = numberedEntries(message.buttons, 0);
        const caption = withMenu(message.caption ?? '', entries).trim();
        if (caption.length <= ZALO_BOT_TEXT_MAX) return { messageId: await this.d.client.sendPhoto(chatId, url, caption || undefined) };
        const id = await this.d.client.sendPhoto(chatId, url, message.caption?.slice(0, ZALO_BOT_TEXT_MAX));
        const menu = menuText(entries);
        if (menu) await this.d.client.sendMessage(chatId, menu);
        return { messageId: id };
      }
      const parts = splitText(withMenu(message.text, numberedEntries(message.buttons, 0)));
      let first: string | undefined;
      for (const p of parts) {
        const id = await this.d.client.sendMessage(chatId, p);
        first ??= id;
      }
      return { messageId: first };
    } catch (e) {
      throw toDeliveryError(e);
    }
  }
}

/** Maps a Bot Platform failure to what the outbox should do. */
export function toDeliveryError(e: unknown): DeliveryError {
  if (e instanceof DeliveryError) return e;
  if (e instanceof ZaloBotNetworkError) return new DeliveryError(`zalo-bot: ${e.message}`);
  if (!(e instanceof ZaloBotApiError)) return new DeliveryError(`zalo-bot: ${String((e as Error)?.message ?? e)}`);
  const msg = `zalo-bot: ${e.message}`;
  if (e.code === 429) return new DeliveryError(msg, { retryAfterMs: e.retryAfterSec ? e.retryAfterSec * 1000 : BOT_RATE_LIMIT_WAIT_MS });
  if (e.code === 403) return new DeliveryError(msg, { unreachable: true });
  if (e.code >= 400 && e.code < 500) return new DeliveryError(msg, { permanent: true });
  return new DeliveryError(msg);
}
