import { DomainError } from '../../core/errors.ts';
import { createInvite, redeemInvite, requireRole } from '../../core/people/roles.ts';
import type { Role } from '../../db/schema.ts';
import type { Conversation } from '../conversation.ts';
import { getGroupById } from '../../core/catalog/queries.ts';
import { identities } from '../../db/schema.ts';
import { eq } from 'drizzle-orm';

/** `/join CODE`: redeem a one-time invite and get its role. */
export function join(c: Conversation, code: string | undefined): void {
  if (!code) throw new DomainError('INVALID_INPUT', '/join <mã mời>');
  const m = redeemInvite(c.t, code, c.person.id, c.now);
  const group = getGroupById(c.t, m.groupId);
  // From now on this chat talks to the group the person just joined.
  c.t.update(identities).set({ lastGroupId: group.id }).where(eq(identities.id, c.identity.id)).run();
  const household = m.householdId
    ? (c.t.$client.prepare('select name from households where id = ?').get(m.householdId) as { name: string } | undefined)?.name
    : undefined;
  c.reply({ type: 'text', text: c.m.joined(group.name, m.role, household) });
}

const ROLE_WORDS: Record<string, Role> = { admin: 'admin', 'quan-ly': 'admin', 'thu-quy': 'confirmer', confirmer: 'confirmer' };

/** `/moi ho-lan` | `/moi thu-quy` | `/moi admin`: an admin makes a one-time invite code. */
export function invite(c: Conversation, arg: string | undefined): void {
  requireRole(c.t, c.person.id, c.group.id, 'admin');
  if (!arg) throw new DomainError('INVALID_INPUT', '/moi <ho-...|thu-quy|admin>');
  const word = arg.toLowerCase();
  const role: Role = ROLE_WORDS[word] ?? 'household';
  const code = createInvite(c.t, { groupId: c.group.id, role, householdKey: role === 'household' ? word : null, createdByPersonId: c.person.id }, c.now);
  c.reply({ type: 'text', text: c.m.inviteCreated(code, role, word) });
}
