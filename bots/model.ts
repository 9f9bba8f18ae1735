import type { Platform } from '../db/schema.ts';

export type { Platform };

/** A message or button press from any platform, translated by its adapter. */
export interface Incoming {
  platform: Platform;
  /** The platform's own id for the person who wrote. */
  userId: string;
  userName?: string | null;
  /** The chat it was written in; equal to the private chat id for private chats. */
  chatId: string;
  chatType: 'private' | 'group';
  /** The user's private chat id, when the platform lets the bot write there without the user starting it. */
  privateChatId?: string;
  text?: string;
  /**
   * A photo the user sent (a product photo from a seller, a bank-app screenshot from a customer): the
   * adapter's reference to fetch it later, outside the transaction. Any caption arrives as `text`.
   */
  photo?: IncomingPhoto;
  /** The data of a button the bot issued earlier. */
  button?: string;
  /** Which shop (group slug) the chat belongs to, when the adapter knows (one bot per group). */
  groupSlug?: string;
  /** Non-message events: the user followed/unfollowed the bot, or the bot was added to a group chat. */
  event?: 'message' | 'follow' | 'unfollow' | 'bot_added';
  /** Set by adapters whose platform gives a stable update id; used for the outbox `inReplyTo`. */
  updateId?: string;
  /**
   * The platform's unique id of this delivery (Telegram update_id, Zalo msg_id, Viber message_token):
   * recorded in the same transaction as the handling, so a redelivered update is processed once.
   */
  dedupe?: { source: string; key: string };
}

/** Where an incoming photo can be fetched from: a platform file id (Telegram) and/or a media URL (Zalo, Viber). */
export interface IncomingPhoto {
  fileId?: string;
  url?: string;
  /** Size in bytes when the platform tells it before download. */
  size?: number;
}

/**
 * A button: `data` comes back as `Incoming.button`; `url` opens a link; `phone` calls a number;
 * `start` opens a private chat with the bot at that start parameter (a Telegram deep link; other
 * platforms send it back as the button data `st:<start>`).
 */
export interface Button {
  label: string;
  data?: string;
  url?: string;
  phone?: string;
  start?: string;
}

/**
 * An image the adapter renders or loads at delivery time (network and rendering stay out of
 * transactions): a VietQR code drawn from its payload, or a stored product photo by its content hash
 * (`/media/p/<hash>.jpg`), which adapters send by the platform's cached file id where they have one.
 */
export type Image = { kind: 'vietqr'; payload: string } | { kind: 'stored'; hash: string };

/** One item of a carousel (a product of the catalog): its photo if it has one, a title, a line under it, its buttons. */
export interface Card {
  title: string;
  subtitle?: string;
  image?: Image;
  buttons?: Button[];
}

/**
 * What the bot sends: text with button rows, a photo, an edit of an earlier message (by outbox id), or
 * cards (a catalog page: Viber rich media, a Zalo OA list, a Telegram album then the buttons; platforms
 * without a carousel degrade to photos and a numbered list; `text` comes first, `buttons` after the cards).
 */
export type Outgoing =
  | { type: 'text'; text: string; buttons?: Button[][] }
  | { type: 'photo'; image: Image; caption?: string; buttons?: Button[][] }
  | { type: 'edit'; target: number; text: string; buttons?: Button[][] }
  | { type: 'cards'; text?: string; cards: Card[]; buttons?: Button[][] };

/** Every button of a message as rows, cards first (one row per card), for platforms that list them as text. */
export function buttonRows(msg: Outgoing): Button[][] {
  const rows = msg.type === 'cards' ? msg.cards.filter((c) => c.buttons?.length).map((c) => c.buttons!) : [];
  return [...rows, ...(msg.buttons ?? [])];
}
