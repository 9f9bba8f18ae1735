import { DomainError } from '../../core/errors.ts';
import { extendPool, openPool, openPoolOf, poolProgress } from '../../core/pools/pools.ts';
import { requireRole } from '../../core/people/roles.ts';
import type { Conversation } from '../conversation.ts';
import { UsageError } from '../errors.ts';
import { feature } from '../feature.ts';

const DEADLINE_USAGE = '/gom mo "Tên đợt" han DD/MM HH:mm (giờ Việt Nam, trong tương lai)';

/**
 * Reads a Vietnam-time deadline `30/11 18:00` (or `30/11/2026 18:00`, or just `30/11`, meaning 23:59)
 * as an instant; a date without a year that has passed means next year.
 */
export function parseDeadline(date: string, time: string | undefined, now: Date): Date {
  const d = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?$/.exec(date);
  const t = /^(\d{1,2})(?:[:hg](\d{2})?)?$/.exec(time ?? '23:59');
  if (!d || !t) throw new UsageError(DEADLINE_USAGE);
  const vnNow = new Date(now.getTime() + 7 * 3600_000);
  let year = d[3] ? Number(d[3].length === 2 ? `20${d[3]}` : d[3]) : vnNow.getUTCFullYear();
  const make = (y: number) => new Date(Date.UTC(y, Number(d[2]) - 1, Number(d[1]), Number(t[1]), Number(t[2] ?? 0)) - 7 * 3600_000);
  let at = make(year);
  if (!d[3] && at.getTime() <= now.getTime()) at = make(++year);
  if (Number.isNaN(at.getTime()) || Number(d[2]) > 12 || Number(d[1]) > 31 || Number(t[1]) > 23) throw new UsageError(DEADLINE_USAGE);
  return at;
}

/** `/gom …`: show the open pool, open one, or extend it. */
export function poolCommand(c: Conversation, rest: string): void {
  const words = rest.trim();
  if (!words) return showPool(c);
  requireRole(c.t, c.person.id, c.group.id, 'admin');
  const open = /^mo\s+"([^"]+)"\s+han\s+(\S+)(?:\s+(\d{1,2}(?::\d{2})?))?(?:\s+toi-thieu\s+(.+))?$/i.exec(words);
  if (open) {
    const targets: Record<string, number> = {};
    const parts = (open[4] ?? '').trim().split(/\s+/).filter(Boolean);
    if (parts.length % 2 !== 0) return void c.reply({ type: 'text', text: c.m.poolUsage });
    for (let i = 0; i < parts.length; i += 2) {
      const qty = Number(parts[i + 1]);
      if (!(qty > 0)) return void c.reply({ type: 'text', text: c.m.poolUsage });
      targets[parts[i]!.toUpperCase()] = qty;
    }
    const deadline = parseDeadline(open[2]!, open[3], c.now);
    if (deadline.getTime() <= c.now.getTime()) throw new UsageError(DEADLINE_USAGE);
    const pool = openPool(
      c.t,
      { groupId: c.group.id, name: open[1]!, deadline, targets, chatPlatform: c.isPrivate ? null : c.inc.platform, chatId: c.isPrivate ? null : c.inc.chatId },
      c.now,
    );
    return void c.reply({ type: 'text', text: c.m.poolOpened(pool.name, pool.deadline) });
  }
  const extend = /^gia-han\s+(\S+)(?:\s+(\d{1,2}(?::\d{2})?))?$/i.exec(words);
  if (extend) {
    const pool = openPoolOf(c.t, c.group.id);
    if (!pool) return void c.reply({ type: 'text', text: c.m.poolNone });
    const deadline = parseDeadline(extend[1]!, extend[2], c.now);
    if (deadline.getTime() <= c.now.getTime()) throw new UsageError(DEADLINE_USAGE);
    const p = extendPool(c.t, pool.id, deadline, c.now);
    return void c.reply({ type: 'text', text: c.m.poolExtended(p.deadline) });
  }
  c.reply({ type: 'text', text: c.m.poolUsage });
}

/** `/gom`: live progress of the open pool toward its targets. */
export function showPool(c: Conversation): void {
  const pool = openPoolOf(c.t, c.group.id);
  if (!pool) return void c.reply({ type: 'text', text: c.m.poolNone });
  const lines = poolProgress(c.t, pool.id).map((p) => c.m.poolLine(p.sku, p.ordered, p.target));
  c.reply({ type: 'text', text: c.m.poolProgress(pool.name, pool.deadline, lines) });
}

/** Pooled orders (đợt gom): anyone sees the open pool; admins open and extend one. */
export const poolsFeature = feature('pools').command({
  names: ['gom', 'pool'],
  roles: ['admin'],
  help: { vi: '/gom mo "Tên đợt" han 30/11 18:00 toi-thieu KL-XANH 200 — mở đợt gom', en: '/pool mo "Name" han 30/11 18:00 toi-thieu KL-XANH 200 — open a pool' },
  handle: (c, { rest }) => poolCommand(c, rest),
});
