import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { ViberApiError, ViberClient, ViberHttpError } from '../../../adapters/viber/client.ts';
import { toDeliveryError, tooManyRequestsDelayMs } from '../../../adapters/viber/sender.ts';
import { registerViberWebhooks } from '../../../adapters/viber/index.ts';
import { platformSetup } from '../../../adapters/platforms.ts';
import { loadConfig } from '../../../adapters/config.ts';
import { DeliveryError } from '../../../adapters/outbox/types.ts';
import { demoDb, fakeClock } from '../../helpers.ts';
import { API, PUBLIC_URL, TOKEN, fakeViber } from './fake-viber.ts';

/**
 * The client's exact calls (URL, X-Viber-Auth-Token, JSON body) against msw with onUnhandledRequest 'error'.
 * Request and answer shapes: creators.viber.com/docs/bots-api (web-hooks.md set_webhook payload and response;
 * send-message.md answer `{"status":0,"status_message":"ok","message_token":…,"chat_hostname":…,"billing_status":…}`
 * and its limit answer `{"status":12,"status_message":"Too many requests",…}`; errors.md for the status codes).
 */
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('ViberClient', () => {
  it('sends set_webhook with the token header and the documented payload', async () => {
    const viber = fakeViber(server);
    const client = new ViberClient({ token: TOKEN });
    const r = await client.setWebhook({ url: 'https://gom.example/webhooks/viber/x', eventTypes: ['failed', 'conversation_started'], sendName: true, sendPhoto: false });
    expect(r.eventTypes).toEqual(['failed', 'conversation_started']);
    expect(viber.drain()).toEqual([
      {
        method: 'set_webhook',
        url: `${API}/set_webhook`,
        token: TOKEN,
        contentType: 'application/json',
        body: { url: 'https://gom.example/webhooks/viber/x', event_types: ['failed', 'conversation_started'], send_name: true, send_photo: false },
      },
    ]);
  });

  it('returns send_message tokens with full precision and reads get_account_info', async () => {
    const viber = fakeViber(server);
    const client = new ViberClient({ token: TOKEN });
    const r = await client.sendMessage('01234567890A=', { sender: { name: 'Gom' }, type: 'text', text: 'Xin chào' });
    expect(r).toEqual({ messageToken: '5098034272017990001', billingStatus: 1 });
    expect(await client.getAccountInfo()).toMatchObject({ name: 'Gom', uri: 'gom' });
    expect(viber.drain().map((c) => [c.method, c.body])).toEqual([
      ['send_message', { receiver: '01234567890A=', sender: { name: 'Gom' }, type: 'text', text: 'Xin chào' }],
      ['get_account_info', {}],
    ]);
  });

  it('calls VIBER_API_BASE when it is set', async () => {
    server.use(http.post('http://viber.local/pa/get_account_info', () => HttpResponse.json({ status: 0, status_message: 'ok', name: 'Local' })));
    expect(await new ViberClient({ token: TOKEN, apiBase: 'http://viber.local/pa/' }).getAccountInfo()).toMatchObject({ name: 'Local' });
  });

  it('turns a non-zero status inside a 200 into ViberApiError, and a failed call into ViberHttpError', async () => {
    const viber = fakeViber(server);
    const client = new ViberClient({ token: TOKEN });
    viber.refuseNext({ status: 6, status_message: 'receiverNotSubscribed' });
    const e1 = await client.sendMessage('x', { sender: { name: 'Gom' }, type: 'text', text: 'a' }).catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(ViberApiError);
    expect(e1).toMatchObject({ status: 6, statusMessage: 'receiverNotSubscribed', method: 'send_message' });
    viber.refuseNext('network-error');
    const e2 = await client.sendMessage('x', { sender: { name: 'Gom' }, type: 'text', text: 'a' }).catch((e: unknown) => e);
    expect(e2).toBeInstanceOf(ViberHttpError);
    expect(e2).toMatchObject({ httpStatus: 0 });
  });
});

