import { describe } from 'vitest';
import { TELEGRAM_CAPABILITIES } from '../../../adapters/telegram/capabilities.ts';
import { runAdapterContract, type SentMessage } from '../contract.ts';
import { fakeTelegram, SECRET } from './fake-telegram.ts';
import { buttonPress, privateText, telegramApp } from './setup.ts';

// Telegram user ids are numbers; the suite's ids ('c-1' …) map to stable numeric ones.
const numericId = (userId: string) => 880000000 + [...userId].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) % 100000, 7);

describe('Telegram adapter contract', () => {
  runAdapterContract({
    name: 'telegram',
    capabilities: TELEGRAM_CAPABILITIES,
    async setup() {
      const tg = fakeTelegram();
      // The suite's edit case enqueues with the real `new Date()`: start the fake clock a minute after real time so
      // that row is due (with the helpers' fixed 2026-11-22 start it would lie in the future).
      const t = telegramApp({ clockStart: new Date(Date.now() + 60_000).toISOString() });
      const req = (update: unknown, secret = SECRET) => t.request(update, { secret });
      return {
        app: t.app,
        db: t.db,
        advance: (ms) => t.clock.advance(ms),
        textUpdate: (o) => req(privateText({ userId: numericId(o.userId), text: o.text, updateId: Number(o.updateId) })),
        buttonUpdate: (o) => req(buttonPress({ userId: numericId(o.userId), data: o.data, updateId: Number(o.updateId) })),
        badlySigned: (o) => req(privateText({ userId: numericId(o.userId), text: o.text, updateId: Number(o.updateId) }), `${SECRET}x`),
        chatIdOf: (userId) => String(numericId(userId)),
        deliver: async () => void (await t.deliver()),
        sent: () =>
          tg
            .drain()
            .filter((c) => !c.failed && ['sendMessage', 'sendPhoto', 'editMessageText'].includes(c.method))
            .map((c): SentMessage => {
              const kb = (c.params.reply_markup as { inline_keyboard?: { callback_data?: string }[][] } | undefined)?.inline_keyboard;
              const buttons = kb?.flat().flatMap((b) => (b.callback_data ? [b.callback_data] : []));
              const base = { chatId: String(c.params.chat_id), ...(buttons ? { buttons } : {}) };
              if (c.method === 'sendPhoto') {
                const attach = /^attach:\/\/(.+)$/.exec(String(c.params.photo))![1]!;
                return { ...base, kind: 'photo', png: c.files[attach]!.bytes, ...(c.params.caption ? { text: String(c.params.caption) } : {}) };
              }
              return { ...base, kind: c.method === 'editMessageText' ? 'edit' : 'text', text: String(c.params.text) };
            }),
        failNextSend: (kind) =>
          kind === 'rate_limit'
            ? tg.failNextSend({ code: 429, description: 'Too Many Requests: retry after 30', retryAfter: 30 })
            : tg.failNextSend({ code: 403, description: 'Forbidden: bot was blocked by the user' }),
        close: async () => tg.close(),
      };
    },
  });
});
