import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../adapters/config.ts';
import { deliverDue } from '../../../adapters/outbox/worker.ts';
import { telegramSetup } from '../../../adapters/telegram/index.ts';
import { viberSetup } from '../../../adapters/viber/index.ts';
import { encodePhoto } from '../../../adapters/photos/encode.ts';
import { enqueue } from '../../../core/outbox/enqueue.ts';
import { platformFileId, storePhoto } from '../../../core/catalog/photos.ts';
import { outbox, type Platform } from '../../../db/schema.ts';
import type { Db } from '../../../db/index.ts';
import type { Outgoing } from '../../../bots/model.ts';
import { demoDb, fakeClock } from '../../helpers.ts';
import { API_ROOT, BOT_ID, BOT_INFO, parseMultipart, SECRET, TOKEN } from '../telegram/fake-telegram.ts';
import { API as VIBER_API, TOKEN as VIBER_TOKEN } from '../viber/fake-viber.ts';
import { zaloOaContext } from '../zalo/harness.ts';
import { zaloBotContext } from '../zalo-bot/harness.ts';
import { jpeg } from './images.ts';

/**
 * A customer's product card, and a catalog page of cards, as each platform receives them: the exact
 * outgoing calls, asserted against msw stand-ins of the platforms' APIs (onUnhandledRequest: 'error').
 */

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function photos(db: Db) {
  const xanh = await encodePhoto(await jpeg(1600, 1200, '#1fa39a'));
  const doo = await encodePhoto(await jpeg(1200, 1200, '#c0262d'));
  storePhoto(db, xanh);
  storePhoto(db, doo);
  return { xanh, doo };
}

const card = (hash: string): Outgoing => ({
  type: 'photo',
  image: { kind: 'stored', hash },
  caption: 'Khăn lụa tơ tằm màu xanh ngọc\n250.000 ₫ / chiếc · còn 20',
  buttons: [[{ label: '🛒 Thêm vào giỏ', data: 'a:KL-XANH' }], [{ label: '⬅️ Xem hàng', data: 'c:0' }]],
});

const catalog = (xanh: string, doo: string): Outgoing => ({
  type: 'cards',
  text: 'Hàng của Tổ hợp tác Lụa Vạn Phúc (trang 1/1)',
  cards: [
    { title: 'Khăn lụa tơ tằm màu xanh ngọc', subtitle: '250.000 ₫', image: { kind: 'stored', hash: xanh }, buttons: [{ label: 'Xem', data: 'p:KL-XANH' }] },
    { title: 'Khăn lụa tơ tằm màu đỏ', subtitle: '250.000 ₫', image: { kind: 'stored', hash: doo }, buttons: [{ label: 'Xem', data: 'p:KL-DO' }] },
    { title: 'Khăn lụa tơ tằm màu vàng', subtitle: '250.000 ₫', buttons: [{ label: 'Xem', data: 'p:KL-VANG' }] },
  ],
  buttons: [[{ label: '🛒 Giỏ hàng', data: 'cart' }]],
});

function put(db: Db, platform: Platform, chatId: string, msg: Outgoing, now: Date) {
  return enqueue(db, { platform, chatId, groupId: 1, payload: msg as unknown as Record<string, unknown> }, now);
}

