import { composeFeatures, type ComposedBot } from './feature.ts';
import { adminFeature } from './dialogs/admin.ts';
import { customerFeature } from './dialogs/customer.ts';
import { generalFeature } from './dialogs/general.ts';
import { groupChatFeature } from './dialogs/group-chat.ts';
import { holdFeature } from './dialogs/hold.ts';
import { householdFeature } from './dialogs/households.ts';
import { paymentsFeature } from './dialogs/payments.ts';
import { poolsFeature } from './dialogs/pools.ts';
import { rolesFeature } from './dialogs/roles.ts';
import { webFeature } from './dialogs/web.ts';
import { confirmationsFeature } from './dialogs/confirmations.ts';
import { announcementsFeature } from './dialogs/announcements.ts';
import { photosFeature } from './dialogs/photos.ts';
import { shippingFeature } from './dialogs/shipping.ts';
import { checkoutFeature } from './dialogs/checkout.ts';

/**
 * Every feature of the bot, composed once. The order matters only for free text, which goes to the
 * first feature that accepts it: "start", then "kho SKU n", then group chats, then private orders.
 */
export const bot: ComposedBot = composeFeatures([
  generalFeature(() => bot),
  photosFeature,
  householdFeature,
  groupChatFeature,
  customerFeature,
  paymentsFeature,
  holdFeature,
  rolesFeature,
  adminFeature,
  poolsFeature,
  webFeature,
  confirmationsFeature,
  announcementsFeature,
  shippingFeature,
  checkoutFeature,
]);

/** The platforms' command menu in one language (Telegram's setMyCommands, Zalo's and Viber's menus). */
export function commandMenu(lang: 'vi' | 'en'): { command: string; description: string }[] {
  return bot.menu(lang);
}
