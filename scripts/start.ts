import { openDb } from '../db/index.ts';
import { systemClock } from '../core/clock.ts';
import { loadConfig } from '../adapters/config.ts';
import { environment } from '../adapters/env.ts';
import { seedDemoIfEmpty } from '../adapters/boot.ts';
import { createApp } from '../adapters/server.ts';
import { listen } from '../adapters/serve.ts';
import { startOutboxWorker } from '../adapters/outbox/worker.ts';
import { startScheduler } from '../bots/jobs.ts';
import { platformSetup } from '../adapters/platforms.ts';

// `npm start`: wires configuration to the pieces and starts them; nothing else happens here.
const config = loadConfig(environment());
const db = openDb(config.DATABASE_PATH);
const clock = systemClock;
if (seedDemoIfEmpty(db, config.DEMO, clock())) console.log('Imported the demo shop (Lụa Vạn Phúc). Set DEMO=0 to start empty.');
if (config.SIM && config.DEMO && config.PUBLIC_URL?.startsWith('https://')) {
  console.warn('Warning: the simulator is on with the demo people (who hold admin roles) on a public server. Set SIM=0 (and DEMO=0) in production.');
}
const platforms = await platformSetup({ db, clock, config });
const app = createApp({ db, clock, config, mounts: platforms.mounts });
await listen(app, config.PORT, config.HOST);
startOutboxWorker(db, platforms.senders, clock);
startScheduler(db, clock);
console.log(`Gom is running at ${config.publicUrl} (simulator at http://${config.HOST}:${config.PORT}/)`);
// Webhook registration and long polling talk to the platforms; they must never hold up or crash the server.
platforms.afterListen().catch((e) => console.error('platform setup failed', e));
