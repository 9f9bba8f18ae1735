import type { Capabilities } from '../../bots/capabilities.ts';
import { ZALO_OA_MAX_BUTTONS, ZALO_TEXT_MAX } from './sender.ts';

/**
 * What a Zalo Official Account can do. A consultation message cannot be edited or recalled by the OA
 * API; its button template carries at most 5 buttons (`oa.query.hide`, `oa.open.url`, `oa.open.phone` …,
 * each title ≤ 100 characters; Zalo's "Gửi tin Tư vấn đính kèm button" reference, and SDKs such as
 * @warriorteam/redai-zalo-sdk's BUTTON_TYPES_GUIDE), shown one under another; text up to 2,000
 * characters, and a media template's text likewise; a media template can carry an image by `url`
 * (Gom uploads instead, see ZaloOaSender). No carousel in consultation messages, no start parameter.
 */
export const ZALO_OA_CAPABILITIES: Capabilities = {
  edit: false,
  maxButtons: ZALO_OA_MAX_BUTTONS,
  maxButtonsPerRow: 1,
  carousel: false,
  deepLink: false,
  photoByUrl: true,
  maxCaption: ZALO_TEXT_MAX,
  maxText: ZALO_TEXT_MAX,
};
