import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { dumpTables } from '../../helpers.ts';
import { BOT_ID, fakeTelegram } from './fake-telegram.ts';
import { buttonPress, fixture, privateText, telegramApp } from './setup.ts';

// Every payload replayed here is a recorded Telegram Update: tests/fixtures/telegram/SOURCES.md.
let tg: ReturnType<typeof fakeTelegram>;
beforeEach(() => {
  tg = fakeTelegram();
});
afterEach(() => tg.close());

describe('POST /webhooks/telegram/:group', () => {
  it('private text (Telegram’s documented example) → sendMessage to that chat with the inline menu', async () => {
    const t = telegramApp();
    const res = await t.post(fixture('private-text'));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    expect(tg.calls).toHaveLength(0); // no network inside the request
    await t.deliver();
    const [call, ...rest] = tg.drain();
    expect(rest.every((c) => c.method === 'sendMessage')).toBe(true);
    expect(call!.method).toBe('sendMessage');
    expect(call!.params.chat_id).toBe('1111111');
    expect(String(call!.params.text)).toContain('Lụa Vạn Phúc');
    const keyboard = (call!.params.reply_markup as { inline_keyboard: { text: string; callback_data?: string }[][] }).inline_keyboard;
    expect(keyboard.flat().map((b) => b.callback_data)).toContain('c:0');
    const ident = t.db.$client.prepare("select platform_user_id u, display_name n, private_chat_id c from identities where platform = 'telegram'").get();
    expect(ident).toEqual({ u: '1111111', n: 'Test Firstname Test Lastname', c: '1111111' });
    expect(t.db.$client.prepare('select source, update_key k from processed_updates').all()).toEqual([{ source: `telegram:${BOT_ID}`, k: '10000' }]);
  });

  it('deep link /start p_KL-XANH shows that product', async () => {
    const t = telegramApp();
    await t.post(privateText({ userId: 42, text: '/start p_KL-XANH', updateId: 77 }));
    await t.deliver();
    const sent = tg.drain();
    expect(sent.some((c) => String(c.params.text ?? c.params.caption).includes('KL-XANH') || JSON.stringify(c.params.reply_markup ?? '').includes('KL-XANH'))).toBe(true);
  });

  it('callback query → the bot answers it in the webhook reply and handles the button', async () => {
    const t = telegramApp();
    const res = await t.post(buttonPress({ userId: 535558561, data: 'c:0', updateId: 233970563, queryId: '2300206505773940939' }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ method: 'answerCallbackQuery', callback_query_id: '2300206505773940939' });
    await t.deliver();
    const calls = tg.drain();
    expect(calls[0]!.params.chat_id).toBe('535558561');
    expect(JSON.stringify(calls.map((c) => c.params.reply_markup))).toContain('p:KL-XANH');
  });

  it('answers even a stale or unknown button press', async () => {
    const t = telegramApp();
    const res = await t.post(fixture('callback-query')); // data "2": nothing the bot issued
    expect(await res.json()).toEqual({ method: 'answerCallbackQuery', callback_query_id: '2300206505773940939' });
  });

  it('group message and reply: chatType group, replies go to the group chat', async () => {
    const t = telegramApp();
    const g = fixture('group-message');
    expect((await t.post({ ...g, message: { ...g.message!, text: '/hang' } })).status).toBe(200);
    expect((await t.post(fixture('group-reply'))).status).toBe(200);
    await t.deliver();
    const chats = new Set(tg.drain().map((c) => c.params.chat_id));
    expect(chats.has('-1001914618483')).toBe(true);
    const ids = t.db.$client.prepare("select platform_user_id u, private_chat_id c from identities order by id").all();
    expect(ids).toEqual([{ u: '5519214459', c: null }, { u: '113947584', c: null }]);
  });

  it('my_chat_member (bot added to a group) → a greeting in that group', async () => {
    const t = telegramApp();
    expect((await t.post(fixture('my-chat-member-added'))).status).toBe(200);
    await t.deliver();
    const [call] = tg.drain();
    expect(call).toMatchObject({ method: 'sendMessage', params: { chat_id: '-4726613835' } });
    expect(String(call!.params.text)).toContain('Lụa Vạn Phúc');
  });

  it('wrong or missing secret → 401 and nothing is written or sent', async () => {
    const t = telegramApp();
    const before = dumpTables(t.db);
    expect((await t.post(fixture('private-text'), { secret: 'wrong' })).status).toBe(401);
    expect((await t.post(fixture('private-text'), { secret: null })).status).toBe(401);
    expect((await t.post(fixture('callback-query'), { secret: 'x'.repeat(26) })).status).toBe(401);
    expect(dumpTables(t.db)).toEqual(before);
    await t.deliver();
    expect(tg.calls).toHaveLength(0);
  });

  it('unknown group → 404; malformed body → 400', async () => {
    const t = telegramApp();
    expect((await t.post(fixture('private-text'), { group: 'khong-co' })).status).toBe(404);
    expect((await t.post({ hello: 1 })).status).toBe(400);
  });

  it('a redelivered update (same update_id) is handled once', async () => {
    const t = telegramApp();
    const u = privateText({ userId: 9, text: '/start', updateId: 5 });
    const [a, b] = await Promise.all([t.post(u), t.post(u)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    await t.deliver();
    expect(tg.drain().filter((c) => String(c.params.text).includes('Lụa Vạn Phúc'))).toHaveLength(1);
  });
});

describe('start-time work', () => {
  it('afterListen: getMe is skipped (botInfo given), command menu vi + default, setWebhook with secret and allowed_updates', async () => {
    const t = telegramApp({ env: { PUBLIC_URL: 'https://gom.example.vn' } });
    await t.tg.afterListen();
    expect(tg.drain().map((c) => [c.method, c.params])).toEqual([
      ['setMyCommands', { commands: expect.arrayContaining([{ command: 'hang', description: 'Xem hàng' }]), language_code: 'vi' }],
      ['setMyCommands', { commands: expect.arrayContaining([{ command: 'catalog', description: 'Browse the products' }]) }],
      ['setWebhook', { url: 'https://gom.example.vn/webhooks/telegram/lua-van-phuc', secret_token: 'gom-test-secret_0123456789', allowed_updates: ['message', 'callback_query', 'my_chat_member'], drop_pending_updates: false }],
    ]);
  });

  it('afterListen never throws when Telegram is unreachable', async () => {
    const t = telegramApp({ env: { PUBLIC_URL: 'https://gom.example.vn', TELEGRAM_API_ROOT: 'http://127.0.0.1:9' } });
    tg.server.use(http.post('http://127.0.0.1:9/*', () => HttpResponse.error()));
    await expect(t.tg.afterListen()).resolves.toBeUndefined();
  });

  it('generates and keeps a webhook secret when TELEGRAM_WEBHOOK_SECRET is unset', async () => {
    const t = telegramApp({ env: { TELEGRAM_WEBHOOK_SECRET: '' } });
    const row = t.db.$client.prepare("select secret from bot_accounts where platform = 'telegram'").get() as { secret: string };
    expect(row.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await t.post(fixture('private-text'), { secret: row.secret })).status).toBe(200);
  });
});

describe('strangers and malformed updates', () => {
  it('a my_chat_member without its fields (authenticated) is acknowledged with 200, ignored, and writes nothing', async () => {
    const t = telegramApp();
    const before = dumpTables(t.db);
    const res = await t.post({ update_id: 448152149, my_chat_member: { chat: { id: -4726613835, type: 'group' } } });
    expect(res.status).toBe(200);
    const bare = await t.post({ update_id: 448152150, message: { message_id: 1 } });
    expect(bare.status).toBe(200);
    expect(dumpTables(t.db)).toEqual(before);
    await t.deliver();
    expect(tg.calls).toHaveLength(0);
  });

  it('a POST naming an unknown group, however often, writes nothing (not even bot_accounts)', async () => {
    const t = telegramApp();
    const before = dumpTables(t.db);
    for (const group of ['khong-co', 'lua-van-phuc-2', 'x']) {
      t.clock.advance(60_000);
      expect((await t.post(fixture('private-text'), { group })).status).toBe(404);
    }
    expect(dumpTables(t.db)).toEqual(before);
  });

  it("a linked channel's automatic forward (777000, sender_chat) places no order and gets no answer", async () => {
    const t = telegramApp();
    const before = dumpTables(t.db);
    expect((await t.post(fixture('automatic-forward'))).status).toBe(200);
    const anon = fixture('automatic-forward') as unknown as { message: Record<string, unknown> };
    // Without the flag, a message sent on behalf of a chat (sender_chat) is not a person either.
    const onBehalf = { update_id: 187326801, message: { ...anon.message, is_automatic_forward: undefined, from: { id: 1087968824, is_bot: true, first_name: 'Group' } } };
    expect((await t.post(onBehalf)).status).toBe(200);
    expect(dumpTables(t.db)).toEqual(before);
    await t.deliver();
    expect(tg.calls).toHaveLength(0);
  });

  it('when the database takes no writes, the person is told kindly to try again, in the webhook reply', async () => {
    const t = telegramApp();
    t.db.$client.pragma('query_only = ON'); // every write now fails with SQLITE_READONLY
    const res = await t.post(privateText({ userId: 31, text: '2 khăn xanh', updateId: 901 }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { method: string; chat_id: number; text: string };
    expect(body).toMatchObject({ method: 'sendMessage', chat_id: 31 });
    expect(body.text).toContain('thử lại sau');
    t.db.$client.pragma('query_only = OFF');
    expect(t.db.$client.prepare('select count(*) n from orders').get()).toEqual({ n: 0 });
  });
});
