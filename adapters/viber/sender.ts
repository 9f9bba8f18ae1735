import type { Db } from '../../db/index.ts';
import type { Clock } from '../../core/clock.ts';
import { publishImage } from '../media.ts';
import { DeliveryError, type Delivery, type Sender } from '../outbox/types.ts';
import { viberBots, viberTokenFor } from './accounts.ts';
import { VIBER_STATUS, ViberApiError, ViberClient, ViberHttpError, type ViberSender } from './client.ts';
import { renderOutgoing } from './render.ts';

/**
 * How long to wait after Viber's status 12 (too many requests). Viber gives no retry-after. Status 12 is
 * either its general rate limit or its per-user cap: a bot may send at most 100 messages in an hour to a
 * user who has not replied (the count resets when the user replies; docs, "Send a Message"). So we wait a
 * minute first and double per attempt up to an hour; the worker gives up after MAX_ATTEMPTS.
 */
export function tooManyRequestsDelayMs(attempts: number): number {
  return Math.min(3600_000, 60_000 * 2 ** Math.max(0, attempts));
}

/** Statuses that mean Viber will never accept this message as it is, or this bot cannot send at all. */
const PERMANENT = new Set<number>([
  VIBER_STATUS.invalidUrl,
  VIBER_STATUS.invalidAuthToken,
  VIBER_STATUS.badData,
  VIBER_STATUS.missingData,
  VIBER_STATUS.publicAccountBlocked,
  VIBER_STATUS.publicAccountNotFound,
  VIBER_STATUS.publicAccountSuspended,
  VIBER_STATUS.apiVersionNotSupported,
  VIBER_STATUS.incompatibleWithVersion,
  VIBER_STATUS.publicAccountNotAuthorized,
]);

/** The receiver cannot get messages from this bot: not a Viber user, not subscribed, or no suitable device. */
const UNREACHABLE = new Set<number>([VIBER_STATUS.receiverNotRegistered, VIBER_STATUS.receiverNotSubscribed, VIBER_STATUS.receiverNoSuitableDevice]);

/** Maps a Viber failure to what the outbox should do (retry later, give up, or mark the person unreachable). */
export function toDeliveryError(e: unknown, attempts: number): DeliveryError {
  if (e instanceof DeliveryError) return e;
  if (e instanceof ViberApiError) {
    if (e.status === VIBER_STATUS.tooManyRequests) return new DeliveryError(e.message, { retryAfterMs: tooManyRequestsDelayMs(attempts) });
    if (UNREACHABLE.has(e.status)) return new DeliveryError(e.message, { unreachable: true });
    if (PERMANENT.has(e.status)) return new DeliveryError(e.message, { permanent: true });
    // 23/24: the bot's monthly free out-of-session messages are used up (and no balance): try again in an hour.
    if (e.status === VIBER_STATUS.freeMessagesExceeded || e.status === VIBER_STATUS.noBalance) return new DeliveryError(e.message, { retryAfterMs: 3600_000 });
    return new DeliveryError(e.message); // 10 (webhook not set yet), general errors: default backoff
  }
  if (e instanceof ViberHttpError) {
    if (e.httpStatus >= 400 && e.httpStatus < 500 && e.httpStatus !== 429 && e.httpStatus !== 408) return new DeliveryError(e.message, { permanent: true });
    return new DeliveryError(e.message);
  }
  return new DeliveryError(String((e as Error)?.message ?? e));
}

export interface ViberSenderDeps {
  db: Db;
  clock: Clock;
  /** Base of the app's public URL (pictures are fetched by Viber from `${publicUrl}/media/...`). */
  publicUrl: string;
  envToken?: string;
  apiBase: string;
  botName: string;
  botAvatar?: string;
  fetch?: typeof fetch;
}

/** The client for the bot that serves a group (null group: the env bot, else the only bot). */
export function clientForGroup(deps: ViberSenderDeps, groupId: number | null): ViberClient | undefined {
  const token = groupId != null ? viberTokenFor(deps.db, deps.envToken, groupId) : (deps.envToken ?? viberBots(deps.db, deps.envToken)[0]?.token);
  return token ? new ViberClient({ token, apiBase: deps.apiBase, ...(deps.fetch ? { fetch: deps.fetch } : {}) }) : undefined;
}

/** The `sender` object Viber requires on every message. */
export function viberSenderObject(deps: Pick<ViberSenderDeps, 'botName' | 'botAvatar'>): ViberSender {
  return { name: deps.botName.slice(0, 28), ...(deps.botAvatar ? { avatar: deps.botAvatar } : {}) };
}

/**
 * The outbox sender for Viber. One neutral message may take several Viber messages (a catalog's text and
 * carousel, a picture and the rest of a long caption); the returned id is the last one's message token.
 * If a later part fails after an earlier part went out, a retry sends the earlier part again: rare (only
 * those two shapes), and a repeated line is better than a lost one.
 */
export function viberSender(deps: ViberSenderDeps): Sender {
  const sender = viberSenderObject(deps);
  return {
    async send(d: Delivery) {
      const client = clientForGroup(deps, d.row.groupId);
      if (!client) throw new DeliveryError('viber: no bot token for this group', { permanent: true });
      const parts = renderOutgoing(d.message, { sender, publish: (image) => publishImage(deps.db, image, deps.publicUrl, deps.clock()) });
      let last: string | undefined;
      try {
        for (const part of parts) {
          try {
            last = (await client.sendMessage(d.row.chatId, part.message)).messageToken ?? last;
          } catch (e) {
            const tooOld = e instanceof ViberApiError && (e.status === VIBER_STATUS.apiVersionNotSupported || e.status === VIBER_STATUS.incompatibleWithVersion);
            if (!tooOld || !part.fallback) throw e;
            last = (await client.sendMessage(d.row.chatId, part.fallback)).messageToken ?? last;
          }
        }
      } catch (e) {
        throw toDeliveryError(e, d.row.attempts);
      }
      return last ? { messageId: last } : {};
    },
  };
}
