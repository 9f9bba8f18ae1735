/**
 * A small typed client for the Viber REST Bot API (https://creators.viber.com/docs/bots-api/), over `fetch`.
 *
 * Why not the `viber-bot` npm package: its middleware (lib/middleware.js) reads the signature from
 * `request.headers.X_Viber_Content_Signature`, a header name Node never produces (Node lower-cases header
 * names and keeps the dashes: `x-viber-content-signature`), so only its `?sig=` query fallback can ever
 * match; and when a signature fails it logs and `return`s without answering, which leaves the HTTP request
 * hanging until Viber times out and retries. It also pulls in Express 4 and body-parser, which this Hono
 * app does not need. Three endpoints over `fetch` are all we use.
 *
 * Viber answers API errors inside an HTTP 200 (`status` ≠ 0): those become `ViberApiError` (Viber said
 * no); a failed connection or a non-200 answer becomes `ViberHttpError` (the call never got through).
 */

/** Viber said no: a non-zero `status` in a 200 answer (see https://creators.viber.com/docs/bots-api/errors). */
export class ViberApiError extends Error {
  constructor(
    readonly method: string,
    readonly status: number,
    readonly statusMessage: string,
  ) {
    super(`viber ${method}: status ${status} (${statusMessage})`);
    this.name = 'ViberApiError';
  }
}

/** The call never got a Viber answer: network failure, timeout, or a non-200 HTTP status (`httpStatus` 0 = no response). */
export class ViberHttpError extends Error {
  constructor(
    readonly method: string,
    readonly httpStatus: number,
    message: string,
  ) {
    super(`viber ${method}: ${message}`);
    this.name = 'ViberHttpError';
  }
}

/** Viber's status codes we act on (names as in the docs' Common Errors page). */
export const VIBER_STATUS = {
  ok: 0,
  invalidUrl: 1,
  invalidAuthToken: 2,
  badData: 3,
  missingData: 4,
  receiverNotRegistered: 5,
  receiverNotSubscribed: 6,
  publicAccountBlocked: 7,
  publicAccountNotFound: 8,
  publicAccountSuspended: 9,
  webhookNotSet: 10,
  receiverNoSuitableDevice: 11,
  tooManyRequests: 12,
  apiVersionNotSupported: 13,
  incompatibleWithVersion: 14,
  publicAccountNotAuthorized: 15,
  freeMessagesExceeded: 23,
  noBalance: 24,
} as const;

/** The bot as it appears as a sender: name max 28 characters, avatar ≤ 100 KB. */
export interface ViberSender {
  name: string;
  avatar?: string;
}

/** A keyboard or rich-media button (only the fields Gom uses). */
export interface ViberButton {
  Columns: number;
  Rows: number;
  ActionType: 'reply' | 'open-url' | 'none';
  ActionBody: string;
  Text?: string;
  Silent?: boolean;
  TextSize?: 'small' | 'regular' | 'large';
  TextVAlign?: 'top' | 'middle' | 'bottom';
  TextHAlign?: 'left' | 'center' | 'right';
  BgColor?: string;
  /** A picture filling the button (URL of a JPEG/PNG), e.g. a product photo in a rich-media card. */
  Image?: string;
  ImageScaleType?: 'crop' | 'fill' | 'fit';
}

/** A custom keyboard attached to a message. */
export interface ViberKeyboard {
  Type: 'keyboard';
  DefaultHeight?: boolean;
  Buttons: ViberButton[];
}

/** The message body of `send_message` without `receiver` (also the shape of the welcome message). */
export type ViberMessage = {
  sender: ViberSender;
  min_api_version?: number;
  tracking_data?: string;
  keyboard?: ViberKeyboard;
} & (
  | { type: 'text'; text: string }
  | { type: 'picture'; text: string; media: string; thumbnail?: string }
  | {
      type: 'rich_media';
      alt_text?: string;
      rich_media: { Type: 'rich_media'; ButtonsGroupColumns: number; ButtonsGroupRows: number; BgColor?: string; Buttons: ViberButton[] };
    }
);

