import { eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { groups, identities, people, products } from '../../db/schema.ts';
import { enqueue } from '../../core/outbox/enqueue.ts';
import { subscribe, type PhotoChat } from '../../core/events.ts';
import { getProduct } from '../../core/catalog/queries.ts';
import { messages, type Messages } from '../i18n/index.ts';
import type { Outgoing } from '../model.ts';

/** The language of the person who sent the photo (else the group's). */
function languageOf(t: Db, chat: PhotoChat, groupId: number): Messages {
  const person = chat.identityId
    ? t.select({ lang: people.language }).from(identities).innerJoin(people, eq(people.id, identities.personId)).where(eq(identities.id, chat.identityId)).get()
    : undefined;
  const group = t.select({ lang: groups.language }).from(groups).where(eq(groups.id, groupId)).get();
  return messages(person?.lang ?? group?.lang);
}

function answer(t: Db, chat: PhotoChat, groupId: number, out: Outgoing, now: Date): void {
  enqueue(t, { platform: chat.platform, chatId: chat.chatId, groupId, identityId: chat.identityId, payload: out as unknown as Record<string, unknown> }, now);
}

/**
 * A product photo sent from a phone was stored: the seller gets the product card as customers will see
 * it (with its cover). A refused photo: the seller is told why (too large, not a picture, 10 already).
 */
export function registerPhotoReactions(): void {
  subscribe('photo.added', (t, e, now) => {
    const m = languageOf(t, e.chat, e.groupId);
    const row = t.select({ sku: products.sku, name: products.name }).from(products).where(eq(products.id, e.productId)).get()!;
    const p = getProduct(t, e.groupId, row.sku);
    answer(t, e.chat, e.groupId, { type: 'text', text: m.photoAdded(p.name, e.position, e.count) }, now);
    if (e.position === 1) {
      answer(t, e.chat, e.groupId, { type: 'photo', image: { kind: 'stored', hash: e.hash }, caption: m.productCard(p.name, p.sku, p.price, p.unit, p.available) }, now);
    }
  });
  subscribe('photo.refused', (t, e, now) => {
    const m = languageOf(t, e.chat, e.groupId);
    answer(t, e.chat, e.groupId, { type: 'text', text: m.photoRefused(e.reason) }, now);
  });
}
