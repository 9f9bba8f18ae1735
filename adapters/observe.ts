import type { Context, MiddlewareHandler } from 'hono';
import { logger } from './log.ts';
import { metrics } from './metrics.ts';

/** What a webhook handler says about the update it handled, for the log line and the metrics. */
export interface UpdateNote {
  /** accepted (handled), duplicate (seen before), ignored (nothing for Gom: bots, echoes, malformed parts). */
  outcome?: 'accepted' | 'duplicate' | 'ignored';
  updateId?: string;
  /** Why an update was ignored or refused. */
  reason?: string;
}

const notes = new WeakMap<Request, UpdateNote>();

/** Records what the handler of this request did with its update. */
export function noteUpdate(c: Context, note: UpdateNote): void {
  notes.set(c.req.raw, { ...notes.get(c.req.raw), ...note });
}

function outcomeOf(status: number, note: UpdateNote | undefined): string {
  if (status === 401 || status === 403) return 'refused';
  if (status === 404) return 'not_found';
  if (status === 413 || (status >= 400 && status < 500)) return 'malformed';
  if (status >= 500) return 'error';
  return note?.outcome ?? 'accepted';
}

/**
 * One log line per webhook request (`platform`, `group`, `updateId`, `outcome`, `ms`) and the webhook
 * metrics. Mounted on `/webhooks/*` and `/sim/messages`.
 */
export function observeUpdates(): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    const parts = c.req.path.split('/').filter(Boolean); // webhooks/<platform>/<group> | sim/messages
    const platform = parts[0] === 'sim' ? 'sim' : parts[1] === 'bank' ? (parts[2] ?? 'bank') : (parts[1] ?? 'unknown');
    const group = parts[0] === 'webhooks' && parts[1] !== 'bank' ? parts[2] : undefined;
    await next();
    const raw = c.req.raw;
    const note = notes.get(raw);
    const status = c.res.status;
    const outcome = outcomeOf(status, note);
    const ms = Math.round((performance.now() - started) * 100) / 100;
    metrics().webhook(platform, outcome, ms / 1000);
    const line = { platform, ...(group ? { group } : {}), ...(note?.updateId ? { updateId: note.updateId } : {}), outcome, status, ms, ...(note?.reason ? { reason: note.reason } : {}) };
    if (outcome === 'error') logger().error(line, 'update failed');
    else if (outcome === 'accepted' || outcome === 'duplicate') logger().info(line, 'update');
    else logger().warn(line, 'update not handled');
  };
}

/**
 * The answer to an authenticated update whose parts Gom reads are malformed, or that is an event Gom does
 * not know: 200 (a 4xx or 5xx would make the platform redeliver it forever), ignored, logged once here.
 */
export function ignoreMalformed(c: Context, platform: string, reason: string): Response {
  noteUpdate(c, { outcome: 'ignored', reason });
  logger().warn({ platform, path: c.req.path, reason }, 'malformed update acknowledged and ignored');
  return c.json({ ok: true });
}
