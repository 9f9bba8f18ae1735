import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for Telegram's Bot API on loopback, for `npm run bench` and `npm run chaos`. It answers
 * in the Bot API's own shapes (https://core.telegram.org/bots/api#making-requests: `{ok, result}` /
 * `{ok: false, error_code, description, parameters: {retry_after}}`) and behaves as the platform does
 * under stress:
 * - above `perSecond` calls in any rolling second (per bot) it answers 429 with `retry_after`;
 * - it can inject faults at a given rate: 500s, 429s, and hangs (the call never gets an answer), either
 *   after the message was delivered (the answer is lost) or before.
 * Every delivered message is recorded with the chat and its text or caption.
 */
export interface FakeBotApiOptions {
  perSecond?: number;
  /** Probabilities per send call (0..1). */
  faults?: { error500?: number; rate429?: number; hangAfterDelivery?: number; hangBeforeDelivery?: number };
  /** A deterministic random source (0..1). */
  random?: () => number;
}

/** One message the fake platform delivered to a chat. */
export interface Delivered {
  chatId: string;
  method: string;
  text: string;
  at: number;
  /** Whether the platform answered the call that delivered it (false: it hung, or the caller was gone). */
  answered: boolean;
}

const SENDS = new Set(['sendMessage', 'sendPhoto']);

/** Starts the fake Bot API; `url` is the TELEGRAM_API_ROOT to use. */
export async function startFakeBotApi(opts: FakeBotApiOptions = {}) {
  const perSecond = opts.perSecond ?? 30;
  const random = opts.random ?? Math.random;
  const f = opts.faults ?? {};
  const delivered: Delivered[] = [];
  const calls = new Map<string, number[]>();
  const stats = { calls: 0, rateLimited: 0, injected429: 0, injected500: 0, hangs: 0 };
  let nextId = 1;
  const hanging = new Set<ServerResponse>();

  const answer = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  const read = async (req: IncomingMessage): Promise<Record<string, string>> => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const type = req.headers['content-type'] ?? '';
    if (type.includes('application/json')) return JSON.parse(raw.toString('utf8') || '{}');
    if (type.includes('multipart/form-data')) {
      // Only the text fields are needed (chat_id, caption, reply_markup); the photo's bytes are skipped.
      const out: Record<string, string> = {};
      const text = raw.toString('utf8');
      for (const m of text.matchAll(/name="([^"]+)"\r\n\r\n([\s\S]*?)\r\n--/g)) out[m[1]!] = m[2]!;
      return out;
    }
    return {};
  };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const m = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? '');
      if (!m) return answer(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
      const [, token, method] = m as unknown as [string, string, string];
      const body = await read(req);
      if (!SENDS.has(method) && method !== 'editMessageText') {
        if (method === 'getMe') return answer(res, 200, { ok: true, result: { id: Number(token.split(':')[0]), is_bot: true, first_name: 'Gom', username: 'gom_fake_bot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false } });
        return answer(res, 200, { ok: true, result: true });
      }
      stats.calls++;
      const now = Date.now();
      const window = (calls.get(token) ?? []).filter((t) => t > now - 1000);
      if (window.length >= perSecond) {
        stats.rateLimited++;
        calls.set(token, window);
        return answer(res, 429, { ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } });
      }
      window.push(now);
      calls.set(token, window);
      const roll = random();
      let edge = 0;
      const hit = (p = 0) => roll < (edge += p);
      if (hit(f.error500)) {
        stats.injected500++;
        return answer(res, 500, { ok: false, error_code: 500, description: 'Internal Server Error' });
      }
      if (hit(f.rate429)) {
        stats.injected429++;
        return answer(res, 429, { ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } });
      }
      if (hit(f.hangBeforeDelivery)) {
        stats.hangs++;
        hanging.add(res);
        return;
      }
      const chatId = String(body.chat_id);
      const text = String(body.text ?? body.caption ?? '');
      const entry: Delivered = { chatId, method, text, at: now, answered: false };
      if (SENDS.has(method)) delivered.push(entry);
      if (hit(f.hangAfterDelivery)) {
        stats.hangs++;
        hanging.add(res);
        return;
      }
      const messageId = method === 'editMessageText' ? Number(body.message_id) : nextId++;
      entry.answered = !res.socket?.destroyed;
      answer(res, 200, { ok: true, result: { message_id: messageId, date: Math.floor(now / 1000), chat: { id: Number(chatId), type: chatId.startsWith('-') ? 'group' : 'private' }, text } });
    })().catch((e) => answer(res, 500, { ok: false, error_code: 500, description: String(e) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    delivered,
    stats,
    close: async () => {
      for (const r of hanging) r.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
