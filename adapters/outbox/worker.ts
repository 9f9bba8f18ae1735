import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { and, asc, eq, inArray, lte, ne, or, isNull, sql } from 'drizzle-orm';
import { commitPending, tx, type Db } from '../../db/index.ts';
import { groups, identities, outbox, people, type Platform } from '../../db/schema.ts';
import { enqueue } from '../../core/outbox/enqueue.ts';
import { messages } from '../../bots/i18n/index.ts';
import type { Clock } from '../../core/clock.ts';
import { markUnreachable } from '../../core/people/identify.ts';
import type { Outgoing } from '../../bots/model.ts';
import { DEFAULT_PLATFORM_CONCURRENCY, DeliveryError, type OutboxRow, type Sender } from './types.ts';

/**
 * Outbox delivery: every message is sent once.
 *
 * - **Claims.** A row is claimed before its network call: `pending → sending` in one conditional UPDATE,
 *   with the claiming process (`claimed_by`) and a lease (`lease_until`). Two processes on one database
 *   never send the same row; a chat whose row is `sending` gets nothing newer until it is through.
 * - **On the wire.** Just before the request leaves (after rate-limit waits and image rendering), the
 *   row's `on_wire_at` is set. A claim that never got that far is safe to retry.
 * - **A crash mid-send** leaves a `sending` row whose claimer is gone (its lease ran out, or its process
 *   on this machine is dead). On recovery:
 *   - a row that never reached the wire, and an edit (setting the same text twice changes nothing), go back
 *     to `pending`;
 *   - a row that had been waiting for the platform's answer for more than `ANSWER_WINDOW_MS` while its
 *     process was still alive and recording other messages (its last `sent_at` / `on_wire_at`) got no
 *     answer: it is treated like a timeout and sent again;
 *   - a row that left within the last `ANSWER_WINDOW_MS` of its process's life may have been answered
 *     with the answer still in transit: it becomes `unknown` and is NOT sent again. Telegram, Zalo and Viber
 *     offer no idempotency key and no way to ask whether a message arrived; a rare lost message is better
 *     than a doubled order confirmation or payment QR. For a photo (a payment QR) a short text follows to
 *     the same chat, saying the QR may not have arrived and how to see it again (harmless if it did).
 * - **Timeouts.** When the platform gives no answer at all (a timeout), the message is retried; if the
 *   platform had in fact delivered it, that is the one case where a customer can see it twice.
 * - **Concurrency.** Different chats are delivered in parallel (up to `concurrency` at once, and up to each
 *   sender's own `concurrency` per platform: 32 for Telegram, whose sender keeps Telegram's global and
 *   per-chat limits; 4 for the others, which reschedule on the platform's rate-limit answers), one message
 *   at a time per chat in id order; a hanging call holds only its own chat.
 */

/** Attempts before a message is given up as failed (kept in the table, visible to admins). */
export const MAX_ATTEMPTS = 8;

/** How long a claim holds; longer than any platform call's timeout. */
export const LEASE_MS = 120_000;

/** How long an answer may take to be read and recorded once it has arrived (event loop, disk): see recovery below. */
export const ANSWER_WINDOW_MS = 1000;

/** Chats delivered at the same time. */
export const DEFAULT_CONCURRENCY = 32;

/** This process, as written in `claimed_by`: pid, host, and a nonce (a pid is reused after a restart). */
export const INSTANCE = `${process.pid}@${hostname()}#${randomBytes(4).toString('hex')}`;

