import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A fresh clone with nothing beside it must run and test: no file of the repository may read outside it
 * (a sibling folder of the checkout such as the team's shared notes, an absolute path of one machine), and the README and
 * `.env.example` may only point to files the repository has.
 */
const root = resolve(new URL('../', import.meta.url).pathname);
const SKIP = new Set(['node_modules', '.git', 'coverage', 'dist']);

function files(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    if (SKIP.has(name) || name.endsWith('.db') || name.startsWith('.db')) return [];
    const path = join(dir, name);
    const st = statSync(join(root, path), { throwIfNoEntry: false });
    if (!st) return [];
    return st.isDirectory() ? files(path) : [path];
  });
}

const textFiles = files('.').filter((f) => /\.(ts|js|mjs|cjs|json|jsonl|md|sh|yml|yaml)$|^\.env\.example$/.test(f) && !f.endsWith('package-lock.json'));
const sources = textFiles.filter((f) => /\.(ts|js|mjs|cjs)$/.test(f));
const inside = (abs: string) => !relative(root, abs).startsWith('..');

describe('the repository is self-contained', () => {
  it('scans a real tree', () => {
    expect(sources.length).toBeGreaterThan(100);
    expect(sources).toContain('tests/self-contained.test.ts');
  });

  it('no file names a sibling folder of the checkout or an absolute path of one machine', () => {
    // Built so that this file does not match itself.
    const patterns = [new RegExp(['\\.\\.', 'shared'].join('/')), new RegExp(['', 'work', ''].join('/')), new RegExp(['', 'home', '[a-z]'].join('/'))];
    const bad = textFiles.filter((f) => !f.startsWith('tests/fixtures/') || /\.(ts|js)$/.test(f)).filter((f) => {
      const text = readFileSync(join(root, f), 'utf8');
      return f !== 'tests/self-contained.test.ts' && patterns.some((p) => p.test(text));
    });
    expect(bad).toEqual([]);
  });

  it('every new URL(…, import.meta.url) and every join(import.meta.dirname, …) stays inside the repository', () => {
    const bad: string[] = [];
    for (const f of sources) {
      const text = readFileSync(join(root, f), 'utf8');
      const here = dirname(join(root, f));
      for (const m of text.matchAll(/new URL\(\s*[`'"]([^`'"$]+)[`'"]\s*,\s*import\.meta\.url\s*\)/g)) {
        if (!inside(resolve(here, m[1]!))) bad.push(`${f}: ${m[0]}`);
      }
      for (const m of text.matchAll(/(?:join|resolve)\(\s*import\.meta\.dirname\s*,([^)]*)\)/g)) {
        const parts = [...m[1]!.matchAll(/['"]([^'"]+)['"]/g)].map((x) => x[1]!);
        if (!inside(resolve(here, ...parts))) bad.push(`${f}: ${m[0]}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('README.md and .env.example point only to files the repository has', () => {
    const missing: string[] = [];
    for (const doc of ['README.md', '.env.example']) {
      const text = readFileSync(join(root, doc), 'utf8');
      // Markdown file names and repository paths (a top-level folder, or a file with an extension we ship).
      const refs = new Set([
        ...[...text.matchAll(/\b([\w./-]+\.md)\b/g)].map((m) => m[1]!),
        ...[...text.matchAll(/`((?:data|docs|scripts|adapters|bots|core|db|tests|bench)\/[\w./-]*[\w])`/g)].map((m) => m[1]!),
      ]);
      for (const ref of refs) if (!existsSync(join(root, ref))) missing.push(`${doc}: ${ref}`);
    }
    expect(missing).toEqual([]);
  });
});
