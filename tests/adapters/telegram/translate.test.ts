import { describe, expect, it } from 'vitest';
import { toIncoming, toKeyboard, splitText, botIdOfToken, callbackQueryId } from '../../../adapters/telegram/translate.ts';
import { fixture } from './fixtures.ts';

// Payloads: tests/fixtures/telegram (sources in SOURCES.md there).
const origin = { botId: '7012345678', groupSlug: 'lua-van-phuc' };

describe('Telegram update → neutral Incoming', () => {
  it('private text message (Telegram’s documented example)', () => {
    expect(toIncoming(fixture('private-text'), origin)).toEqual({
      platform: 'telegram',
      groupSlug: 'lua-van-phuc',
      updateId: 'tg:7012345678:10000',
      dedupe: { source: 'telegram:7012345678', key: '10000' },
      userId: '1111111',
      userName: 'Test Firstname Test Lastname',
      chatId: '1111111',
      chatType: 'private',
      event: 'message',
      text: '/start',
    });
  });

  it('supergroup message: chatType group, chat id of the group, raw text', () => {
    expect(toIncoming(fixture('group-message'), origin)).toMatchObject({
      userId: '5519214459',
      userName: 'hong bing',
      chatId: '-1001914618483',
      chatType: 'group',
      text: '@ai999_bot 666',
      dedupe: { source: 'telegram:7012345678', key: '187326719' },
    });
  });

  it('reply in a supergroup: the reply’s own text, the group chat', () => {
    expect(toIncoming(fixture('group-reply'), origin)).toMatchObject({ userId: '113947584', chatId: '-1001712750774', chatType: 'group', text: '/voteban' });
  });

  it('callback query: button data, chat of the message, and its id to answer', () => {
    const u = fixture('callback-query');
    expect(toIncoming(u, origin)).toMatchObject({ userId: '535558561', userName: 'Ahmad Taheri', chatId: '535558561', chatType: 'private', button: '2' });
    expect(callbackQueryId(u)).toBe('2300206505773940939');
  });

  it('my_chat_member when the bot is added to a group → bot_added with the group chat id', () => {
    expect(toIncoming(fixture('my-chat-member-added'), origin)).toMatchObject({ event: 'bot_added', chatId: '-4726613835', chatType: 'group', userId: '5342492667' });
  });

  it('ignores the bot being promoted or removed, stickers in groups, and other bots', () => {
    const added = fixture('my-chat-member-added');
    const promoted = { ...added, my_chat_member: { ...added.my_chat_member!, old_chat_member: added.my_chat_member!.new_chat_member, new_chat_member: { ...added.my_chat_member!.new_chat_member, status: 'administrator' } } };
    expect(toIncoming(promoted as never, origin)).toBeNull();
    const removed = { ...added, my_chat_member: { ...added.my_chat_member!, old_chat_member: added.my_chat_member!.new_chat_member, new_chat_member: { ...added.my_chat_member!.old_chat_member } } };
    expect(toIncoming(removed as never, origin)).toBeNull();
    const g = fixture('group-message');
    const sticker = { ...g, message: { ...g.message!, text: undefined, entities: undefined, sticker: { file_id: 'x' } } };
    expect(toIncoming(sticker as never, origin)).toBeNull();
    const fromBot = { ...g, message: { ...g.message!, from: { ...g.message!.from!, is_bot: true } } };
    expect(toIncoming(fromBot as never, origin)).toBeNull();
  });

  it('passes a deep link and a /start without entities through untouched', () => {
    const p = fixture('private-text');
    expect(toIncoming({ ...p, message: { ...p.message!, text: '/start p_KL-XANH' } } as never, origin)?.text).toBe('/start p_KL-XANH');
    expect(toIncoming({ ...p, message: { ...p.message!, text: '/hang@gom_vanphuc_bot' } } as never, origin)?.text).toBe('/hang@gom_vanphuc_bot');
  });
});

describe('neutral buttons → inline keyboard', () => {
  it('maps data, url, start (deep link) and phone (text line)', () => {
    const kb = toKeyboard(
      [
        [{ label: 'Xem hàng', data: 'c:0' }, { label: 'Web', url: 'https://example.vn' }],
        [{ label: 'Khăn xanh', start: 'p_KL-XANH' }],
        [{ label: 'Gọi chị Lan', phone: '0912345678' }],
      ],
      'gom_vanphuc_bot',
    );
    expect(kb.reply_markup).toEqual({
      inline_keyboard: [
        [{ text: 'Xem hàng', callback_data: 'c:0' }, { text: 'Web', url: 'https://example.vn' }],
        [{ text: 'Khăn xanh', url: 'https://t.me/gom_vanphuc_bot?start=p_KL-XANH' }],
      ],
    });
    expect(kb.extraLines).toEqual(['📞 Gọi chị Lan: 0912345678']);
  });

  it('falls back to st:<start> data when the username is unknown, and omits an empty keyboard', () => {
    expect(toKeyboard([[{ label: 'x', start: 'p_A' }]], undefined).reply_markup).toEqual({ inline_keyboard: [[{ text: 'x', callback_data: 'st:p_A' }]] });
    expect(toKeyboard([[{ label: 'call', phone: '1' }]], 'b').reply_markup).toBeUndefined();
  });

  it('splits long texts at line breaks within Telegram’s 4096 limit', () => {
    const text = Array.from({ length: 300 }, (_, i) => `dòng ${i} ${'x'.repeat(20)}`).join('\n');
    const parts = splitText(text);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((p) => p.length <= 4096)).toBe(true);
    expect(parts.join('\n')).toBe(text);
  });

  it('takes the bot id from the token', () => {
    expect(botIdOfToken('7012345678:AAH')).toBe('7012345678');
    expect(() => botIdOfToken('nope')).toThrow();
  });
});
