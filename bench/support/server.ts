/**
 * The server side of the HTTP bench, run in its own process (so the load generator has the other
 * core): Gom's app (simulator and Telegram webhook, as `npm start` builds it) and a bare Hono app,
 * each on its own port. The outbox worker is not started: replies stay in the outbox, so the figures
 * are the request path alone. Talks to the parent over IPC: `ready` with the ports, then answers
 * `cpu` (process CPU time so far) and `sold` (units of a sku in live orders).
 */
import { Hono } from 'hono';
import { openDb } from '../../db/index.ts';
import { createApp } from '../../adapters/server.ts';
import { loadConfig } from '../../adapters/config.ts';
import { listen } from '../../adapters/serve.ts';
import { seedDemoIfEmpty } from '../../adapters/boot.ts';
import { telegramSetup } from '../../adapters/telegram/index.ts';
import { systemClock } from '../../core/clock.ts';
import { createLogger, setLogger } from '../../adapters/log.ts';

export const BENCH_TELEGRAM_TOKEN = '123456789:AAbenchbenchbenchbenchbenchbenchben';
export const BENCH_TELEGRAM_SECRET = 'bench-secret';

// As in `npm run bench` itself: request logs off unless LOG_LEVEL asks for them (LOG_LEVEL=info measures their cost).
setLogger(createLogger(process.env.LOG_LEVEL ?? 'silent'));
const [dbPath] = process.argv.slice(2);
const db = openDb(dbPath!);
seedDemoIfEmpty(db, true, new Date());
const config = loadConfig({ DATABASE_PATH: dbPath, TELEGRAM_BOT_TOKEN: BENCH_TELEGRAM_TOKEN, TELEGRAM_WEBHOOK_SECRET: BENCH_TELEGRAM_SECRET });
const telegram = telegramSetup({ db, clock: systemClock, config })!;
const gom = await listen(createApp({ db, clock: systemClock, config, mounts: [telegram.mount] }), 0, '127.0.0.1');

const bare = new Hono();
bare.post('/bare', async (c) => {
  const body = (await c.req.json()) as { userId?: string };
  return c.json({ replies: [{ id: '1', type: 'text', text: `ok ${body.userId ?? ''}` }] });
});
const bareServer = await listen(bare, 0, '127.0.0.1');

const port = (s: typeof gom) => (s.address() as { port: number }).port;
process.on('message', (msg: { cmd: string; sku?: string; qty?: number }) => {
  if (msg.cmd === 'cpu') {
    const u = process.cpuUsage();
    process.send!({ cpu: (u.user + u.system) / 1000, rss: process.memoryUsage().rss });
  } else if (msg.cmd === 'stock') {
    // Leave exactly `qty` units of the sku for sale, all with the first household.
    db.$client.prepare('update stock set qty = 0 where product_id = (select id from products where sku = ?)').run(msg.sku);
    db.$client
      .prepare('update stock set qty = ? where product_id = (select id from products where sku = ?) and household_id = (select min(household_id) from stock where product_id = (select id from products where sku = ?))')
      .run(msg.qty, msg.sku, msg.sku);
    process.send!({ ok: true });
  } else if (msg.cmd === 'sold') {
    const row = db.$client
      .prepare(
        `select coalesce(sum(l.qty), 0) as sold, count(distinct o.id) as orders from order_lines l join orders o on o.id = l.order_id
         where l.sku = ? and o.status in ('awaiting_payment','paid','ready','shipped','delivered')`,
      )
      .get(msg.sku) as { sold: number; orders: number };
    process.send!(row);
  } else if (msg.cmd === 'exit') {
    process.exit(0);
  }
});
process.send!({ gom: port(gom), bare: port(bareServer) });
