import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestDb } from '../../db/index.ts';
import { seedDemoIfEmpty } from '../../adapters/boot.ts';
import { loadConfig } from '../../adapters/config.ts';
import { createApp } from '../../adapters/server.ts';
import { deliverDue } from '../../adapters/outbox/worker.ts';
import { telegramSetup } from '../../adapters/telegram/index.ts';
import type { SimReply } from '../../adapters/sim/sim.ts';
import { runDueJobs } from '../../bots/jobs.ts';
import { API_ROOT, BOT_INFO, SECRET, TOKEN, fakeTelegram } from '../adapters/telegram/fake-telegram.ts';
import { fixture, privateText } from '../adapters/telegram/setup.ts';
import { movingClock, signed, userSendText, zaloOaContext } from '../adapters/zalo/harness.ts';

// The payloads are the platforms' recorded ones: tests/fixtures/telegram/SOURCES.md, tests/fixtures/zalo/SOURCES.md.
// Zalo's rule (consultation messages only within 7 days of the customer's last message) is in the README.
const DAY = 24 * 3600_000;
let tg: ReturnType<typeof fakeTelegram> | undefined;
afterEach(() => tg?.close());

/** One shop on the simulator, Telegram and Zalo OA at once, with fake Bot API and Zalo servers. */
async function shopOnThreePlatforms() {
  tg = fakeTelegram();
  const db = openTestDb();
  const clock = movingClock();
  seedDemoIfEmpty(db, true, clock());
  const zalo = await zaloOaContext(tg.server, { db, clock });
  const config = loadConfig({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_API_ROOT: API_ROOT });
  const telegram = telegramSetup({ db, clock, config }, { botInfo: () => BOT_INFO })!;
  const app = createApp({ db, clock, config, mounts: [telegram.mount, zalo.setup.mount] });
  const sim = async (body: Record<string, unknown>): Promise<SimReply[]> => {
    const res = await app.request('/sim/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return ((await res.json()) as { replies: SimReply[] }).replies;
  };
  const inbox = async (userId: string): Promise<string> => {
    const res = await app.request(`/sim/inbox?userId=${userId}`);
    return ((await res.json()) as { messages: SimReply[] }).messages.map((m) => (m.type === 'photo' ? (m.caption ?? '') : m.text)).join('\n');
  };
  const telegramUpdate = (update: unknown) =>
    app.request('/webhooks/telegram/lua-van-phuc', { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET }, body: JSON.stringify(update) });
  const deliver = () => deliverDue(db, { telegram: telegram.sender, zalo: zalo.setup.sender }, clock);
  return { db, clock, app, zalo, tg: tg!, sim, inbox, telegramUpdate, zaloText: (user: string, text: string, id: string) => app.request(signed(userSendText(user, text, id))), deliver };
}

describe('an announcement to the shop’s customers', () => {
  it('respects Zalo’s 7-day window and a Telegram block, and reports sent / not allowed / failed to the admin', async () => {
    const s = await shopOnThreePlatforms();
    // Zalo: one customer wrote 8 days ago, another today.
    expect((await s.zaloText('zu-old', 'shop ơi còn khăn xanh không', 'm1')).status).toBe(200);
    await s.deliver();
    s.clock.advance(8 * DAY);
    // Zalo's access token lives ~25 hours: a week later Gom refreshes it (Zalo's recorded answer).
    s.zalo.oauthAnswers.push(JSON.parse(readFileSync(new URL('../fixtures/zalo/oa-oauth-refresh-response.json', import.meta.url), 'utf8')));
    expect((await s.zaloText('zu-new', 'chào shop', 'm2')).status).toBe(200);
    // Telegram: one customer blocks the bot (Telegram's my_chat_member update), another blocked it without Gom knowing yet.
    await s.telegramUpdate(privateText({ userId: 5342492667, text: '/start', updateId: 1 }));
    await s.telegramUpdate(privateText({ userId: 4242, text: '/start', updateId: 2 }));
    await s.telegramUpdate(fixture('my-chat-member-private-blocked'));
    // The simulator's customer.
    await s.sim({ userId: 'u1', name: 'Lan', text: '/start' });
    await s.deliver();
    s.tg.drain();
    s.zalo.sent();

    const queued = await s.sim({ userId: 'admin', text: '/thongbao Hàng mới về: khăn lụa màu tím, 250.000 ₫' });
    const said = queued.map((r) => (r.type === 'text' ? r.text : '')).join('\n');
    expect(said).toContain('Đang gửi thông báo cho 3 khách');
    expect(said).toContain('Không được phép gửi cho 2 khách');
    expect(said).toContain('1 Zalo: khách chưa nhắn shop trong 7 ngày qua');
    expect(said).toContain('1 đã chặn bot');

    // Telegram answers 403 for the customer who blocked the bot unseen.
    s.tg.failNextSend({ code: 403, description: 'Forbidden: bot was blocked by the user' });
    await s.deliver();
    const tgSends = s.tg.drain().filter((c) => c.method === 'sendMessage');
    expect(tgSends.map((c) => String(c.params.chat_id))).toEqual(['4242']);
    expect(String(tgSends[0]!.params.text)).toContain('Hàng mới về: khăn lụa màu tím');
    const zaloSends = s.zalo.sent();
    expect(zaloSends.map((m) => m.chatId)).toEqual(['zu-new']);
    expect(zaloSends[0]!.text).toContain('/tatthongbao');
    expect(await s.inbox('u1')).toContain('Hàng mới về: khăn lụa màu tím');
    // Nobody was told one by one that a message failed.
    expect(await s.inbox('admin')).toBe('');

    runDueJobs(s.db, s.clock);
    const report = await s.inbox('admin');
    expect(report).toContain('📣 Kết quả thông báo «Hàng mới về: khăn lụa màu tím, 250.000 ₫»: đã gửi 2, không được phép gửi 2, lỗi 1.');
    // The Telegram customer who blocked the bot unseen is now known to have blocked it.
    expect(s.db.$client.prepare("select unreachable_at is not null b from identities where platform_user_id = '4242'").get()).toEqual({ b: 1 });
    runDueJobs(s.db, s.clock);
    expect(await s.inbox('admin')).toBe('');
  });

  it('a customer who turns announcements off gets none until they turn them back on', async () => {
    const s = await shopOnThreePlatforms();
    await s.sim({ userId: 'u1', name: 'Lan', text: '/start' });
    await s.sim({ userId: 'u2', name: 'Hùng', text: '/start' });
    expect((await s.sim({ userId: 'u1', text: '/tatthongbao' })).map((r) => (r.type === 'text' ? r.text : '')).join()).toContain('Đã tắt thông báo');
    const queued = await s.sim({ userId: 'admin', text: '/thongbao Đợt gom Tết mở rồi' });
    expect(queued.map((r) => (r.type === 'text' ? r.text : '')).join()).toContain('1 khách đã tắt thông báo');
    expect(await s.inbox('u1')).toBe('');
    expect(await s.inbox('u2')).toContain('Đợt gom Tết mở rồi');
    await s.sim({ userId: 'u1', text: '/batthongbao' });
    await s.sim({ userId: 'admin', text: '/thongbao Lần hai' });
    expect(await s.inbox('u1')).toContain('Lần hai');
    // A customer cannot announce.
    await s.sim({ userId: 'u2', text: '/thongbao mua đi' });
    expect(await s.inbox('u1')).toBe('');
  });
});
