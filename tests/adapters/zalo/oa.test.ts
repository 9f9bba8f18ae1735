import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setupServer } from 'msw/node';
import { openDb } from '../../../db/index.ts';
import { identify } from '../../../core/people/identify.ts';
import { importShop } from '../../../core/catalog/import-shop.ts';
import { messages } from '../../../bots/i18n/index.ts';
import { readZaloAccount } from '../../../adapters/zalo/tokens.ts';
import { dumpTables, demoShop } from '../../helpers.ts';
import { APP_ID, APP_SECRET, OAUTH, API, OA_SECRET, event, signed, userSendText, zaloOaContext, movingClock, type ZaloOaContext } from './harness.ts';
import { zaloSignatureHeader } from '../../../adapters/zalo/signature.ts';

// Webhook payloads are Zalo's own recorded shapes (tests/fixtures/zalo, sources in SOURCES.md), signed
// as Zalo signs them: X-ZEvent-Signature = "mac=" + sha256(app_id + raw body + timestamp + OA secret key).

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const vi = messages('vi');
const refreshAnswer = JSON.parse(readFileSync(new URL('../../fixtures/zalo/oa-oauth-refresh-response.json', import.meta.url), 'utf8')) as {
  access_token: string;
  refresh_token: string;
  expires_in: string;
};
const mainMenuButtons = [
  { title: vi.btnCatalog, type: 'oa.query.hide', payload: '#b:c:0' },
  { title: vi.btnCart, type: 'oa.query.hide', payload: '#b:k' },
  { title: vi.btnOrders, type: 'oa.query.hide', payload: '#b:o' },
  { title: vi.btnHelp, type: 'oa.query.hide', payload: '#b:h' },
  { title: vi.btnOtherLang, type: 'oa.query.hide', payload: '#b:l:en' },
];
const cs = (ctx: ZaloOaContext) => ctx.calls.filter((c) => c.url === `${API}/v3.0/oa/message/cs`);
const oauth = (ctx: ZaloOaContext) => ctx.calls.filter((c) => c.url === `${OAUTH}/v4/oa/access_token`);

