import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { demoDb, fakeClock } from '../../helpers.ts';
import { enqueue } from '../../../core/outbox/enqueue.ts';
import { identify } from '../../../core/people/identify.ts';
import { buildVietQr, parseVietQr } from '../../../core/payments/vietqr.ts';
import { deliverDue } from '../../../adapters/outbox/worker.ts';
import { saveTelegramAccount } from '../../../adapters/telegram/accounts.ts';
import { TelegramBots } from '../../../adapters/telegram/bot.ts';
import { telegramSender } from '../../../adapters/telegram/sender.ts';
import type { Outgoing } from '../../../bots/model.ts';
import { API_ROOT, BOT_INFO, SECRET, TOKEN, fakeTelegram } from './fake-telegram.ts';

let tg: ReturnType<typeof fakeTelegram>;
beforeEach(() => {
  tg = fakeTelegram();
});
afterEach(() => tg.close());

function world() {
  const { db, groupId } = demoDb();
  const clock = fakeClock();
  saveTelegramAccount(db, { groupSlug: 'lua-van-phuc', token: TOKEN, secret: SECRET }, clock());
  const bots = new TelegramBots(db, { apiRoot: API_ROOT, botInfo: () => BOT_INFO });
  const senders = { telegram: telegramSender({ bots, clock }) };
  const put = (chatId: string, payload: Outgoing, identityId?: number) =>
    enqueue(db, { platform: 'telegram', chatId, groupId, payload: payload as never, ...(identityId ? { identityId } : {}) }, clock());
  const row = (id: number) => db.$client.prepare('select status, attempts, platform_message_id m, next_attempt_at n, last_error e from outbox where id = ?').get(id) as {
    status: string; attempts: number; m: string | null; n: string; e: string | null;
  };
  return { db, groupId, clock, put, row, deliver: () => deliverDue(db, senders, clock) };
}

