import type { Hono } from 'hono';
import type { Db } from '../db/index.ts';
import type { Platform } from '../db/schema.ts';
import type { Clock } from '../core/clock.ts';
import type { Config } from './config.ts';
import type { Sender } from './outbox/types.ts';
import type { ChatAdapter } from './adapter.ts';
import { createZaloOaAdapter } from './zalo/index.ts';
import { createZaloBotAdapter } from './zalo-bot/index.ts';
import { createViberAdapter } from './viber/index.ts';
import { createTelegramAdapter, type TelegramSetup } from './telegram/index.ts';
import { telegramPhotoFetcher } from './telegram/photos.ts';
import { urlPhotoFetcher } from './photos/fetchers.ts';
import type { PhotoFetcher } from '../core/catalog/photos.ts';

/** What each configured platform adds: routes, an outbox sender, and work once the server listens. */
export interface PlatformSetup {
  /** The configured chat adapters, each with its declared capabilities. */
  adapters: ChatAdapter[];
  mounts: ((app: Hono) => void)[];
  senders: Partial<Record<Platform, Sender>>;
  /** How each configured platform's incoming photos are downloaded (Telegram getFile, the others' media URLs). */
  photoFetchers: Partial<Record<Platform, PhotoFetcher>>;
  afterListen: () => Promise<void>;
}

type Deps = { db: Db; clock: Clock; config: Config };

/** Every chat platform Gom speaks; each returns its adapter when configured, else undefined (its routes answer 404). */
export const PLATFORMS: readonly ((deps: Deps) => ChatAdapter | undefined)[] = [createTelegramAdapter, createZaloOaAdapter, createZaloBotAdapter, createViberAdapter];

/** Sets up every platform whose configuration is present; the rest stay off. */
export async function platformSetup(deps: Deps): Promise<PlatformSetup> {
  const adapters = PLATFORMS.map((create) => create(deps)).filter((a): a is ChatAdapter => a !== undefined);
  return {
    adapters,
    mounts: adapters.map((a) => a.mount),
    senders: Object.fromEntries(adapters.map((a) => [a.name, a.sender])),
    photoFetchers: Object.fromEntries(
      adapters.map((a) => [a.name, a.name === 'telegram' ? telegramPhotoFetcher({ bots: (a as TelegramSetup).bots, apiRoot: deps.config.TELEGRAM_API_ROOT }) : urlPhotoFetcher()]),
    ),
    afterListen: async () => void (await Promise.all(adapters.map((a) => a.afterListen?.()))),
  };
}
