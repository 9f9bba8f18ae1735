import { extendPool, openPool, openPoolOf, poolProgress, releasePool, unreachableTargets } from '../../core/pools/pools.ts';
import { requireRole } from '../../core/people/roles.ts';
import type { Conversation } from '../conversation.ts';
import { feature } from '../feature.ts';
import { parseDeadline } from '../../core/pools/deadline.ts';
import type { Db } from '../../db/index.ts';

/**
 * `/gom …`: show the open pool, open one, or extend it. Deadlines are read by core's `parseDeadline`
 * (Vietnam time; a past date, or a yearless date that has passed this year, is refused with the reason).
 * `cho-den-han` keeps the payment codes until the deadline even when the targets are met earlier.
 */
export function poolCommand(c: Conversation, rest: string): void {
  const words = rest.trim();
  if (!words) return showPool(c);
  requireRole(c.t, c.person.id, c.group.id, 'admin');
  const open = /^mo\s+"([^"]+)"\s+han\s+(\S+)(?:\s+(\d{1,2}(?:[:hg]\d{0,2})?))?(?:\s+toi-thieu\s+(.+?))?(\s+cho-den-han)?$/i.exec(words);
  if (open) {
    const targets: Record<string, number> = {};
    const parts = (open[4] ?? '').trim().split(/\s+/).filter(Boolean);
    if (parts.length % 2 !== 0) return void c.reply({ type: 'text', text: c.m.poolUsage });
    for (let i = 0; i < parts.length; i += 2) {
      const qty = Number(parts[i + 1]!.replace(',', '.'));
      if (!(qty > 0)) return void c.reply({ type: 'text', text: c.m.poolUsage });
      targets[parts[i]!.toUpperCase()] = qty;
    }
    const deadline = parseDeadline(open[2]!, open[3], c.now);
    const pool = openPool(
      c.t,
      {
        groupId: c.group.id,
        name: open[1]!,
        deadline,
        targets,
        chatPlatform: c.isPrivate ? null : c.inc.platform,
        chatId: c.isPrivate ? null : c.inc.chatId,
        releaseOnTarget: !open[5],
      },
      c.now,
    );
    const products = new Map(c.products().map((p) => [p.sku, p]));
    const targetTexts = Object.entries(pool.targets).map(([sku, qty]) => c.m.poolTargetText(products.get(sku)?.name ?? sku, qty, products.get(sku)?.unit ?? ''));
    c.reply({ type: 'text', text: c.m.poolOpenedFull(pool.name, pool.deadline, targetTexts, pool.releaseOnTarget) });
    const tooHigh = unreachableTargets(c.t, c.group.id, pool.targets);
    if (tooHigh.length) c.reply({ type: 'text', text: c.m.poolTargetsTooHigh(tooHigh) });
    return;
  }
  const extend = /^gia-han\s+(\S+)(?:\s+(\d{1,2}(?:[:hg]\d{0,2})?))?$/i.exec(words);
  if (extend) {
    const pool = openPoolOf(c.t, c.group.id);
    if (!pool) return void c.reply({ type: 'text', text: c.m.poolNone });
    const deadline = parseDeadline(extend[1]!, extend[2], c.now);
    const p = extendPool(c.t, pool.id, deadline, c.now);
    return void c.reply({ type: 'text', text: c.m.poolExtendedFull(p.deadline) });
  }
  c.reply({ type: 'text', text: c.m.poolUsage });
}

/**
 * After an order joined the group's pool: once every target is met (and the pool releases on target), the
 * pool's waiting orders, or just this one if the pool was released before, can be paid now (`pool.released`
 * sends the codes); the pool stays open until its deadline.
 */
export function releasePoolIfMet(t: Db, groupId: number, now: Date, orderId: number): void {
  const pool = openPoolOf(t, groupId);
  if (pool) releasePool(t, pool.id, now, [orderId]);
}

/** `/gom`: live progress of the open pool toward its targets. */
export function showPool(c: Conversation): void {
  const pool = openPoolOf(c.t, c.group.id);
  if (!pool) return void c.reply({ type: 'text', text: c.m.poolNone });
  const lines = poolProgress(c.t, pool.id).map((p) => c.m.poolLine(p.sku, p.ordered, p.target));
  c.reply({ type: 'text', text: c.m.poolProgressFull(pool.name, pool.deadline, lines) });
}

/** Pooled orders (đợt gom): anyone sees the open pool; admins open and extend one. */
export const poolsFeature = feature('pools').command({
  names: ['gom', 'pool'],
  roles: ['admin'],
  help: {
    vi: '/gom mo "Tên đợt" han 30/11/2026 18:00 toi-thieu KL-XANH 200 [cho-den-han] — mở đợt gom; /gom — tiến độ; /gom gia-han 02/12/2026 18:00',
    en: '/pool mo "Name" han 30/11/2026 18:00 toi-thieu KL-XANH 200 [cho-den-han] — open a pool; /pool — progress; /pool gia-han 02/12/2026 18:00',
  },
  handle: (c, { rest }) => poolCommand(c, rest),
});
