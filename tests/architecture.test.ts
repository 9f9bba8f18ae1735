import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The direction of dependencies (DESIGN.md): scripts → adapters → bots → core → db. core/ knows nothing
 * of chats or HTTP; bots/ knows nothing of any platform. This test holds the line that a lint rule
 * (no-restricted-imports) would, without adding a linter to the toolchain.
 */
const root = new URL('../', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function imports(file: string): string[] {
  const src = readFileSync(join(root, file), 'utf8');
  return [...src.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm), ...src.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!);
}

/** The top-level folder an import lands in (for relative imports), or the package name. */
function target(file: string, spec: string): string {
  if (!spec.startsWith('.')) return spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
  return relative(root, join(root, file, '..', spec)).split('/')[0]!;
}

const rules: Record<string, { layers: string[]; packages: RegExp }> = {
  db: { layers: ['db'], packages: /^(drizzle-orm|better-sqlite3|node:.*)$/ },
  core: { layers: ['core', 'db'], packages: /^(drizzle-orm|zod|qrcode|node:.*)$/ },
  bots: { layers: ['bots', 'core', 'db'], packages: /^(drizzle-orm|node:.*)$/ },
};

describe('layers', () => {
  for (const [layer, rule] of Object.entries(rules)) {
    it(`${layer}/ imports only ${rule.layers.join(', ')} and ${rule.packages.source}`, () => {
      const bad: string[] = [];
      const list = files(layer);
      expect(list.length).toBeGreaterThan(0);
      expect(list.flatMap(imports).length).toBeGreaterThan(list.length / 2);
      for (const file of list) {
        for (const spec of imports(file)) {
          const t = target(file, spec);
          const ok = spec.startsWith('.') ? rule.layers.includes(t) : rule.packages.test(t);
          if (!ok) bad.push(`${file} → ${spec}`);
        }
      }
      expect(bad).toEqual([]);
    });
  }

  it('only adapters/serve.ts imports @hono/node-server', () => {
    const users = ['adapters', 'scripts', 'bots', 'core'].flatMap(files).filter((f) => imports(f).some((s) => s.startsWith('@hono/node-server')));
    expect(users).toEqual(['adapters/serve.ts']);
  });
});
