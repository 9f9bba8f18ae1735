import { productName, shortProductName } from '../../core/catalog/display-names.ts';
import type { Db } from '../../db/index.ts';
import type { Platform } from '../../db/schema.ts';
import { getState, setState, stateKey, statesWithPrefix } from '../../core/chat-state.ts';
import { chatOrderLines } from '../../core/orders/order-view.ts';
import { listProducts, type Group } from '../../core/catalog/queries.ts';
import { enqueue } from '../../core/outbox/enqueue.ts';
import { getOrder } from '../../core/orders/transition-order.ts';
import { openPoolOf, poolProgress } from '../../core/pools/pools.ts';
import { requireRole } from '../../core/people/roles.ts';
import { parseOrder } from '../../core/parser/index.ts';
import type { Conversation } from '../conversation.ts';
import { feature } from '../feature.ts';
import { messages, type Messages } from '../i18n/index.ts';
import { matcherFor } from '../matcher-cache.ts';
import type { Button } from '../model.ts';
import { formatQty, formatTime } from '../format.ts';
import { amountSteps, orderText, placeFor } from './customer.ts';
import { paymentQrMessage, unpaidOrderButtons } from './payment-messages.ts';
import { btn } from '../buttons.ts';
import { catalogAlbum } from './photos.ts';

/** The one tally message a group chat has: its outbox id and since when it counts orders. */
interface Tally {
  platform: Platform;
  chatId: string;
  groupId: number;
  outboxId: number;
  since: string;
}

const tallyKey = (platform: string, chatId: string, groupId: number) => stateKey<Tally>(`tally:${platform}:${chatId}:${groupId}`);

function loadTally(db: Db, platform: string, chatId: string, groupId: number): Tally | undefined {
  return getState(db, tallyKey(platform, chatId, groupId));
}

function saveTally(db: Db, t: Tally, now: Date): void {
  setState(db, tallyKey(t.platform, t.chatId, t.groupId), t, now);
}

/** The tally text: a numbered list of buyers and what they took, totals per product, pool progress. */
export function tallyText(db: Db, group: Group, t: Tally, m: Messages): string {
  const rows = chatOrderLines(db, { groupId: group.id, platform: t.platform, chatId: t.chatId, since: t.since });
  const catalog = listProducts(db, group.id);
  const names = new Map(catalog.map((p) => [p.sku, productName(p, m.lang)]));
  // The totals line and the pool's progress are the tight places: short names there.
  const shortNames = new Map(catalog.map((p) => [p.sku, shortProductName(p, m.lang)]));
  const buyers = new Map<number, { name: string; items: Map<string, number> }>();
  const totals = new Map<string, number>();
  for (const r of rows) {
    const b = buyers.get(r.personId) ?? { name: r.name ?? '?', items: new Map<string, number>() };
    b.items.set(r.sku, (b.items.get(r.sku) ?? 0) + r.qty);
    buyers.set(r.personId, b);
    totals.set(r.sku, (totals.get(r.sku) ?? 0) + r.qty);
  }
  const fmt = (items: Map<string, number>, n = names) => [...items].map(([sku, q]) => `${formatQty(q, m.lang)} ${n.get(sku) ?? sku}`).join(', ');
  const lines = [m.tallyHeader(group.name)];
  if (buyers.size === 0) lines.push(m.tallyEmpty);
  else {
    [...buyers.values()].forEach((b, i) => lines.push(m.tallyLine(i + 1, b.name, fmt(b.items))));
    lines.push('', m.tallyTotals(fmt(totals, shortNames)));
  }
  const pool = openPoolOf(db, group.id);
  if (pool) lines.push('', m.poolProgress(pool.name, pool.deadline, poolProgress(db, pool.id).map((p) => m.poolLine(shortNames.get(p.sku) ?? p.sku, p.ordered, p.target))));
  return lines.join('\n');
}

/** Edits the group chat's tally message to the current state (one edit, never a new message). */
function updateTally(db: Db, group: Group, t: Tally, now: Date): void {
  const m = messages(group.language);
  enqueue(db, { platform: t.platform, chatId: t.chatId, groupId: group.id, payload: { type: 'edit', target: t.outboxId, text: tallyText(db, group, t, m) } }, now);
}

/** Refreshes the tally of the group chat an order was placed from, if it has one (after a cancel or expiry). */
export function refreshTallyOf(db: Db, group: Group, order: { chatPlatform: Platform; chatId: string }, now: Date): void {
  const t = loadTally(db, order.chatPlatform, order.chatId, group.id);
  if (t) updateTally(db, group, t, now);
}

/** Refreshes every tally of a group (after a pool closes, say). */
export function refreshTallies(db: Db, group: Group, now: Date): void {
  for (const t of statesWithPrefix<Tally>(db, 'tally:')) {
    if (t.groupId === group.id) updateTally(db, group, t, now);
  }
}

