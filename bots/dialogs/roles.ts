import { DomainError } from '../../core/errors.ts';
import { createInvite, redeemInvite, requireRole } from '../../core/people/roles.ts';
import type { Role } from '../../db/schema.ts';
import type { Conversation } from '../conversation.ts';
import { UsageError } from '../errors.ts';
import { feature } from '../feature.ts';
import { getGroupById, getHouseholdById } from '../../core/catalog/queries.ts';
import { setLastGroup } from '../../core/people/identify.ts';
import { allowHit } from '../../core/throttle.ts';

/** /join attempts per person: at most JOIN_MAX_ATTEMPTS in JOIN_WINDOW_MS (invite codes cannot be guessed by flooding). */
export const JOIN_MAX_ATTEMPTS = 5;
export const JOIN_WINDOW_MS = 60 * 60_000;

/** `/join CODE`: redeem a one-time invite and get its role. */
export function join(c: Conversation, code: string | undefined): void {
  if (!code) throw new UsageError('/join <mã mời>');
  // Counted outside the refusal's rollback: a wrong code still uses up an attempt.
  if (!allowHit(c.t, `join:${c.person.id}`, c.now, JOIN_WINDOW_MS, JOIN_MAX_ATTEMPTS)) return void c.reply({ type: 'text', text: c.m.joinTooMany });
  let m: ReturnType<typeof redeemInvite>;
  try {
    m = redeemInvite(c.t, code, c.person.id, c.now);
  } catch (e) {
    if (e instanceof DomainError && e.code === 'INVITE_INVALID') return void c.reply({ type: 'text', text: c.m.inviteInvalid });
    throw e;
  }
  const group = getGroupById(c.t, m.groupId);
  // From now on this chat talks to the group the person just joined.
  setLastGroup(c.t, c.identity.id, group.id);
  const household = m.householdId ? getHouseholdById(c.t, m.householdId).name : undefined;
  c.reply({ type: 'text', text: c.m.joined(group.name, m.role, household) });
}

const ROLE_WORDS: Record<string, Role> = { admin: 'admin', 'quan-ly': 'admin', 'thu-quy': 'confirmer', confirmer: 'confirmer' };

/** `/moi ho-lan` | `/moi thu-quy` | `/moi admin`: an admin makes a one-time invite code. */
export function invite(c: Conversation, arg: string | undefined): void {
  requireRole(c.t, c.person.id, c.group.id, 'admin');
  if (!arg) throw new UsageError('/moi <ho-...|thu-quy|admin>');
  const word = arg.toLowerCase();
  const role: Role = ROLE_WORDS[word] ?? 'household';
  const code = createInvite(c.t, { groupId: c.group.id, role, householdKey: role === 'household' ? word : null, createdByPersonId: c.person.id }, c.now);
  c.reply({ type: 'text', text: c.m.inviteCreated(code, role, word) });
}

/** Roles come from one-time invite codes: an admin makes one, the invited person joins with it. */
export const rolesFeature = feature('roles')
  .command({ names: ['join'], handle: (c, { args }) => join(c, args[0]) })
  .command({
    names: ['moi', 'invite'],
    roles: ['admin'],
    help: { vi: '/moi <ho-lan|thu-quy|admin> — tạo mã mời một lần', en: '/invite <ho-lan|thu-quy|admin> — make a one-time invite code' },
    handle: (c, { args }) => invite(c, args[0]),
  });
