import type { Update } from 'grammy/types';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { telegramPhotoFetcher } from '../../adapters/telegram/photos.ts';
import { platformPhotoFetcher } from '../../adapters/photos/fetchers.ts';
import { PhotoJobRunner } from '../../adapters/photos/jobs.ts';
import { coverPhotos, platformFileId, productPhotoHashes, productPhotoJobs } from '../../core/catalog/photos.ts';
import { getProduct } from '../../core/catalog/queries.ts';
import { createInvite } from '../../core/people/roles.ts';
import { dumpTables } from '../helpers.ts';
import { API_ROOT, BOT_ID, parseMultipart, TOKEN } from '../adapters/telegram/fake-telegram.ts';
import { buttonPress, fixture, privateText, telegramApp } from '../adapters/telegram/setup.ts';
import { jpeg, pdf } from '../adapters/photos/images.ts';

/**
 * Product photos from a seller's phone, end to end on Telegram: the webhook update (the recorded photo
 * shape), the bot's photo handler, the photo job (getFile and the download answered by msw), the
 * `photo.added` reaction, and the customer's product card carrying the photo.
 */

const ADMIN = 100000001; // the recorded photo's sender
const CUSTOMER = 1111111;

interface Call {
  method: string;
  params: Record<string, unknown>;
  files: Record<string, { filename: string; bytes: Buffer }>;
}

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function stand(download: () => Buffer) {
  const calls: Call[] = [];
  let id = 700;
  server.use(
    http.post(`${API_ROOT}/bot${TOKEN}/:method`, async ({ request, params }) => {
      const ct = request.headers.get('content-type') ?? '';
      const raw = Buffer.from(await request.arrayBuffer());
      const p = ct.startsWith('multipart/') ? parseMultipart(raw, ct) : { params: JSON.parse(raw.toString('utf8') || '{}'), files: {} };
      const method = String(params.method);
      calls.push({ method, ...p });
      const chat = { id: Number(p.params.chat_id), type: 'private' };
      if (method === 'getFile') return HttpResponse.json({ ok: true, result: { file_id: p.params.file_id, file_unique_id: 'AQAD8sYxG0EY-Vd-', file_size: 173215, file_path: 'photos/file_17.jpg' } });
      if (method === 'sendPhoto') return HttpResponse.json({ ok: true, result: { message_id: id++, date: 1, chat, photo: [{ file_id: `AgACAgUAAxkDAAIB${id}`, file_unique_id: `u${id}`, file_size: 90000, width: 1280, height: 960 }] } });
      if (method === 'sendMediaGroup') return HttpResponse.json({ ok: true, result: (p.params.media as unknown[]).map(() => ({ message_id: id++, date: 1, chat, photo: [{ file_id: `AgACAgUAAxkDAAIB${id}`, file_unique_id: `u${id}`, width: 1280, height: 960 }] })) });
      if (method === 'answerCallbackQuery') return HttpResponse.json({ ok: true, result: true });
      return HttpResponse.json({ ok: true, result: { message_id: id++, date: 1, chat, text: p.params.text } });
    }),
    http.get(`${API_ROOT}/file/bot${TOKEN}/photos/file_17.jpg`, () => {
      calls.push({ method: 'download', params: {}, files: {} });
      return HttpResponse.arrayBuffer(new Uint8Array(download()).buffer);
    }),
  );
  return calls;
}

async function setup(first: Buffer) {
  const t = telegramApp();
  const file = { bytes: first };
  const calls = stand(() => file.bytes);
  const runner = new PhotoJobRunner(t.db, platformPhotoFetcher({ telegram: telegramPhotoFetcher({ bots: t.tg.bots, apiRoot: API_ROOT }) }), { product: productPhotoJobs }, t.clock);
  const code = createInvite(t.db, { groupId: 1, role: 'admin' }, t.clock());
  let update = 50_000;
  const say = async (userId: number, text: string) => void (await t.post(privateText({ userId, text, updateId: update++ })));
  const press = async (userId: number, data: string) => void (await t.post(buttonPress({ userId, data, updateId: update++ })));
  const photo = async (caption: string | undefined, userId = ADMIN) => {
    const u = structuredClone(fixture('private-photo')) as Update & { message: { caption?: string; from: { id: number }; chat: { id: number } } };
    u.update_id = update++;
    u.message.from.id = userId;
    u.message.chat.id = userId;
    if (caption === undefined) delete u.message.caption;
    else u.message.caption = caption;
    return t.post(u);
  };
  await say(ADMIN, `/join ${code}`);
  await t.deliver();
  calls.length = 0;
  // Telegram allows about one message a second per private chat: the fake clock moves on between turns.
  const sent = async () => {
    t.clock.advance(10_000);
    await t.deliver();
    await runner.runDue();
    for (let i = 0; i < 4; i++) {
      t.clock.advance(10_000);
      await t.deliver();
    }
    return calls.splice(0).filter((c) => c.method !== 'answerCallbackQuery');
  };
  return { ...t, calls, file, runner, say, press, photo, sent, xanh: getProduct(t.db, 1, 'KL-XANH') };
}

