import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../db/index.ts';
import { importShop } from '../../core/catalog/import-shop.ts';
import { listProducts } from '../../core/catalog/queries.ts';
import { IllegalTransitionError, OutOfStockError } from '../../core/errors.ts';
import { identify } from '../../core/people/identify.ts';
import { placeOrder } from '../../core/orders/place-order.ts';
import { getOrder, transitionOrder } from '../../core/orders/transition-order.ts';
import { viewOrder } from '../../core/orders/order-view.ts';
import { isValidCheck, newOrderCode, CODE_ALPHABET } from '../../core/orders/order-code.ts';
import { canTransition, TRANSITIONS } from '../../core/orders/state-machine.ts';
import { ORDER_STATUSES } from '../../db/schema.ts';
import { demoDb, demoShop } from '../helpers.ts';

const now = new Date('2026-11-22T10:00:00.000Z');

function customer(db: ReturnType<typeof demoDb>['db'], userId = 'u1') {
  const { identity, person } = identify(db, { platform: 'sim', userId, name: 'Lan', privateChatId: userId }, now);
  return { personId: person.id, identityId: identity.id };
}

function order(db: ReturnType<typeof demoDb>['db'], groupId: number, lines: { sku: string; qty: number }[], userId = 'u1') {
  return placeOrder(db, { groupId, ...customer(db, userId), lines, chatPlatform: 'sim', chatId: userId, actor: 'test' }, now);
}

const available = (db: ReturnType<typeof demoDb>['db'], groupId: number, sku: string) =>
  listProducts(db, groupId).find((p) => p.sku === sku)!.available;

describe('order codes', () => {
  it('are 7 characters of an alphabet without 0/O/1/I, with a valid check character', () => {
    for (let i = 0; i < 200; i++) {
      const code = newOrderCode('VP');
      expect(code).toMatch(/^VP[2-9A-HJ-NP-Z]{5}$/);
      expect(isValidCheck(code)).toBe(true);
    }
  });

  it('the check character catches every single-character typo', () => {
    const code = newOrderCode('VP');
    for (let i = 2; i < code.length; i++) {
      for (const c of CODE_ALPHABET) {
        if (c === code[i]) continue;
        expect(isValidCheck(code.slice(0, i) + c + code.slice(i + 1))).toBe(false);
      }
    }
  });
});

describe('placing orders', () => {
  it('reserves stock, freezes prices, allocates to households and exposes the contract shape', () => {
    const { db, groupId } = demoDb();
    const placed = order(db, groupId, [{ sku: 'KL-XANH', qty: 2 }, { sku: 'kl-xanh', qty: 1 }, { sku: 'LT-M', qty: 2.5 }]);
    expect(placed.total).toBe(3 * 250000 + 800000);
    expect(available(db, groupId, 'KL-XANH')).toBe(17);
    expect(available(db, groupId, 'LT-M')).toBe(122.5);
    const v = viewOrder(db, placed.code);
    expect(v).toMatchObject({ code: placed.code, group: 'lua-van-phuc', status: 'awaiting_payment', total: 1550000 });
    expect(v.customer).toMatchObject({ platform: 'sim', userId: 'u1', name: null });
    expect(v.items[0]).toMatchObject({ sku: 'KL-XANH', qty: 3, unitPrice: 250000, allocations: [{ household: 'ho-lan', qty: 3 }] });
    expect(v.payment).toMatchObject({ status: 'unpaid', paidAmount: 0 });
    expect(v.payment.vietqr).toMatch(/^000201010212.*6304[0-9A-F]{4}$/);
  });

  it('refuses more than the households hold, with a clear message, and writes nothing', () => {
    const { db, groupId } = demoDb();
    expect(() => order(db, groupId, [{ sku: 'KL-XANH', qty: 1 }, { sku: 'KL-VANG', qty: 6 }])).toThrow(OutOfStockError);
    try {
      order(db, groupId, [{ sku: 'KL-VANG', qty: 6 }]);
    } catch (e) {
      expect((e as OutOfStockError).message).toBe('only 5 of KL-VANG left, 6 requested');
      expect((e as OutOfStockError).available).toBe(5);
    }
    expect(available(db, groupId, 'KL-XANH')).toBe(20);
    expect(db.$client.prepare('select count(*) n from orders').get()).toEqual({ n: 0 });
  });

  it('cancelling releases the stock back to the same households', () => {
    const { db, groupId } = demoDb();
    const placed = order(db, groupId, [{ sku: 'KL-XANH', qty: 15 }]);
    expect(available(db, groupId, 'KL-XANH')).toBe(5);
    transitionOrder(db, placed.id, 'cancelled', 'test', now);
    expect(available(db, groupId, 'KL-XANH')).toBe(20);
    const perHousehold = db.$client.prepare("select h.key, s.qty from stock s join households h on h.id = s.household_id join products p on p.id = s.product_id where p.sku = 'KL-XANH' order by h.key").all();
    expect(perHousehold).toEqual([{ key: 'ho-lan', qty: 12 }, { key: 'ho-minh', qty: 8 }]);
  });
});

