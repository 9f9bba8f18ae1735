import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Db } from '../db/index.ts';

/**
 * What an operator watches (Prometheus text format at `GET /metrics`): webhook outcomes and latency per
 * platform as they happen, and, read from the database at each scrape, the outbox (pending, sent, failed,
 * the age of the oldest pending message, recent delivery latency), orders and payments by status.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'gom_webhook_requests_total',
    help: 'Webhook and simulator requests by platform and outcome (accepted, duplicate, ignored, refused, malformed, not_found, error).',
    labelNames: ['platform', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly messagesIn = new Counter({
    name: 'gom_messages_in_total',
    help: 'Updates from people handled (accepted), by platform.',
    labelNames: ['platform'] as const,
    registers: [this.registry],
  });
  private readonly duration = new Histogram({
    name: 'gom_webhook_duration_seconds',
    help: 'Time to handle one webhook request, by platform.',
    labelNames: ['platform'] as const,
    buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
    registers: [this.registry],
  });
  private readonly outbox = new Gauge({
    name: 'gom_outbox_messages',
    help: 'Outbox rows by platform and status (sent = messages out).',
    labelNames: ['platform', 'status'] as const,
    registers: [this.registry],
  });
  private readonly oldestPending = new Gauge({
    name: 'gom_outbox_oldest_pending_seconds',
    help: 'Age of the oldest message still waiting to be delivered, by platform (0 = none waiting): a stuck outbox grows here.',
    labelNames: ['platform'] as const,
    registers: [this.registry],
  });
  private readonly delivery = new Gauge({
    name: 'gom_outbox_delivery_seconds',
    help: 'Delivery latency (written to sent) of messages sent in the last hour, by platform and quantile.',
    labelNames: ['platform', 'quantile'] as const,
    registers: [this.registry],
  });
  private readonly orders = new Gauge({ name: 'gom_orders', help: 'Orders by status.', labelNames: ['status'] as const, registers: [this.registry] });
  private readonly payments = new Gauge({ name: 'gom_payments', help: 'Payments (transfers and confirmations) by status.', labelNames: ['status'] as const, registers: [this.registry] });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'gom_' });
  }

  /** Counts one webhook request. */
  webhook(platform: string, outcome: string, seconds: number): void {
    this.requests.inc({ platform, outcome });
    if (outcome === 'accepted') this.messagesIn.inc({ platform });
    this.duration.observe({ platform }, seconds);
  }

  /** The text exposition, with the database gauges read now. */
  async scrape(db: Db, now: Date): Promise<string> {
    const q = <T>(sql: string, ...args: unknown[]) => db.$client.prepare(sql).all(...args) as T[];
    this.outbox.reset();
    for (const r of q<{ platform: string; status: string; n: number }>('select platform, status, count(*) n from outbox group by platform, status')) {
      this.outbox.set({ platform: r.platform, status: r.status }, r.n);
    }
    this.oldestPending.reset();
    for (const r of q<{ platform: string; oldest: string }>("select platform, min(created_at) oldest from outbox where status = 'pending' group by platform")) {
      this.oldestPending.set({ platform: r.platform }, Math.max(0, (now.getTime() - Date.parse(r.oldest)) / 1000));
    }
    this.delivery.reset();
    const since = new Date(now.getTime() - 3600_000).toISOString();
    const sent = q<{ platform: string; created_at: string; sent_at: string }>(
      "select platform, created_at, sent_at from outbox where status = 'sent' and sent_at >= ? and platform != 'sim' order by id desc limit 10000",
      since,
    );
    const byPlatform = new Map<string, number[]>();
    for (const r of sent) {
      const list = byPlatform.get(r.platform) ?? [];
      list.push(Math.max(0, (Date.parse(r.sent_at) - Date.parse(r.created_at)) / 1000));
      byPlatform.set(r.platform, list);
    }
    for (const [platform, list] of byPlatform) {
      list.sort((a, b) => a - b);
      for (const quantile of [0.5, 0.95, 0.99]) {
        this.delivery.set({ platform, quantile: String(quantile) }, list[Math.min(list.length - 1, Math.floor(quantile * list.length))]!);
      }
    }
    this.orders.reset();
    for (const r of q<{ status: string; n: number }>('select status, count(*) n from orders group by status')) this.orders.set({ status: r.status }, r.n);
    this.payments.reset();
    for (const r of q<{ status: string; n: number }>('select status, count(*) n from payments group by status')) this.payments.set({ status: r.status }, r.n);
    return this.registry.metrics();
  }
}

let instance: Metrics | undefined;

/** The process's metrics. */
export function metrics(): Metrics {
  return (instance ??= new Metrics());
}