describe('Viber errors → outbox decisions', () => {
  const api = (status: number) => toDeliveryError(new ViberApiError('send_message', status, 'x'), 0);
  it('retries status 12 later, marks not-registered / not-subscribed / no-device unreachable, gives up on bad requests', () => {
    expect(api(12).opts).toEqual({ retryAfterMs: 60_000 });
    expect(toDeliveryError(new ViberApiError('send_message', 12, 'x'), 3).opts).toEqual({ retryAfterMs: 480_000 });
    expect(tooManyRequestsDelayMs(20)).toBe(3600_000);
    for (const s of [5, 6, 11]) expect(api(s).opts).toEqual({ unreachable: true });
    for (const s of [2, 3, 4, 7, 8, 9, 13, 15]) expect(api(s).opts).toEqual({ permanent: true });
    expect(api(24).opts).toEqual({ retryAfterMs: 3600_000 });
    expect(api(10).opts).toEqual({});
    expect(toDeliveryError(new ViberHttpError('send_message', 0, 'ECONNRESET'), 0).opts).toEqual({});
    expect(toDeliveryError(new ViberHttpError('send_message', 502, 'HTTP 502'), 0).opts).toEqual({});
    expect(toDeliveryError(new ViberHttpError('send_message', 400, 'HTTP 400'), 0).opts).toEqual({ permanent: true });
    expect(api(6)).toBeInstanceOf(DeliveryError);
  });
});

describe('webhook registration at start', () => {
  it('registers <PUBLIC_URL>/webhooks/viber/<slug> through platformSetup’s afterListen', async () => {
    const viber = fakeViber(server);
    const { db } = demoDb();
    const config = loadConfig({ VIBER_AUTH_TOKEN: TOKEN, PUBLIC_URL, DATABASE_PATH: ':memory:' });
    const setup = await platformSetup({ db, clock: fakeClock(), config });
    expect(setup.senders.viber).toBeDefined();
    await setup.afterListen();
    expect(viber.drain()).toEqual([
      {
        method: 'set_webhook',
        url: `${API}/set_webhook`,
        token: TOKEN,
        contentType: 'application/json',
        body: {
          url: `${PUBLIC_URL}/webhooks/viber/lua-van-phuc`,
          event_types: ['delivered', 'seen', 'failed', 'subscribed', 'unsubscribed', 'conversation_started'],
          send_name: true,
          send_photo: false,
        },
      },
    ]);
  });

  it('never throws when Viber is unreachable or refuses, and registers nothing without PUBLIC_URL', async () => {
    server.use(http.post(`${API}/set_webhook`, () => HttpResponse.error()));
    const { db } = demoDb();
    const deps = { db, clock: fakeClock(), config: loadConfig({ VIBER_AUTH_TOKEN: TOKEN, PUBLIC_URL, DATABASE_PATH: ':memory:' }) };
    const r = await registerViberWebhooks(deps);
    expect(r).toEqual([{ slug: 'lua-van-phuc', ok: false, error: expect.stringContaining('set_webhook') }]);
    server.use(http.post(`${API}/set_webhook`, () => HttpResponse.json({ status: 1, status_message: 'invalidUrl' })));
    expect((await registerViberWebhooks(deps))[0]).toMatchObject({ ok: false, error: expect.stringContaining('invalidUrl') });
    expect(await registerViberWebhooks({ ...deps, config: loadConfig({ VIBER_AUTH_TOKEN: TOKEN, DATABASE_PATH: ':memory:' }) })).toEqual([]);
  });

  it('stays off without a token or a bot account', async () => {
    const { db } = demoDb();
    const setup = await platformSetup({ db, clock: fakeClock(), config: loadConfig({ DATABASE_PATH: ':memory:' }) });
    expect(setup.senders.viber).toBeUndefined();
  });
});
