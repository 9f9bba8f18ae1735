import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { UserFromGetMe } from 'grammy/types';

/** The test bot: its numeric id is the token's prefix. */
export const TOKEN = '7012345678:AAHtestTokenForGomTelegramAdapter_0123';
export const BOT_ID = '7012345678';
export const API_ROOT = 'https://tg.test';
export const SECRET = 'gom-test-secret_0123456789';
export const BOT_INFO: UserFromGetMe = {
  id: Number(BOT_ID),
  is_bot: true,
  first_name: 'Gom Lụa Vạn Phúc',
  username: 'gom_vanphuc_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

/** One Bot API call as the fake server received it. */
export interface ApiCall {
  method: string;
  /** JSON body, or the text fields of a multipart body. */
  params: Record<string, unknown>;
  /** Uploaded files of a multipart body, by part name. */
  files: Record<string, { filename: string; bytes: Buffer }>;
  contentType: string;
  /** Set when the fake refused the call (429, 403 …). */
  failed?: number;
}

/** Parses grammY's multipart/form-data stream from the raw bytes (never formData()). */
export function parseMultipart(body: Buffer, contentType: string): Pick<ApiCall, 'params' | 'files'> {
  const boundary = /boundary=(.+)$/.exec(contentType)![1]!;
  const params: Record<string, unknown> = {};
  const files: ApiCall['files'] = {};
  const delim = Buffer.from(`--${boundary}`);
  let pos = body.indexOf(delim);
  while (pos !== -1) {
    const start = pos + delim.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const next = body.indexOf(delim, start);
    const part = body.subarray(start + 2, next - 2); // strip the CRLF after the delimiter and before the next
    const sep = part.indexOf('\r\n\r\n');
    const head = part.subarray(0, sep).toString('utf8');
    const value = part.subarray(sep + 4);
    const name = /name="([^"]+)"/.exec(head)![1]!;
    const filename = /filename=([^\r\n;]+)/.exec(head)?.[1];
    if (filename) files[name] = { filename, bytes: Buffer.from(value) };
    else {
      const text = value.toString('utf8');
      try {
        params[name] = text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : text;
      } catch {
        params[name] = text;
      }
    }
    pos = next;
  }
  return { params, files };
}

type Failure = { code: number; description: string; retryAfter?: number };

/**
 * A fake Bot API behind msw: records every call, answers like Telegram (message ids count up),
 * and can be told to refuse the next send. Unknown requests fail the test (onUnhandledRequest: 'error').
 */
export function fakeTelegram() {
  const calls: ApiCall[] = [];
  const failures: Failure[] = [];
  const editFailures: Failure[] = [];
  let nextMessageId = 500;
  const server = setupServer(
    http.post(`${API_ROOT}/bot${TOKEN}/:method`, async ({ request, params }) => {
      const method = String(params.method);
      const contentType = request.headers.get('content-type') ?? '';
      // Read the raw body (a plain read like request.text(); binary-safe for the PNG part).
      const raw = Buffer.from(await request.arrayBuffer());
      const parsed = contentType.startsWith('multipart/')
        ? parseMultipart(raw, contentType)
        : { params: raw.length ? (JSON.parse(raw.toString('utf8')) as Record<string, unknown>) : {}, files: {} };
      const isSend = method === 'sendMessage' || method === 'sendPhoto';
      const fail = isSend ? failures.shift() : method === 'editMessageText' ? editFailures.shift() : undefined;
      calls.push({ method, contentType, ...parsed, ...(fail ? { failed: fail.code } : {}) });
      if (fail) {
        return HttpResponse.json(
          { ok: false, error_code: fail.code, description: fail.description, ...(fail.retryAfter ? { parameters: { retry_after: fail.retryAfter } } : {}) },
          { status: fail.code },
        );
      }
      const chat = { id: Number(parsed.params.chat_id), type: Number(parsed.params.chat_id) < 0 ? 'supergroup' : 'private' };
      switch (method) {
        case 'sendMessage':
        case 'sendPhoto':
          return HttpResponse.json({ ok: true, result: { message_id: nextMessageId++, date: 1700000000, chat, from: BOT_INFO, ...(parsed.params.text ? { text: parsed.params.text } : {}) } });
        case 'editMessageText':
          return HttpResponse.json({ ok: true, result: { message_id: Number(parsed.params.message_id), date: 1700000000, chat, text: parsed.params.text } });
        case 'getMe':
          return HttpResponse.json({ ok: true, result: BOT_INFO });
        default:
          return HttpResponse.json({ ok: true, result: true });
      }
    }),
  );
  server.listen({ onUnhandledRequest: 'error' });
  return {
    server,
    calls,
    /** Calls since the last drain. */
    drain(): ApiCall[] {
      return calls.splice(0, calls.length);
    },
    failNextSend(f: Failure) {
      failures.push(f);
    },
    failNextEdit(f: Failure) {
      editFailures.push(f);
    },
    close() {
      server.close();
    },
  };
}
