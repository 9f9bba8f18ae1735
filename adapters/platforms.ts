import type { Hono } from 'hono';
import type { Db } from '../db/index.ts';
import type { Platform } from '../db/schema.ts';
import type { Clock } from '../core/clock.ts';
import type { Config } from './config.ts';
import type { Sender } from './outbox/types.ts';
import { setupZaloOa } from './zalo/index.ts';
import { setupZaloBot } from './zalo-bot/index.ts';
import { viberConfigured, viberSetup } from './viber/index.ts';
import { telegramSetup } from './telegram/index.ts';
import { telegramPhotoFetcher } from './telegram/photos.ts';
import { urlPhotoFetcher } from './photos/fetchers.ts';
import type { PhotoFetcher } from '../core/catalog/photos.ts';

/** What each configured platform adds: routes, an outbox sender, and work once the server listens. */
export interface PlatformSetup {
  mounts: ((app: Hono) => void)[];
  senders: Partial<Record<Platform, Sender>>;
  /** How each configured platform's incoming photos are downloaded (Telegram getFile, the others' media URLs). */
  photoFetchers: Partial<Record<Platform, PhotoFetcher>>;
  afterListen: () => Promise<void>;
}

/** Sets up every platform whose configuration is present; the rest stay off (their routes answer 404). */
export async function platformSetup(deps: { db: Db; clock: Clock; config: Config }): Promise<PlatformSetup> {
  const mounts: PlatformSetup['mounts'] = [];
  const senders: PlatformSetup['senders'] = {};
  const photoFetchers: PlatformSetup['photoFetchers'] = {};
  const after: (() => Promise<void>)[] = [];

  // --- telegram ---
  const telegram = telegramSetup(deps);
  if (telegram) {
    mounts.push(telegram.mount);
    senders.telegram = telegram.sender;
    photoFetchers.telegram = telegramPhotoFetcher({ bots: telegram.bots, apiRoot: deps.config.TELEGRAM_API_ROOT });
    after.push(telegram.afterListen);
  }
  // --- zalo ---
  const zaloOa = setupZaloOa(deps);
  if (zaloOa) {
    mounts.push(zaloOa.mount);
    senders.zalo = zaloOa.sender;
    photoFetchers.zalo = urlPhotoFetcher();
  }
  const zaloBot = setupZaloBot(deps);
  if (zaloBot) {
    mounts.push(zaloBot.mount);
    senders['zalo-bot'] = zaloBot.sender;
    photoFetchers['zalo-bot'] = urlPhotoFetcher();
    after.push(zaloBot.registerWebhook);
  }
  // --- viber ---
  if (viberConfigured(deps)) {
    const viber = viberSetup(deps);
    mounts.push(viber.mount);
    senders.viber = viber.sender;
    photoFetchers.viber = urlPhotoFetcher();
    after.push(viber.afterListen);
  }

  return { mounts, senders, photoFetchers, afterListen: async () => void (await Promise.all(after.map((f) => f()))) };
}
