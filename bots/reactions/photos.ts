import type { Db } from '../../db/index.ts';
import { enqueue } from '../../core/outbox/enqueue.ts';
import { subscribe, type PhotoChat } from '../../core/events.ts';
import { getProduct } from '../../core/catalog/queries.ts';
import { senderLanguage } from '../../core/catalog/photos.ts';
import { messages } from '../i18n/index.ts';
import type { Outgoing } from '../model.ts';

function answer(t: Db, chat: PhotoChat, groupId: number, out: Outgoing, now: Date): void {
  enqueue(t, { platform: chat.platform, chatId: chat.chatId, groupId, identityId: chat.identityId, payload: out as unknown as Record<string, unknown> }, now);
}

/**
 * A product photo sent from a phone was stored: the seller gets the product card as customers will see
 * it (with its cover). A refused photo: the seller is told why (too large, not a picture, 10 already).
 */
export function registerPhotoReactions(): void {
  subscribe('photo.added', (t, e, now) => {
    const m = messages(senderLanguage(t, e.chat, e.groupId));
    const p = getProduct(t, e.groupId, e.sku);
    answer(t, e.chat, e.groupId, { type: 'text', text: m.photoAdded(p.name, e.position, e.count) }, now);
    if (e.position === 1) {
      answer(t, e.chat, e.groupId, { type: 'photo', image: { kind: 'stored', hash: e.hash }, caption: m.productCard(p.name, p.sku, p.price, p.unit, p.available) }, now);
    }
  });
  subscribe('photo.refused', (t, e, now) => {
    const m = messages(senderLanguage(t, e.chat, e.groupId));
    answer(t, e.chat, e.groupId, { type: 'text', text: m.photoRefused(e.reason) }, now);
  });
}
