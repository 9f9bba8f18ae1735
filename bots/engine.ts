import type { Db } from '../db/index.ts';
import { isStorageFailure, tx } from '../db/index.ts';
import type { Clock } from '../core/clock.ts';
import { firstGroup, getGroup, getGroupById, type Group } from '../core/catalog/queries.ts';
import { DomainError, LimitReachedError, StaleError, WholeUnitsError } from '../core/errors.ts';
import { findIdentity, identify, updatePerson, type Identity } from '../core/people/identify.ts';
import { enqueue } from '../core/outbox/enqueue.ts';
import { Conversation } from './conversation.ts';
import { messages, type Messages } from './i18n/index.ts';
import type { Incoming } from './model.ts';
import * as customer from './dialogs/customer.ts';
import { confirmPayment, reportPaid } from './dialogs/payments.ts';
import { markPaidByHand } from '../core/payments/confirm-payment.ts';
import { keepHeldOrder } from './dialogs/hold.ts';
import { invite, join } from './dialogs/roles.ts';
import { mainMenu } from './dialogs/keyboards.ts';
import { hasRole, requireRole } from '../core/people/roles.ts';
import * as admin from './dialogs/admin.ts';
import * as households from './dialogs/households.ts';
import { groupAnswer, groupText, postCatalog } from './dialogs/group-chat.ts';
import { poolCommand } from './dialogs/pools.ts';
import { webLink } from './dialogs/web.ts';
import { identities } from '../db/schema.ts';
import { and, eq } from 'drizzle-orm';
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

