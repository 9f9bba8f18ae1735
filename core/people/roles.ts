import { randomInt } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { prepared, tx, type Db } from '../../db/index.ts';
import { households, invites, memberships, type Role } from '../../db/schema.ts';
import { DomainError } from '../errors.ts';
import { CODE_ALPHABET } from '../orders/order-code.ts';

export type Membership = typeof memberships.$inferSelect;

/**
 * The simulator's demo people (`npm start` with DEMO=1): anyone who can reach the simulator can write as
 * them, so the roles they are given count only in the demo group, never in a real shop.
 */
export const DEMO_SIM_USERS: readonly string[] = ['admin', 'thu-quy', 'ho-lan', 'ho-minh'];

const DEMO_PERSON = `exists (select 1 from identities i where i.person_id = ? and i.platform = 'sim' and i.platform_user_id in (${DEMO_SIM_USERS.map(() => '?').join(', ')}))`;

/** True when the person is one of the simulator's demo people and the group is not the demo group. */
function demoPersonOutsideDemo(db: Db, personId: number, groupId: number): boolean {
  const row = db.$client
    .prepare(`select 1 from groups g where g.id = ? and g.demo = 0 and ${DEMO_PERSON}`)
    .get(groupId, personId, ...DEMO_SIM_USERS);
  return row !== undefined;
}

/** The roles a person holds in a group. */
export function rolesOf(db: Db, personId: number, groupId: number): Membership[] {
  const ms = membershipsOf(db).all({ personId, groupId });
  return ms.length > 0 && demoPersonOutsideDemo(db, personId, groupId) ? [] : ms;
}

/** True when the person holds `role` in the group. */
export function hasRole(db: Db, personId: number, groupId: number, role: Role): boolean {
  return rolesOf(db, personId, groupId).some((m) => m.role === role);
}

/** Throws FORBIDDEN unless the person holds one of `roles` in the group. */
export function requireRole(db: Db, personId: number, groupId: number, ...roles: Role[]): Membership {
  const m = rolesOf(db, personId, groupId).find((x) => roles.includes(x.role));
  if (!m) throw new DomainError('FORBIDDEN', `needs role ${roles.join(' or ')}`);
  return m;
}

/** Everyone holding `role` in the group, e.g. the payment confirmers to notify. */
export function peopleWithRole(db: Db, groupId: number, role: Role): Membership[] {
  return withRole(db)
    .all({ groupId, role })
    .filter((m) => !demoPersonOutsideDemo(db, m.personId, m.groupId));
}

/** The household members of a household. */
export function householdMembers(db: Db, householdId: number): Membership[] {
  return membersOfHousehold(db)
    .all({ householdId })
    .filter((m) => !demoPersonOutsideDemo(db, m.personId, m.groupId));
}

// Built once per connection: roles are looked up on commands, and confirmers and households on every order
// and payment claim (see `prepared` in db/index.ts).
const membershipsOf = prepared((db) =>
  db
    .select()
    .from(memberships)
    .where(and(eq(memberships.personId, sql.placeholder('personId')), eq(memberships.groupId, sql.placeholder('groupId'))))
    .prepare(),
);
const withRole = prepared((db) =>
  db
    .select()
    .from(memberships)
    .where(and(eq(memberships.groupId, sql.placeholder('groupId')), eq(memberships.role, sql.placeholder('role'))))
    .prepare(),
);
const membersOfHousehold = prepared((db) =>
  db
    .select()
    .from(memberships)
    .where(and(eq(memberships.householdId, sql.placeholder('householdId')), eq(memberships.role, 'household')))
    .prepare(),
);

/** Invite codes last three days and are single use. */
export const INVITE_TTL_MS = 3 * 24 * 3600_000;

/** Creates a one-time invite code for a role (a household role names its household key). */
export function createInvite(
  db: Db,
  input: { groupId: number; role: Role; householdKey?: string | null; createdByPersonId?: number | null },
  now: Date,
): string {
  return tx(db, (t) => {
    let householdId: number | null = null;
    if (input.role === 'household') {
      if (!input.householdKey) throw new DomainError('INVALID_INPUT', 'a household invite names the household');
      const h = t.select().from(households).where(and(eq(households.groupId, input.groupId), eq(households.key, input.householdKey))).get();
      if (!h) throw new DomainError('NOT_FOUND', `no household "${input.householdKey}"`);
      householdId = h.id;
    }
    let code = '';
    for (let i = 0; i < 8; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
    t.insert(invites)
      .values({
        code,
        groupId: input.groupId,
        role: input.role,
        householdId,
        createdByPersonId: input.createdByPersonId ?? null,
        expiresAt: new Date(now.getTime() + INVITE_TTL_MS).toISOString(),
      })
      .run();
    return code;
  });
}

/** Redeems an invite: the person gets its role. Used, expired or unknown codes are refused (INVITE_INVALID). */
export function redeemInvite(db: Db, code: string, personId: number, now: Date): Membership {
  return tx(db, (t) => {
    const normalized = code.trim().toUpperCase();
    const inv = t.select().from(invites).where(eq(invites.code, normalized)).get();
    if (!inv || inv.usedAt || inv.expiresAt <= now.toISOString()) throw new DomainError('INVITE_INVALID', 'invite code is unknown, used or expired');
    if (demoPersonOutsideDemo(t, personId, inv.groupId)) throw new DomainError('FORBIDDEN', 'the simulator demo people hold roles only in the demo shop');
    // The guard on used_at makes single use hold even if two redemptions race.
    const res = t
      .update(invites)
      .set({ usedAt: now.toISOString(), usedByPersonId: personId })
      .where(and(eq(invites.code, normalized), isNull(invites.usedAt)))
      .run();
    if (res.changes !== 1) throw new DomainError('INVITE_INVALID', 'invite code already used');
    const existing = t
      .select()
      .from(memberships)
      .where(and(eq(memberships.personId, personId), eq(memberships.groupId, inv.groupId), eq(memberships.role, inv.role)))
      .all()
      .find((m) => m.householdId === inv.householdId);
    if (existing) return existing;
    return t
      .insert(memberships)
      .values({ personId, groupId: inv.groupId, role: inv.role, householdId: inv.householdId })
      .returning()
      .get();
  });
}
