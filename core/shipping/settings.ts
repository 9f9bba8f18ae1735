import { z } from 'zod';
import { matchAddress, CONFIDENT } from '../address/match-address.ts';
import { adminUnits } from '../address/units.ts';
import { DomainError } from '../errors.ts';

/** A pickup address: as written, and the 2025 ward it was matched to. */
export const pickupSchema = z.strictObject({
  address: z.string().min(1).max(300),
  street: z.string().max(300),
  wardCode: z.string().regex(/^\d{5}$/),
  provinceCode: z.string().regex(/^\d{2}$/),
  phone: z.string().regex(/^0\d{9}$/).nullable().optional(),
});
export type Pickup = z.infer<typeof pickupSchema>;

const size = z.strictObject({ length: z.number().int().min(1).max(200), width: z.number().int().min(1).max(200), height: z.number().int().min(1).max(200) });

/** A group's shipping settings (stored as JSON on groups.shipping; every field optional). */
export const groupShippingSchema = z.strictObject({
  /** One parcel per household (each ships from its own door), or one per order from the cooperative. */
  mode: z.enum(['per_household', 'gathered']).default('per_household'),
  /** The carrier picked without asking the admin; unset = the admin picks from the quotes. */
  carrier: z.string().regex(/^[a-z][a-z0-9-]{1,20}$/).optional(),
  /** The cooperative's address, where gathered parcels are picked up. */
  pickup: pickupSchema.optional(),
  defaultWeightGrams: z.number().int().min(1).max(50_000).default(500),
  defaultSizeCm: size.default({ length: 20, width: 15, height: 10 }),
  cod: z
    .strictObject({
      allowed: z.boolean().default(false),
      /** Orders above this total (đồng) must be paid by VietQR. */
      maxAmount: z.number().int().positive().optional(),
      /** A customer's first COD order needs this much paid by VietQR first (đồng; 0 = none). */
      firstOrderDeposit: z.number().int().min(0).default(0),
    })
    .default({ allowed: false, firstOrderDeposit: 0 }),
});
export type GroupShipping = z.infer<typeof groupShippingSchema>;
export type SizeCm = z.infer<typeof size>;
export { size as sizeSchema };

/** The group's settings with defaults filled in (a group without any is valid: no COD, carrier chosen by the admin). */
export function groupShipping(stored: unknown): GroupShipping {
  return groupShippingSchema.parse(stored ?? {});
}

/**
 * Matches a pickup address for storage; refuses one whose ward is not certain, because a carrier sent to
 * the wrong ward costs a wasted trip to every parcel of that household.
 */
export function resolvePickup(address: string, phone?: string | null): Pickup {
  const m = matchAddress(address);
  if (!m.ward || m.confidence < CONFIDENT) {
    const hint = m.candidates.length ? ` (perhaps ${m.candidates.slice(0, 3).map((w) => `${w.name}, ${adminUnits().provinceByCode.get(w.provinceCode)!.short}`).join('; ')})` : '';
    throw new AddressUnclearError(address, m.candidates.map((w) => w.code), `cannot tell the ward of "${address}"${hint}: write the ward and the province, e.g. "12 Lê Lợi, Phường Hà Đông, Hà Nội"`);
  }
  return { address, street: m.street, wardCode: m.ward.code, provinceCode: m.ward.provinceCode, ...(phone ? { phone } : {}) };
}

/** An address whose ward could not be told for sure; `candidates` are the wards it may be. */
export class AddressUnclearError extends DomainError {
  constructor(
    readonly address: string,
    readonly candidates: string[],
    message: string,
  ) {
    super('INVALID_INPUT', message);
    this.name = 'AddressUnclearError';
  }
}
