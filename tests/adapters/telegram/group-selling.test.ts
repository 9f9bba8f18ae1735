import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Update } from 'grammy/types';
import { createInvite } from '../../../core/people/roles.ts';
import { fakeTelegram } from './fake-telegram.ts';
import { fixture, privateText, telegramApp } from './setup.ts';

let tg: ReturnType<typeof fakeTelegram>;
beforeEach(() => {
  tg = fakeTelegram();
});
afterEach(() => tg.close());

const GROUP = -1001914618483;

/** The recorded supergroup message (tests/fixtures/telegram/group-message.json), from `userId` with `text`. */
function groupText(o: { userId: number; firstName: string; text: string; updateId: number }): Update {
  const u = fixture('group-message') as Update & { message: NonNullable<Update['message']> };
  return {
    update_id: o.updateId,
    message: { ...u.message, message_id: o.updateId, text: o.text, entities: [], from: { ...u.message.from!, id: o.userId, first_name: o.firstName, last_name: undefined } },
  } as Update;
}

describe('group selling on Telegram', () => {
  it('the admin posts the catalog in a supergroup; a member orders there; the tally is edited in place and the member gets a deep link to pay privately', async () => {
    const t = telegramApp();
    const admin = 2222222;
    const member = 5519214459;
    // The admin links their Telegram account with a one-time invite, in a private chat.
    const code = createInvite(t.db, { groupId: 1, role: 'admin' }, t.clock());
    await t.post(privateText({ userId: admin, text: `/join ${code}`, updateId: 100 }));
    await t.deliver();
    expect(String(tg.drain()[0]!.params.text)).toContain('quản lý'); // message 500
    await t.post(groupText({ userId: admin, firstName: 'Mai', text: '/dang@gom_vanphuc_bot', updateId: 101 }));
    await t.deliver();
    const posted = tg.drain().filter((c) => c.method === 'sendMessage' && c.params.chat_id === String(GROUP));
    expect(posted).toHaveLength(2);
    const catalogLinks = ((posted[0]!.params.reply_markup as { inline_keyboard: { url?: string }[][] }).inline_keyboard ?? []).flat().map((b) => b.url);
    expect(catalogLinks).toContain('https://t.me/gom_vanphuc_bot?start=p_KL-XANH');
    expect(String(posted[1]!.params.text)).toContain('Danh sách đặt hàng');
    const tallyId = 502; // the fake answers message ids in order: the catalog got 501, the tally 502

    await t.post(groupText({ userId: member, firstName: 'Hồng', text: '+2 khăn xanh', updateId: 102 }));
    await t.deliver();
    const calls = tg.drain();
    const edit = calls.find((c) => c.method === 'editMessageText');
    expect(edit?.params).toMatchObject({ chat_id: String(GROUP), message_id: tallyId });
    expect(String(edit?.params.text)).toContain('1. Hồng: 2 Khăn lụa tơ tằm màu xanh ngọc');
    // The member never started the bot, so the group reply carries a deep link to pay in private.
    const reply = calls.find((c) => c.method === 'sendMessage' && String(c.params.text).includes('Hồng đã đặt'));
    const link = ((reply!.params.reply_markup as { inline_keyboard: { url?: string }[][] }).inline_keyboard ?? []).flat()[0]!.url!;
    const orderCode = (t.db.$client.prepare('select code from orders').get() as { code: string }).code;
    expect(link).toBe(`https://t.me/gom_vanphuc_bot?start=o_${orderCode}`);
    // Following the link: /start o_CODE in private shows the order and sends its QR.
    await t.post(privateText({ userId: member, text: `/start o_${orderCode}`, updateId: 103 }));
    await t.deliver();
    expect(tg.drain().filter((c) => c.method === 'sendPhoto' && c.params.chat_id === String(member))).toHaveLength(1);
  });
});
