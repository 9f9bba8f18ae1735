import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../../db/index.ts';
import { enqueue } from '../../../core/outbox/enqueue.ts';
import { deliverDue, OutboxDelivery, recoverInterrupted } from '../../../adapters/outbox/worker.ts';
import type { Sender } from '../../../adapters/outbox/types.ts';

/** Outbox delivery against a real SQLite file: claims, crash recovery, chats in parallel. */
const WORKER = new URL('../../fixtures/outbox-worker.ts', import.meta.url).pathname;

function freshDb(): { db: Db; file: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'gom-outbox-')), 'gom.db');
  return { db: openDb(file), file };
}

const put = (db: Db, chatId: string, payload: Record<string, unknown>) => enqueue(db, { platform: 'telegram', chatId, payload }, new Date(Date.now() - 1000));

/** A fake platform: records every request; `hang` decides which never get an answer. */
function platform(opts: { delayMs?: number; hang?: (body: { chatId: string }) => boolean } = {}) {
  const received: { id: number; chatId: string; pid: number }[] = [];
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      const body = JSON.parse(raw);
      received.push(body);
      if (opts.hang?.(body)) return;
      setTimeout(() => res.end(JSON.stringify({ n: received.length })), opts.delayMs ?? 0);
    });
  });
  return new Promise<{ port: number; received: typeof received; close: () => void }>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ port: (server.address() as AddressInfo).port, received, close: () => { server.closeAllConnections(); server.close(); } })),
  );
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
});

function worker(file: string, port: number, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, file, String(port)], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  const done = new Promise<{ sent: number }>((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`worker exited ${code}`)))));
  return { child, done };
}

const statuses = (db: Db) => db.$client.prepare('select id, status from outbox order by id').all() as { id: number; status: string }[];

