/**
 * Groups and stock are kept in memory per connection between chat turns (core/catalog/queries.ts).
 * Whatever writes them, on this connection or another, in SQL or through core, and whatever a rollback
 * undoes, the next read must see what the tables hold.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDb, tablesVersion, tx } from '../../db/index.ts';
import { seedDemoIfEmpty } from '../../adapters/boot.ts';
import { firstGroup, getGroup, getGroupById, getProduct, listProducts } from '../../core/catalog/queries.ts';
import { saveTelegramAccount, telegramAccountBySlug } from '../../adapters/telegram/accounts.ts';

function demoDb() {
  const path = join(mkdtempSync(join(tmpdir(), 'gom-kept-')), 'gom.db');
  const db = openDb(path);
  seedDemoIfEmpty(db, true, new Date('2026-11-22T10:00:00.000Z'));
  return { db, path };
}

const stockOf = (db: ReturnType<typeof openDb>, sku: string) => getProduct(db, getGroup(db, 'lua-van-phuc').id, sku).available;

describe('rows kept in memory between turns', () => {
  it('sees a group changed in plain SQL on the same connection, and hands out copies', () => {
    const { db } = demoDb();
    const g = getGroup(db, 'lua-van-phuc');
    expect(getGroupById(db, g.id).maxUnitsPerProduct).toBe(g.maxUnitsPerProduct);
    g.name = 'changed by a caller';
    expect(getGroup(db, 'lua-van-phuc').name).not.toBe('changed by a caller');
    db.$client.prepare("update groups set max_units_per_product = 7, name = 'Lụa mới' where slug = 'lua-van-phuc'").run();
    expect(getGroup(db, 'lua-van-phuc').maxUnitsPerProduct).toBe(7);
    expect(getGroupById(db, g.id).name).toBe('Lụa mới');
    expect(firstGroup(db)?.name).toBe('Lụa mới');
  });

  it('sees groups and stock written by another connection (another process)', () => {
    const { db, path } = demoDb();
    const before = stockOf(db, 'KL-XANH');
    expect(getGroup(db, 'lua-van-phuc').commissionPercent).not.toBe(33);
    const other = new Database(path);
    other.prepare("update groups set commission_percent = 33 where slug = 'lua-van-phuc'").run();
    other.prepare("update stock set qty = qty + 5 where product_id = (select id from products where sku = 'KL-XANH')").run();
    other.close();
    expect(getGroup(db, 'lua-van-phuc').commissionPercent).toBe(33);
    expect(stockOf(db, 'KL-XANH')).toBe(before + 5 * countHouseholdsStocking(db, 'KL-XANH'));
  });

  it('forgets stock read inside a transaction that was rolled back', () => {
    const { db } = demoDb();
    const before = stockOf(db, 'KL-DO');
    expect(() =>
      tx(db, (t) => {
        t.$client.prepare("update stock set qty = 0 where product_id = (select id from products where sku = 'KL-DO')").run();
        expect(stockOf(t, 'KL-DO')).toBe(0); // read, and kept, while the write stands…
        throw new Error('roll back');
      }),
    ).toThrow('roll back');
    expect(stockOf(db, 'KL-DO')).toBe(before); // …and not believed once it is undone
    expect(before).toBeGreaterThan(0);
  });

  it('sees a Telegram bot replaced here or by another process, and keeps no unknown shop', () => {
    const { db, path } = demoDb();
    const now = new Date('2026-11-22T10:00:00.000Z');
    saveTelegramAccount(db, { groupSlug: 'lua-van-phuc', token: '111:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', secret: 'first' }, now);
    expect(telegramAccountBySlug(db, 'lua-van-phuc')?.secret).toBe('first');
    saveTelegramAccount(db, { groupSlug: 'lua-van-phuc', token: '222:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB', secret: 'second' }, now);
    expect(telegramAccountBySlug(db, 'lua-van-phuc')).toMatchObject({ botId: '222', secret: 'second' });
    const other = new Database(path);
    other.prepare("update bot_accounts set secret = 'third' where platform = 'telegram'").run();
    other.close();
    expect(telegramAccountBySlug(db, 'lua-van-phuc')?.secret).toBe('third');
    expect(telegramAccountBySlug(db, 'no-such-shop')).toBeUndefined();
  });

  it('changes the version only when a watched table is written', () => {
    const { db } = demoDb();
    listProducts(db, getGroup(db, 'lua-van-phuc').id);
    const v = tablesVersion(db, ['groups', 'stock']);
    db.$client.prepare("insert into processed_updates (source, update_key, processed_at) values ('t', 'k', 'x')").run();
    expect(tablesVersion(db, ['groups', 'stock'])).toBe(v);
    db.$client.prepare('update stock set qty = qty where rowid = (select min(rowid) from stock)').run();
    expect(tablesVersion(db, ['stock'])).not.toBe(v);
  });
});

function countHouseholdsStocking(db: ReturnType<typeof openDb>, sku: string): number {
  return (db.$client.prepare('select count(*) n from stock where product_id = (select id from products where sku = ?)').get(sku) as { n: number }).n;
}
