import type { Db } from '../../db/index.ts';
import type { Clock } from '../../core/clock.ts';
import { markUnreachable } from '../../core/people/identify.ts';
import type { Button, Card, Image, Outgoing } from '../../bots/model.ts';
import { forgetPlatformFileId, platformFileId, rememberPlatformFileId } from '../../core/catalog/photos.ts';
import { imageFile, photoUrl } from '../media.ts';
import { DeliveryError, type Delivery, type Sender } from '../outbox/types.ts';
import { ZALO_ERR, ZaloApiError, ZaloNetworkError, type ZaloButton, type ZaloCsMessage, type ZaloOaClient } from './client.ts';
import { consultationWindow, noticeAdmins, type WindowState } from './common.ts';
import { buttonData, flatButtons, numberedEntries, withMenu } from './menu.ts';
import { ZaloNotAuthorizedError, type ZaloTokenStore } from './tokens.ts';

/**
 * Zalo shows at most 5 buttons on a consultation message (the documented maximum of its list/button
 * templates). Buttons beyond these are degraded, explicitly, to a numbered list under the text.
 */
export const ZALO_OA_MAX_BUTTONS = 5;
/** Consultation text limit (characters). */
export const ZALO_TEXT_MAX = 2000;
/** Button title limit (characters). */
const TITLE_MAX = 100;
/** Prefix of every payload Gom puts on a query button: `#b:c:0` comes back as the button `c:0`. */
export const BUTTON_PREFIX = '#b:';
/** Wait after a Zalo rate-limit answer (-32). */
export const RATE_LIMIT_WAIT_MS = 60_000;

