import { getState, setState, stateKey } from '../../core/chat-state.ts';
import { getProduct, listProducts, type ProductWithStock } from '../../core/catalog/queries.ts';
import { coverPhotos, enqueuePhotoJob, makeCover, productPhotoHashes, removeProductPhoto } from '../../core/catalog/photos.ts';
import { DomainError } from '../../core/errors.ts';
import { hasRole, requireRole } from '../../core/people/roles.ts';
import { parseOrder } from '../../core/parser/index.ts';
import { unpaidOrdersOf } from '../../core/payments/payment-claim.ts';
import type { Conversation } from '../conversation.ts';
import { UsageError } from '../errors.ts';
import { feature } from '../feature.ts';
import { btn } from '../buttons.ts';
import { matcherFor } from '../matcher-cache.ts';
import type { Messages } from '../i18n/index.ts';
import type { Button, Card, IncomingPhoto, Outgoing } from '../model.ts';

/**
 * Product photos in the chat. Sellers add them from the phone: an admin or a household of the group
 * sends a photo in a private chat, captioned with the product's code or name (the parser's catalog
 * matcher reads it, and asks with buttons when it fits several products or none). The photo is fetched
 * and stored after the message (a photo job, outside the transaction); `photo.added` / `photo.refused`
 * reactions answer with the product card or the reason. `/anh SKU` lists a product's photos with
 * buttons to make one the cover or delete it. Customers see the cover on the product card and the
 * catalog as cards (a carousel where the platform has one).
 */

/** The photo waiting for its product when the caption did not name exactly one. */
const pendingKey = (c: Conversation) => stateKey<{ photo?: IncomingPhoto }>(`photo:${c.inc.platform}:${c.inc.chatId}:${c.inc.userId}:${c.group.id}`);

/** Whether this person may add and manage the group's product photos: its admins and households. */
function mayManagePhotos(c: Conversation): boolean {
  return hasRole(c.t, c.person.id, c.group.id, 'admin') || hasRole(c.t, c.person.id, c.group.id, 'household');
}

/** The products a caption names: an exact code, else what the parser's catalog matcher reads in it. */
function productsNamed(c: Conversation, caption: string): string[] {
  const all = c.products();
  const code = caption.trim().toUpperCase();
  if (all.some((p) => p.sku === code)) return [code];
  const parsed = parseOrder(matcherFor(c.t, c.group), caption);
  const skus = new Set(parsed.items.map((i) => i.sku));
  for (const u of parsed.unresolved) for (const s of u.candidates) skus.add(s);
  return [...skus].filter((s) => all.some((p) => p.sku === s));
}

function productButtons(products: ProductWithStock[]): Button[][] {
  return products.slice(0, 20).map((p) => [{ label: p.name, data: btn.photoFor.data({ sku: p.sku }) }]);
}

/** Records the photo to fetch for this product, and says it is on its way. */
function takePhoto(c: Conversation, sku: string, photo: IncomingPhoto): void {
  requireRole(c.t, c.person.id, c.group.id, 'admin', 'household');
  const p = getProduct(c.t, c.group.id, sku);
  const role = hasRole(c.t, c.person.id, c.group.id, 'admin') ? 'admin' : 'household';
  enqueuePhotoJob(
    c.t,
    {
      platform: c.inc.platform,
      groupId: c.group.id,
      chatId: c.inc.chatId,
      identityId: c.identity.id,
      ref: photo,
      purpose: { kind: 'product', productId: p.id, by: `${role}:${c.inc.platform}:${c.inc.userId}` },
    },
    c.now,
  );
  c.reply({ type: 'text', text: c.m.photoReceived(p.name) });
}

/** A photo from a seller: for the product its caption names, or a question with a button per product. */
function receivePhoto(c: Conversation): void {
  const photo = c.inc.photo!;
  const caption = (c.inc.text ?? '').trim();
  const named = caption ? productsNamed(c, caption) : [];
  if (named.length === 1) return takePhoto(c, named[0]!, photo);
  setState(c.t, pendingKey(c), { photo }, c.now);
  const all = c.products();
  const choices = named.length > 1 ? all.filter((p) => named.includes(p.sku)) : all;
  c.reply({ type: 'text', text: caption && named.length === 0 ? c.m.photoNoProduct(caption) : c.m.photoWhich, buttons: productButtons(choices) });
}

/** The product picked for the waiting photo. */
function photoFor(c: Conversation, sku: string): void {
  const pending = getState(c.t, pendingKey(c));
  if (!pending?.photo) return void c.reply({ type: 'text', text: c.m.photoNonePending });
  setState(c.t, pendingKey(c), {}, c.now);
  takePhoto(c, sku, pending.photo);
}