describe('Telegram', () => {
  function setup() {
    const { db } = demoDb();
    const clock = fakeClock();
    const config = loadConfig({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_API_ROOT: API_ROOT });
    const tg = telegramSetup({ db, clock, config }, { botInfo: () => BOT_INFO })!;
    const calls: { method: string; params: Record<string, unknown>; files: Record<string, { filename: string; bytes: Buffer }> }[] = [];
    let id = 900;
    const sizes = (n: number) => [
      { file_id: `AgACAgUAAxkDAAI${n}-small`, file_unique_id: `AQAD${n}s`, file_size: 1705, width: 90, height: 68 },
      { file_id: `AgACAgUAAxkDAAI${n}-large`, file_unique_id: `AQAD${n}l`, file_size: 137906, width: 1280, height: 960 },
    ];
    server.use(
      http.post(`${API_ROOT}/bot${TOKEN}/:method`, async ({ request, params }) => {
        const ct = request.headers.get('content-type') ?? '';
        const raw = Buffer.from(await request.arrayBuffer());
        const p = ct.startsWith('multipart/') ? parseMultipart(raw, ct) : { params: JSON.parse(raw.toString('utf8') || '{}'), files: {} };
        const method = String(params.method);
        calls.push({ method, ...p });
        const chat = { id: Number(p.params.chat_id), type: 'private' };
        if (method === 'sendPhoto') return HttpResponse.json({ ok: true, result: { message_id: id++, date: 1, chat, photo: sizes(id) } });
        if (method === 'sendMediaGroup') {
          const media = p.params.media as unknown[];
          return HttpResponse.json({ ok: true, result: media.map(() => ({ message_id: id++, date: 1, chat, media_group_id: 'g1', photo: sizes(id) })) });
        }
        return HttpResponse.json({ ok: true, result: { message_id: id++, date: 1, chat, text: p.params.text } });
      }),
    );
    return { db, clock, calls, deliver: () => deliverDue(db, { telegram: tg.sender }, clock) };
  }

  it('sends the product card as one photo with its caption and buttons, then by the cached file_id', async () => {
    const t = setup();
    const { xanh } = await photos(t.db);
    put(t.db, 'telegram', '1111111', card(xanh.hash), t.clock());
    await t.deliver();
    expect(t.calls.map((c) => c.method)).toEqual(['sendPhoto']);
    const first = t.calls[0]!;
    expect(first.params).toEqual({
      chat_id: '1111111',
      photo: expect.stringMatching(/^attach:\/\//),
      caption: 'Khăn lụa tơ tằm màu xanh ngọc\n250.000 ₫ / chiếc · còn 20',
      reply_markup: { inline_keyboard: [[{ text: '🛒 Thêm vào giỏ', callback_data: 'a:KL-XANH' }], [{ text: '⬅️ Xem hàng', callback_data: 'c:0' }]] },
    });
    const upload = Object.values(first.files)[0]!;
    expect(upload.bytes.equals(xanh.jpeg)).toBe(true);
    expect(platformFileId(t.db, xanh.hash, 'telegram', BOT_ID)).toMatch(/-large$/);
    // The same photo to another customer: no upload, Telegram's file_id of the largest size.
    put(t.db, 'telegram', '2222222', card(xanh.hash), t.clock());
    await t.deliver();
    expect(t.calls[1]!.params.photo).toBe(platformFileId(t.db, xanh.hash, 'telegram', BOT_ID));
    expect(t.calls[1]!.files).toEqual({});
  });

  it('sends a catalog page as an album of the photos, then the text with every button', async () => {
    const t = setup();
    const { xanh, doo } = await photos(t.db);
    put(t.db, 'telegram', '1111111', catalog(xanh.hash, doo.hash), t.clock());
    await t.deliver();
    expect(t.calls.map((c) => c.method)).toEqual(['sendMediaGroup', 'sendMessage']);
    expect((t.calls[0]!.params.media as { type: string; caption: string }[]).map((m) => [m.type, m.caption])).toEqual([
      ['photo', 'Khăn lụa tơ tằm màu xanh ngọc\n250.000 ₫'],
      ['photo', 'Khăn lụa tơ tằm màu đỏ\n250.000 ₫'],
    ]);
    expect(Object.keys(t.calls[0]!.files)).toHaveLength(2);
    expect(t.calls[1]!.params).toEqual({
      chat_id: '1111111',
      text: 'Hàng của Tổ hợp tác Lụa Vạn Phúc (trang 1/1)',
      reply_markup: {
        inline_keyboard: [[{ text: 'Xem', callback_data: 'p:KL-XANH' }], [{ text: 'Xem', callback_data: 'p:KL-DO' }], [{ text: 'Xem', callback_data: 'p:KL-VANG' }], [{ text: '🛒 Giỏ hàng', callback_data: 'cart' }]],
      },
    });
    expect(platformFileId(t.db, doo.hash, 'telegram', BOT_ID)).toBeDefined();
    const status = t.db.select({ s: outbox.status }).from(outbox).all().map((r) => r.s);
    expect(status).toEqual(['sent']);
  });
});

describe('Viber', () => {
  it('sends the card as a picture message by URL with its thumbnail, and a catalog as a rich-media carousel', async () => {
    const { db } = demoDb();
    const clock = fakeClock();
    const config = loadConfig({ VIBER_AUTH_TOKEN: VIBER_TOKEN, PUBLIC_URL: 'https://gom.example', VIBER_BOT_NAME: 'Lụa Vạn Phúc' });
    const viber = viberSetup({ db, clock, config });
    const calls: Record<string, unknown>[] = [];
    server.use(
      http.post(`${VIBER_API}/send_message`, async ({ request }) => {
        calls.push((await request.json()) as Record<string, unknown>);
        return HttpResponse.json({ status: 0, status_message: 'ok', message_token: 5741311803571721000, chat_hostname: 'SN-CHAT-05_' });
      }),
    );
    const { xanh, doo } = await photos(db);
    put(db, 'viber', 'jc9HsWTZ2Yf2NkRZ8KcNug==', card(xanh.hash), clock());
    await deliverDue(db, { viber: viber.sender }, clock);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      receiver: 'jc9HsWTZ2Yf2NkRZ8KcNug==',
      type: 'picture',
      text: 'Khăn lụa tơ tằm màu xanh ngọc\n250.000 ₫ / chiếc · còn 20',
      media: `https://gom.example/media/p/${xanh.hash}.jpg`,
      thumbnail: `https://gom.example/media/t/${xanh.hash}.jpg`,
      keyboard: { Type: 'keyboard', Buttons: [expect.objectContaining({ ActionBody: '#b:a:KL-XANH' }), expect.objectContaining({ ActionBody: '#b:c:0' })] },
    });
    put(db, 'viber', 'jc9HsWTZ2Yf2NkRZ8KcNug==', catalog(xanh.hash, doo.hash), clock());
    await deliverDue(db, { viber: viber.sender }, clock);
    expect(calls.slice(1).map((c) => c.type)).toEqual(['text', 'rich_media']);
    expect(calls[1]).toMatchObject({ text: 'Hàng của Tổ hợp tác Lụa Vạn Phúc (trang 1/1)' });
    const rich = calls[2] as { rich_media: { ButtonsGroupRows: number; Buttons: { Image?: string; Text?: string; ActionBody: string; Rows: number }[] }; keyboard: { Buttons: { ActionBody: string }[] }; alt_text: string };
    expect(rich.rich_media.ButtonsGroupRows).toBe(6);
    expect(rich.rich_media.Buttons.filter((b) => b.Image).map((b) => b.Image)).toEqual([`https://gom.example/media/p/${xanh.hash}.jpg`, `https://gom.example/media/p/${doo.hash}.jpg`]);
    expect(rich.rich_media.Buttons.map((b) => b.Rows).reduce((a, b) => a + b, 0)).toBe(18);
    expect(rich.rich_media.Buttons.filter((b) => b.Text?.startsWith('<b>')).map((b) => b.Text)).toEqual([
      '<b>Khăn lụa tơ tằm màu xanh ngọc</b><br>250.000 ₫',
      '<b>Khăn lụa tơ tằm màu đỏ</b><br>250.000 ₫',
      '<b>Khăn lụa tơ tằm màu vàng</b><br>250.000 ₫',
    ]);
    expect(rich.keyboard.Buttons.map((b) => b.ActionBody)).toEqual(['#b:cart']);
    // The URLs Viber will fetch are served by Gom.
    const { createApp } = await import('../../../adapters/server.ts');
    const res = await createApp({ db, clock, config }).request(`/media/p/${xanh.hash}.jpg`);
    expect(res.status).toBe(200);
  });
});

