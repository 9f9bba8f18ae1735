import { createHash, createHmac } from 'node:crypto';
import { Hono } from 'hono';
import type { Db } from '../../db/index.ts';
import type { Clock } from '../../core/clock.ts';
import { applyStatusEvent } from '../../core/shipping/apply-status-event.ts';
import { CarrierPayloadError, type Carrier, type Carriers } from '../../core/shipping/carrier.ts';
import { answerQuoteRequest, claimQuoteRequests } from '../../core/shipping/quotes.ts';
import { createDueShipments } from '../../core/shipping/shipments.ts';
import type { Config } from '../config.ts';
import { errorJson } from '../http-errors.ts';
import { logger, errFields } from '../log.ts';
import { secretsEqual } from '../secrets.ts';
import { ghnCarrier } from './ghn/client.ts';
import { ghtkCarrier } from './ghtk/client.ts';

/** The carriers this deployment is configured for (no token, no carrier). */
export function carriersFromConfig(config: Config): Map<string, Carrier> {
  const m = new Map<string, Carrier>();
  if (config.GHN_TOKEN && config.GHN_SHOP_ID) m.set('ghn', ghnCarrier({ token: config.GHN_TOKEN, shopId: config.GHN_SHOP_ID, apiBase: config.GHN_API_BASE }));
  if (config.GHTK_TOKEN) m.set('ghtk', ghtkCarrier({ token: config.GHTK_TOKEN, apiBase: config.GHTK_API_BASE }));
  return m;
}

/** The key that signs label links: from the carriers' own secrets, so it needs no setting of its own and changes with them. */
function labelKey(config: Config): string {
  return createHash('sha256').update(`gom-label:${config.GHN_TOKEN ?? ''}:${config.GHTK_TOKEN ?? ''}`).digest('hex');
}

function labelSig(config: Config, carrier: string, code: string): string {
  return createHmac('sha256', labelKey(config)).update(`${carrier}:${code}`).digest('base64url').slice(0, 32);
}

/** The link where a household prints a parcel's label: Gom's own, signed, valid as long as the carrier keeps the parcel. */
export function labelLink(config: Config): (carrier: string, code: string) => string {
  return (carrier, code) => `${config.publicUrl}/shipping/labels/${carrier}/${encodeURIComponent(code)}?sig=${labelSig(config, carrier, code)}`;
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

    app.get('/shipping/labels/:carrier/:code', async (c) => {
      const carrier = deps.carriers.get(c.req.param('carrier'));
      const code = c.req.param('code');
      if (!carrier || !secretsEqual(c.req.query('sig') ?? '', labelSig(deps.config, carrier.code, code))) return errorJson(c, 404, 'not_found', 'no such label');
      if (carrier.code === 'ghtk') {
        // GHTK's label needs the shop's token: Gom fetches the PDF for the household.
        const res = await (carrier as ReturnType<typeof ghtkCarrier>).fetchLabel(code).catch(() => null);
        if (!res || !res.ok) return errorJson(c, 502, 'bad_gateway', 'GHTK did not give the label; try again in a minute');
        return c.body(new Uint8Array(await res.arrayBuffer()), 200, { 'content-type': res.headers.get('content-type') ?? 'application/pdf' });
      }
      // GHN prints from a short-lived token: a fresh one on every click.
      const url = await carrier.labelUrl([code]).catch(() => null);
      if (!url) return errorJson(c, 502, 'bad_gateway', `${carrier.name} did not give the label; try again in a minute`);
      return c.redirect(url, 302);
    });
  };
}

/**
 * The shipping job, every few seconds outside any request: asks the carriers for the quotes of orders
 * that became ready (or that an admin asked again for), then creates booked parcels at their carriers and
 * retries failed calls. Network calls happen here, never inside a transaction.
 */
export function startShipmentWorker(db: Db, carriers: Carriers, clock: Clock, config: Config, everyMs = 5000): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running || carriers.size === 0) return;
    running = true;
    runShippingJob(db, carriers, clock, config)
      .catch((e) => logger().error(errFields(e), 'shipping job failed'))
      .finally(() => {
        running = false;
      });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** One round of the shipping job (tests call it directly). */
export async function runShippingJob(db: Db, carriers: Carriers, clock: Clock, config: Config): Promise<void> {
  for (const req of claimQuoteRequests(db, clock())) await answerQuoteRequest(db, carriers, req, clock);
  await createDueShipments(db, carriers, clock, { labelLink: labelLink(config) });
}
