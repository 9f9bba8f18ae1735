/**
 * A small typed client for the Zalo Bot Platform (bot.zaloplatforms.com): a Telegram-like HTTP API at
 * `<base>/bot<TOKEN>/<method>`, JSON in and `{"ok": true, "result": …}` or
 * `{"ok": false, "error_code": N, "description": "…"}` out. Official and token-based; it needs no
 * Official Account. (Unofficial personal-account automation such as zca-js breaks Zalo's terms and is
 * not used.)
 */

/** The Bot Platform said no (`ok: false`, or an HTTP 4xx). */
export class ZaloBotApiError extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly retryAfterSec?: number,
  ) {
    super(`Zalo Bot error ${code}: ${description}`);
    this.name = 'ZaloBotApiError';
  }
}

/** No answer, a 5xx, or a body that is not JSON. */
export class ZaloBotNetworkError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZaloBotNetworkError';
  }
}

/** Text limit of sendMessage and of a photo caption (characters). */
export const ZALO_BOT_TEXT_MAX = 2000;

/** Calls to the Bot Platform for one bot token. */
export class ZaloBotClient {
  private readonly fetch: typeof fetch;

  constructor(
    private readonly base: string,
    private readonly token: string,
    fetchImpl?: typeof fetch,
  ) {
    this.fetch = fetchImpl ?? ((...a) => globalThis.fetch(...a));
  }

  private async call<T>(method: string, body: Record<string, unknown>): Promise<T> {
    let res: Response;
    try {
      res = await this.fetch(`${this.base}/bot${this.token}/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      });
    } catch (e) {
      throw new ZaloBotNetworkError(`Zalo Bot API unreachable: ${(e as Error).message}`);
    }
    if (res.status >= 500) throw new ZaloBotNetworkError(`Zalo Bot API HTTP ${res.status}`);
    let json: { ok?: boolean; result?: unknown; error_code?: number; description?: string; parameters?: { retry_after?: number } };
    try {
      json = (await res.json()) as typeof json;
    } catch {
      throw new ZaloBotNetworkError(`Zalo Bot API answered HTTP ${res.status} with a body that is not JSON`);
    }
    if (json.ok !== true || res.status >= 400) {
      throw new ZaloBotApiError(json.error_code ?? res.status, json.description ?? `HTTP ${res.status}`, json.parameters?.retry_after);
    }
    return json.result as T;
  }

  /** `sendMessage`: returns the message id. */
  async sendMessage(chatId: string, text: string): Promise<string> {
    const r = await this.call<{ message_id?: string }>('sendMessage', { chat_id: chatId, text });
    return String(r?.message_id ?? '');
  }

  /** `sendPhoto` by URL, with an optional caption: returns the message id. */
  async sendPhoto(chatId: string, photoUrl: string, caption?: string): Promise<string> {
    const r = await this.call<{ message_id?: string }>('sendPhoto', { chat_id: chatId, photo: photoUrl, ...(caption ? { caption } : {}) });
    return String(r?.message_id ?? '');
  }

  /** `setWebhook` with the secret Zalo will send back in `X-Bot-Api-Secret-Token`. */
  async setWebhook(url: string, secretToken: string): Promise<void> {
    await this.call('setWebhook', { url, secret_token: secretToken });
  }
}
