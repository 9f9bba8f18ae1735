import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { parseVietQr } from '../../../core/payments/vietqr.ts';
import { fakeTelegram } from './fake-telegram.ts';
import { buttonPress, privateText, telegramApp } from './setup.ts';

let tg: ReturnType<typeof fakeTelegram>;
beforeEach(() => {
  tg = fakeTelegram();
});
afterEach(() => tg.close());

describe('Telegram end to end', () => {
  it('private "2 khăn xanh" → confirm button "ok" → order + sendPhoto whose PNG is the order’s VietQR', async () => {
    const t = telegramApp();
    const userId = 1111111;
    expect((await t.post(privateText({ userId, text: '2 khăn xanh', updateId: 9001 }))).status).toBe(200);
    await t.deliver();
    const cart = tg.drain();
    const cartButtons = cart.flatMap((c) => ((c.params.reply_markup as { inline_keyboard?: { callback_data?: string }[][] })?.inline_keyboard ?? []).flat().map((b) => b.callback_data));
    expect(cartButtons).toContain('ok');

    const press = await t.post(buttonPress({ userId, data: 'ok', updateId: 9002, queryId: '4382bfdwdsb323b2d9' }));
    expect(await press.json()).toEqual({ method: 'answerCallbackQuery', callback_query_id: '4382bfdwdsb323b2d9' });
    await t.deliver();

    const order = t.db.$client.prepare('select code, total, status from orders').get() as { code: string; total: number; status: string };
    expect(order).toMatchObject({ total: 500000, status: 'awaiting_payment' });
    const photos = tg.drain().filter((c) => c.method === 'sendPhoto');
    expect(photos).toHaveLength(1);
    expect(photos[0]!.params.chat_id).toBe(String(userId));
    const attach = /^attach:\/\/(.+)$/.exec(String(photos[0]!.params.photo))![1]!;
    const img = PNG.sync.read(photos[0]!.files[attach]!.bytes);
    const qr = jsQR(new Uint8ClampedArray(img.data), img.width, img.height);
    expect(parseVietQr(qr!.data)).toMatchObject({ bin: '970436', account: '0451000123456', amount: 500000, memo: order.code, dynamic: true });
    const customer = t.db.$client.prepare("select platform, platform_user_id u from identities i join orders o on o.person_id = i.person_id").get();
    expect(customer).toEqual({ platform: 'telegram', u: String(userId) });
  });
});
