import { rolesOf } from '../../core/people/roles.ts';
import { createSignInLink } from '../../core/people/web-sessions.ts';
import type { Conversation } from '../conversation.ts';
import { feature } from '../feature.ts';
import { signInUrl } from '../web-url.ts';

/**
 * `/web`: an admin, confirmer or household gets a one-time sign-in link to the web pages, always in a
 * private chat (a link typed for in a group chat would let the whole group in).
 */
export function webLink(c: Conversation): void {
  if (rolesOf(c.t, c.person.id, c.group.id).length === 0) return void c.reply({ type: 'text', text: c.m.webNoRole });
  const token = createSignInLink(c.t, { personId: c.person.id, groupId: c.group.id, origin: `chat:${c.inc.platform}` }, c.now);
  const sent = c.replyPrivately((m) => ({ type: 'text', text: m.webLink(signInUrl(token)) }));
  if (!c.isPrivate) c.reply({ type: 'text', text: sent ? c.m.webLinkSentPrivately : c.m.webLinkNeedsPrivate });
}

/** `/web`: a one-time sign-in link to the admin pages. */
export const webFeature = feature('web').command({
  names: ['web', 'quanly'],
  roles: ['admin', 'confirmer', 'household'],
  help: { vi: '/web — đường dẫn đăng nhập trang quản lý', en: '/web — a sign-in link to the web pages' },
  handle: (c) => webLink(c),
});