/** Backoff for retryable failures without a server-given delay: 2 s, 4 s, 8 s … capped at 5 min. */
export function backoffMs(attempts: number): number {
  return Math.min(300_000, 2000 * 2 ** Math.max(0, attempts - 1));
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the process that wrote `claimedBy` is certainly gone (on this machine); other machines' claims end with their lease. */
export function claimerGone(claimedBy: string | null): boolean {
  if (!claimedBy) return true;
  if (claimedBy === INSTANCE) return false;
  const m = /^(\d+)@(.*)#[0-9a-f]+$/.exec(claimedBy);
  if (!m || m[2] !== hostname()) return false;
  const pid = Number(m[1]);
  // Our own pid with another nonce is an earlier life of this pid.
  return pid === process.pid || !processAlive(pid);
}

/** Whether a message interrupted on the wire may be sent again whatever happened: edits. */
function safeToRepeat(row: OutboxRow): boolean {
  return (row.payload as { type?: string }).type === 'edit';
}

/** The language of the person an outbox row goes to (else their group's, else Vietnamese). */
function languageOf(db: Db, row: OutboxRow): string | null {
  const person = row.identityId
    ? db.select({ lang: people.language }).from(identities).innerJoin(people, eq(people.id, identities.personId)).where(eq(identities.id, row.identityId)).get()
    : undefined;
  if (person?.lang) return person.lang;
  return row.groupId ? (db.select({ lang: groups.language }).from(groups).where(eq(groups.id, row.groupId)).get()?.lang ?? null) : null;
}

/**
 * Settles messages whose sender died mid-send (see the comment at the top of this file): back to
 * `pending` when they never reached the network, are safe to repeat, or had clearly got no answer;
 * `unknown` otherwise (with a short follow-up text to the same chat for a photo). Returns what it did.
 */
export function recoverInterrupted(db: Db, clock: Clock): { retried: number; unknown: number } {
  const now = clock();
  const at = now.toISOString();
  const stale = db
    .select()
    .from(outbox)
    .where(and(eq(outbox.status, 'sending'), ne(sql`coalesce(${outbox.claimedBy}, '')`, INSTANCE)))
    .all()
    .filter((r) => (r.leaseUntil ?? '') < at || claimerGone(r.claimedBy));
  let retried = 0;
  let unknown = 0;
  // The last moment each dead claimer was seen recording something.
  const lastSeen = new Map<string, string>();
  const seen = db.$client.prepare("select max(max(coalesce(sent_at, ''), coalesce(on_wire_at, ''))) at from outbox where claimed_by = ?");
  for (const r of stale) {
    if (r.claimedBy && !lastSeen.has(r.claimedBy)) lastSeen.set(r.claimedBy, (seen.get(r.claimedBy) as { at: string | null }).at ?? '');
    const unanswered = r.onWireAt !== null && Date.parse(r.onWireAt) + ANSWER_WINDOW_MS < Date.parse(lastSeen.get(r.claimedBy ?? '') ?? '');
    const back = r.onWireAt === null || safeToRepeat(r) || unanswered;
    tx(db, (t) => {
      const res = t
        .update(outbox)
        .set(
          back
            ? { status: 'pending', claimedBy: null, leaseUntil: null, onWireAt: null, nextAttemptAt: at, lastError: `interrupted (${r.claimedBy}); ${r.onWireAt === null ? 'had not left' : unanswered ? 'no answer had come' : 'safe to repeat'}: sending again` }
            : { status: 'unknown', claimedBy: null, leaseUntil: null, lastError: `interrupted after the request left (${r.claimedBy}, ${r.onWireAt}): the platform cannot tell whether it arrived, so it is not sent twice` },
        )
        .where(and(eq(outbox.id, r.id), eq(outbox.status, 'sending'), r.claimedBy === null ? isNull(outbox.claimedBy) : eq(outbox.claimedBy, r.claimedBy)))
        .run();
      if (res.changes !== 1) return;
      if (back) return void retried++;
      unknown++;
      if ((r.payload as { type?: string }).type !== 'photo') return;
      const m = messages(languageOf(t, r));
      enqueue(t, { platform: r.platform, chatId: r.chatId, groupId: r.groupId, identityId: r.identityId, inReplyTo: r.inReplyTo, payload: { type: 'text', text: m.qrMayNotHaveArrived, buttons: [[{ label: m.btnOrders, data: 'o' }]] } }, now);
    });
  }
  return { retried, unknown };
}

/** Options of one delivery pass. */
export interface DeliveryOptions {
  /** Messages started in one pass at most. */
  limit?: number;
  /** Chats in flight at once. */
  concurrency?: number;
}

/**
 * Delivers the outbox through each platform's sender, several chats at once, in order within each
 * chat. `tick()` starts work for idle chats and returns at once; `idle()` waits for what is running.
 */
export class OutboxDelivery {
  private readonly inFlight = new Set<string>();
  private readonly running = new Set<Promise<void>>();
  private budget = 0;
  sent = 0;

  constructor(
    private readonly db: Db,
    private readonly senders: Partial<Record<Platform, Sender>>,
    private readonly clock: Clock,
    private readonly opts: Required<DeliveryOptions> = { limit: 100, concurrency: DEFAULT_CONCURRENCY },
    /** Called whenever a chat finishes, so a loop can look for more work at once. */
    private readonly onSettled?: () => void,
  ) {}

  /** Starts delivery for chats with due messages that are not already being served; returns how many chats it started. */
  tick(limit = this.opts.limit): number {
    const platforms = Object.keys(this.senders) as Platform[];
    if (platforms.length === 0) return 0;
    const free = this.opts.concurrency - this.inFlight.size;
    if (free <= 0) return 0;
    this.budget = limit;
    // Only what is committed goes out: requests still waiting for their group's COMMIT are committed first.
    commitPending(this.db);
    const now = this.clock().toISOString();
    const rows = this.db
      .select()
      .from(outbox)
      .where(and(inArray(outbox.status, ['pending', 'sending']), inArray(outbox.platform, platforms)))
      .orderBy(asc(outbox.id))
      .limit(Math.max(400, limit * 4))
      .all();
    const closed = new Set<string>();
    const chains = new Map<string, OutboxRow[]>();
    // Room per platform: its sender's concurrency minus its chats in flight.
    const room = new Map<Platform, number>();
    for (const p of platforms) room.set(p, (this.senders[p]!.concurrency ?? DEFAULT_PLATFORM_CONCURRENCY) - [...this.inFlight].filter((c) => c.startsWith(`${p}:`)).length);
    for (const row of rows) {
      const chat = `${row.platform}:${row.chatId}`;
      if (this.inFlight.has(chat) || closed.has(chat)) continue;
      // A chat waits behind its earliest message: one being sent, or one not due yet.
      if (row.status !== 'pending' || row.nextAttemptAt > now) {
        closed.add(chat);
        continue;
      }
      const chain = chains.get(chat);
      if (chain) chain.push(row);
      else if (chains.size < free && room.get(row.platform)! > 0) {
        chains.set(chat, [row]);
        room.set(row.platform, room.get(row.platform)! - 1);
      } else closed.add(chat);
    }
    for (const [chat, chain] of chains) {
      this.inFlight.add(chat);
      const p = this.serveChat(chain).finally(() => {
        this.inFlight.delete(chat);
        this.running.delete(p);
        this.onSettled?.();
      });
      this.running.add(p);
    }
    return chains.size;
  }

  /** Resolves when every chat started so far is through. */
  async idle(): Promise<void> {
    while (this.running.size) await Promise.all([...this.running]);
  }

  /** Chats being served right now. */
  get busy(): number {
    return this.inFlight.size;
  }

  private async serveChat(chain: OutboxRow[]): Promise<void> {
    for (const row of chain) {
      if (this.budget <= 0) return;
      this.budget--;
      let result: Result;
      try {
        result = await deliverOne(this.db, this.senders[row.platform]!, row, this.clock);
      } catch (e) {
        console.error('outbox delivery', e);
        return;
      }
      if (result === 'sent') this.sent++;
      if (result === 'blocked') return;
    }
  }
}

/**
 * Delivers due outbox messages through each platform's sender, in order per chat and several chats at
 * once: a chat whose earlier message is still waiting gets nothing newer until that one is through.
 * Returns how many messages were sent. Network work happens here, outside any transaction.
 */
export async function deliverDue(db: Db, senders: Partial<Record<Platform, Sender>>, clock: Clock, limit = 100, concurrency = DEFAULT_CONCURRENCY): Promise<number> {
  const d = new OutboxDelivery(db, senders, clock, { limit, concurrency });
  d.tick(limit);
  await d.idle();
  return d.sent;
}

/** Takes the claim on a row: only one process, once. */
function claim(db: Db, row: OutboxRow, clock: Clock): boolean {
  commitPending(db); // the claim and the send that follows are never part of an uncommitted group
  const now = clock();
  const res = db
    .update(outbox)
    .set({ status: 'sending', claimedBy: INSTANCE, leaseUntil: new Date(now.getTime() + LEASE_MS).toISOString(), onWireAt: null })
    .where(and(eq(outbox.id, row.id), eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, now.toISOString())))
    .run();
  return res.changes === 1;
}

