import type { Update } from 'grammy/types';
import { demoDb, fakeClock } from '../../helpers.ts';
import { loadConfig } from '../../../adapters/config.ts';
import { createApp } from '../../../adapters/server.ts';
import { deliverDue } from '../../../adapters/outbox/worker.ts';
import { telegramSetup } from '../../../adapters/telegram/index.ts';
import type { Limits } from '../../../adapters/telegram/limiter.ts';
import { API_ROOT, BOT_INFO, SECRET, TOKEN } from './fake-telegram.ts';

import { fixture } from './fixtures.ts';

export { fixture };

/** The demo shop's app with Telegram configured for its first group (lua-van-phuc). */
export function telegramApp(opts: { env?: Record<string, string>; limits?: Limits; clockStart?: string } = {}) {
  const { db } = demoDb();
  const clock = fakeClock(opts.clockStart);
  const config = loadConfig({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_API_ROOT: API_ROOT, ...opts.env });
  const tg = telegramSetup({ db, clock, config }, { botInfo: () => BOT_INFO, ...(opts.limits ? { limits: opts.limits } : {}) })!;
  const app = createApp({ db, clock, config, mounts: [tg.mount] });
  const request = (update: unknown, o: { secret?: string | null; group?: string } = {}) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const secret = o.secret === undefined ? SECRET : o.secret;
    if (secret !== null) headers['x-telegram-bot-api-secret-token'] = secret;
    return new Request(`http://localhost/webhooks/telegram/${o.group ?? 'lua-van-phuc'}`, { method: 'POST', headers, body: JSON.stringify(update) });
  };
  return {
    db,
    clock,
    config,
    tg,
    app,
    request,
    post: (update: unknown, o?: { secret?: string | null; group?: string }) => app.request(request(update, o)),
    deliver: () => deliverDue(db, { telegram: tg.sender }, clock),
  };
}

/** A private text message from the documented example, from `userId`, with `text`. */
export function privateText(o: { userId: number; text: string; updateId: number; messageId?: number }): Update {
  const u = fixture('private-text') as Update & { message: NonNullable<Update['message']> };
  return {
    ...u,
    update_id: o.updateId,
    message: { ...u.message, message_id: o.messageId ?? o.updateId, text: o.text, chat: { ...u.message.chat, id: o.userId }, from: { ...u.message.from!, id: o.userId } },
  } as Update;
}

/** A button press (the recorded callback query) from `userId` in their private chat. */
export function buttonPress(o: { userId: number; data: string; updateId: number; queryId?: string }): Update {
  const u = fixture('callback-query') as Update & { callback_query: NonNullable<Update['callback_query']> };
  const q = u.callback_query;
  return {
    update_id: o.updateId,
    callback_query: {
      ...q,
      id: o.queryId ?? `q${o.updateId}`,
      data: o.data,
      from: { ...q.from, id: o.userId },
      message: { ...q.message!, chat: { ...q.message!.chat, id: o.userId } },
    },
  } as Update;
}
