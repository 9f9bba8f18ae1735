import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeTelegram } from './fake-telegram.ts';
import { fixture, privateText, telegramApp } from './setup.ts';

// The my_chat_member payloads are real captures: tests/fixtures/telegram/SOURCES.md.
let tg: ReturnType<typeof fakeTelegram>;
beforeEach(() => {
  tg = fakeTelegram();
});
afterEach(() => tg.close());

describe('a customer blocks and unblocks the bot in their private chat', () => {
  it('is marked unreachable on the block and reachable again on the unblock, with nothing sent', async () => {
    const t = telegramApp();
    await t.post(privateText({ userId: 5342492667, text: '/start', updateId: 1 }));
    const state = () =>
      t.db.$client.prepare("select unreachable_at is not null as blocked, unreachable_reason as reason from identities where platform = 'telegram' and platform_user_id = '5342492667'").get();
    expect(state()).toEqual({ blocked: 0, reason: null });
    const outboxBefore = t.db.$client.prepare('select count(*) n from outbox').get();
    expect((await t.post(fixture('my-chat-member-private-blocked'))).status).toBe(200);
    expect(state()).toEqual({ blocked: 1, reason: 'telegram: the user blocked the bot' });
    expect(t.db.$client.prepare('select count(*) n from outbox').get()).toEqual(outboxBefore);
    expect((await t.post(fixture('my-chat-member-private-unblocked'))).status).toBe(200);
    expect(state()).toEqual({ blocked: 0, reason: null });
  });

  it('a block from someone Gom never saw writes nothing', async () => {
    const t = telegramApp();
    expect((await t.post(fixture('my-chat-member-private-blocked'))).status).toBe(200);
    expect(t.db.$client.prepare("select count(*) n from identities where platform = 'telegram'").get()).toEqual({ n: 0 });
  });
});
