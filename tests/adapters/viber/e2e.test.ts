import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { parseVietQr } from '../../../core/payments/vietqr.ts';
import { PUBLIC_URL, TOKEN, fakeViber, messageBody, signed, viberApp } from './fake-viber.ts';

/**
 * From a Viber text "2 khăn xanh" to a placed order with its VietQR picture, through the real app: the
 * documented `message` callback (tests/fixtures/viber/message-text.json) signed as Viber signs it, the
 * outbox worker, and the fake Viber API (msw, unhandled requests are errors). The confirm press is sent back
 * exactly as Viber would: a text message whose text is the ActionBody of the button we sent.
 */
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const USER = 'jc9HsWTZ2Yf2NkRZ8KcNug==';

describe('Viber end to end', () => {
  it('orders 2 blue scarves, confirms with the button, and receives a VietQR picture for 500.000 ₫ with the order code', async () => {
    const viber = fakeViber(server);
    const { app, db, deliver } = viberApp();

    expect((await app.request(signed(messageBody({ userId: USER, text: '2 khăn xanh', token: '4912661846655238201' })))).status).toBe(200);
    await deliver();
    const cart = viber.drain().filter((c) => c.method === 'send_message');
    const confirm = cart
      .flatMap((c) => ((c.body.keyboard as { Buttons: { ActionBody: string; ActionType: string }[] } | undefined)?.Buttons ?? []))
      .find((b) => b.ActionBody === '#b:ok');
    expect(confirm, 'the cart carries a confirm button').toMatchObject({ ActionType: 'reply' });
    expect(cart.every((c) => c.token === TOKEN && c.body.receiver === USER)).toBe(true);

    expect((await app.request(signed(messageBody({ userId: USER, text: confirm!.ActionBody, token: '4912661846655238202' })))).status).toBe(200);
    await deliver();
    const after = viber.drain().filter((c) => c.method === 'send_message');
    const picture = after.find((c) => c.body.type === 'picture');
    expect(picture, 'a picture message was sent').toBeDefined();
    expect(picture!.body).toMatchObject({ receiver: USER, sender: { name: 'Gom' }, type: 'picture', text: expect.stringContaining('500.000') });
    const media = String(picture!.body.media);
    expect(media.startsWith(`${PUBLIC_URL}/media/`) && media.endsWith('.png')).toBe(true);

    const order = db.$client.prepare('select code, total, status from orders').get() as { code: string; total: number; status: string };
    expect(order).toMatchObject({ total: 500000, status: 'awaiting_payment' });
    expect(String(picture!.body.text)).toContain(order.code);

    // Viber fetches the picture from our public URL: fetch it from the app and decode the QR.
    const res = await app.request(new URL(media).pathname);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const img = PNG.sync.read(Buffer.from(await res.arrayBuffer()));
    const qr = jsQR(new Uint8ClampedArray(img.data), img.width, img.height);
    expect(qr).not.toBeNull();
    expect(parseVietQr(qr!.data)).toMatchObject({ bin: '970436', account: '0451000123456', amount: 500000, memo: order.code, dynamic: true });
  });
});