const mine = (id: number) => and(eq(outbox.id, id), eq(outbox.status, 'sending'), eq(outbox.claimedBy, INSTANCE));

/** What became of one row: sent, settled otherwise (failed for good; the chat goes on), or blocked (the chat waits). */
type Result = 'sent' | 'settled' | 'blocked';

/** Claims and sends one row. */
async function deliverOne(db: Db, sender: Sender, row: OutboxRow, clock: Clock): Promise<Result> {
  const message = row.payload as unknown as Outgoing;
  let targetMessageId: string | undefined;
  let target: OutboxRow | undefined;
  if (message.type === 'edit') {
    target = db.select().from(outbox).where(eq(outbox.id, message.target)).get();
    // Wait only while the message to edit is still on its way; if it failed, or the platform gave
    // no id to edit it by, the new text goes out as a fresh message (below).
    if (target?.status === 'pending' || target?.status === 'sending') return 'blocked';
    targetMessageId = target?.status === 'sent' ? (target.platformMessageId ?? undefined) : undefined;
  }
  if (!claim(db, row, clock)) return 'blocked';
  let wired = false;
  const onWire = () => {
    if (wired) return;
    wired = true;
    db.update(outbox).set({ onWireAt: clock().toISOString() }).where(mine(row.id)).run();
  };
  // A sender that does not say when its request leaves is taken to be on the wire from the start.
  if (!sender.marksWire) onWire();
  try {
    const res = await sender.send({ row, message, targetMessageId, onWire });
    const at = clock().toISOString();
    if (target && !targetMessageId && res.messageId) {
      // The fresh message stands in for the one that could not be edited: later edits go to it.
      db.update(outbox).set({ status: 'sent', platformMessageId: res.messageId }).where(eq(outbox.id, target.id)).run();
    }
    db.update(outbox)
      .set({
        status: 'sent',
        sentAt: at,
        attempts: row.attempts + 1,
        platformMessageId: res.messageId ?? (message.type === 'edit' ? (targetMessageId ?? null) : null),
        lastError: null,
        leaseUntil: null,
      })
      .where(mine(row.id))
      .run();
    return 'sent';
  } catch (e) {
    const now = clock();
    const err = e instanceof DeliveryError ? e : new DeliveryError(String((e as Error)?.message ?? e));
    const attempts = row.attempts + 1;
    const release = { claimedBy: null, leaseUntil: null, onWireAt: null };
    if (err.opts.unreachable) {
      if (row.identityId) markUnreachable(db, row.identityId, err.message, now);
      db.update(outbox).set({ status: 'failed', attempts, lastError: err.message, ...release }).where(mine(row.id)).run();
      return 'settled';
    }
    if (err.opts.permanent || attempts >= MAX_ATTEMPTS) {
      db.update(outbox).set({ status: 'failed', attempts, lastError: err.message, ...release }).where(mine(row.id)).run();
      return 'settled';
    }
    const wait = err.opts.retryAfterMs ?? backoffMs(attempts);
    db.update(outbox)
      .set({ status: 'pending', attempts, lastError: err.message, nextAttemptAt: new Date(now.getTime() + wait).toISOString(), ...release })
      .where(mine(row.id))
      .run();
    return 'blocked';
  }
}

