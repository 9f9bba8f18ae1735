import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const shopPath = fileURLToPath(new URL('../../../data/van-phuc.shop.json', import.meta.url));

/** Runs the parse CLI with the given arguments and stdin. */
function run(args: string[], input: string) {
  return spawnSync('npx', ['tsx', 'scripts/parse.ts', ...args], { cwd: root, input, encoding: 'utf8' });
}

describe('scripts/parse.ts', () => {
  it('prints exactly one JSON object per input line', () => {
    const r = run(['--shop', shopPath], 'cho mình 2 khăn đỏ\\nsđt 0912 345 678\nChào shop ạ\nlấy 2 khăn lụa\n');
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      { items: [{ sku: 'KL-DO', qty: 2 }], phone: '0912345678', ask: false },
      { items: [], phone: null, ask: false },
      { items: [], phone: null, ask: true },
    ]);
    expect(lines[0]).toBe('{"items":[{"sku":"KL-DO","qty":2}],"phone":"0912345678","ask":false}');
  });

  it('exits 2 with a message on stderr when --shop is missing', () => {
    const r = run([], 'hello\n');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--shop/);
  });

  it('exits 2 when the shop file is missing or invalid', () => {
    expect(run(['--shop', '/nonexistent/shop.json'], 'x\n').status).toBe(2);
    const dir = mkdtempSync(join(tmpdir(), 'gom-parse-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'chatshop/1' }));
    const r = run(['--shop', bad], 'x\n');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/group/);
  });
});