/** The events a webhook can ask for (message, subscribed, unsubscribed always come). */
export type ViberEventType = 'delivered' | 'seen' | 'failed' | 'subscribed' | 'unsubscribed' | 'conversation_started';

/** What `get_account_info` returns (the fields we read). */
export interface ViberAccountInfo {
  id?: string;
  name?: string;
  uri?: string;
  webhook?: string;
  subscribers_count?: number;
}

export interface ViberClientOptions {
  token: string;
  /** Default https://chatapi.viber.com/pa (VIBER_API_BASE). */
  apiBase?: string;
  fetch?: typeof fetch;
  /** Per-call timeout; Viber normally answers in well under a second. */
  timeoutMs?: number;
}

/**
 * Reads a `message_token` from raw JSON text without going through a JavaScript number: Viber's tokens
 * (e.g. 4912661846655238145) exceed Number.MAX_SAFE_INTEGER and JSON.parse would round them.
 * Only the first top-level-looking occurrence counts; inside a JSON string the quotes are escaped, so a
 * user's text containing `"message_token":1` cannot match.
 */
export function rawMessageToken(rawJson: string): string | undefined {
  return /"message_token"\s*:\s*"?(\d{1,40})/.exec(rawJson)?.[1];
}

/** The Viber REST Bot API calls Gom makes. */
export class ViberClient {
  private readonly base: string;
  private readonly doFetch: typeof fetch;

  constructor(private readonly opts: ViberClientOptions) {
    this.base = (opts.apiBase ?? 'https://chatapi.viber.com/pa').replace(/\/$/, '');
    this.doFetch = opts.fetch ?? fetch;
  }

  /** Registers (or, with url '', removes) the bot's webhook. Viber calls the URL back before answering. */
  async setWebhook(o: { url: string; eventTypes?: ViberEventType[]; sendName?: boolean; sendPhoto?: boolean }): Promise<{ eventTypes: string[] }> {
    const body: Record<string, unknown> = { url: o.url };
    if (o.eventTypes) body.event_types = o.eventTypes;
    if (o.sendName !== undefined) body.send_name = o.sendName;
    if (o.sendPhoto !== undefined) body.send_photo = o.sendPhoto;
    const { json } = await this.call('set_webhook', body);
    return { eventTypes: Array.isArray(json.event_types) ? (json.event_types as string[]) : [] };
  }

  /** Sends one message to a subscriber; returns Viber's message token as a decimal string (full precision). */
  async sendMessage(receiver: string, message: ViberMessage): Promise<{ messageToken: string | undefined; billingStatus?: number }> {
    const { json, raw } = await this.call('send_message', { receiver, ...message });
    return { messageToken: rawMessageToken(raw), ...(typeof json.billing_status === 'number' ? { billingStatus: json.billing_status } : {}) };
  }

  /** The bot account's details (name, URI, current webhook, subscriber count). */
  async getAccountInfo(): Promise<ViberAccountInfo> {
    const { json } = await this.call('get_account_info', {});
    return json as ViberAccountInfo;
  }

  private async call(method: string, body: Record<string, unknown>): Promise<{ json: Record<string, unknown>; raw: string }> {
    let res: Response;
    try {
      res = await this.doFetch(`${this.base}/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-viber-auth-token': this.opts.token },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.opts.timeoutMs ?? 10_000),
      });
    } catch (e) {
      throw new ViberHttpError(method, 0, (e as Error)?.message ?? String(e));
    }
    const raw = await res.text().catch(() => '');
    if (res.status !== 200) throw new ViberHttpError(method, res.status, `HTTP ${res.status}`);
    let json: Record<string, unknown>;
    try {
      json = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      throw new ViberHttpError(method, res.status, 'answer is not JSON');
    }
    const status = typeof json.status === 'number' ? json.status : -1;
    if (status !== VIBER_STATUS.ok) throw new ViberApiError(method, status, String(json.status_message ?? 'unknown'));
    return { json, raw };
  }
}