/**
 * Runs delivery until stopped: settles what a crashed process left mid-send, then keeps every idle chat
 * with due messages served (looking again every `intervalMs`, and as soon as a chat is through). Never throws.
 */
export function startOutboxWorker(
  db: Db,
  senders: Partial<Record<Platform, Sender>>,
  clock: Clock,
  intervalMs = 500,
  opts: DeliveryOptions = {},
): { stop: () => void; delivery: OutboxDelivery } & (() => void) {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let soon: NodeJS.Immediate | undefined;
  let lastRecovery = 0;
  const recover = () => {
    lastRecovery = Date.now();
    try {
      const r = recoverInterrupted(db, clock);
      if (r.retried || r.unknown) console.warn(`[outbox] interrupted sends: ${r.retried} sent again, ${r.unknown} not repeated (state unknown)`);
    } catch (e) {
      console.error('outbox recovery', e);
    }
  };
  const pass = () => {
    soon = undefined;
    if (stopped) return;
    try {
      if (Date.now() - lastRecovery > LEASE_MS / 4) recover();
      delivery.tick();
    } catch (e) {
      console.error('outbox worker', e);
    }
  };
  const delivery = new OutboxDelivery(db, senders, clock, { limit: opts.limit ?? 1000, concurrency: opts.concurrency ?? DEFAULT_CONCURRENCY }, () => {
    if (!stopped && !soon) soon = setImmediate(pass);
  });
  const loop = () => {
    pass();
    if (!stopped) timer = setTimeout(loop, intervalMs);
  };
  recover();
  timer = setTimeout(loop, 0);
  const stop = () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    if (soon) clearImmediate(soon);
  };
  return Object.assign(stop, { stop, delivery });
}

/** Messages that failed for good, for the admin pages and logs. */
export function failedMessages(db: Db): OutboxRow[] {
  return db
    .select()
    .from(outbox)
    .where(and(or(eq(outbox.status, 'failed'), eq(outbox.status, 'unknown')), ne(outbox.platform, 'sim'), lte(outbox.attempts, 1000)))
    .all();
}