/** `/anh SKU`: the product's photos as cards, each with "make it the cover" and "delete". */
export function listPhotos(c: Conversation, sku: string): void {
  requireRole(c.t, c.person.id, c.group.id, 'admin', 'household');
  const p = getProduct(c.t, c.group.id, sku);
  const hashes = productPhotoHashes(c.t, p.id);
  if (hashes.length === 0) return void c.reply({ type: 'text', text: c.m.photosNone(p.name) });
  const cards: Card[] = hashes.map((hash, i) => ({
    title: c.m.photoTitle(i + 1, hashes.length),
    image: { kind: 'stored', hash },
    buttons: [
      ...(i > 0 ? [{ label: c.m.btnMakeCover(i + 1), data: btn.photoCover.data({ sku: p.sku, key: hash.slice(0, 12) }) }] : []),
      { label: c.m.btnDeletePhoto(i + 1), data: btn.photoDelete.data({ sku: p.sku, key: hash.slice(0, 12) }) },
    ],
  }));
  c.reply({ type: 'cards', text: c.m.photosHeader(p.name, hashes.length), cards });
}

function photoByPrefix(c: Conversation, productId: number, prefix: string): string {
  const hash = /^[0-9a-f]{12}$/.test(prefix) ? productPhotoHashes(c.t, productId).find((h) => h.startsWith(prefix)) : undefined;
  if (!hash) throw new DomainError('NOT_FOUND', 'this product has no such photo');
  return hash;
}

/** A product as customers see it: its cover photo with the text as caption, or the text alone. */
export function productMessage(c: Conversation, p: ProductWithStock, text: string, buttons: Button[][]): Outgoing {
  const cover = coverPhotos(c.t, [p.id]).get(p.id);
  return cover ? { type: 'photo', image: { kind: 'stored', hash: cover }, caption: text, buttons } : { type: 'text', text, buttons };
}

/**
 * A page of the catalog as cards (photo, name, price and stock, a "view" button), when any product on
 * it has a photo; undefined otherwise (the text catalog is kept for shops without photos).
 */
export function catalogCards(c: Conversation, page: ProductWithStock[], firstNumber: number, text: string, buttons: Button[][], view: (p: ProductWithStock) => Button): Outgoing | undefined {
  const covers = coverPhotos(c.t, page.map((p) => p.id));
  if (covers.size === 0) return undefined;
  const cards: Card[] = page.map((p, i) => ({
    title: `${firstNumber + i}. ${p.name}`,
    subtitle: c.m.cardLine(p.price, p.unit, p.available),
    ...(covers.has(p.id) ? { image: { kind: 'stored' as const, hash: covers.get(p.id)! } } : {}),
    buttons: [view(p)],
  }));
  return { type: 'cards', text, cards, buttons };
}

/** The catalog's photos for a group chat (`/dang`): an album of the covers, or nothing when none has one. */
export function catalogAlbum(c: Conversation, m: Messages = c.m): Outgoing | undefined {
  const products = listProducts(c.t, c.group.id);
  const covers = coverPhotos(c.t, products.map((p) => p.id));
  const pictured = products.filter((p) => covers.has(p.id)).slice(0, 10);
  if (pictured.length === 0) return undefined;
  return {
    type: 'cards',
    cards: pictured.map((p) => ({ title: p.name, subtitle: m.cardLine(p.price, p.unit, p.available), image: { kind: 'stored', hash: covers.get(p.id)! } })),
  };
}

export const photosFeature = feature('photos')
  // A seller's photo; one without words from a seller who has unpaid orders of their own is left to the payment claim.
  .photo((c) => c.isPrivate && mayManagePhotos(c) && !(!(c.inc.text ?? '').trim() && unpaidOrdersOf(c.t, c.group.id, c.person.id).length > 0), receivePhoto)
  .command({
    names: ['anh', 'photos'],
    roles: ['admin', 'household'],
    help: { vi: '/anh KL-XANH — ảnh sản phẩm: chọn ảnh bìa, xoá ảnh; gửi ảnh kèm mã để thêm', en: '/photos KL-XANH — product photos: pick the cover, delete; send a photo captioned with the code to add one' },
    handle: (c, cmd) => {
      if (!cmd.rest) throw new UsageError(c.m.photosUsage);
      const named = productsNamed(c, cmd.rest);
      if (named.length !== 1) {
        const all = c.products();
        const choices = named.length > 1 ? all.filter((p) => named.includes(p.sku)) : all;
        return void c.reply({ type: 'text', text: c.m.photoNoProduct(cmd.rest), buttons: choices.slice(0, 20).map((p) => [{ label: p.name, data: btn.photos.data({ sku: p.sku }) }]) });
      }
      listPhotos(c, named[0]!);
    },
  })
  .button(btn.photoFor, (c, { sku }) => photoFor(c, sku))
  .button(btn.photos, (c, { sku }) => listPhotos(c, sku))
  .button(btn.photoCover, (c, { sku, key }) => {
    requireRole(c.t, c.person.id, c.group.id, 'admin', 'household');
    const p = getProduct(c.t, c.group.id, sku);
    makeCover(c.t, p.id, photoByPrefix(c, p.id, key));
    c.reply({ type: 'text', text: c.m.photoCoverSet(p.name) });
    listPhotos(c, sku);
  })
  .button(btn.photoDelete, (c, { sku, key }) => {
    requireRole(c.t, c.person.id, c.group.id, 'admin', 'household');
    const p = getProduct(c.t, c.group.id, sku);
    removeProductPhoto(c.t, p.id, photoByPrefix(c, p.id, key));
    c.reply({ type: 'text', text: c.m.photoDeleted(p.name, productPhotoHashes(c.t, p.id).length) });
  });
