import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../../db/index.ts';
import type { SimReply } from '../../adapters/sim/sim.ts';
import { simSessionOver } from './sim-harness.ts';

/** A simulator session over a real app and a real SQLite file (WAL, migrations) with the demo shop and demo roles. */
export function simFileSession() {
  const path = join(mkdtempSync(join(tmpdir(), 'gom-sim-')), 'gom.db');
  return { ...simSessionOver(openDb(path)), path };
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
