/**
 * A small typed client for the Zalo Official Account API v3 and Zalo OAuth v4, over `fetch`.
 *
 * Why our own: there is no maintained Node SDK. `zalo-api-sdk-node` is not published on npm, and
 * `zalo-sdk` targets the retired v1 API through the deprecated `request` package. Unofficial
 * personal-account automation libraries (zca-js and the like) log in as a person's Zalo account,
 * which breaks Zalo's terms of use; Gom talks only to the official OA API.
 *
 * Zalo answers most errors with HTTP 200 and `{"error": <negative code>, "message": "..."}`; every such
 * answer becomes a typed ZaloApiError here, never a silent success.
 */

/** Zalo said no: a non-zero `error` in an answer (or an OAuth error). */
export class ZaloApiError extends Error {
  constructor(
    readonly code: number,
    message: string,
    /** The HTTP status of the answer (200 for most Zalo errors). */
    readonly status = 200,
  ) {
    super(`Zalo error ${code}: ${message}`);
    this.name = 'ZaloApiError';
  }
}

/** The network or Zalo's servers failed (no answer, a 5xx, or a body that is not JSON). */
export class ZaloNetworkError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ZaloNetworkError';
  }
}

/** Error codes Gom acts on (from Zalo's OA API error table). */
export const ZALO_ERR = {
  RATE_LIMIT: -32,
  INVALID_PARAM: -201,
  OUT_OF_QUOTA: -211,
  USER_NOT_FOLLOWER: -213,
  ACCESS_TOKEN_INVALID: -216,
  OUT_OF_QUOTA_RECEIVE: -218,
  ACCESS_TOKEN_EXPIRED: -220,
  USER_INACTIVE: -227,
  NO_INTERACTION_7_DAYS: -230,
  NO_INTERACTION: -232,
  USER_RESTRICTED: -244,
} as const;

/** A button of a consultation message (Zalo's `oa.*` action types). */
export type ZaloButton =
  | { title: string; type: 'oa.query.hide' | 'oa.query.show'; payload: string }
  | { title: string; type: 'oa.open.url'; payload: { url: string } }
  | { title: string; type: 'oa.open.phone'; payload: { phone_code: string } };

/** The `message` object of `POST /v3.0/oa/message/cs`. */
export type ZaloCsMessage =
  | { text: string }
  | { text: string; attachment: { type: 'template'; payload: { buttons: ZaloButton[] } } }
  | {
      text?: string;
      attachment: { type: 'template'; payload: { template_type: 'media'; elements: [{ media_type: 'image'; attachment_id: string } | { media_type: 'image'; url: string }] } };
    }
  | {
      attachment: {
        type: 'template';
        payload: {
          template_type: 'list';
          elements: { title: string; subtitle?: string; image_url?: string; default_action?: { type: 'oa.query.hide'; payload: string } }[];
          buttons?: ZaloButton[];
        };
      };
    };

/** Tokens returned by OAuth v4. */
export interface ZaloTokens {
  accessToken: string;
  refreshToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
}

/** Where the client sends its calls. */
export interface ZaloClientOptions {
  apiBase: string;
  oauthBase: string;
  appId: string;
  appSecret: string;
  fetch?: typeof fetch;
}

type Json = Record<string, unknown>;

/** Calls to the OA API and OAuth; stateless (tokens are passed in, see tokens.ts). */
export class ZaloOaClient {
  private readonly fetch: typeof fetch;

  constructor(private readonly o: ZaloClientOptions) {
    this.fetch = o.fetch ?? ((...a) => globalThis.fetch(...a));
  }

  private async call(url: string, init: RequestInit): Promise<Json> {
    let res: Response;
    try {
      res = await this.fetch(url, { ...init, signal: AbortSignal.timeout(10_000) });
    } catch (e) {
      throw new ZaloNetworkError(`Zalo unreachable: ${(e as Error).message}`);
    }
    const body = await res.text();
    if (res.status >= 500) throw new ZaloNetworkError(`Zalo HTTP ${res.status}`, res.status);
    let json: Json;
    try {
      json = JSON.parse(body) as Json;
    } catch {
      throw new ZaloNetworkError(`Zalo answered HTTP ${res.status} with a body that is not JSON`, res.status);
    }
    if (res.status === 429) throw new ZaloApiError(ZALO_ERR.RATE_LIMIT, String(json.message ?? 'too many requests'), 429);
    const code = typeof json.error === 'number' ? json.error : Number(json.error ?? 0);
    if (code !== 0 && !Number.isNaN(code)) throw new ZaloApiError(code, String(json.message ?? json.error_description ?? json.error_name ?? 'error'), res.status);
    if (res.status >= 400) throw new ZaloApiError(-res.status, String(json.message ?? `HTTP ${res.status}`), res.status);
    return json;
  }

  /** `POST /v3.0/oa/message/cs`: a consultation message; returns Zalo's message id. */
  async sendCs(accessToken: string, userId: string, message: ZaloCsMessage): Promise<string> {
    const json = await this.call(`${this.o.apiBase}/v3.0/oa/message/cs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', access_token: accessToken },
      body: JSON.stringify({ recipient: { user_id: userId }, message }),
    });
    return String((json.data as Json | undefined)?.message_id ?? '');
  }

  /** `POST /v2.0/oa/upload/image` (multipart, field `file`): returns the `attachment_id`. */
  async uploadImage(accessToken: string, png: Buffer, filename = 'vietqr.png', mime = 'image/png'): Promise<string> {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(png)], { type: mime }), filename);
    const json = await this.call(`${this.o.apiBase}/v2.0/oa/upload/image`, { method: 'POST', headers: { access_token: accessToken }, body: form });
    const id = (json.data as Json | undefined)?.attachment_id;
    if (typeof id !== 'string' || !id) throw new ZaloApiError(ZALO_ERR.INVALID_PARAM, 'upload answered without attachment_id');
    return id;
  }

  /**
   * `POST <oauth>/v4/oa/access_token` with `grant_type=refresh_token`. The refresh token is single-use:
   * the answer carries a new one, which the caller must store before using the new access token.
   */
  async refresh(refreshToken: string): Promise<ZaloTokens> {
    const json = await this.call(`${this.o.oauthBase}/v4/oa/access_token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', secret_key: this.o.appSecret },
      body: new URLSearchParams({ refresh_token: refreshToken, app_id: this.o.appId, grant_type: 'refresh_token' }).toString(),
    });
    const accessToken = json.access_token;
    const newRefresh = json.refresh_token;
    if (typeof accessToken !== 'string' || typeof newRefresh !== 'string' || !accessToken || !newRefresh) {
      throw new ZaloApiError(ZALO_ERR.ACCESS_TOKEN_INVALID, 'OAuth answered without access_token/refresh_token');
    }
    const expiresIn = Number(json.expires_in ?? 90000);
    return { accessToken, refreshToken: newRefresh, expiresIn: Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 90000 };
  }
}
