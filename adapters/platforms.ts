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

/** What each configured platform adds: routes, an outbox sender, and work once the server listens. */
export interface PlatformSetup {
  mounts: ((app: Hono) => void)[];
  senders: Partial<Record<Platform, Sender>>;
  afterListen: () => Promise<void>;
}

/** Sets up every platform whose configuration is present; the rest stay off (their routes answer 404). */
export async function platformSetup(deps: { db: Db; clock: Clock; config: Config }): Promise<PlatformSetup> {
  const mounts: PlatformSetup['mounts'] = [];
  const senders: PlatformSetup['senders'] = {};
  const after: (() => Promise<void>)[] = [];

  // --- telegram ---
  const telegram = telegramSetup(deps);
  if (telegram) {
    mounts.push(telegram.mount);
    senders.telegram = telegram.sender;
    after.push(telegram.afterListen);
  }
  // --- zalo ---
  const zaloOa = setupZaloOa(deps);
  if (zaloOa) {
    mounts.push(zaloOa.mount);
    senders.zalo = zaloOa.sender;
  }
  const zaloBot = setupZaloBot(deps);
  if (zaloBot) {
    mounts.push(zaloBot.mount);
    senders['zalo-bot'] = zaloBot.sender;
    after.push(zaloBot.registerWebhook);
  }
  // --- viber ---
  if (viberConfigured(deps)) {
    const viber = viberSetup(deps);
    mounts.push(viber.mount);
    senders.viber = viber.sender;
    after.push(viber.afterListen);
  }

  return { mounts, senders, afterListen: async () => void (await Promise.all(after.map((f) => f()))) };
}
