import type { Db } from '../db/index.ts';
import { isStorageFailure, tx } from '../db/index.ts';
import type { Clock } from '../core/clock.ts';
import { firstGroup, getGroup, getGroupById, type Group } from '../core/catalog/queries.ts';
import { DomainError, LimitReachedError, PoolAlreadyOpenError, StaleError, WholeUnitsError } from '../core/errors.ts';
import { DeadlineError } from '../core/pools/deadline.ts';
import { findIdentity, identify, type Identity } from '../core/people/identify.ts';
import { enqueue } from '../core/outbox/enqueue.ts';
import { Conversation } from './conversation.ts';
import { messages, type Messages } from './i18n/index.ts';
import type { Incoming } from './model.ts';
import { MAX_TEXT } from './dialogs/customer.ts';
import { mainMenu } from './dialogs/keyboards.ts';
import { bot } from './features.ts';
import { btn } from './buttons.ts';
import { StaleButtonError, UsageError } from './errors.ts';
import { markProcessed } from '../core/updates.ts';
import { reportError } from './report.ts';
import { registerReactions } from './reactions/index.ts';

/** What the engine needs from the outside. */
export interface BotDeps {
  db: Db;
  clock: Clock;
}

/** What handling one incoming message produced: the outbox ids of the replies into its chat. */
export interface HandleResult {
  replies: number[];
  /** True when this update was already processed before (a redelivery): nothing was done. */
  duplicate?: boolean;
}

/**
 * Handles one incoming message or button press in one transaction: every change and every reply it
 * causes is committed together, or nothing is. A domain error becomes a kind reply in the user's
 * language (the single chat error boundary); an unexpected error rolls back and apologises.
 */
export function handleIncoming(deps: BotDeps, inc: Incoming): HandleResult {
  registerReactions();
  const now = deps.clock();
  try {
    return tx(deps.db, (t) => {
      if (inc.dedupe && !markProcessed(t, inc.dedupe.source, inc.dedupe.key, now)) return { replies: [], duplicate: true };
      const known = findIdentity(t, inc.platform, inc.userId);
      const group = resolveGroup(t, inc, known?.identity);
      if (!group) return { replies: [replyRaw(t, inc, messages('vi').noShop, now)] };
      const { identity, person } = identify(
        t,
        {
          platform: inc.platform,
          userId: inc.userId,
          name: inc.userName,
          privateChatId: inc.chatType === 'private' ? inc.chatId : (inc.privateChatId ?? null),
          groupId: group.id,
        },
        now,
        known ?? null,
      );
      const c = new Conversation(t, inc, now, group, identity, person);
      try {
        // A savepoint: a refused action leaves nothing behind but the kind reply.
        tx(t, () => {
          route(c);
          c.runDeferred();
          c.save();
        });
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        c.discard();
        c.reply({ type: 'text', text: domainErrorText(c.m, e), buttons: mainMenu(c.m) });
      }
      return { replies: c.replies };
    });
  } catch (e) {
    if (e instanceof DomainError && e.code === 'NOT_FOUND' && inc.groupSlug) throw e; // an unknown shop in the URL: the adapter answers 404
    // The database takes no writes (disk full, read-only): nothing can be recorded, not even an apology;
    // the adapter answers the person directly where its platform allows (see busyReply in adapters).
    if (isStorageFailure(e)) throw e;
    reportError(
      {
        err: e,
        platform: inc.platform,
        group: inc.groupSlug ?? null,
        chatId: inc.chatId,
        userId: inc.userId,
        updateId: inc.updateId ?? null,
        ...(inc.button !== undefined ? { button: inc.button } : {}),
        ...(inc.text !== undefined ? { text: inc.text.slice(0, 200) } : {}),
        ...(inc.event !== undefined ? { event: inc.event } : {}),
      },
      'message handling failed; the person was sent an apology',
    );
    return tx(deps.db, (t) => {
      if (inc.dedupe) markProcessed(t, inc.dedupe.source, inc.dedupe.key, now);
      return { replies: [replyRaw(t, inc, messages('vi').error, now)] };
    });
  }
}

