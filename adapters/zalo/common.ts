import { ZALO_CS_WINDOW_MS } from '../../core/broadcast/broadcast.ts';
import { and, eq, gte, sql } from 'drizzle-orm';
import { tx, type Db } from '../../db/index.ts';
import { identities, outbox, type Platform } from '../../db/schema.ts';
import { getGroup, getGroupById } from '../../core/catalog/queries.ts';
import { enqueue } from '../../core/outbox/enqueue.ts';
import { identify } from '../../core/people/identify.ts';
import { markProcessed } from '../../core/updates.ts';
import { notifyRole } from '../../bots/notify.ts';
import type { Outgoing } from '../../bots/model.ts';

/** What both Zalo modes answer to a picture: the bot reads text; a payment screenshot has a button. */
export const IMAGE_REPLY =
  '📷 Shop đã nhận được ảnh của bạn. Bot chỉ đọc được tin nhắn chữ: bạn nhắn tên sản phẩm và số lượng, ví dụ "2 khăn xanh". ' +
  'Nếu đây là ảnh chuyển khoản, bạn bấm "Đã chuyển khoản" dưới mã QR của đơn để shop xác nhận nhé.\n' +
  '(We received your picture. The bot reads text only; for a payment screenshot, tap "paid" under the order’s QR.)';

/**
 * Answers a picture kindly, in one transaction with the dedupe mark: records the person (a picture is
 * an interaction, it re-opens Zalo's messaging window) and enqueues the reply. Returns false for a
 * redelivery.
 */
export function replyToImage(
  db: Db,
  now: Date,
  o: { platform: Platform; userId: string; userName?: string | null; chatId: string; private: boolean; groupSlug: string; dedupe: { source: string; key: string } },
): boolean {
  return tx(db, (t) => {
    if (!markProcessed(t, o.dedupe.source, o.dedupe.key, now)) return false;
    const group = getGroup(t, o.groupSlug);
    const { identity } = identify(t, { platform: o.platform, userId: o.userId, name: o.userName, privateChatId: o.private ? o.chatId : null }, now);
    const payload: Outgoing = { type: 'text', text: IMAGE_REPLY, buttons: [[{ label: '🛍️ Xem hàng', data: 'c:0' }]] };
    enqueue(t, { platform: o.platform, chatId: o.chatId, payload: payload as unknown as Record<string, unknown>, groupId: group.id, identityId: o.private ? identity.id : null }, now);
    return true;
  });
}

/** Zalo OA consultation ("tư vấn") messages may be sent up to 7 days after the customer's last message. */
export const CS_WINDOW_MS = ZALO_CS_WINDOW_MS;
/** Within 48 hours of the customer's message, up to 8 replies are free; later ones use the OA's paid quota. */
export const FREE_WINDOW_MS = 48 * 3600_000;
export const FREE_REPLIES = 8;

/** Where a Zalo user stands in the consultation window. */
export interface WindowState {
  open: boolean;
  identityId?: number;
  userName?: string | null;
  lastInboundAt?: string | null;
  /** Messages already sent to this chat since the customer's last message. */
  sentSinceInbound: number;
  /** True when this message should fall within the free replies (48 h, 8 messages). */
  free: boolean;
}

/** The consultation window of a Zalo OA chat (private chat id = Zalo user id). */
export function consultationWindow(db: Db, chatId: string, now: Date): WindowState {
  const ident = db
    .select()
    .from(identities)
    .where(and(eq(identities.platform, 'zalo'), eq(identities.platformUserId, chatId)))
    .get();
  if (!ident?.lastInboundAt) return { open: false, sentSinceInbound: 0, free: false, identityId: ident?.id, userName: ident?.displayName };
  const since = now.getTime() - Date.parse(ident.lastInboundAt);
  const sent =
    db
      .select({ n: sql<number>`count(*)` })
      .from(outbox)
      .where(and(eq(outbox.platform, 'zalo'), eq(outbox.chatId, chatId), eq(outbox.status, 'sent'), gte(outbox.sentAt, ident.lastInboundAt)))
      .get()?.n ?? 0;
  return {
    open: since <= CS_WINDOW_MS,
    identityId: ident.id,
    userName: ident.displayName,
    lastInboundAt: ident.lastInboundAt,
    sentSinceInbound: sent,
    free: since <= FREE_WINDOW_MS && sent < FREE_REPLIES,
  };
}

/** Start of every notice to admins about an unreachable customer (never itself re-notified). */
export const NOTICE_MARK = '⚠️ Zalo:';

/**
 * Tells the group's admins (through the outbox, on whatever platform they use) that a message could not
 * reach a customer on Zalo and why, once per customer and window. Returns how many admins were told.
 */
export function noticeAdmins(
  db: Db,
  now: Date,
  o: { groupId: number | null; platform: Platform; chatId: string; identityId?: number; userName?: string | null; reason: string; message: Outgoing; onceKey: string },
): number {
  const m = o.message;
  const text = m.type === 'photo' ? (m.caption ?? '') : m.type === 'cards' ? [m.text ?? '', ...m.cards.map((c) => c.title)].join('\n').trim() : m.text;
  if (text.startsWith(NOTICE_MARK) || o.groupId === null) return 0;
  return tx(db, (t) => {
    if (!markProcessed(t, 'zalo-unreachable-notice', o.onceKey, now)) return 0;
    const group = getGroupById(t, o.groupId!);
    if (!group) return 0;
    const who = `${o.userName ?? 'khách'} (${o.platform} ${o.chatId})`;
    const excerpt = text.length > 300 ? `${text.slice(0, 300)}…` : text;
    return notifyRole(
      t,
      group,
      'admin',
      (m) => ({
        type: 'text',
        text:
          m.lang === 'en'
            ? `${NOTICE_MARK} could not reach customer ${who}: ${o.reason}. Message not delivered: «${excerpt}». Please contact them another way (phone).`
            : `${NOTICE_MARK} không gửi được tin cho khách ${who}: ${o.reason}. Tin chưa đến khách: «${excerpt}». Bạn liên hệ khách bằng cách khác (điện thoại) giúp shop nhé.`,
      }),
      now,
    );
  });
}
