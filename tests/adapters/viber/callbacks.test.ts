import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { dumpTables } from '../../helpers.ts';
import { messages } from '../../../bots/i18n/index.ts';
import { API, TOKEN, fakeViber, fixture, messageBody, signed, viberApp, withToken } from './fake-viber.ts';

/**
 * Viber's documented callbacks replayed against the app, signed as Viber signs them (hex HMAC-SHA256 of the
 * raw body keyed with the auth token; checked against Viber's own vector in signature.test.ts). Sources
 * (Viber's docs, repository Viber/creators-hub, published at https://creators.viber.com/docs/bots-api/events/):
 * conversation-started.json, subscribed.json (user-subscribed), unsubscribed.json (user-unsubscribed),
 * message-text.json (user-message-received), delivered.json (message-delivered), seen.json (message-seen),
 * failed.json (message-failed). See tests/fixtures/viber/README.md.
 */
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const count = (db: { $client: { prepare(s: string): { get(): unknown } } }, sql: string) => (db.$client.prepare(sql).get() as { n: number }).n;

describe('Viber webhook: the database takes no writes', () => {
  it('a message gets a direct, kind "try again" and 200; a conversation start gets it as the welcome in the response', async () => {
    const fake = fakeViber(server);
    const { app, db } = viberApp();
    db.$client.pragma('query_only = ON');
    const res = await app.request(signed(messageBody({ userId: '01234567890A=', text: '2 khăn xanh', token: '5491418815440006000' })));
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 50)); // the direct reply is not awaited by the webhook
    const sent = fake.calls.filter((c) => c.url.endsWith('/send_message'));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body).toMatchObject({ receiver: '01234567890A=', type: 'text' });
    expect(String((sent[0]!.body as { text: string }).text)).toContain('thử lại sau');
    const started = await app.request(signed(fixture('conversation-started.json')));
    expect(started.status).toBe(200);
    expect(((await started.json()) as { text: string }).text).toContain('thử lại sau');
    db.$client.pragma('query_only = OFF');
    expect(count(db, 'select count(*) n from processed_updates')).toBe(0);
  });
});

describe('Viber webhook: refusals', () => {
  it('refuses a wrong or missing signature with 401 at once, writing nothing', async () => {
    fakeViber(server);
    const { app, db } = viberApp();
    const before = dumpTables(db);
    const raw = fixture('message-text.json');
    for (const req of [signed(raw, { token: 'not-the-bot-token' }), signed(raw, { signature: null }), signed(raw, { signature: 'zz' })]) {
      const res = await Promise.race([app.request(req), new Promise<'hung'>((r) => setTimeout(() => r('hung'), 2000))]);
      expect(res).not.toBe('hung');
      expect((res as Response).status).toBe(401);
      expect(await (res as Response).json()).toMatchObject({ error: { code: 'unauthorized' } });
    }
    expect(dumpTables(db)).toEqual(before);
  });

  it('answers 404 for an unknown shop, 400 for a body that is not JSON, and acknowledges a signed malformed callback without acting', async () => {
    fakeViber(server);
    const { app, db } = viberApp();
    const before = dumpTables(db);
    expect((await app.request(signed(fixture('message-text.json'), { slug: 'khong-co' }))).status).toBe(404);
    expect((await app.request(signed('not json'))).status).toBe(400);
    // Authenticated but malformed: 200 so Viber does not redeliver it forever; nothing is written.
    expect((await app.request(signed('{"timestamp":1}'))).status).toBe(200);
    expect((await app.request(signed('{"event":"message","message_token":1}'))).status).toBe(200);
    expect(dumpTables(db)).toEqual(before);
  });

  it('answers the set_webhook check (event "webhook") with 200, signed with Viber’s vector body', async () => {
    fakeViber(server);
    const { app } = viberApp();
    const res = await app.request(signed(fixture('webhook-signature-vector.body')));
    expect(res.status).toBe(200);
  });
});

describe('Viber webhook: conversation_started', () => {
  it('answers with the welcome message in the HTTP response and marks it sent, so the worker sends nothing', async () => {
    const viber = fakeViber(server);
    const { app, db, deliver } = viberApp();
    const raw = fixture('conversation-started.json'); // context "context information" is not a start parameter
    const res = await app.request(signed(raw));
    expect(res.status).toBe(200);
    const welcome = (await res.json()) as Record<string, unknown>;
    expect(welcome).toMatchObject({ sender: { name: 'Gom' }, type: 'text' });
    expect(welcome).not.toHaveProperty('receiver');
    expect(welcome.text).toContain('Lụa Vạn Phúc');
    const keys = (welcome.keyboard as { Buttons: { ActionBody: string; ActionType: string; Silent: boolean }[] }).Buttons;
    expect(keys.map((b) => b.ActionBody)).toEqual(['#b:c:0', '#b:k', '#b:o', '#b:h', '#b:l:en']);
    expect(keys.every((b) => b.ActionType === 'reply' && b.Silent)).toBe(true);
    expect(db.$client.prepare("select status, chat_id chatId from outbox where platform = 'viber'").all()).toEqual([{ status: 'sent', chatId: '01234567890A=' }]);
    expect(await deliver()).toBe(0);
    expect(viber.drain()).toEqual([]);
    // Viber redelivers the same callback: processed once, no second welcome.
    const again = await app.request(signed(raw));
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ ok: true });
    expect(count(db, "select count(*) n from outbox where platform = 'viber'")).toBe(1);
  });
});

