import type { Capabilities } from '../../bots/capabilities.ts';
import { MAX_KEYBOARD_BUTTONS, PICTURE_TEXT_MAX, TEXT_MAX } from './render.ts';

/**
 * What Viber can do (Viber REST bot API, developers.viber.com/docs/api/rest-bot-api; its limits also in
 * Infobip's "Viber bots: message types"): no way to edit or delete a sent message; text up to 7,000
 * characters; a picture's text up to 512 (see PICTURE_TEXT_MAX for the 768/512 story); a custom keyboard
 * laid on a 6-column grid (Columns 1-6), of which Gom sends at most 24 buttons (MAX_KEYBOARD_BUTTONS);
 * rich-media carousels; deep links viber://pa?chatURI=<uri>&context=<param> (conversation_started
 * carries the context); pictures are sent by URL.
 */
export const VIBER_CAPABILITIES: Capabilities = {
  edit: false,
  maxButtons: MAX_KEYBOARD_BUTTONS,
  maxButtonsPerRow: 6,
  carousel: true,
  deepLink: true,
  photoByUrl: true,
  maxCaption: PICTURE_TEXT_MAX,
  maxText: TEXT_MAX,
};
