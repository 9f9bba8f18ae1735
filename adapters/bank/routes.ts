import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import { tx, type Db } from '../../db/index.ts';
import { groups, orders } from '../../db/schema.ts';
import type { Clock } from '../../core/clock.ts';
import { BankWebhookError, type BankTransfer } from '../../core/payments/bank-transfer.ts';
import { findOrderCodes } from '../../core/payments/find-order-code.ts';
import { recordPayment, type PaymentOutcome } from '../../core/payments/record-payment.ts';
import { announcePayment } from '../../bots/dialogs/payments.ts';
import type { Config } from '../config.ts';
import { errorJson } from '../http-errors.ts';
import { CASSO_SUCCESS, verifyAndParseCasso } from './casso.ts';
import { SEPAY_SUCCESS, verifyAndParseSepay } from './sepay.ts';

/**
 * Applies transfers reported by a bank webhook in one transaction: each incoming transfer is matched
 * to an order by the code in its description (whatever the bank did to it), recorded once per provider
 * transaction id, and announced. A transfer that matches no order is kept as unmatched, never dropped.
 */
export function applyTransfers(db: Db, transfers: BankTransfer[], now: Date): PaymentOutcome[] {
  return tx(db, (t) => {
    const all = t.select().from(groups).all();
    const prefixes = new Set(all.map((g) => g.codePrefix));
    const outcomes: PaymentOutcome[] = [];
    for (const tr of transfers) {
      if (tr.direction !== 'in' || tr.amount <= 0) continue;
      const byAccount = all.find((g) => tr.accountNumber && g.bankAccount === tr.accountNumber);
      // Money that landed on one group's account only pays that group's orders; a code of another
      // group in the memo leaves it unmatched, for the account owner's admin to look at.
      const order = findOrderCodes(tr.description, (p) => prefixes.has(p))
        .map((code) => t.select().from(orders).where(eq(orders.code, code)).get())
        .find((o) => o !== undefined && (!byAccount || o.groupId === byAccount.id));
      const groupId = order?.groupId ?? byAccount?.id ?? (all.length === 1 ? all[0]!.id : null);
      const outcome = recordPayment(
        t,
        {
          groupId,
          orderId: order?.id ?? null,
          source: tr.provider,
          externalId: tr.externalId,
          amount: tr.amount,
          description: tr.description,
          actor: `bank:${tr.provider}`,
          raw: tr.raw,
        },
        now,
      );
      announcePayment(t, outcome, now, groupId);
      outcomes.push(outcome);
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
