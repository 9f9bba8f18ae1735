import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../db/index.ts';
import { DEMO_SHOP } from '../../adapters/boot.ts';
import { dumpTables, startServerProcess } from '../helpers.ts';

const root = new URL('../../', import.meta.url).pathname;
const tsx = (script: string, args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, script), ...args], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });

describe('npm run import', () => {
  it('imports a shop file, is idempotent, and refuses a bad file naming the field without writing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gom-import-'));
    const DATABASE_PATH = join(dir, 'gom.db');
    const first = tsx('scripts/import.ts', [DEMO_SHOP], { DATABASE_PATH });
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('imported lua-van-phuc: 10 products, 4 households');
    const before = dumpTables(openDb(DATABASE_PATH));
    const second = tsx('scripts/import.ts', [DEMO_SHOP], { DATABASE_PATH });
    expect(second.stdout).toContain('nothing changed');
    const bad = JSON.parse(readFileSync(DEMO_SHOP, 'utf8'));
    bad.households[1].nickname = 'Minh';
    bad.products[0].price = 260000;
    const badFile = join(dir, 'bad.json');
    writeFileSync(badFile, JSON.stringify(bad));
    const refused = tsx('scripts/import.ts', [badFile], { DATABASE_PATH });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('households[1].nickname');
    expect(dumpTables(openDb(DATABASE_PATH))).toEqual(before);
  });
});

describe('.env', () => {
  it('is read from the working directory, and the real environment wins over it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gom-env-'));
    writeFileSync(join(dir, '.env'), `DATABASE_PATH=${join(dir, 'from-dotenv.db')}\n`);
    // Run from the other folder with tsx's own launcher (a bare `--import tsx` resolves from the cwd).
    const tsxBin = join(root, 'node_modules/.bin/tsx');
    const run = (env: Record<string, string | undefined>) =>
      spawnSync(tsxBin, [join(root, 'scripts/import.ts'), DEMO_SHOP], { cwd: dir, env: env as Record<string, string>, encoding: 'utf8' });
    const { DATABASE_PATH: _ignored, ...clean } = process.env;
    const r = run(clean);
    expect(r.status).toBe(0);
    expect(openDb(join(dir, 'from-dotenv.db')).$client.prepare('select slug from groups').get()).toEqual({ slug: 'lua-van-phuc' });
    const override = run({ ...clean, DATABASE_PATH: join(dir, 'from-env.db') });
    expect(override.stdout).toContain('imported lua-van-phuc');
  });
});

describe('npm run invite', () => {
  it('prints a one-time code on its last line that /join redeems', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gom-invite-'));
    const DATABASE_PATH = join(dir, 'gom.db');
    tsx('scripts/import.ts', [DEMO_SHOP], { DATABASE_PATH });
    const r = tsx('scripts/invite.ts', ['--group', 'lua-van-phuc', '--role', 'admin'], { DATABASE_PATH });
    expect(r.status).toBe(0);
    const code = r.stdout.trim().split('\n').at(-1)!;
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
    const db = openDb(DATABASE_PATH);
    expect(db.$client.prepare('select role, used_at u from invites where code = ?').get(code)).toEqual({ role: 'admin', u: null });
    expect(tsx('scripts/invite.ts', ['--group', 'nope', '--role', 'admin'], { DATABASE_PATH }).status).toBe(1);
  });
});

describe('npm start', () => {
  it('on an empty database migrates, imports the demo shop and answers the simulator', async () => {
    const server = await startServerProcess(['--import', 'tsx', join(root, 'scripts/start.ts')], root);
    try {
      const res = await fetch(`${server.base}/sim/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: 'u1', text: '/start' }) });
      const json = (await res.json()) as { replies: { text: string }[] };
      expect(json.replies[0]!.text).toContain('Lụa Vạn Phúc');
      const page = await fetch(`${server.base}/`);
      expect(await page.text()).toContain('<title>Gom');
    } finally {
      server.stop();
    }
  });
});

describe('npm start on an address other machines can reach', () => {
  it('refuses to run with the simulator or the demo on, and says why; ALLOW_PUBLIC_DEMO=1 is the explicit override', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gom-public-'));
    const r = tsx('scripts/start.ts', [], { HOST: '0.0.0.0', PORT: '0', DATABASE_PATH: join(dir, 'gom.db') });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('refusing to start: HOST=0.0.0.0');
    expect(r.stderr).toContain('SIM=1');
    expect(r.stderr).toContain('ALLOW_PUBLIC_DEMO=1');
  });
});

describe('npm run backup and npm run export', () => {
  it('copy the database (refusing to overwrite) and write the group files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gom-ops-'));
    const DATABASE_PATH = join(dir, 'gom.db');
    tsx('scripts/import.ts', [DEMO_SHOP], { DATABASE_PATH });
    const copy = join(dir, 'backup.db');
    const b = tsx('scripts/backup.ts', [copy], { DATABASE_PATH });
    expect(b.status).toBe(0);
    expect(b.stdout).toContain('integrity ok');
    expect(openDb(copy).$client.prepare('select slug from groups').get()).toEqual({ slug: 'lua-van-phuc' });
    const again = tsx('scripts/backup.ts', [copy], { DATABASE_PATH });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');
    const out = join(dir, 'export');
    const e = tsx('scripts/export.ts', ['--group', 'lua-van-phuc', '--out', out], { DATABASE_PATH });
    expect(e.status).toBe(0);
    expect(e.stdout.trim().split('\n')).toHaveLength(5);
    expect(JSON.parse(readFileSync(join(out, 'lua-van-phuc.shop.json'), 'utf8')).format).toBe('chatshop/1');
    expect(tsx('scripts/export.ts', ['--group', 'khong-co'], { DATABASE_PATH }).status).toBe(1);
  });
});