describe('Zalo Official Account', () => {
  it('uploads the photo once and attaches it by attachment_id, the buttons following; a catalog is a list template', async () => {
    const ctx = await zaloOaContext(server);
    const { db } = ctx;
    // The customer wrote first (Zalo allows consultation messages for 7 days after that).
    await ctx.app.request(ctx.textUpdate({ userId: 'user_id_123456', text: 'chào shop', updateId: 'm1' }));
    await ctx.deliver();
    ctx.calls.length = 0;
    const { xanh, doo } = await photos(db);
    put(db, 'zalo', 'user_id_123456', card(xanh.hash), ctx.clock());
    put(db, 'zalo', 'user_id_123456', card(xanh.hash), ctx.clock());
    await ctx.deliver();
    await ctx.deliver();
    const paths = ctx.calls.map((c) => new URL(c.url).pathname);
    expect(paths).toEqual(['/v2.0/oa/upload/image', '/v3.0/oa/message/cs', '/v3.0/oa/message/cs', '/v3.0/oa/message/cs', '/v3.0/oa/message/cs']);
    expect(ctx.calls[0]!.body).toEqual({ file: { name: `${xanh.hash.slice(0, 16)}.jpg`, type: 'image/jpeg', size: xanh.jpeg.length } });
    const media = { type: 'template', payload: { template_type: 'media', elements: [{ media_type: 'image', attachment_id: 'att-1' }] } };
    expect(ctx.calls[1]!.body).toEqual({ recipient: { user_id: 'user_id_123456' }, message: { text: 'Khăn lụa tơ tằm màu xanh ngọc\n250.000 ₫ / chiếc · còn 20', attachment: media } });
    expect((ctx.calls[2]!.body as { message: { attachment: { payload: { buttons: unknown[] } } } }).message.attachment.payload.buttons).toEqual([
      { title: '🛒 Thêm vào giỏ', type: 'oa.query.hide', payload: '#b:a:KL-XANH' },
      { title: '⬅️ Xem hàng', type: 'oa.query.hide', payload: '#b:c:0' },
    ]);
    // The second card reused attachment att-1: no second upload.
    expect((ctx.calls[3]!.body as { message: unknown }).message).toEqual({ text: 'Khăn lụa tơ tằm màu xanh ngọc\n250.000 ₫ / chiếc · còn 20', attachment: media });
    ctx.calls.length = 0;
    put(db, 'zalo', 'user_id_123456', catalog(xanh.hash, doo.hash), ctx.clock());
    await ctx.deliver();
    expect(ctx.calls.map((c) => (c.body as { message: unknown }).message)).toEqual([
      { text: 'Hàng của Tổ hợp tác Lụa Vạn Phúc (trang 1/1)' },
      {
        attachment: {
          type: 'template',
          payload: {
            template_type: 'list',
            elements: [
              // PUBLIC_URL is not https in this setup, so Zalo is given no picture URL it could not fetch.
              { title: 'Khăn lụa tơ tằm màu xanh ngọc', subtitle: '250.000 ₫', default_action: { type: 'oa.query.hide', payload: '#b:p:KL-XANH' } },
              { title: 'Khăn lụa tơ tằm màu đỏ', subtitle: '250.000 ₫', default_action: { type: 'oa.query.hide', payload: '#b:p:KL-DO' } },
              { title: 'Khăn lụa tơ tằm màu vàng', subtitle: '250.000 ₫', default_action: { type: 'oa.query.hide', payload: '#b:p:KL-VANG' } },
            ],
            buttons: [{ title: '🛒 Giỏ hàng', type: 'oa.query.hide', payload: '#b:cart' }],
          },
        },
      },
    ]);
  });
});

