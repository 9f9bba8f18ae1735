import type { Capabilities } from '../../bots/capabilities.ts';
import { MAX_CAPTION, MAX_TEXT } from './translate.ts';

/**
 * What Telegram can do. Text 1-4096 and caption 0-1024 characters after entity parsing (Bot API,
 * sendMessage and sendPhoto); editMessageText edits a sent text; an inline keyboard takes at most 100
 * buttons, 8 to a row (not in the Bot API page; measured and collected in tginfo/Telegram-Limits
 * issue #228, "keyboard limits (bots)"); t.me/<bot>?start=<param> deep links; sendPhoto takes a URL.
 */
export const TELEGRAM_CAPABILITIES: Capabilities = {
  edit: true,
  maxButtons: 100,
  maxButtonsPerRow: 8,
  carousel: false,
  deepLink: true,
  photoByUrl: true,
  maxCaption: MAX_CAPTION,
  maxText: MAX_TEXT,
};
