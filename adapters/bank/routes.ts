import { Hono } from 'hono';
import { tx, type Db } from '../../db/index.ts';
import type { Clock } from '../../core/clock.ts';
import { BankWebhookError, type BankTransfer } from '../../core/payments/bank-transfer.ts';
import type { PaymentOutcome } from '../../core/payments/record-payment.ts';
import { recordTransfer } from '../../core/payments/record-transfer.ts';
import type { Config } from '../config.ts';
import { errorJson } from '../http-errors.ts';
import { CASSO_SUCCESS, verifyAndParseCasso } from './casso.ts';
import { SEPAY_SUCCESS, verifyAndParseSepay } from './sepay.ts';

/**
 * Applies transfers reported by a bank webhook in one transaction: each incoming transfer is recorded
 * once per provider transaction id, matched (and if need be split) to the orders its memo names, and
 * announced (by the reactions to `payment.recorded`). A transfer that matches no order is kept as unmatched, never dropped.
 */
export function applyTransfers(db: Db, transfers: BankTransfer[], now: Date): PaymentOutcome[] {
  return tx(db, (t) => {
    const outcomes: PaymentOutcome[] = [];
    for (const tr of transfers) {
      if (tr.direction !== 'in' || tr.amount <= 0) continue;
      for (const outcome of recordTransfer(t, tr, now)) {
        if (outcome.kind === 'unmatched' && outcome.payment.groupId === null) {
          console.warn(`[bank] transfer ${tr.provider}:${tr.externalId} of ${tr.amount} matches no order and no group's account: payment #${outcome.payment.id} waits for the operator (POST /api/payments/${outcome.payment.id}/assign)`);
        }
        outcomes.push(outcome);
      }
    }
    return outcomes;
  });
}

/** `/webhooks/bank/sepay` and `/webhooks/bank/casso`; a provider without its key configured answers 404. */
export function bankRoutes(deps: { db: Db; clock: Clock; config: Config }): Hono {
  const app = new Hono();
  const handle = (parse: (req: { headers: Headers; rawBody: string }, now: Date) => BankTransfer[], success: { status: 200; body: unknown }) =>
    async (c: import('hono').Context) => {
      const rawBody = await c.req.text();
      const now = deps.clock();
      let transfers: BankTransfer[];
      try {
        transfers = parse({ headers: c.req.raw.headers, rawBody }, now);
      } catch (e) {
        if (e instanceof BankWebhookError) return errorJson(c, e.status, e.status === 401 ? 'unauthorized' : 'bad_request', e.message);
        throw e;
      }
      applyTransfers(deps.db, transfers, now);
      return c.json(success.body as object, success.status);
    };
  const { SEPAY_API_KEY, SEPAY_WEBHOOK_SECRET, CASSO_SECURE_TOKEN } = deps.config;
  if (SEPAY_API_KEY || SEPAY_WEBHOOK_SECRET) {
    const cfg = { ...(SEPAY_API_KEY ? { apiKey: SEPAY_API_KEY } : {}), ...(SEPAY_WEBHOOK_SECRET ? { secret: SEPAY_WEBHOOK_SECRET } : {}) };
    app.post('/sepay', handle((req, now) => verifyAndParseSepay(req, cfg, now), SEPAY_SUCCESS));
  }
  if (CASSO_SECURE_TOKEN) app.post('/casso', handle((req, now) => verifyAndParseCasso(req, { secureToken: CASSO_SECURE_TOKEN }, now), CASSO_SUCCESS));
  return app;
}