/** Longest text accepted at all; anything longer is refused kindly before any work. */
const MAX_INCOMING = 10_000;

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
        known,
      );
      const c = new Conversation(t, inc, now, group, identity, person);
      try {
        // A savepoint: a refused action leaves nothing behind but the kind reply.
        tx(t, (inner) => {
          const scoped = new Conversation(inner, inc, now, group, identity, person);
          route(scoped);
          scoped.save();
          c.replies.push(...scoped.replies);
        });
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        c.replies.length = 0;
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
  if (e instanceof WholeUnitsError) return m.wholeUnitsOnly(e.productName, e.unit);
  if (e instanceof LimitReachedError) return e.kind === 'unpaid_orders' ? m.limitUnpaidOrders(e.limit) : m.limitUnitsPerProduct(e.limit, e.sku ?? '');
  switch (e.code) {
    case 'FORBIDDEN':
      return m.forbidden;
    case 'INVITE_INVALID':
      return m.inviteInvalid;
    case 'NOT_FOUND':
      return e instanceof StaleButton || e instanceof StaleError || e.message === 'stale' ? m.staleButton : m.notFound;
    case 'INVALID_INPUT':
      // Dialog-level refusals carry their usage line ("/join <mã mời>"); core's reasons are not shown raw.
      return e.message.startsWith('/') ? m.usage(e.message) : m.invalidGeneric;
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
  if (inc.event === 'follow' || inc.event === 'bot_added') return customer.start(c);
  if (inc.event === 'unfollow') return;
  if (inc.button !== undefined) return routeButton(c, inc.button);
  const text = (inc.text ?? '').trim();
  if (!text) return void c.reply({ type: 'text', text: c.m.emptyMessage, buttons: mainMenu(c.m) });
  if (text.length > MAX_INCOMING || text.length > customer.MAX_TEXT) return void c.reply({ type: 'text', text: c.m.tooLong });
  const cmd = parseCommand(text);
  if (cmd) return routeCommand(c, cmd.cmd, cmd.args, cmd.rest);
  // Telegram may deliver "/start" typed without a bot_command entity, and some clients send "start".
  if (/^start$/i.test(text)) return customer.start(c);
  const stock = /^kho\s+(\S+)\s+(\S+)$/i.exec(text);
  if (stock) return households.updateStock(c, stock[1], stock[2]);
  if (!c.isPrivate) return groupText(c, text);
  customer.handleText(c, text);
}

function routeCommand(c: Conversation, cmd: string, args: string[], rest: string): void {
  switch (cmd) {
    case 'start':
      return customer.start(c, args[0]);
    case 'help':
    case 'trogiup':
      return void c.reply({ type: 'text', text: c.m.help(), buttons: mainMenu(c.m) });
    case 'menu':
      return void c.reply({ type: 'text', text: c.m.welcome(c.group.name), buttons: mainMenu(c.m) });
    case 'catalog':
    case 'hang':
    case 'sanpham':
    case 'danhmuc':
      return customer.showCatalog(c, 0);
    case 'cart':
    case 'giohang':
      return customer.showCart(c);
    case 'orders':
    case 'donhang':
      return customer.showOrders(c);
    case 'lang':
      return setLang(c, args[0]);
    case 'join':
      return join(c, args[0]);
    case 'moi':
    case 'invite':
      return invite(c, args[0]);
    case 'thanhtoan':
    case 'markpaid': {
      requireRole(c.t, c.person.id, c.group.id, 'admin');
      const code = args[0];
      if (!code) throw new DomainError('INVALID_INPUT', '/thanhtoan <mã đơn> [ghi chú]');
      const note = rest.slice(code.length).trim();
      markPaidByHand(c.t, c.group.id, code, `admin:${c.inc.platform}:${c.inc.userId}`, note, c.now);
      return void c.reply({ type: 'text', text: c.m.confirmDone(code.toUpperCase(), true, c.person.name ?? c.inc.userId) });
    }
    case 'dang':
    case 'post':
      return postCatalog(c);
    case 'gom':
    case 'pool':
      return poolCommand(c, rest);
    case 'don':
      return admin.ordersByStatus(c, args[0]);
    case 'chia':
      return admin.reallocate(c, args);
    case 'quyettoan':
    case 'settlement':
      return admin.showSettlement(c);
    case 'giao':
    case 'ship':
      return admin.advance(c, args[0] ?? '', 'shipped');
    case 'danhan':
    case 'delivered':
      return admin.advance(c, args[0] ?? '', 'delivered');
    case 'huy':
    case 'cancel':
      // The shop cancels any order; a customer asks to cancel one of their own.
      if (hasRole(c.t, c.person.id, c.group.id, 'admin')) return admin.cancelByShop(c, args[0], rest.slice((args[0] ?? '').length).trim());
      return args[0] ? customer.askCancel(c, args[0]) : customer.showOrders(c);
    case 'web':
    case 'quanly':
      return webLink(c);
    case 'gan':
      return admin.assignTransfer(c, args[0], args[1]);
    case 'kho':
      return households.updateStock(c, args[0], args[1]);
    case 'doanhthu':
      return households.earnings(c);
    default:
      if (!c.isPrivate) return; // other bots' commands in a group chat are not ours to answer
      return void c.reply({ type: 'text', text: c.m.notUnderstood, buttons: mainMenu(c.m) });
  }
}

function setLang(c: Conversation, lang: string | undefined): void {
  const l = lang?.toLowerCase() === 'en' ? 'en' : 'vi';
  updatePerson(c.t, c.person.id, { language: l });
  c.person.language = l;
  c.reply({ type: 'text', text: c.m.langSet, buttons: mainMenu(c.m) });
}

const SKU = '([A-Z0-9-]{1,32})';
const CODE = '([A-Z0-9]{4,12})';
const BUTTONS: [RegExp, (c: Conversation, m: RegExpExecArray) => void][] = [
  [/^st:([\w-]{1,60})$/, (c, m) => customer.start(c, m[1])],
  [/^m$/, (c) => void c.reply({ type: 'text', text: c.m.welcome(c.group.name), buttons: mainMenu(c.m) })],
  [/^h$/, (c) => void c.reply({ type: 'text', text: c.m.help(), buttons: mainMenu(c.m) })],
  [/^l:(vi|en)$/, (c, m) => setLang(c, m[1])],
  [/^c:(\d{1,4})$/, (c, m) => customer.showCatalog(c, Number(m[1]))],
  [new RegExp(`^p:${SKU}$`), (c, m) => customer.showProduct(c, m[1]!)],
  [new RegExp(`^a:${SKU}:(\\d{1,4}(?:\\.\\d{1,3})?)$`), (c, m) => addAndShow(c, m[1]!, Number(m[2]))],
  [/^k$/, (c) => customer.showCart(c)],
  [/^ke$/, (c) => customer.showCart(c, true)],
  [new RegExp(`^kq:${SKU}:(-1|1)$`), (c, m) => customer.changeCartQty(c, m[1]!, Number(m[2]))],
  [new RegExp(`^kr:${SKU}$`), (c, m) => customer.removeCartLine(c, m[1]!)],
  [/^kx$/, (c) => customer.clearCart(c)],
  [/^ok$/, (c) => customer.checkout(c)],
  [/^o$/, (c) => customer.showOrders(c)],
  [new RegExp(`^o:${CODE}$`), (c, m) => customer.showOrder(c, m[1]!)],
  [new RegExp(`^qr:${CODE}$`), (c, m) => customer.resendQr(c, m[1]!)],
  [new RegExp(`^x:${CODE}$`), (c, m) => customer.askCancel(c, m[1]!)],
  [new RegExp(`^xy:${CODE}$`), (c, m) => customer.cancelOrder(c, m[1]!)],
  [new RegExp(`^pd:${CODE}$`), (c, m) => reportPaid(c, m[1]!)],
  [new RegExp(`^kp:${CODE}$`), (c, m) => keepHeldOrder(c, m[1]!)],
  [new RegExp(`^cy:${CODE}$`), (c, m) => confirmPayment(c, m[1]!, true)],
  [new RegExp(`^cn:${CODE}$`), (c, m) => confirmPayment(c, m[1]!, false)],
  [new RegExp(`^as:${SKU}$`), (c, m) => customer.answerAsk(c, m[1]!)],
  [new RegExp(`^ga:${SKU}:(\\d{1,4}(?:\\.\\d{1,3})?)$`), (c, m) => groupAnswer(c, m[1]!, Number(m[2]))],
  [new RegExp(`^hr:${CODE}$`), (c, m) => households.ready(c, m[1]!)],
  [new RegExp(`^hn:${CODE}$`), (c, m) => households.notEnough(c, m[1]!)],
  [new RegExp(`^sh:${CODE}$`), (c, m) => admin.advance(c, m[1]!, 'shipped')],
  [new RegExp(`^dv:${CODE}$`), (c, m) => admin.advance(c, m[1]!, 'delivered')],
  [new RegExp(`^ao:${CODE}$`), (c, m) => admin.adminOrder(c, m[1]!)],
  [/^ad:([a-z_]{3,20})$/, (c, m) => admin.ordersByStatus(c, m[1])],
  [/^pq:([a-z0-9-]{1,63})$/, (c, m) => admin.payoutQr(c, m[1]!)],
  [/^pp:([a-z0-9-]{1,63}):(\d{1,12})$/, (c, m) => admin.payoutDone(c, m[1]!, Number(m[2]))],
];

/** Registers more button handlers (the group-selling dialogs add theirs). */
export function registerButtons(entries: [RegExp, (c: Conversation, m: RegExpExecArray) => void][]): void {
  BUTTONS.push(...entries);
}

function addAndShow(c: Conversation, sku: string, qty: number): void {
  const product = customer.addToCart(c, [{ sku, qty }]);
  if (product.length) {
    const p = c.t.$client.prepare('select name, unit from products where group_id = ? and sku = ?').get(c.group.id, sku) as { name: string; unit: string };
    c.reply({ type: 'text', text: c.m.added(qty, p.unit, p.name) });
    customer.showCart(c);
  }
}

function routeButton(c: Conversation, data: string): void {
  for (const [re, fn] of BUTTONS) {
    const m = re.exec(data);
    if (m) {
      try {
        return fn(c, m);
      } catch (e) {
        // A button for something that no longer exists (an old product or order) is stale, not an error.
        if (e instanceof DomainError && e.code === 'NOT_FOUND') throw new DomainError('NOT_FOUND', 'stale');
        throw e;
      }
    }
  }
  throw new StaleButton();
}

class StaleButton extends DomainError {
  constructor() {
    super('NOT_FOUND', 'stale button');
  }
}
