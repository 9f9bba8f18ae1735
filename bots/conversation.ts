import type { Db } from '../db/index.ts';
import { getState, setState, stateKey, type StateKey } from '../core/chat-state.ts';
import { listProducts, type Group, type ProductWithStock } from '../core/catalog/queries.ts';
import { enqueue } from '../core/outbox/enqueue.ts';
import type { Identity, Person } from '../core/people/identify.ts';
import { messages, type Messages } from './i18n/index.ts';
import type { Incoming, Outgoing } from './model.ts';
import { notifyPerson } from './notify.ts';

/** A line of a cart: quantities in the product's own unit. */
export interface CartLine {
  sku: string;
  qty: number;
}

/** A clarifying question waiting for the customer's button. */
export interface PendingAsk {
  phrase: string;
  qty: number;
  candidates: string[];
  /** the one candidate is the goods; the question is how much of it (goods sold by weight, volume or length) */
  amount?: boolean;
  /** "lấy như lần trước": an earlier order asked for again, none of its goods told; the bot offers the last one */
  repeat?: boolean;
}

/** Conversation state kept per chat, user and group in the database, so a restart loses nothing. */
export interface ChatState {
  cart: CartLine[];
  asks: PendingAsk[];
  /** The customer's own words from the messages that filled the cart (addresses, wishes). */
  note?: string;
  /** The order whose delivery details checkout is asking for, and the questions the customer skipped. */
  checkout?: { code: string; skipped: string[] };
}


/** One incoming message being handled inside one transaction: who, where, which shop, and how to answer. */
export class Conversation {
  private readonly stateKey: StateKey<Partial<ChatState>>;
  private loaded: ChatState | undefined;
  private dirty = false;
  private catalog: ProductWithStock[] | undefined;
  /** Outbox ids of the replies to this chat. */
  readonly replies: number[] = [];
  /** Work to run once the handler has answered (in the same transaction), so its messages come after the answer. */
  private readonly deferred: (() => void)[] = [];

  constructor(
    readonly t: Db,
    readonly inc: Incoming,
    readonly now: Date,
    readonly group: Group,
    readonly identity: Identity,
    readonly person: Person,
  ) {
    this.stateKey = stateKey(`${inc.platform}:${inc.chatId}:${inc.userId}:${group.id}`);
  }

  /** Runs `fn` after the handler's own replies, in the same transaction (a pool that its order completed closes then). */
  afterwards(fn: () => void): void {
    this.deferred.push(fn);
  }

  /** Runs the deferred work, in order; the engine calls it once the handler returned. */
  runDeferred(): void {
    for (let fn = this.deferred.shift(); fn; fn = this.deferred.shift()) fn();
  }

  /** The messages in this person's language (their choice, else the group's). */
  get m(): Messages {
    return messages(this.person.language ?? this.group.language);
  }

  /**
   * The group's products with their stock, read once per message: a message that fills the cart and
   * shows it needs them several times, and only placing an order (which re-reads) changes stock.
   */
  products(): ProductWithStock[] {
    this.catalog ??= listProducts(this.t, this.group.id);
    return this.catalog;
  }

  /** True in a private chat with the bot. */
  get isPrivate(): boolean {
    return this.inc.chatType === 'private';
  }

  /** The conversation state, loaded on first use. */
  get state(): ChatState {
    if (!this.loaded) {
      const data = getState(this.t, this.stateKey) ?? {};
      this.loaded = { cart: data.cart ?? [], asks: data.asks ?? [], ...(data.note ? { note: data.note } : {}), ...(data.checkout ? { checkout: data.checkout } : {}) };
    }
    return this.loaded;
  }

  /** Replaces the state; it is written when the conversation is saved. */
  setState(patch: Partial<ChatState>): void {
    this.loaded = { ...this.state, ...patch };
    this.dirty = true;
  }

  /** Writes the state if it changed. */
  save(): void {
    if (!this.dirty || !this.loaded) return;
    setState(this.t, this.stateKey, this.loaded, this.now);
  }

  /**
   * Forgets what this message did so far after its savepoint was rolled back: the replies (no longer in
   * the outbox), the state and the catalog read inside it. Only the kind refusal is sent after this.
   */
  discard(): void {
    this.replies.length = 0;
    this.loaded = undefined;
    this.dirty = false;
    this.catalog = undefined;
  }

  /** Sends a message into this chat (through the outbox); returns its outbox id. */
  reply(out: Outgoing): number {
    const id = enqueue(
      this.t,
      {
        platform: this.inc.platform,
        chatId: this.inc.chatId,
        payload: out as unknown as Record<string, unknown>,
        groupId: this.group.id,
        identityId: this.isPrivate ? this.identity.id : null,
        inReplyTo: this.inc.updateId ?? null,
      },
      this.now,
    );
    this.replies.push(id);
    return id;
  }

  /** Sends a private message to the person who wrote (even when they wrote in a group chat). */
  replyPrivately(build: (m: Messages) => Outgoing | Outgoing[]): boolean {
    if (this.isPrivate) {
      const outs = build(this.m);
      for (const o of Array.isArray(outs) ? outs : [outs]) this.reply(o);
      return true;
    }
    return notifyPerson(this.t, this.group, this.person.id, build, this.now, this.inc.platform);
  }

  /** Sends a message to another person in their own language, on the platform they last used. */
  notify(personId: number, build: (m: Messages) => Outgoing | Outgoing[]): boolean {
    return notifyPerson(this.t, this.group, personId, build, this.now);
  }
}
