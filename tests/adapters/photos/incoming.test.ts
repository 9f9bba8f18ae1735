import { readFileSync } from 'node:fs';
import type { Update } from 'grammy/types';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../adapters/config.ts';
import { telegramSetup } from '../../../adapters/telegram/index.ts';
import { toIncoming } from '../../../adapters/telegram/translate.ts';
import { telegramPhotoFetcher } from '../../../adapters/telegram/photos.ts';
import { platformPhotoFetcher, urlPhotoFetcher } from '../../../adapters/photos/fetchers.ts';
import { PhotoJobRunner } from '../../../adapters/photos/jobs.ts';
import { imageIncoming } from '../../../adapters/zalo/webhook.ts';
import { botPhoto, parseBotUpdate } from '../../../adapters/zalo-bot/webhook.ts';
import { picturePhoto } from '../../../adapters/viber/webhook.ts';
import { addProductPhoto, coverPhotos, enqueuePhotoJob, PhotoError, type PhotoJobHandler } from '../../../core/catalog/photos.ts';
import { enqueue } from '../../../core/outbox/enqueue.ts';
import { getProduct } from '../../../core/catalog/queries.ts';
import { DomainError } from '../../../core/errors.ts';
import { outbox, photoJobs } from '../../../db/schema.ts';
import { demoDb, dumpTables, fakeClock } from '../../helpers.ts';
import { fixture } from '../telegram/fixtures.ts';
import { API_ROOT, BOT_INFO, SECRET, TOKEN } from '../telegram/fake-telegram.ts';
import { jpeg, pdf } from './images.ts';