/** Zalo wants phone numbers with the country code: 0912345678 → 84912345678. */
export function zaloPhone(phone: string): string {
  const digits = phone.replace(/[^\d]/g, '');
  return digits.startsWith('0') ? `84${digits.slice(1)}` : digits;
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

/** One neutral button as a Zalo button; data buttons become hidden queries with the `#b:` marker. */
export function toZaloButton(b: Button): ZaloButton | undefined {
  const title = clip(b.label, TITLE_MAX);
  if (b.url) return { title, type: 'oa.open.url', payload: { url: b.url } };
  if (b.phone) return { title, type: 'oa.open.phone', payload: { phone_code: zaloPhone(b.phone) } };
  const data = buttonData(b);
  if (data !== undefined) return { title, type: 'oa.query.hide', payload: `${BUTTON_PREFIX}${data}` };
  return undefined;
}

/** A text with buttons as one consultation message: up to 5 real buttons, the rest as a numbered list. */
export function textMessage(text: string, buttons: Button[][] | undefined): ZaloCsMessage {
  const all = flatButtons(buttons);
  const real = all.slice(0, ZALO_OA_MAX_BUTTONS).map(toZaloButton).filter((b): b is ZaloButton => b !== undefined);
  const body = clip(withMenu(text, numberedEntries(buttons, ZALO_OA_MAX_BUTTONS)), ZALO_TEXT_MAX);
  if (real.length === 0) return { text: body };
  return { text: body, attachment: { type: 'template', payload: { buttons: real } } };
}

/** One list template: each card an element (its photo by URL when there is a public https address), plus buttons. */
export function listTemplate(cards: Card[], publicUrl: string | undefined, buttons: Button[][] | undefined): ZaloCsMessage {
  const elements = cards.map((c) => {
    const data = c.buttons?.map(buttonData).find((d) => d !== undefined);
    return {
      title: clip(c.title, TITLE_MAX),
      ...(c.subtitle ? { subtitle: clip(c.subtitle, 500) } : {}),
      ...(c.image?.kind === 'stored' && publicUrl ? { image_url: photoUrl(publicUrl, c.image.hash) } : {}),
      ...(data !== undefined ? { default_action: { type: 'oa.query.hide' as const, payload: `${BUTTON_PREFIX}${data}` } } : {}),
    };
  });
  const real = flatButtons(buttons).slice(0, ZALO_OA_MAX_BUTTONS).map(toZaloButton).filter((b): b is ZaloButton => b !== undefined);
  return { attachment: { type: 'template', payload: { template_type: 'list', elements, ...(real.length ? { buttons: real } : {}) } } };
}

/** Text of the follow-up message that carries a photo's buttons (a media message has none). */
export const PHOTO_BUTTONS_TEXT = 'Bạn chọn tiếp nhé 👇 (choose below)';

/** Everything the OA sender needs. */
export interface ZaloOaSenderDeps {
  db: Db;
  clock: Clock;
  client: ZaloOaClient;
  tokens: ZaloTokenStore;
  /** PUBLIC_URL: product photos in a list template are fetched by Zalo from `/media/p/…` (https only). */
  publicUrl?: string;
}

/** Elements of a Zalo list template (Zalo's documented maximum). */
export const ZALO_LIST_MAX = 5;
/** Where a stored photo's Zalo attachment id is remembered: one OA per Gom deployment. */
const OA_ACCOUNT = 'oa';

/**
 * Delivers outbox messages as Zalo OA consultation messages. Before each send it checks the customer's
 * 7-day consultation window; outside it the message is failed with a clear reason and the group's
 * admins are told who could not be reached (nothing is lost silently). Transaction/ZNS messages, which
 * cost money and need templates approved by Zalo, are not sent automatically.
 *
 * Photos: the PNG is uploaded (`/v2.0/oa/upload/image`) and attached by `attachment_id` rather than
 * sent by URL, so the payment QR (amount + order code) is never exposed at a public URL and delivery
 * does not depend on Zalo's servers reaching PUBLIC_URL.
 */
export class ZaloOaSender implements Sender {
  constructor(private readonly d: ZaloOaSenderDeps) {}

  /** Sends one message; see the class comment for the rules. */
  async send(delivery: Delivery): Promise<{ messageId?: string }> {
    const { row, message } = delivery;
    const now = this.d.clock();
    const win = consultationWindow(this.d.db, row.chatId, now);
    if (!win.open) throw this.outsideWindow(delivery, win, 'đã quá 7 ngày kể từ lần cuối khách nhắn cho shop (Zalo chỉ cho gửi tin tư vấn trong 7 ngày)');
    try {
      return { messageId: await this.deliver(row.chatId, message) };
    } catch (e) {
      throw this.toDeliveryError(e, delivery, win);
    }
  }

  private async deliver(userId: string, message: Outgoing): Promise<string> {
    if (message.type === 'text' || message.type === 'edit') {
      // Zalo cannot edit a sent message: an edit arrives as a new message (explicit degradation).
      return this.withToken((t) => this.d.client.sendCs(t, userId, textMessage(message.text, message.buttons)));
    }
    if (message.type === 'cards') return this.deliverCards(userId, message);
    const id = await this.sendImage(userId, message.image, message.caption);
    if (message.buttons?.length) await this.withToken((t) => this.d.client.sendCs(t, userId, textMessage(PHOTO_BUTTONS_TEXT, message.buttons)));
    return id;
  }

  /**
   * A picture as a media message. A stored photo is uploaded once and then sent by its remembered
   * `attachment_id`; if Zalo no longer knows that id (an invalid-parameter answer), it is uploaded again.
   */
  private async sendImage(userId: string, image: Image, caption: string | undefined): Promise<string> {
    const media = (attachmentId: string): ZaloCsMessage => ({
      ...(caption ? { text: clip(caption, ZALO_TEXT_MAX) } : {}),
      attachment: { type: 'template', payload: { template_type: 'media', elements: [{ media_type: 'image', attachment_id: attachmentId }] } },
    });
    const upload = async () => {
      const file = await imageFile(this.d.db, image);
      const id = await this.withToken((t) => this.d.client.uploadImage(t, file.bytes, file.filename, file.mime));
      if (image.kind === 'stored') rememberPlatformFileId(this.d.db, image.hash, 'zalo', OA_ACCOUNT, id);
      return id;
    };
    const cached = image.kind === 'stored' ? platformFileId(this.d.db, image.hash, 'zalo', OA_ACCOUNT) : undefined;
    if (!cached) {
      const id = await upload();
      return this.withToken((t) => this.d.client.sendCs(t, userId, media(id)));
    }
    try {
      return await this.withToken((t) => this.d.client.sendCs(t, userId, media(cached)));
    } catch (e) {
      if (!(e instanceof ZaloApiError && e.code === ZALO_ERR.INVALID_PARAM) || image.kind !== 'stored') throw e;
      forgetPlatformFileId(this.d.db, image.hash, 'zalo', OA_ACCOUNT);
      const id = await upload();
      return this.withToken((t) => this.d.client.sendCs(t, userId, media(id)));
    }
  }

  /**
   * Cards as Zalo list templates of up to 5 elements (title, line, the product photo by its public URL
   * when PUBLIC_URL is https; tapping an element presses the card's first button), with the message's own
   * buttons under the last list. If Zalo refuses the list (an invalid-parameter answer, e.g. an OA without
   * that template), the cards are sent as one text message with their buttons instead.
   */
  private async deliverCards(userId: string, message: Extract<Outgoing, { type: 'cards' }>): Promise<string> {
    const https = this.d.publicUrl && /^https:\/\//.test(this.d.publicUrl) ? this.d.publicUrl : undefined;
    let first: string | undefined;
    try {
      if (message.text?.trim()) first = await this.withToken((t) => this.d.client.sendCs(t, userId, { text: clip(message.text!, ZALO_TEXT_MAX) }));
      for (let i = 0; i < message.cards.length; i += ZALO_LIST_MAX) {
        const chunk = message.cards.slice(i, i + ZALO_LIST_MAX);
        const last = i + ZALO_LIST_MAX >= message.cards.length;
        const list = listTemplate(chunk, https, last ? message.buttons : undefined);
        const id = await this.withToken((t) => this.d.client.sendCs(t, userId, list));
        first ??= id;
      }
      return first ?? '';
    } catch (e) {
      if (!(e instanceof ZaloApiError && e.code === ZALO_ERR.INVALID_PARAM) || first !== undefined) throw e;
      const text = [message.text ?? '', ...message.cards.map((c) => `• ${c.title}${c.subtitle ? ` — ${c.subtitle}` : ''}`)].join('\n').trim();
      const rows = [...message.cards.filter((c) => c.buttons?.length).map((c) => c.buttons!), ...(message.buttons ?? [])];
      return this.withToken((t) => this.d.client.sendCs(t, userId, textMessage(text, rows)));
    }
  }

  /** Runs a call with the access token; on an expired/invalid-token answer, refreshes once and retries once. */
  private async withToken<T>(fn: (token: string) => Promise<T>): Promise<T> {
    const token = await this.d.tokens.accessToken();
    try {
      return await fn(token);
    } catch (e) {
      if (e instanceof ZaloApiError && (e.code === ZALO_ERR.ACCESS_TOKEN_EXPIRED || e.code === ZALO_ERR.ACCESS_TOKEN_INVALID)) {
        return fn(await this.d.tokens.refreshAfterRejection(token));
      }
      throw e;
    }
  }

  /** Tells the group's admins (once per customer and window) which customer could not be reached, and why. */
  private tellAdmins(delivery: Delivery, win: WindowState, reason: string, onceKey: string): void {
    // An announcement's failures are counted in its report to the admin, not told one by one.
    if (delivery.row.broadcastId) return;
    noticeAdmins(this.d.db, this.d.clock(), {
      groupId: delivery.row.groupId,
      platform: 'zalo',
      chatId: delivery.row.chatId,
      identityId: win.identityId,
      userName: win.userName,
      reason,
      message: delivery.message,
      onceKey,
    });
  }

  /** A message Zalo will not carry outside the consultation window: admins are told, the message fails for good. */
  private outsideWindow(delivery: Delivery, win: WindowState, reason: string): DeliveryError {
    this.tellAdmins(delivery, win, reason, `${delivery.row.chatId}:${win.lastInboundAt ?? 'never'}`);
    return new DeliveryError(`zalo: outside the consultation window: ${reason}`, { permanent: true });
  }

  private toDeliveryError(e: unknown, delivery: Delivery, win: WindowState): DeliveryError {
    if (e instanceof DeliveryError) return e;
    if (e instanceof ZaloNotAuthorizedError) return new DeliveryError(`zalo: ${e.message}`, { retryAfterMs: 10 * 60_000 });
    if (e instanceof ZaloNetworkError) return new DeliveryError(`zalo: ${e.message}`);
    if (!(e instanceof ZaloApiError)) return new DeliveryError(`zalo: ${String((e as Error)?.message ?? e)}`);
    const msg = `zalo: ${e.message}`;
    switch (e.code) {
      case ZALO_ERR.RATE_LIMIT:
        return new DeliveryError(msg, { retryAfterMs: RATE_LIMIT_WAIT_MS });
      case ZALO_ERR.OUT_OF_QUOTA_RECEIVE:
        return new DeliveryError(msg, { retryAfterMs: 3600_000 });
      case ZALO_ERR.USER_NOT_FOLLOWER:
      case ZALO_ERR.USER_INACTIVE:
      case ZALO_ERR.USER_RESTRICTED:
        return new DeliveryError(msg, { unreachable: true });
      case ZALO_ERR.NO_INTERACTION_7_DAYS:
      case ZALO_ERR.NO_INTERACTION:
        return this.outsideWindow(delivery, win, 'Zalo báo khách chưa tương tác với shop trong 7 ngày qua');
      case ZALO_ERR.OUT_OF_QUOTA:
        this.tellAdmins(delivery, win, 'OA đã hết hạn mức tin tư vấn (mua thêm gói trên Zalo OA)', `quota:${delivery.row.chatId}:${win.lastInboundAt ?? 'never'}`);
        return new DeliveryError(msg, { permanent: true });
      case ZALO_ERR.INVALID_PARAM:
        return new DeliveryError(msg, { permanent: true });
    }
    if (e.status >= 400 && e.status < 500 && e.status !== 429) return new DeliveryError(msg, { permanent: true });
    return new DeliveryError(msg);
  }
}

/** Marks a Zalo identity unreachable (an `unfollow` event). */
export function markZaloUnreachable(db: Db, identityId: number, now: Date): void {
  markUnreachable(db, identityId, 'zalo: unfollowed the Official Account', now);
}
