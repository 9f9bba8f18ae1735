/**
 * The server side of `bench/floor.ts`: four Hono endpoints on one port that each do a part of what any chat
 * turn must do, and nothing else. `/bare` reads JSON and answers JSON (the bench's baseline); `/parse` also
 * reads the message against the demo shop's catalog (the parser a turn runs); `/write` also records the
 * message as one row in Gom's own database the way a chat turn writes (`txGrouped`: a savepoint inside the
 * group commit of the requests that arrived in the same turn of the event loop); `/parse-write` does both. Talks to the parent over IPC: `ready` with the port, then `cpu`.
 */
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { openDb, prepared, txGrouped } from '../../db/index.ts';
import { listen } from '../../adapters/serve.ts';
import { DEMO_SHOP } from '../../adapters/boot.ts';
import { buildMatcher, parseOrder } from '../../core/parser/index.ts';
import { parseShopFileText } from '../../core/catalog/shop-file.ts';

const [dbPath] = process.argv.slice(2);
// The demo shop read and checked as an import reads it, its products as the catalog keeps them.
const shop = parseShopFileText(readFileSync(DEMO_SHOP, 'utf8'));
const matcher = buildMatcher(shop.products.map(({ sku, name, price, unit, aliases }) => ({ sku, name, price, unit, aliases })));

const db = openDb(dbPath!);
db.$client.exec('create table floor_messages (id integer primary key, chat_id text not null, text text not null, at text not null)');
db.$client.exec('create index floor_messages_chat on floor_messages (chat_id, id)');
const insert = prepared((d) => d.$client.prepare<[string, string, string]>('insert into floor_messages (chat_id, text, at) values (?, ?, ?)'));
const record = (chat: string, text: string) => txGrouped(db, (t) => insert(t).run(chat, text, new Date().toISOString()));

interface Body {
  userId: string;
  text: string;
}
const app = new Hono();
app.post('/bare', async (c) => {
  const b = (await c.req.json()) as Body;
  return c.json({ replies: [{ id: '1', type: 'text', text: `ok ${b.userId}` }] });
});
app.post('/parse', async (c) => {
  const b = (await c.req.json()) as Body;
  const p = parseOrder(matcher, b.text);
  return c.json({ replies: [{ id: '1', type: 'text', text: `ok ${b.userId} ${p.items.length}` }] });
});
app.post('/write', async (c) => {
  const b = (await c.req.json()) as Body;
  await record(b.userId, b.text);
  return c.json({ replies: [{ id: '1', type: 'text', text: `ok ${b.userId}` }] });
});
app.post('/parse-write', async (c) => {
  const b = (await c.req.json()) as Body;
  const p = parseOrder(matcher, b.text);
  await record(b.userId, b.text);
  return c.json({ replies: [{ id: '1', type: 'text', text: `ok ${b.userId} ${p.items.length}` }] });
});
const server = await listen(app, 0, '127.0.0.1');

process.on('message', (msg: { cmd: string }) => {
  if (msg.cmd === 'cpu') {
    const u = process.cpuUsage();
    process.send!({ cpu: (u.user + u.system) / 1000 });
  } else if (msg.cmd === 'exit') process.exit(0);
});
process.send!({ port: (server.address() as { port: number }).port });
