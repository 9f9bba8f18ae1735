import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { setupServer } from 'msw/node';
import { dumpTables } from '../../helpers.ts';
import { BOT_SECRET, BOT_TOKEN, PUBLIC, botRequest, botTextUpdate, zaloBotContext } from './harness.ts';

// Bot Platform webhook payloads are the recorded sample of bot.zaloplatforms.com's Webhook page
// (tests/fixtures/zalo/bot-message-text-received.json, source in tests/fixtures/zalo/SOURCES.md).
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('Zalo Bot Platform', () => {
  it('answers the recorded text update with one sendMessage to the chat (exact URL and body)', async () => {
    const ctx = await zaloBotContext(server);
    const update = JSON.parse(readFileSync(new URL('../../fixtures/zalo/bot-message-text-received.json', import.meta.url), 'utf8'));
    expect((await ctx.app.request(botRequest(update))).status).toBe(200);
    expect(ctx.calls).toEqual([]);
    await ctx.deliver();
    expect(ctx.calls).toHaveLength(1);
    expect(ctx.calls[0]!.url).toBe(`https://bot-api.zaloplatforms.com/bot${BOT_TOKEN}/sendMessage`);
    const body = ctx.calls[0]!.body as { chat_id: string; text: string };
    expect(Object.keys(body).sort()).toEqual(['chat_id', 'text']);
    expect(body.chat_id).toBe('6ede9afa66b88fe6d6a9');
    // "Xin chào" is a greeting: the menu buttons are a numbered list under the text.
    expect(body.text).toMatch(/Trả lời bằng số để chọn \(reply with a number\):\n1\. .+\n2\. .+\n3\. .+\n4\. .+\n5\. .+$/);
  });

  it('an update from a bot (from.is_bot) places no order and gets no reply, so two bots cannot loop', async () => {
    const ctx = await zaloBotContext(server);
    const before = dumpTables(ctx.db);
    const up = botTextUpdate('other-bot', '2 khăn xanh', 'b1') as { result: { message: { from: Record<string, unknown> } } };
    up.result.message.from.is_bot = true;
    expect((await ctx.app.request(botRequest(up))).status).toBe(200);
    expect(dumpTables(ctx.db)).toEqual(before);
    await ctx.deliver();
    expect(ctx.calls).toEqual([]);
  });

  it('when the database takes no writes, the person is told directly to try again (200, so Zalo does not retry forever)', async () => {
    const ctx = await zaloBotContext(server);
    ctx.db.$client.pragma('query_only = ON');
    expect((await ctx.app.request(botRequest(botTextUpdate('u9', '2 khăn xanh', 'busy-1')))).status).toBe(200);
    await new Promise((r) => setTimeout(r, 50)); // the direct reply is not awaited by the webhook
    expect(ctx.calls).toHaveLength(1);
    expect(ctx.calls[0]!.body).toMatchObject({ chat_id: 'u9' });
    expect(String(ctx.calls[0]!.body.text)).toContain('thử lại sau');
    ctx.db.$client.pragma('query_only = OFF');
    expect(ctx.db.$client.prepare('select count(*) n from processed_updates').get()).toEqual({ n: 0 });
  });

  it('refuses a wrong or missing secret token with 401 and writes nothing', async () => {
    const ctx = await zaloBotContext(server);
    const before = dumpTables(ctx.db);
    expect((await ctx.app.request(botRequest(botTextUpdate('u1', '2 khăn xanh', 'x1'), 'wrong-secret'))).status).toBe(401);
    expect((await ctx.app.request(botRequest(botTextUpdate('u1', '2 khăn xanh', 'x1'), null))).status).toBe(401);
    expect(dumpTables(ctx.db)).toEqual(before);
    expect((await ctx.app.request(botRequest(botTextUpdate('u1', 'hi', 'x2'), BOT_SECRET, 'no-such-shop'))).status).toBe(404);
    // Authenticated but malformed: acknowledged (a 4xx would be redelivered forever) and ignored.
    const beforeMalformed = dumpTables(ctx.db);
    expect((await ctx.app.request(botRequest({ ok: true, result: { nope: 1 } }))).status).toBe(200);
    expect(dumpTables(ctx.db)).toEqual(beforeMalformed);
  });

  it('maps a typed number to the button of the last list, and sends the VietQR by its published URL', async () => {
    const ctx = await zaloBotContext(server);
    await ctx.app.request(botRequest(botTextUpdate('u2', '2 khăn xanh', 'y1')));
    await ctx.deliver();
    const cart = ctx.sent()[0]!;
    const n = /^(\d+)\. .*Đặt hàng/m.exec(cart.text!)![1]!;
    await ctx.app.request(botRequest(botTextUpdate('u2', n, 'y2')));
    const order = ctx.db.$client.prepare('select code, total from orders').get() as { code: string; total: number };
    expect(order.total).toBe(500000);
    await ctx.deliver();
    const photo = ctx.calls.find((c) => c.url.endsWith('/sendPhoto'))!;
    expect(photo.body.chat_id).toBe('u2');
    expect(String(photo.body.photo)).toMatch(new RegExp(`^${PUBLIC}/media/[\\w-]{16,64}\\.png$`));
    expect(String(photo.body.caption)).toContain(order.code);
    const png = await ctx.app.request(new URL(String(photo.body.photo)).pathname);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
  });

  it('registers the webhook with its secret at start, and carries on when Zalo is unreachable', async () => {
    const ctx = await zaloBotContext(server);
    await ctx.setup.registerWebhook();
    const call = ctx.calls.find((c) => c.url.endsWith('/setWebhook'))!;
    expect(call.url).toBe(`https://bot-api.zaloplatforms.com/bot${BOT_TOKEN}/setWebhook`);
    expect(call.body).toEqual({ url: `${PUBLIC}/webhooks/zalo-bot/lua-van-phuc`, secret_token: BOT_SECRET });
    ctx.answers.push({ status: 502, body: { ok: false } });
    await expect(ctx.setup.registerWebhook()).resolves.toBeUndefined();
  });
});