describe('Viber webhook: message, delivered, seen, failed', () => {
  it('turns the documented text message into a reply sent with send_message, exactly as Viber expects', async () => {
    const viber = fakeViber(server);
    const { app, deliver } = viberApp();
    const res = await app.request(signed(fixture('message-text.json')));
    expect(res.status).toBe(200);
    await deliver();
    const [call, ...more] = viber.drain();
    expect(more).toEqual([]);
    expect(call).toMatchObject({ method: 'send_message', url: `${API}/send_message`, token: TOKEN, contentType: 'application/json' });
    const body = call!.body as { keyboard: { Buttons: { ActionBody: string }[] } };
    expect(body).toEqual({
      receiver: 'jc9HsWTZ2Yf2NkRZ8KcNug==',
      sender: { name: 'Gom' },
      type: 'text',
      text: expect.any(String),
      keyboard: { Type: 'keyboard', DefaultHeight: false, Buttons: expect.any(Array) },
    });
    expect(body.keyboard.Buttons[0]).toEqual({ Columns: 6, Rows: 1, Text: messages('vi').btnCatalog, TextSize: 'regular', ActionType: 'reply', ActionBody: '#b:c:0', Silent: true });
  });

  it('processes a redelivered message_token once, and tells apart tokens that differ only beyond 2^53', async () => {
    fakeViber(server);
    const { app, db } = viberApp();
    const t1 = '4912661846655238145';
    const t2 = '4912661846655238146'; // Number(t1) === Number(t2): JSON.parse would merge these two updates
    expect(Number(t1)).toBe(Number(t2));
    for (const t of [t1, t1, t2]) expect((await app.request(signed(messageBody({ userId: 'u-1', text: 'xin chào', token: t })))).status).toBe(200);
    expect(db.$client.prepare("select update_key k from processed_updates where source = 'viber' order by k").all()).toEqual([{ k: t1 }, { k: t2 }]);
    expect(count(db, "select count(*) n from outbox where platform = 'viber'")).toBe(2);
  });

  it('maps a press of one of our buttons back to its data, and leaves typed text alone', async () => {
    const viber = fakeViber(server);
    const { app, deliver } = viberApp();
    await app.request(signed(messageBody({ userId: 'u-2', text: '#b:c:0', token: '5000000000000000001' })));
    await deliver();
    const carousel = viber.drain().find((c) => c.body.type === 'rich_media');
    expect(carousel, 'the catalog came back for the button c:0').toBeDefined();
    await app.request(signed(messageBody({ userId: 'u-2', text: 'c:0', token: '5000000000000000002' })));
    await deliver();
    expect(viber.drain().some((c) => c.body.type === 'rich_media')).toBe(false);
  });

  it('acknowledges delivered and seen without writing anything', async () => {
    fakeViber(server);
    const { app, db } = viberApp();
    const before = dumpTables(db);
    for (const f of ['delivered.json', 'seen.json']) expect((await app.request(signed(fixture(f)))).status).toBe(200);
    expect(dumpTables(db)).toEqual(before);
  });

  it('marks our message failed with Viber’s reason when a failed callback names its token', async () => {
    const viber = fakeViber(server);
    const { app, db, deliver } = viberApp();
    await app.request(signed(messageBody({ userId: 'jc9HsWTZ2Yf2NkRZ8KcNug==', text: 'xin chào', token: '5000000000000000003' })));
    const token = viber.peekToken();
    await deliver();
    expect(db.$client.prepare("select platform_message_id p from outbox where platform = 'viber'").get()).toEqual({ p: token });
    const res = await app.request(signed(withToken(fixture('failed.json'), token)));
    expect(res.status).toBe(200);
    expect(db.$client.prepare("select status, last_error e from outbox where platform_message_id = ?").get(token)).toEqual({
      status: 'failed',
      e: 'viber failed: message validation failed',
    });
  });
});

describe('Viber webhook: subscribed and unsubscribed', () => {
  it('marks an unsubscribed user unreachable, and a re-subscription reachable again without a second welcome', async () => {
    fakeViber(server);
    const { app, db, deliver } = viberApp();
    await app.request(signed(fixture('message-text.json'))); // jc9HsWTZ2Yf2NkRZ8KcNug== writes first
    await deliver();
    const outboxBefore = count(db, 'select count(*) n from outbox');
    expect((await app.request(signed(fixture('unsubscribed.json')))).status).toBe(200);
    expect(db.$client.prepare("select unreachable_at u, unreachable_reason r from identities where platform_user_id = 'jc9HsWTZ2Yf2NkRZ8KcNug=='").get()).toEqual({
      u: '2026-11-22T10:00:00.000Z',
      r: 'viber: unsubscribed',
    });
    expect((await app.request(signed(fixture('subscribed.json')))).status).toBe(200);
    expect(db.$client.prepare("select unreachable_at u from identities where platform_user_id = 'jc9HsWTZ2Yf2NkRZ8KcNug=='").get()).toEqual({ u: null });
    expect(count(db, 'select count(*) n from outbox')).toBe(outboxBefore);
  });

  it('welcomes someone who subscribes without having written before (through the outbox)', async () => {
    const viber = fakeViber(server);
    const { app, deliver } = viberApp();
    expect((await app.request(signed(fixture('subscribed.json')))).status).toBe(200);
    await deliver();
    const calls = viber.drain();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.body).toMatchObject({ receiver: 'jc9HsWTZ2Yf2NkRZ8KcNug==', type: 'text', text: expect.stringContaining('Lụa Vạn Phúc') });
  });
});
