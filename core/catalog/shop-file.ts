import { z } from 'zod';
import { AddressUnclearError, resolvePickup } from '../shipping/settings.ts';
import { checkoutSettingsSchema, deliveryInfoSchema } from '../checkout/settings.ts';

/** Schema of a `chatshop/1` shop file (CONTRACT.md section 5). Unknown fields are refused, not ignored. */
const bankAccount = z.strictObject({
  bin: z.string().regex(/^\d{6}$/, 'must be a 6-digit bank BIN'),
  accountNumber: z.string().regex(/^[0-9A-Za-z]{4,19}$/, 'must be 4-19 letters or digits'),
  accountName: z.string().min(1).max(70),
});

/**
 * A product picture in a shop file: an https URL (fetched at import), or a path relative to the shop
 * file that stays inside its folder (`images/kl-xanh.jpg`; no absolute paths, no `..`).
 */
export const imageRef = z
  .string()
  .min(1)
  .max(2000)
  .refine(
    (s) => (/^https:\/\/[^\s]+$/i.test(s) ? URL.canParse(s) : !/^[a-z][a-z0-9+.-]*:/i.test(s) && !s.startsWith('/') && !s.includes('\\') && !s.split('/').includes('..') && !/[\0\r\n]/.test(s)),
    'must be an https URL or a path inside the shop file\'s folder (like images/kl-xanh.jpg)',
  );

/** Pictures per product in a shop file (the same limit as photos added from a phone). */
export const MAX_IMAGES = 10;
const sizeCm = z.strictObject({ length: z.number().int().min(1).max(200), width: z.number().int().min(1).max(200), height: z.number().int().min(1).max(200) });
const phone = z.string().regex(/^0\d{9}$/, 'must be a 10-digit phone number starting with 0');

/** Optional shipping settings of a group (README, "Ship with GHN or GHTK"). */
const shipping = z.strictObject({
  mode: z.enum(['per_household', 'gathered']).optional(),
  carrier: z.enum(['ghn', 'ghtk']).optional(),
  pickupAddress: z.string().min(5).max(300).optional(),
  pickupPhone: phone.optional(),
  defaultWeightGrams: z.number().int().min(1).max(50_000).optional(),
  defaultSizeCm: sizeCm.optional(),
  cod: z
    .strictObject({
      allowed: z.boolean(),
      maxAmount: z.number().int('must be whole đồng').positive().optional(),
      firstOrderDeposit: z.number().int('must be whole đồng').min(0).optional(),
    })
    .optional(),
});

const key = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and dashes');

export const shopFileSchema = z.strictObject({
  format: z.literal('chatshop/1'),
  group: z.strictObject({
    slug: key,
    name: z.string().min(1).max(200),
    language: z.enum(['vi', 'en']).default('vi'),
    currency: z.literal('VND').default('VND'),
    commissionPercent: z.number().min(0).max(100).default(0),
    paymentTimeoutMinutes: z.number().int().min(5).max(60 * 24 * 30).optional(),
    /** When households are told what to prepare: once an order is paid (default) or as soon as it is placed. */
    notifyHouseholdsOn: z.enum(['paid', 'placed']).optional(),
    /** Per-customer hoarding limits and the hold of an unconfirmed group-chat order (defaults 3, 50, 60). */
    maxUnpaidOrders: z.number().int().min(1).max(1000).optional(),
    maxUnitsPerProduct: z.number().positive().max(1_000_000).optional(),
    unconfirmedHoldMinutes: z.number().int().min(5).max(60 * 24 * 30).optional(),
    /** What checkout asks for (receiver, phone, address: required | ask | off; pickup allowed; pickup place). */
    checkout: checkoutSettingsSchema.optional(),
    /** What the bot answers about delivery (ships, COD, days, a note). */
    delivery: deliveryInfoSchema.optional(),
    bank: bankAccount,
    shipping: shipping.optional(),
  }),
  households: z
    .array(
      z.strictObject({
        key,
        name: z.string().min(1).max(200),
        phone: z.string().regex(/^0\d{9}$/, 'must be a 10-digit phone number starting with 0').optional(),
        bank: bankAccount.optional(),
        /** Where carriers pick up this household's parcels. */
        pickupAddress: z.string().min(5).max(300).optional(),
      }),
    )
    .min(1),
  products: z
    .array(
      z.strictObject({
        sku: z.string().regex(/^[A-Z0-9][A-Z0-9-]{0,31}$/, 'must be upper-case letters, digits and dashes'),
        name: z.string().min(1).max(200),
        /** The product's name for people who chose English; the shop's own name otherwise. */
        nameEn: z.string().min(1).max(200).optional(),
        /** A short name for buttons and the group tally ("Khăn xanh"); derived from the name when absent. */
        shortName: z.string().min(1).max(40).optional(),
        price: z.number().int('must be whole đồng').positive(),
        unit: z.string().min(1).max(20),
        aliases: z.array(z.string().min(1).max(100)).default([]),
        stock: z.record(z.string(), z.number().min(0)).default({}),
        /** Optional pictures, the first is the cover; a product without the field keeps the photos it has. */
        images: z.array(imageRef).max(MAX_IMAGES).optional(),
        /** Weight and size of one unit, for carriers (default: the group's). */
        weightGrams: z.number().int().min(1).max(50_000).optional(),
        sizeCm: sizeCm.optional(),
      }),
    )
    .min(1),
});

