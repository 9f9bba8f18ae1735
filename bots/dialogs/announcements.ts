import type { Db } from '../../db/index.ts';
import { getGroupById } from '../../core/catalog/queries.ts';
import { setBroadcastOptOut, settleBroadcasts, startBroadcast } from '../../core/broadcast/broadcast.ts';
import { requireRole } from '../../core/people/roles.ts';
import type { Conversation } from '../conversation.ts';
import { UsageError } from '../errors.ts';
import { feature } from '../feature.ts';
import { messages } from '../i18n/index.ts';
import { notifyPerson } from '../notify.ts';

/** `/thongbao TEXT`: the admin announces to the shop's customers; they are told at once who it goes to. */
export function announce(c: Conversation, text: string): void {
  requireRole(c.t, c.person.id, c.group.id, 'admin');
  if (!text.trim()) throw new UsageError(c.m.broadcastUsage);
  const shop = c.group.name;
  const { plan } = startBroadcast(
    c.t,
    { groupId: c.group.id, personId: c.person.id, actor: `admin:${c.inc.platform}:${c.inc.userId}`, text },
    c.now,
    (lang) => ({ type: 'text', text: messages(lang ?? c.group.language).broadcastMessage(shop, text.trim()) }),
  );
  const reasons: Record<string, number> = {};
  for (const n of plan.notAllowed) reasons[n.reason] = (reasons[n.reason] ?? 0) + 1;
  c.reply({ type: 'text', text: c.m.broadcastQueued(plan.recipients.length, reasons, plan.optedOut) });
}

/**
 * The scheduler's job: once every message of an announcement is delivered or failed, its admin gets the
 * count (sent / not allowed / failed), in the same transaction that marks it reported (so once).
 */
export function reportBroadcastsJob(db: Db, now: Date): void {
  settleBroadcasts(db, now, (t, b) => {
    const group = getGroupById(t, b.groupId);
    notifyPerson(t, group, b.personId, (m) => ({ type: 'text', text: m.broadcastReport(b.text, b.sent ?? 0, b.notAllowed, b.failed ?? 0, b.optedOut) }), now);
  });
}

/** Announcements: admins send them; customers turn them off and on. */
export const announcementsFeature = feature('announcements')
  .command({
    names: ['thongbao', 'announce'],
    roles: ['admin'],
    help: { vi: '/thongbao <nội dung> — gửi thông báo cho khách, ví dụ /thongbao Hàng mới về: khăn lụa tím', en: '/announce <text> — tell the shop’s customers, e.g. /announce New in: purple scarves' },
    handle: (c, { rest }) => announce(c, rest),
  })
  .command({
    names: ['tatthongbao'],
    handle: (c) => {
      setBroadcastOptOut(c.t, c.person.id, c.group.id, true, c.now);
      c.reply({ type: 'text', text: c.m.broadcastOff(c.group.name) });
    },
  })
  .command({
    names: ['batthongbao'],
    handle: (c) => {
      setBroadcastOptOut(c.t, c.person.id, c.group.id, false, c.now);
      c.reply({ type: 'text', text: c.m.broadcastOn(c.group.name) });
    },
  });