describe('Telegram sender', () => {
  it('sends text with an inline keyboard: exact sendMessage parameters, message id kept for edits', async () => {
    const w = world();
    const id = w.put('1111111', {
      type: 'text',
      text: 'Chào mừng đến Lụa Vạn Phúc',
      buttons: [[{ label: 'Xem hàng', data: 'c:0' }], [{ label: 'Khăn xanh', start: 'p_KL-XANH' }, { label: 'Web', url: 'https://example.vn/' }], [{ label: 'Gọi hộ Lan', phone: '0912345678' }]],
    });
    await w.deliver();
    const calls = tg.drain();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.method).toBe('sendMessage');
    expect(calls[0]!.contentType).toContain('application/json');
    expect(calls[0]!.params).toEqual({
      chat_id: '1111111',
      text: 'Chào mừng đến Lụa Vạn Phúc\n\n📞 Gọi hộ Lan: 0912345678',
      reply_markup: {
        inline_keyboard: [
          [{ text: 'Xem hàng', callback_data: 'c:0' }],
          [{ text: 'Khăn xanh', url: 'https://t.me/gom_vanphuc_bot?start=p_KL-XANH' }, { text: 'Web', url: 'https://example.vn/' }],
        ],
      },
    });
    expect(w.row(id)).toMatchObject({ status: 'sent', m: '500' });
  });

  it('uploads the VietQR as a multipart sendPhoto whose PNG decodes to the payload', async () => {
    const w = world();
    const payload = buildVietQr({ bin: '970436', account: '0451000123456', amount: 500000, memo: 'VPTEST1' });
    w.put('1111111', { type: 'photo', image: { kind: 'vietqr', payload }, caption: 'Quét mã để chuyển khoản 500.000đ', buttons: [[{ label: 'Tôi đã chuyển', data: 'pd:VPTEST1' }]] });
    await w.deliver();
    const [call] = tg.drain();
    expect(call!.method).toBe('sendPhoto');
    expect(call!.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(call!.params).toMatchObject({
      chat_id: '1111111',
      caption: 'Quét mã để chuyển khoản 500.000đ',
      reply_markup: { inline_keyboard: [[{ text: 'Tôi đã chuyển', callback_data: 'pd:VPTEST1' }]] },
    });
    const attach = /^attach:\/\/(.+)$/.exec(String(call!.params.photo))![1]!;
    const file = call!.files[attach]!;
    expect(file.filename).toBe('vietqr.png');
    const img = PNG.sync.read(file.bytes);
    const qr = jsQR(new Uint8ClampedArray(img.data), img.width, img.height);
    expect(parseVietQr(qr!.data)).toMatchObject({ bin: '970436', account: '0451000123456', amount: 500000, memo: 'VPTEST1' });
  });

  it('edits an earlier message with editMessageText (chat id + message id)', async () => {
    const w = world();
    const first = w.put('-1001914618483', { type: 'text', text: 'Tổng hợp: 1 khăn xanh' });
    await w.deliver();
    tg.drain();
    const edit = w.put('-1001914618483', { type: 'edit', target: first, text: 'Tổng hợp: 3 khăn xanh', buttons: [[{ label: 'Chốt', data: 'ok' }]] });
    await w.deliver();
    expect(tg.drain().map((c) => [c.method, c.params])).toEqual([
      ['editMessageText', { chat_id: '-1001914618483', message_id: 500, text: 'Tổng hợp: 3 khăn xanh', reply_markup: { inline_keyboard: [[{ text: 'Chốt', callback_data: 'ok' }]] } }],
    ]);
    expect(w.row(edit)).toMatchObject({ status: 'sent', m: '500' });
  });

  it('counts "message is not modified" as success, and re-sends when the target cannot be edited', async () => {
    const w = world();
    const first = w.put('1111111', { type: 'text', text: 'A' });
    await w.deliver();
    tg.drain();
    tg.failNextEdit({ code: 400, description: 'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message' });
    const same = w.put('1111111', { type: 'edit', target: first, text: 'A' });
    await w.deliver();
    expect(tg.drain().map((c) => c.method)).toEqual(['editMessageText']);
    expect(w.row(same)).toMatchObject({ status: 'sent', attempts: 1 });

    tg.failNextEdit({ code: 400, description: "Bad Request: message can't be edited" });
    const gone = w.put('1111111', { type: 'edit', target: first, text: 'B' });
    await w.deliver();
    expect(tg.drain().map((c) => [c.method, c.params.text])).toEqual([['editMessageText', 'B'], ['sendMessage', 'B']]);
    expect(w.row(gone)).toMatchObject({ status: 'sent', m: '501' });
  });

  it('429: waits retry_after, then delivers exactly once', async () => {
    const w = world();
    const id = w.put('1111111', { type: 'text', text: 'xin chào' });
    tg.failNextSend({ code: 429, description: 'Too Many Requests: retry after 7', retryAfter: 7 });
    await w.deliver();
    expect(tg.drain().map((c) => c.method)).toEqual(['sendMessage']);
    expect(w.row(id)).toMatchObject({ status: 'pending', attempts: 1, n: new Date(w.clock().getTime() + 7000).toISOString() });
    w.clock.advance(6000);
    await w.deliver();
    expect(tg.drain()).toHaveLength(0); // not before retry_after
    w.clock.advance(1000);
    await w.deliver();
    expect(tg.drain().map((c) => c.params.text)).toEqual(['xin chào']);
    w.clock.advance(60_000);
    await w.deliver();
    expect(tg.drain()).toHaveLength(0);
    expect(w.row(id).status).toBe('sent');
  });

  it('403 (blocked by the user): marks the identity unreachable and gives the message up', async () => {
    const w = world();
    const { identity } = identify(w.db, { platform: 'telegram', userId: '1111111', privateChatId: '1111111' }, w.clock());
    const id = w.put('1111111', { type: 'text', text: 'Đơn của bạn' }, identity.id);
    tg.failNextSend({ code: 403, description: 'Forbidden: bot was blocked by the user' });
    await w.deliver();
    expect(w.row(id)).toMatchObject({ status: 'failed' });
    expect(w.db.$client.prepare('select unreachable_at u from identities where id = ?').get(identity.id)).toEqual({ u: w.clock().toISOString() });
  });

  it('other 400s fail permanently; 5xx and network errors are retried with backoff', async () => {
    const w = world();
    const bad = w.put('1111111', { type: 'text', text: 'x' });
    tg.failNextSend({ code: 400, description: 'Bad Request: BUTTON_DATA_INVALID' });
    await w.deliver();
    expect(w.row(bad)).toMatchObject({ status: 'failed', attempts: 1 });

    const later = w.put('2222222', { type: 'text', text: 'y' });
    tg.failNextSend({ code: 502, description: 'Bad Gateway' });
    await w.deliver();
    expect(w.row(later)).toMatchObject({ status: 'pending', attempts: 1 });
    expect(w.row(later).e).toContain('502');
    tg.drain();
    w.clock.advance(2000);
    await w.deliver();
    expect(tg.drain().map((c) => c.params.text)).toEqual(['y']);
  });

  it('keeps to 20 messages a minute in a group chat by rescheduling, not by waiting', async () => {
    const w = world();
    const ids = Array.from({ length: 22 }, (_, i) => w.put('-1001914618483', { type: 'text', text: `#${i}` }));
    const other = w.put('1111111', { type: 'text', text: 'riêng' });
    await w.deliver();
    const sent = tg.drain().map((c) => c.params.text);
    expect(sent.filter((t) => String(t).startsWith('#'))).toHaveLength(20);
    expect(sent).toContain('riêng'); // other chats are not held up by the busy group
    expect(w.row(ids[20]!)).toMatchObject({ status: 'pending', n: new Date(w.clock().getTime() + 60_000).toISOString() });
    expect(w.row(other).status).toBe('sent');
    w.clock.advance(60_000);
    await w.deliver();
    expect(tg.drain().map((c) => c.params.text)).toEqual(['#20', '#21']);
  });
});
