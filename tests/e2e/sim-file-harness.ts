import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, type Db } from '../../db/index.ts';
import { createApp } from '../../adapters/server.ts';
import { loadConfig } from '../../adapters/config.ts';
import { seedDemoIfEmpty } from '../../adapters/boot.ts';
import type { SimReply } from '../../adapters/sim/sim.ts';
import { fakeClock } from '../helpers.ts';
import { TOKEN } from './sim-harness.ts';

/** A simulator session over a real app and a real SQLite file (WAL, migrations) with the demo shop and demo roles. */
export function simFileSession() {
  const path = join(mkdtempSync(join(tmpdir(), 'gom-sim-')), 'gom.db');
  const db: Db = openDb(path);
  const clock = fakeClock();
  seedDemoIfEmpty(db, true, clock());
  const app = createApp({ db, clock, config: loadConfig({ ADMIN_API_TOKEN: TOKEN }) });
  const post = async (body: Record<string, unknown>): Promise<SimReply[]> => {
    const res = await app.request('/sim/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (res.status !== 200) throw new Error(`sim answered ${res.status}: ${await res.text()}`);
    return ((await res.json()) as { replies: SimReply[] }).replies;
  };
  return {
    db,
    path,
    clock,
    app,
    say: (userId: string, text: string, chatId?: string, name?: string) => post({ userId, text, ...(chatId ? { chatId } : {}), ...(name ? { name } : {}) }),
    press: (userId: string, button: string, chatId?: string) => post({ userId, button, ...(chatId ? { chatId } : {}) }),
    inbox: async (q: { userId?: string; chatId?: string }): Promise<SimReply[]> => {
      const res = await app.request(`/sim/inbox?${new URLSearchParams(q as Record<string, string>)}`);
      return ((await res.json()) as { messages: SimReply[] }).messages;
    },
    api: async (path: string) => {
      const res = await app.request(path, { headers: { authorization: `Bearer ${TOKEN}` } });
      return { status: res.status, json: (await res.json()) as any };
    },
  };
}

/** The data of the first button whose label contains `label` (tests press buttons as a person would: by what they read). */
export function buttonFor(replies: SimReply[], label: string): string {
  for (const r of replies) for (const row of ('buttons' in r && r.buttons) || []) for (const b of row) if (b.label.includes(label)) return b.data;
  throw new Error(`no button "${label}" in: ${JSON.stringify(replies.map((r) => ('buttons' in r ? r.buttons : undefined)))}`);
}

/** Every button label in a list of replies. */
export function labels(replies: SimReply[]): string[] {
  return replies.flatMap((r) => ('buttons' in r && r.buttons ? r.buttons.flat().map((b) => b.label) : []));
}
