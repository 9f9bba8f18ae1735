import { z } from 'zod';

/**
 * How checkout treats one detail: `required` (asked, no skip), `ask` (asked, may be skipped), `off` (never asked).
 */
export const askMode = z.enum(['required', 'ask', 'off']);
export type AskMode = z.infer<typeof askMode>;

/** A group's checkout settings (shop file `group.checkout`, optional; every field has a default). */
export const checkoutSettingsSchema = z.strictObject({
  /** The receiver's name. */
  receiver: askMode.default('ask'),
  /** A phone number for the delivery. */
  phone: askMode.default('ask'),
  /** A delivery address (or a pickup at the village, when `pickup` allows it). */
  address: askMode.default('ask'),
  /** Whether customers may collect their order at the village instead ("nhận tại làng"). */
  pickup: z.boolean().default(true),
  /** Where a pickup happens, shown to the customer (e.g. "Nhà văn hoá thôn Vạn Phúc, Hà Đông"). */
  pickupPlace: z.string().min(1).max(200).optional(),
});
export type CheckoutSettings = z.infer<typeof checkoutSettingsSchema>;

/** What the bot answers about delivery (shop file `group.delivery`, optional). */
export const deliveryInfoSchema = z.strictObject({
  /** Whether the shop delivers at all (false: pickup only). */
  ships: z.boolean().default(true),
  /** Whether the shop takes cash on delivery. */
  cod: z.boolean().default(false),
  /** Typical delivery time in days, as the shop says it ("2-4"). */
  days: z.string().regex(/^\d{1,2}(\s*[-–]\s*\d{1,2})?$/, 'must be days like "3" or "2-4"').optional(),
  /** Anything else the shop wants said about delivery, shown as written. */
  note: z.string().min(1).max(300).optional(),
});
export type DeliveryInfo = z.infer<typeof deliveryInfoSchema>;

/** The group's checkout settings from its stored JSON; unknown or broken values fall back to the defaults. */
export function checkoutSettingsOf(group: { checkout?: unknown }): CheckoutSettings {
  return readOnce(checkoutRead, group.checkout, () => {
    const parsed = checkoutSettingsSchema.safeParse(group.checkout ?? {});
    return parsed.success ? parsed.data : checkoutSettingsSchema.parse({});
  });
}

/** The group's delivery facts from its stored JSON; unknown or broken values fall back to the defaults. */
export function deliveryInfoOf(group: { delivery?: unknown }): DeliveryInfo {
  return readOnce(deliveryRead, group.delivery, () => {
    const parsed = deliveryInfoSchema.safeParse(group.delivery ?? {});
    return parsed.success ? parsed.data : deliveryInfoSchema.parse({});
  });
}

// The stored JSON of a group is read (validated) once per object: groups are kept in memory between chat
// turns (core/catalog/queries.ts), and a question turn asked zod to check the same settings every time.
// Callers only read the settings they get.
const checkoutRead = new WeakMap<object, CheckoutSettings>();
const deliveryRead = new WeakMap<object, DeliveryInfo>();

function readOnce<T>(memo: WeakMap<object, T>, stored: unknown, read: () => T): T {
  if (typeof stored !== 'object' || stored === null) return read();
  let value = memo.get(stored);
  if (value === undefined) {
    value = read();
    memo.set(stored, value);
  }
  return value;
}