function replyRaw(t: Db, inc: Incoming, text: string, now: Date): number {
  return enqueue(t, { platform: inc.platform, chatId: inc.chatId, payload: { type: 'text', text }, inReplyTo: inc.updateId ?? null }, now);
}

function resolveGroup(t: Db, inc: Incoming, known: Identity | undefined): Group | undefined {
  if (inc.groupSlug) return getGroup(t, inc.groupSlug);
  if (known?.lastGroupId) return getGroupById(t, known.lastGroupId);
  return firstGroup(t);
}

/** The one place where domain error codes become chat text. */
function domainErrorText(m: Messages, e: DomainError): string {
  if (e instanceof DeadlineError) return e.problem === 'next_year' ? m.poolDeadlineNextYear(e.suggestion ?? '') : e.problem === 'past' ? m.poolDeadlinePast : m.poolDeadlineFormat;
  if (e instanceof PoolAlreadyOpenError) return m.poolAlreadyOpen(e.poolName, e.deadline);
  if (e instanceof WholeUnitsError) return m.wholeUnitsOnly(e.productName, e.unit);
  if (e instanceof LimitReachedError) return e.kind === 'unpaid_orders' ? m.limitUnpaidOrders(e.limit) : m.limitUnitsPerProduct(e.limit, e.sku ?? '');
  switch (e.code) {
    case 'FORBIDDEN':
      return m.forbidden;
    case 'INVITE_INVALID':
      return m.inviteInvalid;
    case 'NOT_FOUND':
      return e instanceof StaleButtonError || e instanceof StaleError ? m.staleButton : m.notFound;
    case 'INVALID_INPUT':
      // Dialog-level refusals carry their usage line ("/join <mã mời>"); core's reasons are not shown raw.
      return e instanceof UsageError ? m.usage(e.usage) : m.invalidGeneric;
    case 'ILLEGAL_TRANSITION':
    case 'CONFLICT':
      return m.statusConflict;
    case 'OUT_OF_STOCK':
      return m.notEnoughStock;
    default:
      return m.error;
  }
}

/** Splits `/cmd@bot arg1 arg2` into the command and its arguments. */
export function parseCommand(text: string): { cmd: string; args: string[]; rest: string } | null {
  const m = /^\/([a-zA-Z_]+)(?:@\S+)?(?:\s+([\s\S]*))?$/.exec(text.trim());
  if (!m) return null;
  const rest = (m[2] ?? '').trim();
  return { cmd: m[1]!.toLowerCase(), args: rest ? rest.split(/\s+/) : [], rest };
}

function route(c: Conversation): void {
  const inc = c.inc;
  if (inc.event && inc.event !== 'message') return bot.event(inc.event)?.(c);
  if (inc.button !== undefined) return routeButton(c, inc.button);
  if (inc.photo) {
    const handle = bot.photo(c);
    if (handle) return handle(c);
  }
  const text = (inc.text ?? '').trim();
  // A picture nobody takes (a customer's photo without words): say kindly that the bot reads text.
  if (inc.photo && !text) return void c.reply({ type: 'text', text: c.m.photoNotRead, buttons: [[{ label: c.m.btnCatalog, data: btn.catalog.data({ page: 0 }) }]] });
  if (!text) return void c.reply({ type: 'text', text: c.m.emptyMessage, buttons: mainMenu(c.m) });
  if (text.length > MAX_TEXT) return void c.reply({ type: 'text', text: c.m.tooLong });
  const cmd = parseCommand(text);
  if (cmd) {
    const spec = bot.command(cmd.cmd);
    if (spec) return spec.handle(c, cmd);
    if (!c.isPrivate) return; // other bots' commands in a group chat are not ours to answer
    return void c.reply({ type: 'text', text: c.m.notUnderstood, buttons: mainMenu(c.m) });
  }
  bot.text(c, text)?.(c, text);
}

function routeButton(c: Conversation, data: string): void {
  const found = bot.button(data);
  if (!found) throw new StaleButtonError(data);
  try {
    found.handle(c);
  } catch (e) {
    // A button for something that no longer exists (an old product or order) is stale, not an error.
    if (e instanceof DomainError && e.code === 'NOT_FOUND' && !(e instanceof StaleButtonError)) throw new StaleButtonError(data);
    throw e;
  }
}
