import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { handleIncoming } from '../../bots/engine.ts';
import type { Incoming } from '../../bots/model.ts';
import { toIncoming } from '../../adapters/telegram/translate.ts';
import { imageIncoming } from '../../adapters/zalo/webhook.ts';
import { botPhoto, parseBotUpdate } from '../../adapters/zalo-bot/webhook.ts';
import { picturePhoto } from '../../adapters/viber/webhook.ts';
import { orders, outbox } from '../../db/schema.ts';
import { fixture } from '../adapters/telegram/fixtures.ts';
import { simSession } from './sim-harness.ts';

// A bank-app screenshot sent on each platform, as each adapter translates the platform's documented payload
// (the fixtures and their sources are in tests/fixtures/*/SOURCES), from a customer with an unpaid order: it does
// what the 💸 button does — the payment confirmer is asked once and the order carries the claim.
const json = (path: string) => JSON.parse(readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8'));
const slug = 'lua-van-phuc';

function screenshots(): Record<string, Incoming> {
  const telegram = toIncoming(fixture('private-photo'), { botId: '7012345678', groupSlug: slug })!;
  delete telegram.text; // a screenshot comes without a caption
  const zaloOa = imageIncoming(json('zalo/oa-user-send-image.json'), slug)!;
  const bot = parseBotUpdate(json('zalo/bot-message-image-received.json'))!;
  const botUser = bot.message!.from.id;
  const zaloBot: Incoming = { platform: 'zalo-bot', userId: botUser, chatId: botUser, chatType: 'private', groupSlug: slug, photo: botPhoto(bot.message!)!.photo };
  const vb = json('viber/message-picture.json');
  const viber: Incoming = { platform: 'viber', userId: vb.sender.id, chatId: vb.sender.id, chatType: 'private', groupSlug: slug, photo: picturePhoto(vb.message)! };
  return { telegram, 'zalo OA': zaloOa, 'Zalo Bot': zaloBot, viber };
}

describe('a payment screenshot on every platform is a payment claim', () => {
  for (const [name, photo] of Object.entries(screenshots())) {
    it(`${name}: the photo reaches the confirmer as a claim and the order shows it`, () => {
      // The demo shop with its roles: the payment confirmer 'thu-quy' can be told.
      const { db, clock } = simSession();
      const deps = { db, clock };
      const base = { platform: photo.platform, userId: photo.userId, chatId: photo.chatId, chatType: 'private' as const, groupSlug: slug, userName: 'Lan' };
      expect(photo.photo).toBeDefined();
      handleIncoming(deps, { ...base, text: 'KL-XANH x2' });
      handleIncoming(deps, { ...base, button: 'ok' });
      const [placed] = db.select().from(orders).all();
      expect(placed?.paymentClaimedAt ?? null).toBeNull();

      const before = db.select().from(outbox).all().length;
      const res = handleIncoming(deps, { ...photo, text: undefined, dedupe: undefined });
      expect(res.replies.length).toBeGreaterThan(0);
      expect(db.select().from(orders).where(eq(orders.id, placed!.id)).get()!.paymentClaimedAt).toBe('2026-11-22T10:00:00.000Z');
      const sent = db.select().from(outbox).all().slice(before).map((r) => JSON.stringify(r.payload));
      expect(sent.filter((p) => p.includes(placed!.code) && p.includes('gửi ảnh chụp chuyển khoản'))).toHaveLength(1);
    });
  }
});