describe('outbox claims', () => {
  it('two processes on one database send every message exactly once, in order within each chat', async () => {
    const { db, file } = freshDb();
    for (let i = 0; i < 90; i++) put(db, `c${i % 30}`, { type: 'text', text: `m${i}` });
    const fake = await platform({ delayMs: 3 });
    const [a, b] = [worker(file, fake.port), worker(file, fake.port)];
    const [ra, rb] = await Promise.all([a.done, b.done]);
    fake.close();
    expect(ra.sent + rb.sent).toBe(90);
    const ids = fake.received.map((r) => r.id);
    expect(ids).toHaveLength(90);
    expect(new Set(ids).size).toBe(90);
    // Both processes took part, and each chat's messages arrived in their order.
    expect(new Set(fake.received.map((r) => r.pid)).size).toBe(2);
    for (let c = 0; c < 30; c++) {
      const chat = fake.received.filter((r) => r.chatId === `c${c}`).map((r) => r.id);
      expect(chat).toEqual([...chat].sort((x, y) => x - y));
    }
    expect(new Set(statuses(db).map((s) => s.status))).toEqual(new Set(['sent']));
  });

  it('after kill -9 mid-send: messages that had just left are not sent again (a note follows a QR); an edit and a message that never left are', async () => {
    const { db, file } = freshDb();
    const first = put(db, 'e', { type: 'text', text: 'tally' });
    db.$client.prepare("update outbox set status = 'sent', platform_message_id = '7' where id = ?").run(first);
    const qr = put(db, 'a', { type: 'photo', image: { kind: 'vietqr', payload: 'x' }, caption: 'QR' });
    const edit = put(db, 'e', { type: 'edit', target: first, text: 'tally 2' });
    const text = put(db, 'b', { type: 'text', text: 'Đã đặt đơn' });
    const never = put(db, 'c', { type: 'text', text: 'hello' });
    const fake = await platform({ hang: () => true });
    const w = worker(file, fake.port, { HANG_BEFORE_WIRE: 'c' });
    // Wait until the three requests that can leave have reached the platform (which never answers), then kill the process.
    while (fake.received.length < 3) await new Promise((r) => setTimeout(r, 10));
    w.child.kill('SIGKILL');
    await w.done.catch(() => undefined);
    expect(statuses(db).slice(1).map((s) => s.status)).toEqual(['sending', 'sending', 'sending', 'sending']);
    expect(recoverInterrupted(db, () => new Date())).toEqual({ retried: 2, unknown: 2 });
    const rows = db.$client.prepare('select id, status, last_error e from outbox where id in (?, ?, ?, ?) order by id').all(qr, edit, text, never) as { id: number; status: string; e: string }[];
    expect(rows.map((r) => r.status)).toEqual(['unknown', 'pending', 'unknown', 'pending']);
    expect(rows[0]!.e).toContain('not sent twice');
    // The QR's chat is told, in Vietnamese, how to see it again.
    const note = db.$client.prepare("select id, payload from outbox where chat_id = 'a' and id > ?").get(qr) as { id: number; payload: string };
    expect(JSON.parse(note.payload)).toMatchObject({ type: 'text', text: expect.stringContaining('Mã QR vừa gửi có thể chưa tới được bạn') });
    const resent: number[] = [];
    const ok: Sender = { send: async (d) => (resent.push(d.row.id), { messageId: 'n' }) };
    await deliverDue(db, { telegram: ok }, () => new Date());
    expect(resent.sort((x, y) => x - y)).toEqual([edit, never, note.id]);
    // Only the QR's chat gets a note.
    expect(db.$client.prepare("select count(*) n from outbox where chat_id = 'b'").get()).toEqual({ n: 1 });
    // A second recovery finds nothing left to settle.
    expect(recoverInterrupted(db, () => new Date())).toEqual({ retried: 0, unknown: 0 });
    fake.close();
  });

  it('a message that had waited for an answer well before its process died got none: it is sent again, like after a timeout', () => {
    const { db } = freshDb();
    const dead = `999999@${hostname()}#0badc0de`;
    const t0 = Date.parse('2026-12-03T10:00:00.000Z');
    const iso = (ms: number) => new Date(t0 + ms).toISOString();
    const hung = put(db, 'a', { type: 'photo', image: { kind: 'vietqr', payload: 'x' }, caption: 'QR' });
    const later = put(db, 'b', { type: 'text', text: 'later' });
    const last = put(db, 'c', { type: 'text', text: 'last' });
    const claim = db.$client.prepare("update outbox set status = ?, claimed_by = ?, lease_until = ?, on_wire_at = ?, sent_at = ? where id = ?");
    claim.run('sending', dead, iso(60_000), iso(0), null, hung);
    // The process went on sending for five more seconds, then died with `last` just sent.
    claim.run('sent', dead, null, iso(4_000), iso(5_000), later);
    claim.run('sending', dead, iso(60_000), iso(4_800), null, last);
    expect(recoverInterrupted(db, () => new Date())).toEqual({ retried: 1, unknown: 1 });
    expect(statuses(db)).toEqual([
      { id: hung, status: 'pending' },
      { id: later, status: 'sent' },
      { id: last, status: 'unknown' },
    ]);
  });

  it('a live claim of another process is left alone', () => {
    const { db } = freshDb();
    const id = put(db, 'a', { type: 'text', text: 'x' });
    // Another machine's claim, lease still running.
    db.$client.prepare("update outbox set status = 'sending', claimed_by = '1@elsewhere#abcd', lease_until = ?, on_wire_at = ? where id = ?").run(new Date(Date.now() + 60_000).toISOString(), new Date().toISOString(), id);
    expect(recoverInterrupted(db, () => new Date())).toEqual({ retried: 0, unknown: 0 });
    expect(statuses(db)).toEqual([{ id, status: 'sending' }]);
  });
});

describe('chats in parallel', () => {
  it('a hanging call holds only its own chat; the other chats are delivered meanwhile, each in order', async () => {
    const { db } = freshDb();
    const slow1 = put(db, 'slow', { type: 'text', text: '1' });
    const slow2 = put(db, 'slow', { type: 'text', text: '2' });
    for (let i = 0; i < 10; i++) put(db, `fast${i}`, { type: 'text', text: 'hi' });
    let release!: () => void;
    const hang = new Promise<void>((r) => (release = r));
    const order: number[] = [];
    const sender: Sender = {
      async send(d) {
        if (d.row.chatId === 'slow' && d.row.id === slow1) await hang;
        order.push(d.row.id);
        return { messageId: String(d.row.id) };
      },
    };
    const delivery = new OutboxDelivery(db, { telegram: sender }, () => new Date(), { limit: 100, concurrency: 4 });
    // Four chats at a time: keep ticking as chats finish, as the worker does.
    for (let i = 0; i < 50 && order.length < 10; i++) {
      delivery.tick();
      await new Promise((r) => setImmediate(r));
    }
    expect(order).toHaveLength(10);
    expect(order).not.toContain(slow1);
    expect(order).not.toContain(slow2);
    release();
    await delivery.idle();
    expect(order.slice(10)).toEqual([slow1, slow2]);
  });
});