/** `/dang` in a group chat: post the catalog (each product a link to order privately) and the tally. */
export function postCatalog(c: Conversation): void {
  requireRole(c.t, c.person.id, c.group.id, 'admin');
  const products = listProducts(c.t, c.group.id);
  const lines = products.map((p, i) => c.m.catalogLine(i + 1, p.name, p.price, p.unit, p.available));
  const buttons: Button[][] = products.slice(0, 20).map((p) => [{ label: p.name, start: `p_${p.sku}` }]);
  const album = catalogAlbum(c);
  if (album) c.reply(album);
  c.reply({ type: 'text', text: [c.m.posted(c.group.name), '', ...lines].join('\n'), buttons });
  const t: Tally = { platform: c.inc.platform, chatId: c.inc.chatId, groupId: c.group.id, outboxId: 0, since: c.now.toISOString() };
  t.outboxId = c.reply({ type: 'text', text: tallyText(c.t, c.group, t, c.m) });
  saveTally(c.t, t, c.now);
}

/** A message in a group chat where the catalog was posted: an order places at once; anything else is chat. */
export function groupText(c: Conversation, text: string): void {
  const tally = loadTally(c.t, c.inc.platform, c.inc.chatId, c.group.id);
  if (!tally) return; // the bot stays quiet in group chats it has not posted a catalog to
  const parsed = parseOrder(matcherFor(c.t, c.group), text);
  const who = c.person.name ?? c.identity.displayName ?? c.inc.userId;
  // "đổi jinro mận sang jinro dâu": a change of an order placed earlier is no new order; in a group each order is
  // placed at once, so changing one is done in the private chat (cancel it there and order again).
  if (parsed.replaced.length > 0) return void c.reply({ type: 'text', text: c.m.groupChangePrivately(who) });
  if (parsed.items.length > 0) placeGroupOrder(c, tally, parsed.items, text);
  const ask = parsed.unresolved.find((u) => u.candidates.length > 0);
  if (ask) {
    const products = listProducts(c.t, c.group.id);
    const names = new Map(products.map((p) => [p.sku, p.name]));
    const one = ask.amount && ask.candidates.length === 1 ? products.find((p) => p.sku === ask.candidates[0]) : undefined;
    if (one !== undefined) {
      // "lấy khô cá dứa" of goods sold by the kg: the goods are known; the member taps how much.
      return void c.reply({
        type: 'text',
        text: c.m.groupAskAmount(who, one.name, one.unit),
        buttons: [amountSteps(one.unit).map((n) => ({ label: c.m.btnAdd(n, one.unit), data: btn.groupAnswer.data({ sku: one.sku, qty: n }) }))],
      });
    }
    c.reply({
      type: 'text',
      text: c.m.groupAsk(who, ask.qty, ask.phrase),
      buttons: ask.candidates.map((sku) => [{ label: names.get(sku) ?? sku, data: btn.groupAnswer.data({ sku, qty: ask.qty }) }]),
    });
  }
}

/** A group member picked a product from the bot's question: place that order for them. */
export function groupAnswer(c: Conversation, sku: string, qty: number): void {
  const tally = loadTally(c.t, c.inc.platform, c.inc.chatId, c.group.id);
  if (!tally || !(qty > 0)) return void c.reply({ type: 'text', text: c.m.staleButton });
  placeGroupOrder(c, tally, [{ sku, qty }]);
}

function placeGroupOrder(c: Conversation, tally: Tally, items: { sku: string; qty: number }[], note?: string): void {
  const who = c.person.name ?? c.identity.displayName ?? c.inc.userId;
  // One line in a group is not yet a confirmed order: it is held for a shorter time unless its customer keeps it.
  const placed = placeFor(c, items, note, undefined, c.group.unconfirmedHoldMinutes);
  if (!placed) return;
  updateTally(c.t, c.group, tally, c.now);
  // A line of pooled products and others makes two orders: the pooled one waits, the other is paid at once.
  for (const code of [placed.code, ...(placed.also ? [placed.also] : [])]) {
    const order = getOrder(c.t, code);
    const pool = order.poolId !== null ? placed.pool : undefined;
    const held = !pool && order.expiresAt !== null && c.group.unconfirmedHoldMinutes < c.group.paymentTimeoutMinutes;
    const reached = c.replyPrivately((m) => [
      { type: 'text', text: [m.orderPlaced(order.code), orderText(c, order.code), held ? m.holdUntilConfirmed(formatTime(order.expiresAt!)) : ''].filter(Boolean).join('\n') },
      pool
        ? { type: 'text', text: m.poolJoined(pool.name) }
        : paymentQrMessage(m, c.group, order, [...(held ? [[{ label: m.btnKeepOrder, data: btn.keepOrder.data({ code: order.code }) }]] : []), ...unpaidOrderButtons(m, order.code)]),
    ]);
    if (reached) c.reply({ type: 'text', text: c.m.groupOrdered(who, order.code) });
    else c.reply({ type: 'text', text: c.m.groupOrderedOpenPrivate(who, order.code), buttons: [[{ label: c.m.btnOpenPrivate, start: `o_${order.code}` }]] });
  }
}

/** Ordering in a group chat: the admin posts the catalog and a live tally; members order by replying. */
export const groupChatFeature = feature('group-chat')
  .command({
    names: ['dang', 'post'],
    roles: ['admin'],
    help: { vi: '/dang — đăng danh mục và bảng đếm vào nhóm chat', en: '/post — post the catalog and the tally into a group chat' },
    handle: (c) => postCatalog(c),
  })
  .button(btn.groupAnswer, (c, { sku, qty }) => groupAnswer(c, sku, qty))
  .text((c) => !c.isPrivate, groupText);
