import { and, eq, sql } from 'drizzle-orm';
import { prepared, type Db } from '../../db/index.ts';
import { identities, people, type Platform } from '../../db/schema.ts';
import { DomainError } from '../errors.ts';

export type Identity = typeof identities.$inferSelect;
export type Person = typeof people.$inferSelect;

/** Who wrote: a platform's user id with the name and private chat the platform gave. */
export interface WhoInput {
  platform: Platform;
  userId: string;
  name?: string | null;
  privateChatId?: string | null;
  /** The group (shop) they are talking to, recorded as their last group. */
  groupId?: number;
}

const identityOfUser = prepared((db) =>
  db
    .select({ identity: identities, person: people })
    .from(identities)
    .innerJoin(people, eq(people.id, identities.personId))
    .where(and(eq(identities.platform, sql.placeholder('platform')), eq(identities.platformUserId, sql.placeholder('userId'))))
    .prepare(),
);

/** The identity and person behind a platform's user id, if they have written before (one query). */
export function findIdentity(db: Db, platform: Platform, userId: string): { identity: Identity; person: Person } | undefined {
  return identityOfUser(db).get({ platform, userId });
}

const touchIdentity = prepared((db) =>
  db
    .update(identities)
    .set({
      lastInboundAt: sql`${sql.placeholder('at')}`,
      unreachableAt: null,
      unreachableReason: null,
      displayName: sql`${sql.placeholder('displayName')}`,
      privateChatId: sql`${sql.placeholder('privateChatId')}`,
      lastGroupId: sql`${sql.placeholder('groupId')}`,
    })
    .where(eq(identities.id, sql.placeholder('id')))
    .prepare(),
);

const insertPerson = prepared((db) => db.insert(people).values({ name: sql.placeholder('name') }).returning().prepare());
const insertIdentity = prepared((db) =>
  db
    .insert(identities)
    .values({
      personId: sql.placeholder('personId'),
      platform: sql.placeholder('platform'),
      platformUserId: sql.placeholder('userId'),
      displayName: sql.placeholder('name'),
      privateChatId: sql.placeholder('privateChatId'),
      lastGroupId: sql.placeholder('groupId'),
      lastInboundAt: sql.placeholder('at'),
    })
    .returning()
    .prepare(),
);

/**
 * Finds or creates the identity and person behind a chat user, and records that they just wrote
 * (which also makes an unreachable identity reachable again). `known` is the caller's own
 * `findIdentity` of the same user in the same transaction, when it already has it (null: looked up,
 * nobody yet; a first message then costs no second lookup).
 */
export function identify(db: Db, who: WhoInput, now: Date, known: { identity: Identity; person: Person } | null | undefined = findIdentity(db, who.platform, who.userId)): { identity: Identity; person: Person } {
  const at = now.toISOString();
  if (!known) {
    const person = insertPerson(db).get({ name: who.name ?? null })!;
    const identity = insertIdentity(db).get({ personId: person.id, platform: who.platform, userId: who.userId, name: who.name ?? null, privateChatId: who.privateChatId ?? null, groupId: who.groupId ?? null, at })!;
    return { identity, person };
  }
  const identity: Identity = {
    ...known.identity,
    lastInboundAt: at,
    unreachableAt: null,
    unreachableReason: null,
    displayName: who.name || known.identity.displayName,
    privateChatId: who.privateChatId || known.identity.privateChatId,
    lastGroupId: who.groupId ?? known.identity.lastGroupId,
  };
  touchIdentity(db).run({ id: identity.id, at, displayName: identity.displayName, privateChatId: identity.privateChatId, groupId: identity.lastGroupId });
  const person = known.person;
  if (!person.name && who.name) db.update(people).set({ name: who.name }).where(eq(people.id, person.id)).run();
  return { identity, person: { ...person, name: person.name ?? who.name ?? null } };
}

/** The person with this id, or NOT_FOUND. */
export function getPerson(db: Db, id: number): Person {
  const p = personById(db).get({ id });
  if (!p) throw new DomainError('NOT_FOUND', `no person #${id}`);
  return p;
}

/** The identity with this id, or NOT_FOUND. */
export function getIdentity(db: Db, id: number): Identity {
  const i = db.select().from(identities).where(eq(identities.id, id)).get();
  if (!i) throw new DomainError('NOT_FOUND', `no identity #${id}`);
  return i;
}

/** All chat identities of a person, most recently active first. */
export function identitiesOf(db: Db, personId: number): Identity[] {
  return identitiesOfPerson(db)
    .all({ personId })
    .sort((a, b) => (b.lastInboundAt ?? '').localeCompare(a.lastInboundAt ?? ''));
}

// Built once per connection: every notification (a confirmer asked, a household told) looks a person up.
const personById = prepared((db) => db.select().from(people).where(eq(people.id, sql.placeholder('id'))).prepare());
const identitiesOfPerson = prepared((db) => db.select().from(identities).where(eq(identities.personId, sql.placeholder('personId'))).prepare());

/** Updates a person's phone or language. */
export function updatePerson(db: Db, id: number, patch: { phone?: string; language?: 'vi' | 'en'; name?: string }): void {
  db.update(people).set(patch).where(eq(people.id, id)).run();
}

/** Marks an identity unreachable (the user blocked the bot or unsubscribed); orders are kept. */
export function markUnreachable(db: Db, identityId: number, reason: string, now: Date): void {
  db.update(identities).set({ unreachableAt: now.toISOString(), unreachableReason: reason }).where(eq(identities.id, identityId)).run();
}

/** From now on this identity's chat talks to this group (the last group it joined or wrote to). */
export function setLastGroup(db: Db, identityId: number, groupId: number): void {
  db.update(identities).set({ lastGroupId: groupId }).where(eq(identities.id, identityId)).run();
}
