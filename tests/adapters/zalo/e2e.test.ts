import { afterAll, beforeAll, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { parseVietQr } from '../../../core/payments/vietqr.ts';
import { API, signed, userSendText, zaloOaContext } from './harness.ts';

// End to end on Zalo OA: a customer writes "2 khăn xanh" (a recorded user_send_text, signed), taps the
// confirm button (Zalo posts the button's hidden-query payload "#b:ok" back as a user_send_text), and
// receives the order and its VietQR picture, uploaded to Zalo and attached by attachment_id.
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

it('takes "2 khăn xanh" and the confirm button to an order and a VietQR that decodes to 500000 and the order code', async () => {
  const ctx = await zaloOaContext(server);
  expect((await ctx.app.request(signed(userSendText('zu-100', '2 khăn xanh', 'msg-a1')))).status).toBe(200);
  await ctx.deliver();
  const cart = ctx.sent();
  expect(cart).toHaveLength(1);
  expect(cart[0]!.text).toContain('Khăn lụa tơ tằm màu xanh ngọc');
  expect(cart[0]!.buttons).toContain('ok');

  expect((await ctx.app.request(signed(userSendText('zu-100', '#b:ok', 'msg-a2')))).status).toBe(200);
  const order = ctx.db.$client.prepare('select code, total, status, chat_platform p from orders').get() as { code: string; total: number; status: string; p: string };
  expect(order).toMatchObject({ total: 500000, status: 'awaiting_payment', p: 'zalo' });
  await ctx.deliver();

  const upload = ctx.calls.find((c) => c.url === `${API}/v2.0/oa/upload/image`)!;
  expect(upload.headers['access_token']).toBe('AT-1');
  expect(upload.body).toMatchObject({ file: { name: 'vietqr.png', type: 'image/png' } });
  const media = ctx.calls.find((c) => (c.body as { message?: { attachment?: { payload?: { template_type?: string } } } }).message?.attachment?.payload?.template_type === 'media')!;
  expect((media.body as { recipient: unknown }).recipient).toEqual({ user_id: 'zu-100' });
  expect((media.body as { message: { attachment: unknown } }).message.attachment).toEqual({
    type: 'template',
    payload: { template_type: 'media', elements: [{ media_type: 'image', attachment_id: 'att-1' }] },
  });

  const photo = ctx.sent().find((m) => m.kind === 'photo')!;
  expect(photo.text).toContain(order.code);
  const img = PNG.sync.read(photo.png!);
  const qr = jsQR(new Uint8ClampedArray(img.data), img.width, img.height);
  const fields = parseVietQr(qr!.data);
  expect(fields).toMatchObject({ bin: '970436', account: '0451000123456', amount: 500000, memo: order.code, dynamic: true });
});