describe('a seller adds a product photo from the phone', () => {
  it('a photo captioned KL-XANH becomes the cover, the seller sees the card, and so does a customer', async () => {
    const phone = await jpeg(3000, 4000, '#1fa39a');
    const s = await setup(phone);
    expect((await s.photo('KL-XANH')).status).toBe(200);
    const out = await s.sent();
    expect(out.map((c) => c.method)).toEqual(['sendMessage', 'getFile', 'download', 'sendMessage', 'sendPhoto']);
    expect(out[0]!.params.text).toBe('📷 Đã nhận ảnh cho "Khăn lụa tơ tằm màu xanh ngọc", đang xử lý…');
    expect(out[1]!.params.file_id).toBe('AgACAgUAAxkBAAMRaH8qXw-VQSGAG4X4VoCg9A5nE50AAvLGMRtBGPlXGt4-FX4l2_oBAAMCAAN5AAM2BA');
    expect(out[3]!.params.text).toBe('✅ Đã thêm ảnh bìa cho "Khăn lụa tơ tằm màu xanh ngọc" (1 ảnh). Khách sẽ thấy ảnh này:');
    const cover = coverPhotos(s.db, [s.xanh.id]).get(s.xanh.id)!;
    expect(cover).toMatch(/^[0-9a-f]{64}$/);
    expect(out[4]!.params.caption).toContain('Khăn lụa tơ tằm màu xanh ngọc');
    const upload = Object.values(out[4]!.files)[0]!;
    expect(upload.bytes.length).toBeLessThan(phone.length);

    // A customer opens the product: the card is the photo, sent by the file_id Telegram gave the upload.
    await s.press(CUSTOMER, 'p:KL-XANH');
    const card = await s.sent();
    expect(card.map((c) => c.method)).toEqual(['sendPhoto']);
    expect(card[0]!.params).toMatchObject({
      chat_id: String(CUSTOMER),
      photo: platformFileId(s.db, cover, 'telegram', BOT_ID),
      caption: 'Khăn lụa tơ tằm màu xanh ngọc\nMã: KL-XANH\nGiá: 250.000 ₫/chiếc\nCòn: 20 chiếc',
    });
    expect((card[0]!.params.reply_markup as { inline_keyboard: { callback_data: string }[][] }).inline_keyboard[0]!.map((b) => b.callback_data)).toEqual(['a:KL-XANH:1', 'a:KL-XANH:2', 'a:KL-XANH:5']);
    expect(card[0]!.files).toEqual({});
  });

  it('a PDF renamed .jpg is refused with a clear reply, and nothing is stored', async () => {
    const s = await setup(pdf());
    const before = dumpTables(s.db, ['photo_jobs', 'outbox', 'processed_updates', 'domain_events', 'chat_states', 'identities', 'people']);
    await s.photo('KL-XANH');
    const out = await s.sent();
    expect(out.map((c) => c.method)).toEqual(['sendMessage', 'getFile', 'download', 'sendMessage']);
    expect(out[3]!.params.text).toBe('❌ Tệp này không phải ảnh JPEG, PNG hay WebP nên shop chưa lưu. Bạn gửi lại ảnh chụp sản phẩm nhé.');
    expect(dumpTables(s.db, ['photo_jobs', 'outbox', 'processed_updates', 'domain_events', 'chat_states', 'identities', 'people'])).toEqual(before);
  });

  it('asks which product when the caption fits several, and takes the answer', async () => {
    const s = await setup(await jpeg(800, 600));
    await s.photo('khăn lụa');
    const ask = await s.sent();
    expect(ask).toHaveLength(1);
    const rows = (ask[0]!.params.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] }).inline_keyboard;
    // The catalog matcher's candidates for "khăn lụa", one button each.
    expect(rows.map((r) => r[0]!.callback_data)).toEqual(expect.arrayContaining(['fa:KL-XANH', 'fa:KL-DO', 'fa:KL-VANG']));
    expect(s.db.$client.prepare('select count(*) n from photo_jobs').get()).toEqual({ n: 0 });
    await s.press(ADMIN, 'fa:KL-DO');
    await s.sent();
    expect(productPhotoHashes(s.db, getProduct(s.db, 1, 'KL-DO').id)).toHaveLength(1);
  });

  it('a customer\'s photo is not taken as a product photo, and /anh lists photos to make a cover or delete', async () => {
    const s = await setup(await jpeg(800, 600, '#1fa39a'));
    await s.photo(undefined, CUSTOMER);
    const kind = await s.sent();
    expect(kind.map((c) => c.params.text)).toEqual([expect.stringContaining('Bot chỉ đọc được tin nhắn chữ')]);
    expect(s.db.$client.prepare('select count(*) n from photo_jobs').get()).toEqual({ n: 0 });
    // Two photos for KL-XANH, then /anh: the second becomes the cover, then the first is deleted.
    await s.photo('KL-XANH');
    await s.sent();
    s.file.bytes = await jpeg(800, 600, '#0d6660');
    await s.photo('KL-XANH');
    await s.sent();
    const [first, second] = productPhotoHashes(s.db, s.xanh.id);
    await s.say(ADMIN, '/anh KL-XANH');
    const list = await s.sent();
    expect(list.map((c) => c.method)).toEqual(['sendMediaGroup', 'sendMessage']);
    const buttons = (list[1]!.params.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] }).inline_keyboard.flat();
    expect(buttons.map((x) => x.text)).toEqual(['🗑 Xoá ảnh 1', '⭐ Ảnh 2 làm ảnh bìa', '🗑 Xoá ảnh 2']);
    await s.press(ADMIN, buttons[1]!.callback_data);
    await s.sent();
    expect(productPhotoHashes(s.db, s.xanh.id)).toEqual([second, first]);
    await s.press(ADMIN, `fd:KL-XANH:${first!.slice(0, 12)}`);
    await s.sent();
    expect(productPhotoHashes(s.db, s.xanh.id)).toEqual([second]);
    // A customer pressing a seller's button is refused.
    await s.press(CUSTOMER, `fd:KL-XANH:${second!.slice(0, 12)}`);
    await s.sent();
    expect(productPhotoHashes(s.db, s.xanh.id)).toEqual([second]);
  });
});
