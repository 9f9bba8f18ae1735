import { afterEach, beforeEach, expect, it } from 'vitest';
import { http, HttpResponse, delay } from 'msw';
import { API_ROOT, TOKEN, fakeTelegram } from './fake-telegram.ts';
import { buttonPress, privateText, telegramApp } from './setup.ts';

let tg: ReturnType<typeof fakeTelegram>;
beforeEach(() => {
  tg = fakeTelegram();
});
afterEach(() => tg.close());

it('TELEGRAM_POLLING=1: deletes the webhook, long-polls, handles the update and answers the callback query directly', async () => {
  const t = telegramApp({ env: { TELEGRAM_POLLING: '1' } });
  const updates = [buttonPress({ userId: 535558561, data: 'c:0', updateId: 41, queryId: 'poll-q-1' })];
  const seen: unknown[] = [];
  tg.server.use(
    http.post(`${API_ROOT}/bot${TOKEN}/getUpdates`, async ({ request }) => {
      seen.push(await request.json());
      const batch = updates.splice(0);
      if (!batch.length) await delay(20);
      return HttpResponse.json({ ok: true, result: batch });
    }),
  );
  await t.tg.afterListen();
  await expect.poll(() => tg.calls.some((c) => c.method === 'answerCallbackQuery'), { timeout: 3000 }).toBe(true);
  await t.tg.stop();
  const methods = tg.calls.map((c) => c.method);
  expect(methods.indexOf('deleteWebhook')).toBeGreaterThanOrEqual(0);
  expect(methods).not.toContain('setWebhook');
  expect(tg.calls.find((c) => c.method === 'answerCallbackQuery')!.params).toEqual({ callback_query_id: 'poll-q-1' });
  expect(seen[0]).toMatchObject({ allowed_updates: ['message', 'callback_query', 'my_chat_member'] });
  await t.deliver();
  expect(JSON.stringify(tg.drain().filter((c) => c.method === 'sendMessage').map((c) => c.params))).toContain('p:KL-XANH');
});

it('TELEGRAM_POLLING=1: when the database takes no writes, the person is told directly to try again', async () => {
  const t = telegramApp({ env: { TELEGRAM_POLLING: '1' } });
  const updates = [privateText({ userId: 4242, text: '2 khăn xanh', updateId: 77 })];
  tg.server.use(
    http.post(`${API_ROOT}/bot${TOKEN}/getUpdates`, async () => {
      const batch = updates.splice(0);
      if (!batch.length) await delay(20);
      return HttpResponse.json({ ok: true, result: batch });
    }),
  );
  t.db.$client.pragma('query_only = ON');
  await t.tg.afterListen();
  await expect.poll(() => tg.calls.some((c) => c.method === 'sendMessage'), { timeout: 3000 }).toBe(true);
  await t.tg.stop();
  const sent = tg.calls.find((c) => c.method === 'sendMessage')!;
  expect(sent.params.chat_id).toBe(4242);
  expect(String(sent.params.text)).toContain('thử lại sau');
  t.db.$client.pragma('query_only = OFF');
});
