import type { Capabilities } from '../../bots/capabilities.ts';
import { ZALO_BOT_TEXT_MAX } from './client.ts';

/**
 * What the Zalo Bot Platform can do (its Telegram-like Bot API: sendMessage, sendPhoto by `photo` URL
 * with a `caption`, setWebhook): no inline buttons and no editMessage, so every button is a numbered line
 * and an edit is re-posted; text and caption up to ZALO_BOT_TEXT_MAX characters (see ./client.ts).
 */
export const ZALO_BOT_CAPABILITIES: Capabilities = {
  edit: false,
  maxButtons: 0,
  maxButtonsPerRow: 0,
  carousel: false,
  deepLink: false,
  photoByUrl: true,
  maxCaption: ZALO_BOT_TEXT_MAX,
  maxText: ZALO_BOT_TEXT_MAX,
};