export type ShopFile = z.infer<typeof shopFileSchema>;
export type ShopProduct = ShopFile['products'][number];

/** Thrown when a shop file does not validate; `field` is the dotted path of the first offending field. */
export class ShopFileError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'ShopFileError';
  }
}

/** Validates an already-parsed shop file, throwing a ShopFileError that names the offending field. */
export function parseShopFile(input: unknown): ShopFile {
  const result = shopFileSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    let path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    if (issue.code === 'unrecognized_keys') {
      const k = issue.keys[0]!;
      path = path ? `${path}.${k}` : k;
      throw new ShopFileError(path, `unknown field "${path}"`);
    }
    throw new ShopFileError(path || '(root)', `invalid field "${path || '(root)'}": ${issue.message}`);
  }
  const shop = result.data;
  // Cross-field checks the schema cannot express: unique keys and stock naming real households.
  const keys = new Set<string>();
  shop.households.forEach((h, i) => {
    if (keys.has(h.key)) throw new ShopFileError(`households[${i}].key`, `invalid field "households[${i}].key": duplicate household key "${h.key}"`);
    keys.add(h.key);
  });
  const skus = new Set<string>();
  shop.products.forEach((p, i) => {
    if (skus.has(p.sku)) throw new ShopFileError(`products[${i}].sku`, `invalid field "products[${i}].sku": duplicate sku "${p.sku}"`);
    skus.add(p.sku);
    for (const k of Object.keys(p.stock)) {
      if (!keys.has(k)) throw new ShopFileError(`products[${i}].stock.${k}`, `invalid field "products[${i}].stock.${k}": no household has the key "${k}"`);
    }
  });
  // Pickup addresses must name a ward for sure: a carrier sent to the wrong one is a wasted trip per parcel.
  const checkAddress = (field: string, address: string | undefined) => {
    if (address === undefined) return;
    try {
      resolvePickup(address);
    } catch (e) {
      if (e instanceof AddressUnclearError) throw new ShopFileError(field, `invalid field "${field}": ${e.message}`);
      throw e;
    }
  };
  checkAddress('group.shipping.pickupAddress', shop.group.shipping?.pickupAddress);
  if (shop.group.shipping?.mode === 'gathered' && !shop.group.shipping.pickupAddress) {
    throw new ShopFileError('group.shipping.pickupAddress', 'invalid field "group.shipping.pickupAddress": a group that gathers goods needs the address where carriers pick them up');
  }
  shop.households.forEach((h, i) => checkAddress(`households[${i}].pickupAddress`, h.pickupAddress));
  return shop;
}

/** Parses shop-file JSON text; a syntax error is reported as a ShopFileError on the root. */
export function parseShopFileText(text: string): ShopFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ShopFileError('(root)', `not valid JSON: ${(e as Error).message}`);
  }
  return parseShopFile(json);
}
