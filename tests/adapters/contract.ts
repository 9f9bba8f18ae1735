import { expect, it } from 'vitest';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Hono } from 'hono';
import type { Db } from '../../db/index.ts';
import { enqueue } from '../../core/outbox/enqueue.ts';
import { parseVietQr } from '../../core/payments/vietqr.ts';
import type { Capabilities } from '../../bots/capabilities.ts';
import type { Button } from '../../bots/model.ts';

/**
 * The shared contract every chat adapter runs (text, buttons, photo, edit, webhook signature,
 * duplicate delivery, a platform error). An adapter opts out of a case only by name, with a reason.
 */

/** One message the platform received from the bot, normalized across platforms. */
export interface SentMessage {
  kind: 'text' | 'photo' | 'edit';
  /** The platform chat / user id it went to. */
  chatId: string;
  text?: string;
  /** Data of every button, in order (ActionBody, callback_data, payload …). */
  buttons?: string[];
  /** The PNG bytes of a photo (when uploaded) … */
  png?: Buffer;
  /** … or its URL (when sent by URL; the suite fetches it from the app). */
  url?: string;
}

export interface HarnessContext {
  app: Hono;
  db: Db;
  /** Moves the fake clock forward. */
  advance(ms: number): void;
  /** A correctly signed webhook request carrying a text message from `userId`. */
  textUpdate(o: { userId: string; text: string; updateId: string }): Request;
  /** A correctly signed webhook request carrying a button press from `userId`. */
  buttonUpdate(o: { userId: string; data: string; updateId: string }): Request;
  /** The same kind of request with a wrong signature. */
  badlySigned(o: { userId: string; text: string; updateId: string }): Request;
  /** The private chat id the platform uses for `userId`. */
  chatIdOf(userId: string): string;
  /** Runs the outbox worker once with this platform's sender. */
  deliver(): Promise<void>;
  /** Messages the fake platform received since the last call (drained). */
  sent(): SentMessage[];
  /** Makes the platform refuse the next send: rate limit (retry later), or the user blocked the bot. */
  failNextSend(kind: 'rate_limit' | 'blocked'): void;
  close(): Promise<void>;
}

export interface AdapterHarness {
  name: string;
  /**
   * What the adapter declares it can do (its `capabilities`, as its setup returns them): the suite holds
   * every adapter to them. Without `edit`, an edit arrives as a new text.
   */
  capabilities: Capabilities;
  setup(): Promise<HarnessContext>;
  /** Cases this adapter opts out of, each with its reason. */
  skip?: Partial<Record<ContractCase, string>>;
}

export type ContractCase = 'text' | 'buttons' | 'photo' | 'edit' | 'signature' | 'duplicate' | 'platform-error' | 'blocked' | 'limits';

const count = (db: Db, table: string) => (db.$client.prepare(`select count(*) n from ${table}`).get() as { n: number }).n;

async function post(ctx: HarnessContext, req: Request): Promise<Response> {
  return ctx.app.request(req);
}

