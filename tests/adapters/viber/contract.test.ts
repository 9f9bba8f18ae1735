import { afterAll, afterEach, beforeAll, describe } from 'vitest';
import { setupServer } from 'msw/node';
import { VIBER_CAPABILITIES } from '../../../adapters/viber/capabilities.ts';
import { runAdapterContract, type SentMessage } from '../contract.ts';
import { BUTTON_MARKER } from '../../../adapters/viber/render.ts';
import { fakeViber, messageBody, signed, viberApp, type ViberCall } from './fake-viber.ts';

/**
 * The shared adapter contract for Viber. Webhook requests are Viber's documented `message` callback
 * (tests/fixtures/viber/message-text.json, from creators.viber.com) with the sender, text and token
 * replaced, signed as Viber signs callbacks. The fake Viber is msw with onUnhandledRequest 'error'.
 */
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** A big token per update id, so every contract update carries a 19-digit message_token like Viber's. */
const tokenOf = (updateId: string) => `49126618466552${updateId.padStart(5, '0')}`;

/** Data of a Viber button: our ActionBody without the marker (a URL for open-url buttons). */
const dataOf = (b: { ActionBody: string }) => (b.ActionBody.startsWith(BUTTON_MARKER) ? b.ActionBody.slice(BUTTON_MARKER.length) : b.ActionBody);

/** Normalizes one send_message call the fake received into the contract's SentMessage. */
export function toSent(call: ViberCall): SentMessage {
  const b = call.body as {
    receiver: string;
    type: string;
    text?: string;
    media?: string;
    alt_text?: string;
    keyboard?: { Buttons: { ActionBody: string }[] };
    rich_media?: { Buttons: { ActionBody: string }[] };
  };
  const buttons = [...(b.rich_media?.Buttons ?? []), ...(b.keyboard?.Buttons ?? [])].map(dataOf);
  const common = { chatId: b.receiver, ...(buttons.length ? { buttons } : {}) };
  if (b.type === 'picture') return { kind: 'photo', ...common, url: b.media!, ...(b.text ? { text: b.text } : {}) };
  return { kind: 'text', ...common, text: b.type === 'rich_media' ? b.alt_text! : b.text! };
}

describe('Viber adapter contract', () => {
  runAdapterContract({
    name: 'viber',
    capabilities: VIBER_CAPABILITIES,
    async setup() {
      const viber = fakeViber(server);
      // The contract's edit case enqueues with the real `new Date()` (due at the real now), so the fake clock
      // starts a minute after the real now; from the default 2026-11-22 that row would never come due.
      const { app, db, clock, deliver } = viberApp({}, new Date(Date.now() + 60_000).toISOString());
      return {
        app,
        db,
        advance: (ms) => clock.advance(ms),
        textUpdate: ({ userId, text, updateId }) => signed(messageBody({ userId, text, token: tokenOf(updateId) })),
        buttonUpdate: ({ userId, data, updateId }) => signed(messageBody({ userId, text: `${BUTTON_MARKER}${data}`, token: tokenOf(updateId) })),
        badlySigned: ({ userId, text, updateId }) => signed(messageBody({ userId, text, token: tokenOf(updateId) }), { token: 'another-bot-token' }),
        chatIdOf: (userId) => userId,
        deliver: async () => void (await deliver()),
        sent: () => viber.drain().filter((c) => c.method === 'send_message').map(toSent),
        failNextSend: (kind) =>
          viber.refuseNext(kind === 'rate_limit' ? { status: 12, status_message: 'Too many requests' } : { status: 6, status_message: 'receiverNotSubscribed' }),
        close: async () => {},
      };
    },
  });
});