describe('Zalo Bot Platform', () => {
  it('sends the card as sendPhoto by its public URL with the buttons numbered in the caption; a catalog as photos then a numbered list', async () => {
    const ctx = await zaloBotContext(server);
    const { db } = ctx;
    const { xanh, doo } = await photos(db);
    put(db, 'zalo-bot', '6ede9afa66b88fe6d6a9', card(xanh.hash), ctx.clock());
    await ctx.deliver();
    expect(ctx.calls.map((c) => [new URL(c.url).pathname.split('/').at(-1), c.body])).toEqual([
      [
        'sendPhoto',
        {
          chat_id: '6ede9afa66b88fe6d6a9',
          photo: `https://gom.example/media/p/${xanh.hash}.jpg`,
          caption: 'Khăn lụa tơ tằm màu xanh ngọc\n250.000 ₫ / chiếc · còn 20\n\nTrả lời bằng số để chọn (reply with a number):\n1. 🛒 Thêm vào giỏ\n2. ⬅️ Xem hàng',
        },
      ],
    ]);
    ctx.calls.length = 0;
    put(db, 'zalo-bot', '6ede9afa66b88fe6d6a9', catalog(xanh.hash, doo.hash), ctx.clock());
    await ctx.deliver();
    expect(ctx.calls.map((c) => [new URL(c.url).pathname.split('/').at(-1), c.body.photo ?? null, c.body.caption ?? c.body.text])).toEqual([
      ['sendPhoto', `https://gom.example/media/p/${xanh.hash}.jpg`, 'Khăn lụa tơ tằm màu xanh ngọc\n250.000 ₫'],
      ['sendPhoto', `https://gom.example/media/p/${doo.hash}.jpg`, 'Khăn lụa tơ tằm màu đỏ\n250.000 ₫'],
      [
        'sendMessage',
        null,
        'Hàng của Tổ hợp tác Lụa Vạn Phúc (trang 1/1)\n• Khăn lụa tơ tằm màu vàng — 250.000 ₫\n\nTrả lời bằng số để chọn (reply with a number):\n1. Xem\n2. Xem\n3. Xem\n4. 🛒 Giỏ hàng',
      ],
    ]);
  });
});
