import { registerOrderReactions } from './orders.ts';
import { registerPaymentReactions } from './payments.ts';
import { registerPoolReactions } from './pools.ts';
import { registerPhotoReactions } from './photos.ts';
import { registerShippingReactions } from './shipping.ts';

let registered = false;

/**
 * Subscribes every reaction of the bot to core's domain events, once per process (boot calls it; the
 * engine and the scheduler call it too, so a test driving either alone gets the same behaviour).
 */
export function registerReactions(): void {
  if (registered) return;
  registered = true;
  registerOrderReactions();
  registerPaymentReactions();
  registerPoolReactions();
  registerPhotoReactions();
  registerShippingReactions();
}