describe('Zalo OA webhook', () => {
  it('answers the recorded user_send_text with exactly one consultation call (URL, access_token, JSON body)', async () => {
    const ctx = await zaloOaContext(server);
    const ev = JSON.parse(readFileSync(new URL('../../fixtures/zalo/oa-user-send-text.json', import.meta.url), 'utf8'));
    const res = await ctx.app.request(signed({ ...ev, app_id: APP_ID }));
    expect(res.status).toBe(200);
    expect(ctx.calls).toEqual([]); // nothing leaves in the request path
    await ctx.deliver();
    expect(ctx.calls).toHaveLength(1);
    const call = ctx.calls[0]!;
    expect(call.method).toBe('POST');
    expect(call.url).toBe('https://openapi.zalo.me/v3.0/oa/message/cs');
    expect(call.headers['access_token']).toBe('AT-1');
    expect(call.headers['content-type']).toBe('application/json');
    // "Chào A4B" is a greeting: the shop greets back with the main menu as hidden-query buttons.
    expect(call.body).toEqual({
      recipient: { user_id: '6142494823xxxxxxxx' },
      message: { text: vi.greeting('Tổ hợp tác Lụa Vạn Phúc'), attachment: { type: 'template', payload: { buttons: mainMenuButtons } } },
    });
  });

  it('checks the signature before parsing: an unsigned 5,000-deep body is 401, a signed one 400, and nothing is written', async () => {
    const ctx = await zaloOaContext(server);
    const before = dumpTables(ctx.db);
    const body = `{"timestamp":"1699003881354","x":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const unsigned = await ctx.app.request(new Request('http://localhost/webhooks/zalo/lua-van-phuc', { method: 'POST', body, headers: { 'x-zevent-signature': 'mac=00' } }));
    expect(unsigned.status).toBe(401);
    const header = zaloSignatureHeader(APP_ID, body, '1699003881354', OA_SECRET);
    const signedDeep = await ctx.app.request(new Request('http://localhost/webhooks/zalo/lua-van-phuc', { method: 'POST', body, headers: { 'x-zevent-signature': header } }));
    expect(signedDeep.status).toBe(400);
    expect(dumpTables(ctx.db)).toEqual(before);
  });

  it('when the database takes no writes, the customer is told directly to try again (200, nothing recorded)', async () => {
    const ctx = await zaloOaContext(server);
    ctx.db.$client.pragma('query_only = ON');
    expect((await ctx.app.request(signed(userSendText('u-busy', '2 khăn xanh', 'm-busy')))).status).toBe(200);
    await expect.poll(() => ctx.calls.some((c) => c.url.endsWith('/v3.0/oa/message/cs')), { timeout: 2000 }).toBe(true);
    const cs = ctx.calls.find((c) => c.url.endsWith('/v3.0/oa/message/cs'))!;
    expect(cs.body).toMatchObject({ recipient: { user_id: 'u-busy' } });
    expect(JSON.stringify(cs.body)).toContain('thử lại sau');
    ctx.db.$client.pragma('query_only = OFF');
    expect(ctx.db.$client.prepare('select count(*) n from processed_updates').get()).toEqual({ n: 0 });
  });

  it('refuses a bad or missing signature with 401 and writes nothing', async () => {
    const ctx = await zaloOaContext(server);
    const before = dumpTables(ctx.db);
    const ev = userSendText('u-1', '2 khăn xanh', 'm-1');
    expect((await ctx.app.request(signed(ev, 'lua-van-phuc', 'wrong-secret'))).status).toBe(401);
    const unsigned = new Request('http://localhost/webhooks/zalo/lua-van-phuc', { method: 'POST', body: JSON.stringify(ev), headers: { 'content-type': 'application/json' } });
    expect((await ctx.app.request(unsigned)).status).toBe(401);
    // A body changed after signing is refused too.
    const good = signed(ev);
    const tampered = new Request(good.url, { method: 'POST', headers: good.headers, body: JSON.stringify({ ...ev, message: { text: '9 khăn xanh', msg_id: 'm-1' } }) });
    expect((await ctx.app.request(tampered)).status).toBe(401);
    expect(dumpTables(ctx.db)).toEqual(before);
    await ctx.deliver();
    expect(ctx.calls).toEqual([]);
  });

  it('answers 404 for another group, 400 for a body that is not JSON, and acknowledges a signed malformed event without acting', async () => {
    const ctx = await zaloOaContext(server);
    expect((await ctx.app.request(signed(userSendText('u-1', 'hi', 'm-2'), 'no-such-shop'))).status).toBe(404);
    const before = dumpTables(ctx.db);
    expect((await ctx.app.request(signed({ app_id: APP_ID, timestamp: '1699003881354', event_name: 'user_send_text', sender: { id: 'u-1' } }))).status).toBe(200);
    expect(dumpTables(ctx.db)).toEqual(before);
    const notJson = new Request('http://localhost/webhooks/zalo/lua-van-phuc', { method: 'POST', body: '{oops' });
    expect((await ctx.app.request(notJson)).status).toBe(401); // unsigned: refused before any parsing
    const signedNotJson = new Request('http://localhost/webhooks/zalo/lua-van-phuc', { method: 'POST', body: '{oops', headers: { 'x-zevent-signature': zaloSignatureHeader(APP_ID, '{oops', '', OA_SECRET) } });
    expect((await ctx.app.request(signedNotJson)).status).toBe(400);
  });

  it('welcomes a follower once (redelivered follow is a no-op) and marks an unfollower unreachable', async () => {
    const ctx = await zaloOaContext(server);
    const follow = event('oa-follow.json', {});
    expect((await ctx.app.request(signed(follow))).status).toBe(200);
    expect((await ctx.app.request(signed(follow))).status).toBe(200);
    await ctx.deliver();
    expect(ctx.sent()).toEqual([{ kind: 'text', chatId: 'user_id_123456', text: vi.welcome('Tổ hợp tác Lụa Vạn Phúc'), buttons: ['c:0', 'k', 'o', 'h', 'l:en'] }]);
    const unfollow = event('oa-follow.json', { event_name: 'unfollow', timestamp: '1677721300000' });
    expect((await ctx.app.request(signed(unfollow))).status).toBe(200);
    const ident = ctx.db.$client.prepare("select unreachable_at u, unreachable_reason r from identities where platform_user_id = 'user_id_123456'").get() as { u: string | null; r: string };
    expect(ident.u).not.toBeNull();
    expect(ident.r).toMatch(/unfollow/);
  });

  it('answers a picture kindly (the bot reads text)', async () => {
    const ctx = await zaloOaContext(server);
    expect((await ctx.app.request(signed(event('oa-user-send-image.json', {}))))).toHaveProperty('status', 200);
    await ctx.deliver();
    const [reply] = ctx.sent();
    expect(reply).toMatchObject({ kind: 'text', chatId: 'user_id_123456', buttons: ['c:0'] });
    expect(reply!.text).toContain('Bot chỉ đọc được tin nhắn chữ');
  });

  it('shows 5 real buttons and lists the rest by number; a typed number is that button', async () => {
    const ctx = await zaloOaContext(server);
    await ctx.app.request(ctx.buttonUpdate({ userId: 'u-9', data: 'c:0', updateId: 'm-10' }));
    await ctx.deliver();
    const body = cs(ctx)[0]!.body as { message: { text: string; attachment: { payload: { buttons: { payload: string }[] } } } };
    expect(body.message.attachment.payload.buttons.map((b) => b.payload)).toEqual(['#b:p:KL-XANH', '#b:p:KL-DO', '#b:p:KL-VANG', '#b:p:AD-M', '#b:p:AD-L']);
    expect(body.message.text).toContain(`6. Lụa tơ tằm may áo (theo mét)\n7. ${vi.btnNext}\n8. ${vi.btnCart}`);
    ctx.sent();
    await ctx.app.request(signed(userSendText('u-9', '7', 'm-11')));
    await ctx.deliver();
    const page2 = ctx.sent()[0]!;
    expect(page2.buttons).toContain('p:TUI-LUA'); // "7" was "next page"
  });
});

describe('Zalo OA tokens', () => {
  it('refreshes ONCE when Zalo says the access token expired, stores the rotated tokens, and delivers', async () => {
    const ctx = await zaloOaContext(server);
    await ctx.app.request(ctx.textUpdate({ userId: 'u-2', text: '/start', updateId: 'm-20' }));
    ctx.csAnswers.push({ error: -216, message: 'Access token is invalid' });
    ctx.oauthAnswers.push(refreshAnswer);
    await ctx.deliver();
    expect(oauth(ctx)).toHaveLength(1);
    const o = oauth(ctx)[0]!;
    expect(o.headers['secret_key']).toBe(APP_SECRET);
    expect(o.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(o.body).toEqual({ refresh_token: 'RT-1', app_id: APP_ID, grant_type: 'refresh_token' });
    expect(cs(ctx).map((c) => c.headers['access_token'])).toEqual(['AT-1', refreshAnswer.access_token]);
    expect(ctx.sent()).toHaveLength(1);
    expect(ctx.db.$client.prepare("select status from outbox").all()).toEqual([{ status: 'sent' }]);
    const acc = readZaloAccount(ctx.db, ctx.setup.group.id);
    expect(acc).toMatchObject({ accessToken: refreshAnswer.access_token, refreshToken: refreshAnswer.refresh_token });
    expect(Date.parse(acc.accessTokenExpiresAt!) - ctx.clock().getTime()).toBeGreaterThan(89_000_000);
  });

  it('does not refresh twice when the fresh token is refused too (the message waits, typed error kept)', async () => {
    const ctx = await zaloOaContext(server);
    await ctx.app.request(ctx.textUpdate({ userId: 'u-3', text: '/start', updateId: 'm-30' }));
    ctx.csAnswers.push({ error: -216, message: 'Access token is invalid' }, { error: -216, message: 'Access token is invalid' });
    ctx.oauthAnswers.push(refreshAnswer);
    await ctx.deliver();
    expect(oauth(ctx)).toHaveLength(1);
    expect(ctx.db.$client.prepare('select status, last_error e from outbox').get()).toEqual({ status: 'pending', e: 'zalo: Zalo error -216: Access token is invalid' });
  });

  it('refreshes before expiry, and a restarted adapter on the same file uses the NEW refresh token, never the old one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gom-zalo-'));
    try {
      const path = join(dir, 'gom.db');
      const db1 = openDb(path);
      importShop(db1, demoShop());
      const clock = movingClock();
      const first = await zaloOaContext(server, { db: db1, clock });
      await first.app.request(first.textUpdate({ userId: 'u-4', text: '/start', updateId: 'm-40' }));
      clock.advance(20 * 3600_000 - 60_000); // the seeded token has less than the 5-minute margin left
      first.oauthAnswers.push(refreshAnswer);
      await first.deliver();
      expect(oauth(first).map((c) => (c.body as { refresh_token: string }).refresh_token)).toEqual(['RT-1']);
      expect(cs(first).map((c) => c.headers['access_token'])).toEqual([refreshAnswer.access_token]);
      server.resetHandlers();
      db1.$client.close();

      // "Restart": a new connection and a new adapter instance on the same file, with an old token in env.
      const db2 = openDb(path);
      const second = await zaloOaContext(server, { db: db2, clock, seedTokens: false });
      expect(readZaloAccount(db2, second.setup.group.id).refreshToken).toBe(refreshAnswer.refresh_token);
      await second.app.request(second.textUpdate({ userId: 'u-4', text: '/start', updateId: 'm-41' }));
      clock.advance(26 * 3600_000); // the access token from the first refresh has expired
      second.oauthAnswers.push({ access_token: 'AT-3', refresh_token: 'RT-3', expires_in: '90000' });
      await second.deliver();
      expect(oauth(second).map((c) => (c.body as { refresh_token: string }).refresh_token)).toEqual([refreshAnswer.refresh_token]);
      expect(cs(second).map((c) => c.headers['access_token'])).toEqual(['AT-3']);
      expect(readZaloAccount(db2, second.setup.group.id)).toMatchObject({ accessToken: 'AT-3', refreshToken: 'RT-3' });
      db2.$client.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('serializes concurrent refreshes: one OAuth call for two deliveries', async () => {
    const ctx = await zaloOaContext(server);
    ctx.clock.advance(21 * 3600_000);
    ctx.oauthAnswers.push(refreshAnswer);
    const [a, b] = await Promise.all([ctx.setup.tokens.accessToken(), ctx.setup.tokens.accessToken()]);
    expect(a).toBe(refreshAnswer.access_token);
    expect(b).toBe(refreshAnswer.access_token);
    expect(oauth(ctx)).toHaveLength(1);
  });
});

describe('Zalo OA messaging window', () => {
  it('does not send after the 7-day window: fails the message with the reason and tells the admins who', async () => {
    const ctx = await zaloOaContext(server);
    const now = ctx.clock();
    // An admin (reachable in the simulator) and a Zalo customer who last wrote 8 days ago.
    const { person: admin } = identify(ctx.db, { platform: 'sim', userId: 'admin-1', name: 'Chị Hạnh', privateChatId: 'admin-1' }, now);
    ctx.db.$client.prepare("insert into memberships (person_id, group_id, role) values (?, ?, 'admin')").run(admin.id, ctx.setup.group.id);
    await ctx.app.request(ctx.textUpdate({ userId: 'u-5', text: '/start', updateId: 'm-50' }));
    await ctx.deliver();
    ctx.sent();
    ctx.clock.advance(8 * 24 * 3600_000);
    ctx.db.$client
      .prepare("insert into outbox (platform, chat_id, group_id, payload, next_attempt_at, created_at) values ('zalo', 'u-5', ?, ?, ?, ?)")
      .run(ctx.setup.group.id, JSON.stringify({ type: 'text', text: 'Đơn VP1234 đã được xác nhận thanh toán' }), ctx.clock().toISOString(), ctx.clock().toISOString());
    await ctx.deliver();
    expect(ctx.sent()).toEqual([]);
    const row = ctx.db.$client.prepare("select status, last_error e from outbox where platform = 'zalo' order by id desc limit 1").get() as { status: string; e: string };
    expect(row.status).toBe('failed');
    expect(row.e).toContain('outside the consultation window');
    const notice = ctx.db.$client.prepare("select payload from outbox where platform = 'sim' and chat_id = 'admin-1'").all() as { payload: string }[];
    expect(notice).toHaveLength(1);
    expect(JSON.parse(notice[0]!.payload).text).toMatch(/^⚠️ Zalo: không gửi được tin cho khách .*u-5.*7 ngày.*VP1234/s);
  });
});