const json = (path: string) => JSON.parse(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8'));
const origin = { botId: '7012345678', groupSlug: 'lua-van-phuc' };

describe('incoming photos become the neutral Incoming.photo', () => {
  it('Telegram: the largest size of a photo, or a picture sent as a file, with the caption as text', () => {
    const inc = toIncoming(fixture('private-photo'), origin)!;
    expect(inc).toMatchObject({ chatType: 'private', text: 'KL-XANH', photo: { fileId: 'AgACAgUAAxkBAAMRaH8qXw-VQSGAG4X4VoCg9A5nE50AAvLGMRtBGPlXGt4-FX4l2_oBAAMCAAN5AAM2BA', size: 173215 } });
    const doc = toIncoming(fixture('private-document-image'), origin)!;
    expect(doc.photo).toEqual({ fileId: 'BQACAgUAAxkBAAMXaH8rFvK3cWl2bVt0Y2RlMTIzNDU2Nzg5MAACCxMAAkEY-VdNQZl8v6b1yzYE', size: 48211 });
    // A PDF sent as a file is not a photo at all (by its MIME type); a renamed one is caught by its bytes later.
    const realPdf = structuredClone(fixture('private-document-image')) as Update & { message: { document: { mime_type: string } } };
    realPdf.message.document.mime_type = 'application/pdf';
    expect(toIncoming(realPdf, origin)!.photo).toBeUndefined();
    expect(toIncoming(fixture('private-text'), origin)!.photo).toBeUndefined();
  });

  it('Zalo OA user_send_image, Zalo Bot message.image.received and a Viber picture: the media URL', () => {
    const ev = json('zalo/oa-user-send-image.json');
    expect(imageIncoming(ev, 'lua-van-phuc')).toMatchObject({ platform: 'zalo', userId: 'user_id_123456', photo: { url: 'https://...' }, dedupe: { source: 'zalo', key: 'msg_abc123xyz' } });
    const up = parseBotUpdate(json('zalo/bot-message-image-received.json'))!;
    expect(up.event_name).toBe('message.image.received');
    expect(botPhoto(up.message!)).toEqual({ photo: { url: 'https://photo-stal-9.zdn.vn/7c1b2f0e8a1d4b3c9f6e/anh-khan-lua.jpg' }, text: 'KL-XANH' });
    const vb = json('viber/message-picture.json');
    expect(picturePhoto(vb.message)).toEqual({ url: vb.message.media, size: 171234 });
    expect(picturePhoto({ type: 'text' })).toBeUndefined();
  });
});

describe('a photo sent to the Telegram bot is fetched after the message, outside any transaction', () => {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  function setup() {
    const { db, groupId } = demoDb();
    const clock = fakeClock();
    const config = loadConfig({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_API_ROOT: API_ROOT });
    const tg = telegramSetup({ db, clock, config }, { botInfo: () => BOT_INFO })!;
    const fetcher = platformPhotoFetcher({ telegram: telegramPhotoFetcher({ bots: tg.bots, apiRoot: API_ROOT }), viber: urlPhotoFetcher() });
    const calls: string[] = [];
    const told: string[] = [];
    // What a product photo's purpose does when the photo is in: add it, and tell the seller (a stand-in for the bot's handler).
    const handler: PhotoJobHandler = {
      done(t, job, hash, now) {
        const added = addProductPhoto(t, Number(job.purpose.productId), hash, 'admin:telegram:100000001');
        enqueue(t, { platform: job.platform, chatId: job.chatId, payload: { type: 'text', text: `ok ${added.position}` } }, now);
        told.push(`added as photo ${added.position}`);
      },
      refused(t, job, error, now) {
        enqueue(t, { platform: job.platform, chatId: job.chatId, payload: { type: 'text', text: `refused ${error instanceof PhotoError ? error.reason : error.code}` } }, now);
        told.push(`refused: ${error.message}`);
      },
    };
    const runner = new PhotoJobRunner(db, fetcher, { product: handler }, clock);
    const xanh = getProduct(db, groupId, 'KL-XANH');
    /** The update handled as the bot will: its photo recorded as a job for the product its caption names. */
    const receive = (update: Update) => {
      const inc = toIncoming(update, origin)!;
      return enqueuePhotoJob(db, { platform: 'telegram', groupId, chatId: inc.chatId, ref: inc.photo!, purpose: { kind: 'product', productId: xanh.id } }, clock());
    };
    const telegramAnswers = (file: { file_path: string; file_size?: number }, body: () => Buffer | Response) =>
      server.use(
        http.post(`${API_ROOT}/bot${TOKEN}/getFile`, async ({ request }) => {
          const { file_id } = (await request.json()) as { file_id: string };
          calls.push(`getFile ${file_id}`);
          return HttpResponse.json({ ok: true, result: { file_id, file_unique_id: 'AQAD8sYxG0EY-Vd-', ...file } });
        }),
        http.get(`${API_ROOT}/file/bot${TOKEN}/:path+`, ({ params }) => {
          calls.push(`download ${(params.path as string[]).join('/')}`);
          const b = body();
          return b instanceof Response ? b : HttpResponse.arrayBuffer(new Uint8Array(b).buffer, { headers: { 'content-type': 'application/octet-stream' } });
        }),
      );
    return { db, clock, runner, receive, telegramAnswers, calls, told, xanh };
  }

  it('a photo captioned with a sku becomes that product\'s cover, re-encoded to ≤ 1280 px', async () => {
    const s = setup();
    const phone = await jpeg(3000, 4000, '#1fa39a');
    s.telegramAnswers({ file_path: 'photos/file_17.jpg', file_size: phone.length }, () => phone);
    s.receive(fixture('private-photo'));
    expect(await s.runner.runDue()).toBe(1);
    // getFile asked for the largest size's file_id, then the file was downloaded from the Bot API's file URL.
    expect(s.calls).toEqual(['getFile AgACAgUAAxkBAAMRaH8qXw-VQSGAG4X4VoCg9A5nE50AAvLGMRtBGPlXGt4-FX4l2_oBAAMCAAN5AAM2BA', 'download photos/file_17.jpg']);
    const cover = coverPhotos(s.db, [s.xanh.id]).get(s.xanh.id)!;
    expect(cover).toMatch(/^[0-9a-f]{64}$/);
    const size = s.db.$client.prepare('select width, height from photos where hash = ?').get(cover);
    expect(size).toEqual({ width: 960, height: 1280 });
    expect(s.told).toEqual(['added as photo 1']);
    expect(s.db.select({ status: photoJobs.status, hash: photoJobs.photoHash }).from(photoJobs).all()).toEqual([{ status: 'done', hash: cover }]);
    expect(s.db.select({ payload: outbox.payload }).from(outbox).all().map((r) => r.payload)).toEqual([{ type: 'text', text: 'ok 1' }]);
  });

  it('a PDF renamed .jpg is refused with a reason, and nothing is stored', async () => {
    const s = setup();
    s.telegramAnswers({ file_path: 'documents/file_23.jpg', file_size: 48211 }, () => pdf());
    const before = dumpTables(s.db, ['photo_jobs', 'outbox']);
    s.receive(fixture('private-document-image'));
    await s.runner.runDue();
    expect(s.calls.map((c) => c.split(' ')[0])).toEqual(['getFile', 'download']);
    expect(dumpTables(s.db, ['photo_jobs', 'outbox'])).toEqual(before);
    expect(s.told).toEqual(['refused: not a JPEG, PNG or WebP picture']);
    expect(s.db.select({ payload: outbox.payload }).from(outbox).all().map((r) => r.payload)).toEqual([{ type: 'text', text: 'refused not_an_image' }]);
    expect(s.db.select({ status: photoJobs.status }).from(photoJobs).get()).toEqual({ status: 'refused' });
  });

  it('a 30 MB picture is refused by its stated size before anything is downloaded', async () => {
    const s = setup();
    const big = structuredClone(fixture('private-document-image')) as Update & { message: { document: { file_size: number } } };
    big.message.document.file_size = 30 * 1024 * 1024;
    const before = dumpTables(s.db, ['photo_jobs', 'outbox']);
    s.receive(big);
    await s.runner.runDue();
    expect(s.calls).toEqual([]);
    expect(s.told).toEqual(['refused: the photo is 30 MB; at most 20 MB is accepted']);
    expect(dumpTables(s.db, ['photo_jobs', 'outbox'])).toEqual(before);
  });

  it('a 30 MB picture whose size was not stated is cut off while downloading', async () => {
    const s = setup();
    const huge = Buffer.alloc(30 * 1024 * 1024, 1);
    huge.set([0xff, 0xd8, 0xff], 0);
    s.telegramAnswers({ file_path: 'documents/file_24.jpg' }, () => huge);
    const big = structuredClone(fixture('private-document-image')) as Update & { message: { document: { file_size?: number } } };
    delete big.message.document.file_size;
    s.receive(big);
    await s.runner.runDue();
    expect(s.told).toEqual([expect.stringMatching(/^refused: the photo is .*20 MB/)]);
    expect(s.db.$client.prepare('select count(*) n from photos').get()).toEqual({ n: 0 });
  });

  it('a network failure is retried later; the photo is stored once it comes', async () => {
    const s = setup();
    const phone = await jpeg(800, 600);
    let fail = true;
    s.telegramAnswers({ file_path: 'photos/file_17.jpg' }, () => (fail ? new HttpResponse(null, { status: 502 }) : phone));
    s.receive(fixture('private-photo'));
    await s.runner.runDue();
    expect(s.db.select({ status: photoJobs.status, attempts: photoJobs.attempts }).from(photoJobs).get()).toEqual({ status: 'pending', attempts: 1 });
    expect(s.told).toEqual([]);
    expect(await s.runner.runDue()).toBe(0); // not due yet
    fail = false;
    s.clock.advance(5000);
    await s.runner.runDue();
    expect(s.told).toEqual(['added as photo 1']);
  });

  it('a photo the product cannot take (it has 10 already) is refused by the handler, and nothing is stored', async () => {
    const s = setup();
    const phone = await jpeg(800, 600);
    s.telegramAnswers({ file_path: 'photos/file_17.jpg' }, () => phone);
    const failing: PhotoJobHandler = {
      done() {
        throw new PhotoError('too_many', 'a product has at most 10 photos');
      },
      refused(t, job, e) {
        s.told.push(`refused: ${(e as DomainError).code}`);
      },
    };
    const runner = new PhotoJobRunner(s.db, platformPhotoFetcher({ telegram: telegramPhotoFetcher({ bots: telegramSetup({ db: s.db, clock: s.clock, config: loadConfig({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_API_ROOT: API_ROOT }) }, { botInfo: () => BOT_INFO })!.bots, apiRoot: API_ROOT }) }), { product: failing }, s.clock);
    s.receive(fixture('private-photo'));
    await runner.runDue();
    expect(s.told).toEqual(['refused: LIMIT_REACHED']);
    expect(s.db.$client.prepare('select count(*) n from photos').get()).toEqual({ n: 0 });
  });
});