describe('the order state machine', () => {
  it('allows exactly the transitions of the design', () => {
    expect(canTransition('awaiting_payment', 'paid')).toBe(true);
    expect(canTransition('paid', 'ready')).toBe(true);
    expect(canTransition('ready', 'shipped')).toBe(true);
    expect(canTransition('shipped', 'delivered')).toBe(true);
    expect(canTransition('awaiting_payment', 'expired')).toBe(true);
    for (const s of ['delivered', 'cancelled', 'expired'] as const) expect(TRANSITIONS[s]).toEqual([]);
    for (const from of ORDER_STATUSES) expect(canTransition(from, from)).toBe(false);
  });

  it('an illegal transition throws and changes nothing', () => {
    const { db, groupId } = demoDb();
    const placed = order(db, groupId, [{ sku: 'CA-VAT', qty: 1 }]);
    expect(() => transitionOrder(db, placed.id, 'shipped', 'test', now)).toThrow(IllegalTransitionError);
    expect(() => transitionOrder(db, placed.id, 'delivered', 'test', now)).toThrow(/cannot go from awaiting_payment to delivered/);
    expect(getOrder(db, placed.code).status).toBe('awaiting_payment');
    transitionOrder(db, placed.id, 'cancelled', 'test', now);
    expect(() => transitionOrder(db, placed.id, 'paid', 'test', now)).toThrow(IllegalTransitionError);
    expect(available(db, 1, 'CA-VAT')).toBe(15);
  });
});

describe('concurrency', () => {
  it('50 concurrent orders for the last 10 units sell exactly 10, from separate processes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gom-race-'));
    const file = join(dir, 'race.db');
    const db = openDb(file);
    const shop = demoShop();
    shop.products[0]!.stock = { 'ho-lan': 6, 'ho-minh': 4 };
    importShop(db, shop);
    db.$client.close();
    const worker = new URL('../fixtures/race-worker.ts', import.meta.url).pathname;
    const runs = await Promise.all(
      Array.from({ length: 5 }, (_, w) =>
        new Promise<{ ok: number; refused: string[] }>((resolve, reject) => {
          const child = spawn(process.execPath, ['--import', 'tsx', worker, file, String(w), '10'], { stdio: ['ignore', 'pipe', 'inherit'] });
          let out = '';
          child.stdout.on('data', (d) => (out += d));
          child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`worker exited ${code}`))));
        }),
      ),
    );
    const ok = runs.reduce((s, r) => s + r.ok, 0);
    const refused = runs.flatMap((r) => r.refused);
    expect(ok).toBe(10);
    expect(refused).toHaveLength(40);
    expect(new Set(refused)).toEqual(new Set(['only 0 of KL-XANH left, 1 requested']));
    const check = openDb(file);
    expect(check.$client.prepare("select sum(qty) q from stock s join products p on p.id = s.product_id where p.sku = 'KL-XANH'").get()).toEqual({ q: 0 });
    expect(check.$client.prepare('select count(*) n, sum(total) t from orders').get()).toEqual({ n: 10, t: 2_500_000 });
    expect(check.$client.prepare('select min(qty) m from stock').get()).toMatchObject({ m: expect.any(Number) });
    expect((check.$client.prepare('select min(qty) m from stock').get() as { m: number }).m).toBeGreaterThanOrEqual(0);
  });
});
