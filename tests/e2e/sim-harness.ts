import { openTestDb, type Db } from '../../db/index.ts';
import { createApp } from '../../adapters/server.ts';
import { loadConfig } from '../../adapters/config.ts';
import { seedDemoIfEmpty } from '../../adapters/boot.ts';
import type { SimReply } from '../../adapters/sim/sim.ts';
import { fakeClock } from '../helpers.ts';

export const TOKEN = 'test-admin-token';

/** A simulator session over a real app and an in-memory database with the demo shop and demo roles. */
export function simSession(env: Record<string, string> = {}) {
  return simSessionOver(openTestDb(), env);
}

/** A simulator session over a real app on the given database, seeded with the demo shop and demo roles. */
export function simSessionOver(db: Db, env: Record<string, string> = {}) {
  const clock = fakeClock();
  seedDemoIfEmpty(db, true, clock());
  const config = loadConfig({ ADMIN_API_TOKEN: TOKEN, ...env });
  const app = createApp({ db, clock, config });
  const post = async (body: Record<string, unknown>): Promise<SimReply[]> => {
    const res = await app.request('/sim/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (res.status !== 200) throw new Error(`sim answered ${res.status}: ${await res.text()}`);
    return ((await res.json()) as { replies: SimReply[] }).replies;
  };
  return {
    db,
    clock,
    app,
    /** A user writes a message (privately, or into `chatId`). */
    say: (userId: string, text: string, chatId?: string, name?: string) => post({ userId, text, ...(chatId ? { chatId } : {}), ...(name ? { name } : {}) }),
    /** A user presses a button. */
    press: (userId: string, button: string, chatId?: string) => post({ userId, button, ...(chatId ? { chatId } : {}) }),
    /** Messages the bot sent to a user's private chat (or a chat) as a consequence of others' actions. */
    inbox: async (q: { userId?: string; chatId?: string }): Promise<SimReply[]> => {
      const res = await app.request(`/sim/inbox?${new URLSearchParams(q as Record<string, string>)}`);
      return ((await res.json()) as { messages: SimReply[] }).messages;
    },
    api: async (path: string, init: RequestInit = {}) => {
      const res = await app.request(path, { ...init, headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', ...(init.headers ?? {}) } });
      return { status: res.status, json: (await res.json()) as any };
    },
  };
}

/** All button data in a list of replies. */
export function buttonData(replies: SimReply[]): string[] {
  return replies.flatMap((r) => ('buttons' in r && r.buttons ? r.buttons.flat().map((b) => b.data) : []));
}

/** The texts (and captions) of a list of replies, joined. */
export function texts(replies: SimReply[]): string {
  return replies.map((r) => (r.type === 'photo' ? (r.caption ?? '') : r.text)).join('\n---\n');
}
