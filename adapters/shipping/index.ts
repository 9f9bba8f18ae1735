import { Hono } from 'hono';
import type { Db } from '../../db/index.ts';
import type { Clock } from '../../core/clock.ts';
import { applyStatusEvent } from '../../core/shipping/apply-status-event.ts';
import { CarrierPayloadError, type Carrier, type Carriers } from '../../core/shipping/carrier.ts';
import { createDueShipments } from '../../core/shipping/shipments.ts';
import type { Config } from '../config.ts';
import { errorJson } from '../http-errors.ts';
import { logger, errFields } from '../log.ts';
import { secretsEqual } from '../secrets.ts';
import { ghnCarrier } from './ghn/client.ts';
import { ghtkCarrier, labelSignatureOk } from './ghtk/client.ts';

/** The carriers this deployment is configured for (no token, no carrier). */
export function carriersFromConfig(config: Config): Map<string, Carrier> {
  const m = new Map<string, Carrier>();
  if (config.GHN_TOKEN && config.GHN_SHOP_ID) m.set('ghn', ghnCarrier({ token: config.GHN_TOKEN, shopId: config.GHN_SHOP_ID, apiBase: config.GHN_API_BASE }));
  if (config.GHTK_TOKEN) m.set('ghtk', ghtkCarrier({ token: config.GHTK_TOKEN, apiBase: config.GHTK_API_BASE, publicUrl: config.publicUrl }));
  return m;
}

/**
 * `POST /webhooks/shipping/:carrier`: carriers' status reports. Carriers sign nothing, so a report is
 * accepted only for a parcel Gom created (its carrier order code, and the client order code when the
 * carrier echoes it), and, with SHIPPING_WEBHOOK_SECRET set, only with `?secret=` (or GHTK's `?hash=`)
 * in the registered URL. A malformed body is 400, an unknown parcel 404, and neither writes anything;
 * a redelivered report is answered 200 and changes nothing. The work is one local transaction, so the
 * answer is quick (GHN and GHTK retry slow or failed deliveries).
 *
 * `GET /shipping/labels/ghtk/:label?sig=`: GHTK's PDF label needs the shop's token, so Gom fetches it
 * for the household behind a link it signed.
 */
export function shippingRoutes(deps: { db: Db; clock: Clock; config: Config; carriers: Carriers }): (app: Hono) => void {
  return (app) => {
    const hooks = new Hono();
    hooks.post('/:carrier', async (c) => {
      const carrier = deps.carriers.get(c.req.param('carrier'));
      if (!carrier) return errorJson(c, 404, 'not_found', 'no such carrier is configured');
      const secret = deps.config.SHIPPING_WEBHOOK_SECRET;
      if (secret) {
        const given = c.req.query('secret') ?? c.req.query('hash') ?? '';
        if (!secretsEqual(given, secret)) return errorJson(c, 401, 'unauthorized', 'missing or wrong secret in the webhook URL');
      }
      const body = await c.req.text();
      let ev;
      try {
        ev = carrier.parseStatusEvent({ body, contentType: c.req.header('content-type') ?? '' });
      } catch (e) {
        if (e instanceof CarrierPayloadError) return errorJson(c, 400, 'bad_request', e.message);
        throw e;
      }
      const outcome = applyStatusEvent(deps.db, ev, deps.clock());
      if (outcome.kind === 'unknown') return errorJson(c, 404, 'not_found', `no ${carrier.code} parcel ${ev.carrierOrderCode} was created by Gom`);
      return c.json({ ok: true, ...(outcome.kind === 'duplicate' ? { duplicate: true } : {}) }, 200);
    });
    app.route('/webhooks/shipping', hooks);

    app.get('/shipping/labels/ghtk/:label', async (c) => {
      const ghtk = deps.carriers.get('ghtk') as ReturnType<typeof ghtkCarrier> | undefined;
      const label = c.req.param('label');
      if (!ghtk || !labelSignatureOk(ghtk, label, c.req.query('sig') ?? '')) return errorJson(c, 404, 'not_found', 'no such label');
      const res = await ghtk.fetchLabel(label).catch(() => null);
      if (!res || !res.ok) return errorJson(c, 502, 'bad_gateway', 'GHTK did not give the label; try again in a minute');
      return c.body(new Uint8Array(await res.arrayBuffer()), 200, { 'content-type': res.headers.get('content-type') ?? 'application/pdf' });
    });
  };
}

/** Creates booked parcels at their carriers every few seconds (and retries failed calls), outside any request. */
export function startShipmentWorker(db: Db, carriers: Carriers, clock: Clock, everyMs = 5000): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running || carriers.size === 0) return;
    running = true;
    createDueShipments(db, carriers, clock)
      .catch((e) => logger().error(errFields(e), 'shipment worker failed'))
      .finally(() => {
        running = false;
      });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
