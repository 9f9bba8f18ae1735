import { openDb } from '../db/index.ts';
import { systemClock } from '../core/clock.ts';
import { loadConfig, unsafeReason } from '../adapters/config.ts';
import { environment } from '../adapters/env.ts';
import { addDemoPhotos, seedDemoIfEmpty } from '../adapters/boot.ts';
import { createApp } from '../adapters/server.ts';
import { listen } from '../adapters/serve.ts';
import { startOutboxWorker } from '../adapters/outbox/worker.ts';
import { startScheduler } from '../bots/jobs.ts';
import { platformSetup } from '../adapters/platforms.ts';
import { PhotoJobRunner, startPhotoJobs } from '../adapters/photos/jobs.ts';
import { platformPhotoFetcher } from '../adapters/photos/fetchers.ts';
import { productPhotoJobs } from '../core/catalog/photos.ts';
import { createLogger, errFields, setLogger } from '../adapters/log.ts';
import { carriersFromConfig, shippingRoutes, startShipmentWorker } from '../adapters/shipping/index.ts';

// `npm start`: wires configuration to the pieces and starts them; nothing else happens here.
const config = loadConfig(environment());
const log = createLogger(config.LOG_LEVEL);
setLogger(log);
const unsafe = unsafeReason(config);
if (unsafe) {
  console.error(unsafe);
  process.exit(1);
}
const db = openDb(config.DATABASE_PATH);
const clock = systemClock;
const seeded = seedDemoIfEmpty(db, config.DEMO, clock());
if (seeded) log.info('Imported the demo shop (Lụa Vạn Phúc). Set DEMO=0 to start empty.');
const platforms = await platformSetup({ db, clock, config });
const carriers = carriersFromConfig(config);
const app = createApp({ db, clock, config, mounts: [...platforms.mounts, shippingRoutes({ db, clock, config, carriers })] });
await listen(app, config.PORT, config.HOST);
startOutboxWorker(db, platforms.senders, clock);
startScheduler(db, clock);
startPhotoJobs(new PhotoJobRunner(db, platformPhotoFetcher(platforms.photoFetchers), { product: productPhotoJobs }, clock));
startShipmentWorker(db, carriers, clock, config);
log.info({ url: config.publicUrl, simulator: config.SIM ? `http://${config.HOST}:${config.PORT}/` : null }, 'Gom is running');
// Webhook registration and long polling talk to the platforms; they must never hold up or crash the server.
platforms.afterListen().catch((e) => log.error(errFields(e), 'platform setup failed'));
// The demo's product photos are re-encoded after the server listens, so they never delay /healthz.
if (seeded) addDemoPhotos(db).catch((e) => log.error(errFields(e), 'demo photos could not be added'));