/** Registers the contract cases for one adapter (call inside a `describe`). */
export function runAdapterContract(h: AdapterHarness): void {
  const run = (name: ContractCase, title: string, fn: (ctx: HarnessContext) => Promise<void>) => {
    const reason = h.skip?.[name];
    if (reason) {
      // An adapter opts out of a case only by naming it with its reason (AdapterHarness.skip); the reason is
      // printed in the skipped test's title. No adapter opts out today: all nine cases run for every platform.
      it.skip(`${title} — not applicable: ${reason}`, () => {});
      return;
    }
    it(title, async () => {
      const ctx = await h.setup();
      try {
        await fn(ctx);
      } finally {
        await ctx.close();
      }
    });
  };

  run('text', 'answers a text message with a text in the same chat', async (ctx) => {
    const res = await post(ctx, ctx.textUpdate({ userId: 'c-1', text: '/start', updateId: '1001' }));
    expect(res.status).toBe(200);
    await ctx.deliver();
    const sent = ctx.sent();
    expect(sent.length).toBeGreaterThanOrEqual(1);
    expect(sent[0]).toMatchObject({ kind: 'text', chatId: ctx.chatIdOf('c-1') });
    expect(sent[0]!.text).toContain('Lụa Vạn Phúc');
  });

  run('buttons', 'sends buttons whose data comes back as a button press', async (ctx) => {
    await post(ctx, ctx.textUpdate({ userId: 'c-2', text: '/start', updateId: '1002' }));
    await ctx.deliver();
    const menu = ctx.sent()[0]!;
    expect(menu.buttons).toContain('c:0');
    await post(ctx, ctx.buttonUpdate({ userId: 'c-2', data: 'c:0', updateId: '1003' }));
    await ctx.deliver();
    const catalog = ctx.sent().find((m) => m.text?.includes('KL-XANH') || m.buttons?.includes('p:KL-XANH'));
    expect(catalog?.buttons).toContain('p:KL-XANH');
  });

  run('photo', 'sends the order’s VietQR as a picture that decodes to the order’s payload', async (ctx) => {
    await post(ctx, ctx.textUpdate({ userId: 'c-3', text: '2 khăn xanh', updateId: '1004' }));
    await post(ctx, ctx.buttonUpdate({ userId: 'c-3', data: 'ok', updateId: '1005' }));
    await ctx.deliver();
    const photo = ctx.sent().find((m) => m.kind === 'photo');
    expect(photo).toBeDefined();
    let png = photo!.png;
    if (!png && photo!.url) {
      const res = await ctx.app.request(new URL(photo!.url).pathname);
      expect(res.status).toBe(200);
      png = Buffer.from(await res.arrayBuffer());
    }
    const img = PNG.sync.read(png!);
    const qr = jsQR(new Uint8ClampedArray(img.data), img.width, img.height);
    const fields = parseVietQr(qr!.data);
    expect(fields).toMatchObject({ bin: '970436', account: '0451000123456', amount: 500000, dynamic: true });
    const code = (ctx.db.$client.prepare('select code from orders').get() as { code: string }).code;
    expect(fields.memo).toBe(code);
  });

  const caps = h.capabilities;
  run('edit', caps.edit ? 'edits an earlier message in place' : 'degrades an edit to a new message', async (ctx) => {
    await post(ctx, ctx.textUpdate({ userId: 'c-4', text: '/start', updateId: '1006' }));
    await ctx.deliver();
    ctx.sent();
    const first = (ctx.db.$client.prepare("select id, platform from outbox where status = 'sent' order by id limit 1").get() as { id: number; platform: 'sim' });
    enqueue(ctx.db, { platform: first.platform, chatId: ctx.chatIdOf('c-4'), payload: { type: 'edit', target: first.id, text: 'Bảng tổng hợp: 3 khăn xanh' } }, new Date(0)); // due whatever the harness's clock says
    await ctx.deliver();
    const out = ctx.sent();
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ kind: caps.edit ? 'edit' : 'text', text: 'Bảng tổng hợp: 3 khăn xanh' });
  });

  run('signature', 'refuses a badly signed webhook with 401 and writes nothing', async (ctx) => {
    const before = { outbox: count(ctx.db, 'outbox'), updates: count(ctx.db, 'processed_updates'), ids: count(ctx.db, 'identities') };
    const res = await post(ctx, ctx.badlySigned({ userId: 'c-5', text: '2 khăn xanh', updateId: '1007' }));
    expect(res.status).toBe(401);
    expect({ outbox: count(ctx.db, 'outbox'), updates: count(ctx.db, 'processed_updates'), ids: count(ctx.db, 'identities') }).toEqual(before);
  });

  run('duplicate', 'processes a redelivered update once', async (ctx) => {
    const r1 = await post(ctx, ctx.textUpdate({ userId: 'c-6', text: '/start', updateId: '1008' }));
    const r2 = await post(ctx, ctx.textUpdate({ userId: 'c-6', text: '/start', updateId: '1008' }));
    expect(r1.status).toBe(200);
    expect(r2.status).toBe(200);
    await ctx.deliver();
    expect(ctx.sent().filter((m) => m.text?.includes('Lụa Vạn Phúc'))).toHaveLength(1);
  });

  run('platform-error', 'retries after a rate limit and delivers exactly once', async (ctx) => {
    await post(ctx, ctx.textUpdate({ userId: 'c-7', text: '/start', updateId: '1009' }));
    ctx.failNextSend('rate_limit');
    await ctx.deliver();
    expect(ctx.sent()).toHaveLength(0);
    expect(count(ctx.db, "outbox where status = 'pending'")).toBe(1);
    ctx.advance(120_000);
    await ctx.deliver();
    expect(ctx.sent().filter((m) => m.kind === 'text')).toHaveLength(1);
    await ctx.deliver();
    expect(ctx.sent()).toHaveLength(0);
  });

  run('blocked', 'marks a user who blocked the bot unreachable and keeps their order', async (ctx) => {
    await post(ctx, ctx.textUpdate({ userId: 'c-8', text: '2 khăn xanh', updateId: '1010' }));
    await post(ctx, ctx.buttonUpdate({ userId: 'c-8', data: 'ok', updateId: '1011' }));
    ctx.failNextSend('blocked');
    await ctx.deliver();
    const ident = ctx.db.$client.prepare('select unreachable_at u from identities').get() as { u: string | null };
    expect(ident.u).not.toBeNull();
    expect(ctx.db.$client.prepare('select status from orders').get()).toEqual({ status: 'awaiting_payment' });
  });

  run('limits', 'keeps to its declared limits: long texts split, extra buttons as a numbered list the person can answer', async (ctx) => {
    // The person writes first (Zalo only lets an OA answer within 7 days of the person's last message).
    await post(ctx, ctx.textUpdate({ userId: 'c-9', text: '/start', updateId: '1012' }));
    await ctx.deliver();
    ctx.sent();
    // One more button than the platform carries, plus one: the last (the catalog, `c:0`) can only be
    // reached by typing its number. The first row is one button wider than a row may be.
    const total = Math.min(caps.maxButtons, 200) + 2;
    const flat: Button[] = Array.from({ length: total }, (_, i) => ({ label: `Lựa chọn ${i + 1}`, data: i === total - 1 ? 'c:0' : `x:${i}` }));
    const wide = Math.min(total, Math.max(1, caps.maxButtonsPerRow) + 1);
    const buttons = [flat.slice(0, wide), ...flat.slice(wide).map((b) => [b])];
    // A text longer than one message may be, in lines that do not start with a number.
    const line = 'Lụa tơ tằm Vạn Phúc, dệt tay, nhuộm màu tự nhiên.';
    const text = Array.from({ length: Math.ceil(Math.min(caps.maxText, 10_000) / line.length) + 2 }, () => line).join('\n');
    enqueue(ctx.db, { platform: h.name as 'sim', chatId: ctx.chatIdOf('c-9'), payload: { type: 'text', text, buttons } }, new Date(0));
    await ctx.deliver();
    const out = ctx.sent();
    expect(out.length).toBeGreaterThan(1);
    for (const m of out) {
      if (!caps.edit) expect(m.kind).not.toBe('edit');
      expect((m.text ?? '').length).toBeLessThanOrEqual(m.kind === 'photo' ? caps.maxCaption : caps.maxText);
      // Zalo's Bot Platform has no buttons: its harness reports the numbered lines as the choices instead.
      if (caps.maxButtons > 0) expect(m.buttons?.length ?? 0).toBeLessThanOrEqual(caps.maxButtons);
    }
    const all = out.map((m) => m.text ?? '').join('\n');
    expect(all).toContain(`${total}. Lựa chọn ${total}`);
    await post(ctx, ctx.textUpdate({ userId: 'c-9', text: String(total), updateId: '1013' }));
    await ctx.deliver();
    const catalog = ctx.sent().find((m) => m.text?.includes('KL-XANH') || m.buttons?.includes('p:KL-XANH'));
    expect(catalog).toBeDefined();
  });
}
