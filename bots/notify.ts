import type { Db } from '../db/index.ts';
import type { Group } from '../core/catalog/queries.ts';
import { enqueue } from '../core/outbox/enqueue.ts';
import { getPerson, identitiesOf } from '../core/people/identify.ts';
import { peopleWithRole } from '../core/people/roles.ts';
import type { Platform, Role } from '../db/schema.ts';
import { messages, type Messages } from './i18n/index.ts';
import type { Outgoing } from './model.ts';

/**
 * Writes a private message to a person into the outbox, in their language, on the identity they
 * used most recently (preferring `platform`) that has a private chat and is not known unreachable.
 * Returns false when the person cannot be reached in private at all (with `reachableOnly`, when every
 * identity of theirs is known unreachable).
 */
export function notifyPerson(
  t: Db,
  group: Group,
  personId: number,
  build: (m: Messages) => Outgoing | Outgoing[],
  now: Date,
  platform?: Platform,
  opts: { reachableOnly?: boolean } = {},
): boolean {
  const person = getPerson(t, personId);
  const candidates = identitiesOf(t, personId).filter((i) => i.privateChatId);
  const reachable = candidates.filter((i) => !i.unreachableAt);
  // `reachableOnly`: someone who blocked the bot everywhere is not written to (the caller tells someone else).
  const pool = reachable.length || opts.reachableOnly ? reachable : candidates;
  const identity = pool.find((i) => i.platform === platform) ?? pool[0];
  if (!identity) return false;
  const outs = build(messages(person.language ?? group.language));
  for (const o of Array.isArray(outs) ? outs : [outs]) {
    enqueue(
      t,
      { platform: identity.platform, chatId: identity.privateChatId!, payload: o as unknown as Record<string, unknown>, groupId: group.id, identityId: identity.id },
      now,
    );
  }
  return true;
}

/** Notifies everyone with `role` in the group; returns how many could be reached. */
export function notifyRole(t: Db, group: Group, role: Role, build: (m: Messages) => Outgoing | Outgoing[], now: Date): number {
  const seen = new Set<number>();
  let n = 0;
  for (const m of peopleWithRole(t, group.id, role)) {
    if (seen.has(m.personId)) continue;
    seen.add(m.personId);
    if (notifyPerson(t, group, m.personId, build, now)) n++;
  }
  return n;
}
