import { and, desc, eq, sql } from 'drizzle-orm';
import { prepared, type Db } from '../../db/index.ts';
import { addresses } from '../../db/schema.ts';
import { foldForRules as fold } from '../text.ts';

export type SavedAddress = typeof addresses.$inferSelect;

/** How many saved addresses a person keeps; older ones are dropped. */
export const ADDRESS_BOOK_SIZE = 5;

/** The person's saved delivery details, most recently used first. */
export function savedAddresses(db: Db, personId: number, limit = ADDRESS_BOOK_SIZE): SavedAddress[] {
  return addressesOf(db).all({ personId, limit });
}

// Read at every checkout: built once per connection.
const addressesOf = prepared((db) =>
  db
    .select()
    .from(addresses)
    .where(eq(addresses.personId, sql.placeholder('personId')))
    .orderBy(desc(addresses.lastUsedAt), desc(addresses.id))
    .limit(sql.placeholder('limit'))
    .prepare(),
);

/** One saved entry of this person's, or undefined (another person's entry is never returned). */
export function savedAddress(db: Db, personId: number, id: number): SavedAddress | undefined {
  return db.select().from(addresses).where(and(eq(addresses.id, id), eq(addresses.personId, personId))).get();
}

/**
 * Remembers delivery details for the next checkout: the same address (or pickup), written the same way up to
 * case, accents and punctuation, is one entry whose receiver, phone and last use are refreshed.
 */
export function rememberAddress(
  db: Db,
  personId: number,
  d: { receiverName: string | null; phone: string | null; address: string | null; pickup: boolean },
  now: Date,
): SavedAddress {
  const at = now.toISOString();
  const key = d.pickup ? 'pickup' : fold(d.address ?? '');
  const same = db
    .select()
    .from(addresses)
    .where(eq(addresses.personId, personId))
    .all()
    .find((a) => (a.pickup ? 'pickup' : fold(a.address ?? '')) === key);
  let row: SavedAddress;
  if (same) {
    row = db
      .update(addresses)
      .set({ receiverName: d.receiverName ?? same.receiverName, phone: d.phone ?? same.phone, address: d.pickup ? null : d.address, lastUsedAt: at })
      .where(eq(addresses.id, same.id))
      .returning()
      .get();
  } else {
    row = db
      .insert(addresses)
      .values({ personId, receiverName: d.receiverName, phone: d.phone, address: d.pickup ? null : d.address, pickup: d.pickup, lastUsedAt: at })
      .returning()
      .get();
  }
  const keep = new Set(savedAddresses(db, personId).map((a) => a.id));
  for (const a of db.select({ id: addresses.id }).from(addresses).where(eq(addresses.personId, personId)).all()) {
    if (!keep.has(a.id)) db.delete(addresses).where(eq(addresses.id, a.id)).run();
  }
  return row;
}
