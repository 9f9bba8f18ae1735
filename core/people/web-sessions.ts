import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { tx, type Db } from '../../db/index.ts';
import { webLinks, webSessions } from '../../db/schema.ts';
import { DomainError } from '../errors.ts';

/** A sign-in link works once, for ten minutes. */
export const WEB_LINK_TTL_MS = 10 * 60_000;
/** A session lasts thirty days from its last use. */
export const WEB_SESSION_TTL_MS = 30 * 24 * 3600_000;
/** The sliding expiry is rewritten at most this often, so reading pages does not write on every request. */
const SLIDE_EVERY_MS = 3600_000;

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');

/** A signed-in web session as the pages use it. */
export interface WebSession {
  personId: number;
  groupId: number;
  csrf: string;
  expiresAt: string;
}

/** Creates a one-time sign-in link token for a person in a group; only its hash is stored. */
export function createSignInLink(db: Db, input: { personId: number; groupId: number; origin: string }, now: Date): string {
  const token = newToken();
  db.insert(webLinks)
    .values({ tokenHash: hash(token), personId: input.personId, groupId: input.groupId, origin: input.origin, expiresAt: new Date(now.getTime() + WEB_LINK_TTL_MS).toISOString(), createdAt: now.toISOString() })
    .run();
  return token;
}

/** True when the token names a link that is still unused and unexpired (a look, which uses nothing). */
export function signInLinkValid(db: Db, token: string, now: Date): boolean {
  const row = db.select().from(webLinks).where(eq(webLinks.tokenHash, hash(token))).get();
  return !!row && !row.usedAt && row.expiresAt > now.toISOString();
}

/**
 * Uses a sign-in link once and opens a session for its person and group; returns the cookie value.
 * A used, expired or unknown link is refused (INVITE_INVALID) and nothing is written.
 */
export function redeemSignInLink(db: Db, token: string, now: Date, userAgent?: string | null): { cookie: string; session: WebSession } {
  return tx(db, (t) => {
    const at = now.toISOString();
    // The guard on used_at makes single use hold even if two requests race.
    const link = t
      .update(webLinks)
      .set({ usedAt: at })
      .where(and(eq(webLinks.tokenHash, hash(token)), isNull(webLinks.usedAt), gt(webLinks.expiresAt, at)))
      .returning()
      .get();
    if (!link) throw new DomainError('INVITE_INVALID', 'this sign-in link is unknown, used or expired');
    const cookie = newToken();
    const session = { personId: link.personId, groupId: link.groupId, csrf: newToken(), expiresAt: new Date(now.getTime() + WEB_SESSION_TTL_MS).toISOString() };
    t.insert(webSessions)
      .values({ idHash: hash(cookie), ...session, lastSeenAt: at, userAgent: userAgent?.slice(0, 200) ?? null, createdAt: at })
      .run();
    return { cookie, session };
  });
}

/** The live session behind a cookie value (sliding its expiry), or null when unknown, expired or revoked. */
export function sessionOf(db: Db, cookie: string, now: Date): WebSession | null {
  const row = db.select().from(webSessions).where(eq(webSessions.idHash, hash(cookie))).get();
  const at = now.toISOString();
  if (!row || row.revokedAt || row.expiresAt <= at) return null;
  let expiresAt = row.expiresAt;
  if (now.getTime() - new Date(row.lastSeenAt).getTime() >= SLIDE_EVERY_MS) {
    expiresAt = new Date(now.getTime() + WEB_SESSION_TTL_MS).toISOString();
    db.update(webSessions).set({ lastSeenAt: at, expiresAt }).where(eq(webSessions.idHash, row.idHash)).run();
  }
  return { personId: row.personId, groupId: row.groupId, csrf: row.csrf, expiresAt };
}

/** Ends a session (sign out). */
export function revokeSession(db: Db, cookie: string, now: Date): void {
  db.update(webSessions).set({ revokedAt: now.toISOString() }).where(eq(webSessions.idHash, hash(cookie))).run();
}

/** Ends every session of a person in a group (sign out everywhere); returns how many were open. */
export function revokeSessionsOf(db: Db, personId: number, groupId: number, now: Date): number {
  return db
    .update(webSessions)
    .set({ revokedAt: now.toISOString() })
    .where(and(eq(webSessions.personId, personId), eq(webSessions.groupId, groupId), isNull(webSessions.revokedAt)))
    .run().changes;
}
