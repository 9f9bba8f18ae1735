/**
 * SQL statements per chat turn, in-process on a real SQLite file with the demo shop: each statement run is
 * counted by its SQL text (BEGIN, COMMIT and savepoints aside). The turns are the HTTP bench's free-text
 * messages of 200 returning customers, or with FLASH=1 the flash sale's new buyer ("KL-XANH x1", then
 * confirming) with nothing left in stock.
 *
 *   npx tsx bench/support/count-statements.ts        FLASH=1 npx tsx bench/support/count-statements.ts
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { openDb } from '../../db/index.ts';
import { seedDemoIfEmpty } from '../../adapters/boot.ts';
import { systemClock } from '../../core/clock.ts';
import { handleIncoming } from '../../bots/engine.ts';
import type { Incoming } from '../../bots/model.ts';
import { createLogger, setLogger } from '../../adapters/log.ts';

setLogger(createLogger('silent'));
const db = openDb(join(mkdtempSync(join(tmpdir(), 'gom-count-')), 'bench.db'));
const counts = new Map<string, number>();
let counting = false;
// Every statement is compiled through prepare (db/index.ts keeps them per SQL text): wrap each once.
const wrapped = new WeakSet<Database.Statement>();
const prepare = db.$client.prepare.bind(db.$client);
db.$client.prepare = ((source: string) => {
  const stmt = prepare(source);
  if (!wrapped.has(stmt)) {
    wrapped.add(stmt);
    for (const method of ['run', 'get', 'all', 'iterate'] as const) {
      const original = stmt[method].bind(stmt) as (...args: unknown[]) => unknown;
      (stmt as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        if (counting) counts.set(`${method} ${source}`, (counts.get(`${method} ${source}`) ?? 0) + 1);
        return original(...args);
      };
    }
  }
  return stmt;
}) as typeof db.$client.prepare;
seedDemoIfEmpty(db, true, new Date());

const TEXTS = ['cho mình 2 khăn xanh nhé', 'lay 1 ao dai size M, sdt 0912345678', 'Shop ơi khăn đỏ còn không ạ?', 'KL-DO x1, CA-VAT x2'];
const FLASH = process.env.FLASH === '1';
if (FLASH) db.$client.prepare('update stock set qty = 0').run();
const say = (userId: string, body: Pick<Incoming, 'text'> | Pick<Incoming, 'button'>) =>
  handleIncoming({ db, clock: systemClock }, { platform: 'sim', userId, userName: FLASH ? null : userId, chatId: userId, chatType: 'private', privateChatId: userId, ...body });
const turn = (i: number) => {
  if (!FLASH) return void say(`t${i % 200}`, { text: TEXTS[i % TEXTS.length]! });
  const buyer = `flash${i}${counting ? '-counted' : ''}`; // a new buyer every time
  say(buyer, { text: 'KL-XANH x1' });
  say(buyer, { button: 'ok' });
};
const N = 400;
for (let i = 0; i < N; i++) turn(i); // warm: kept rows filled, statements compiled
counting = true;
for (let i = 0; i < N; i++) turn(i);
let total = 0;
for (const [sql, n] of [...counts].sort((a, b) => b[1] - a[1])) {
  total += n;
  console.log(`${(n / N).toFixed(2)}  ${sql.replace(/\s+/g, ' ').slice(0, 160)}`);
}
console.log(`${(total / N).toFixed(2)} statements per ${FLASH ? 'buyer (message + confirm)' : 'turn'}`);
