/**
 * Identities grow with every customer who ever wrote (a flash sale adds thousands in minutes). The lookups
 * made on every order placed (which households can be told) and on every notification (a person's
 * identities) must find them by index: a full scan of `identities` made each order slower with each customer.
 */
import { describe, expect, it } from 'vitest';
import { openTestDb, type Db } from '../../db/index.ts';
import { reachableHouseholds } from '../../core/households/reach.ts';
import { getPerson, identify, identitiesOf } from '../../core/people/identify.ts';
import { demoDb } from '../helpers.ts';

/** Runs `fn` and returns the SQL texts it compiled on this connection (each new text is compiled once). */
function compiledBy(db: Db, fn: () => void): string[] {
  const seen: string[] = [];
  const prepare = db.$client.prepare.bind(db.$client);
  db.$client.prepare = ((source: string) => {
    seen.push(source);
    return prepare(source);
  }) as typeof db.$client.prepare;
  try {
    fn();
  } finally {
    db.$client.prepare = prepare as typeof db.$client.prepare;
  }
  return seen;
}

/** The plan lines of a statement that scan `identities` in full, under its own name or an alias. */
function identityScans(db: Db, sql: string): string[] {
  const aliases = new Set(['identities', ...[...sql.matchAll(/["`]?\bidentities\b["`]?\s+(?:as\s+)?["`]?(\w+)/gi)].map((m) => m[1]!)]);
  const params = (sql.replace(/'(?:[^']|'')*'/g, '').match(/\?/g) ?? []).length;
  const plan = db.$client.prepare(`explain query plan ${sql}`).all(...Array(params).fill(null)) as { detail: string }[];
  return plan.map((r) => r.detail).filter((d) => aliases.has(/^SCAN (\w+)/.exec(d)?.[1] ?? ''));
}

describe('identity lookups', () => {
  it('the households to tell, a person and their identities are found without scanning every identity', () => {
    const { db, groupId } = demoDb();
    const now = new Date('2026-11-22T10:00:00.000Z');
    const { person } = identify(db, { platform: 'sim', userId: 'khach-1', privateChatId: 'khach-1', groupId }, now);
    const sqls = compiledBy(db, () => {
      reachableHouseholds(db, groupId);
      identitiesOf(db, person.id);
      getPerson(db, person.id);
    });
    const reads = sqls.filter((s) => /identities/i.test(s));
    // The statements that read identities were compiled here (not before this test), so each is checked.
    expect(reads.length).toBeGreaterThanOrEqual(2);
    for (const sql of reads) expect(identityScans(db, sql), sql).toEqual([]);
  });

  it('the index is there on a freshly migrated database', () => {
    const db = openTestDb();
    const indexes = db.$client.prepare("select name from sqlite_master where type = 'index' and tbl_name = 'identities'").pluck().all();
    expect(indexes).toContain('identities_person');
  });
});
