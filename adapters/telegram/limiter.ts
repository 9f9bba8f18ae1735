/**
 * Telegram's flood limits, kept per bot:
 * - about 30 messages per second overall,
 * - about 1 message per second in one chat (short bursts are tolerated),
 * - at most 20 messages per minute in one group chat.
 *
 * Why our own limiter and not @grammyjs/transformer-throttler: the throttler (bottleneck) makes the
 * API call WAIT in a queue, holding one of the outbox's concurrent delivery slots; a few busy group
 * chats (20/minute) would take every slot and hold every other customer's reply for up to a minute. Here a per-chat limit is
 * never waited for: `acquire` throws a `ChatBusy` with the delay, the sender turns it into a
 * DeliveryError with `retryAfterMs`, and the worker reschedules that message durably and moves on to
 * other chats (its per-chat ordering keeps the chat's later messages behind it). Only the global
 * 30/s limit, which is a matter of milliseconds, is waited for in place. Telegram's 429 remains the
 * authority; this only avoids provoking it.
 */
export interface Limits {
  /** Messages per second per bot (sliding one-second window). */
  perSecond: number;
  /** Private chats: a burst of this many messages, then `privateRefillMs` per message. */
  privateBurst: number;
  privateRefillMs: number;
  /** Group chats: at most this many messages per rolling minute. */
  groupPerMinute: number;
  /** Added to the one-second window of `perSecond`, as a safety margin. */
  windowMarginMs?: number;
}

/** Telegram's published limits, with a burst of 4 in private chats (a reply, the QR, a note …). */
export const TELEGRAM_LIMITS: Limits = { perSecond: 30, privateBurst: 4, privateRefillMs: 1000, groupPerMinute: 20, windowMarginMs: 10 };

/** A chat is at its limit: try again after `retryAfterMs`. */
export class ChatBusy extends Error {
  constructor(readonly retryAfterMs: number) {
    super(`chat rate limit: retry in ${retryAfterMs} ms`);
    this.name = 'ChatBusy';
  }
}

/** One call in the global window: when it counts from, and whether its answer is still awaited. */
interface Slot {
  t: number;
  open: boolean;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Per-bot, per-chat send limiter (see the comment at the top of this file). */
export class TelegramLimiter {
  private readonly global = new Map<string, Slot[]>();
  private readonly privateChats = new Map<string, Bucket>();
  private readonly groupChats = new Map<string, number[]>();

  /**
   * `now` is the clock per-chat delays are measured on (the outbox's clock, so a ChatBusy delay and
   * the worker's nextAttemptAt agree); the global window is waited for in real time.
   */
  constructor(
    private readonly now: () => number = Date.now,
    private readonly limits: Limits = TELEGRAM_LIMITS,
    private readonly realNow: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  /**
   * Takes one send slot for `chatId`, or throws ChatBusy when that chat must wait. Call the returned
   * function when the platform has answered (or the call failed): Telegram counts a call when it
   * arrives, which can be well after the slot was taken (event loop, connection set-up), so the slot is
   * counted from the answer (which comes after the arrival), capped at one second after it was taken
   * (a call unanswered after a second is taken to have arrived by then). Calls can then never arrive
   * more than 30 in a second.
   */
  async acquire(botId: string, chatId: string, isGroup: boolean): Promise<() => void> {
    const key = `${botId}:${chatId}`;
    const now = this.now();
    if (isGroup) {
      const times = (this.groupChats.get(key) ?? []).filter((t) => t > now - 60_000);
      if (times.length >= this.limits.groupPerMinute) throw new ChatBusy(times[0]! + 60_000 - now);
      times.push(now);
      this.groupChats.set(key, times);
    } else {
      const b = this.privateChats.get(key) ?? { tokens: this.limits.privateBurst, at: now };
      const tokens = Math.min(this.limits.privateBurst, b.tokens + (now - b.at) / this.limits.privateRefillMs);
      if (tokens < 1) throw new ChatBusy(Math.ceil((1 - tokens) * this.limits.privateRefillMs));
      this.privateChats.set(key, { tokens: tokens - 1, at: now });
    }
    const slot = await this.takeGlobal(botId);
    return () => {
      slot.t = Math.min(this.realNow(), slot.t + 1000);
      slot.open = false;
    };
  }

  /**
   * When a slot counts as used: its answer's time once answered; while unanswered, "now" (the call may
   * arrive any moment), up to one second after it was taken.
   */
  private slotTime(s: Slot, now: number): number {
    return s.open ? Math.min(now, s.t + 1000) : s.t;
  }

  private async takeGlobal(botId: string): Promise<Slot> {
    const window = 1000 + (this.limits.windowMarginMs ?? 0);
    for (;;) {
      const now = this.realNow();
      const slots = (this.global.get(botId) ?? []).filter((s) => this.slotTime(s, now) > now - window);
      if (slots.length < this.limits.perSecond) {
        const slot = { t: now, open: true };
        slots.push(slot);
        this.global.set(botId, slots);
        return slot;
      }
      this.global.set(botId, slots);
      await this.sleep(Math.max(1, Math.min(...slots.map((s) => this.slotTime(s, now))) + window - now));
    }
  }

  /** Forgets chats idle for more than a minute (keeps memory flat on a long-running server). */
  prune(): void {
    const now = this.now();
    for (const [k, b] of this.privateChats) if (now - b.at > 60_000) this.privateChats.delete(k);
    for (const [k, t] of this.groupChats) if (!t.some((x) => x > now - 60_000)) this.groupChats.delete(k);
    const real = this.realNow();
    for (const [k, t] of this.global) if (!t.some((x) => x.open || x.t > real - 2000)) this.global.delete(k);
  }
}
