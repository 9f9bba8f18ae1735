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

/** Relative imports of a file, resolved to repository paths. */
function localImports(file: string): string[] {
  return imports(file)
    .filter((s) => s.startsWith('.'))
    .map((s) => relative(root, join(root, file, '..', s)));
}

describe('the shape of the code', () => {
  const sources = ['db', 'core', 'bots', 'adapters', 'scripts'].flatMap(files);

  it('has no import circle anywhere (type-only imports included)', () => {
    const graph = new Map(sources.map((f) => [f, localImports(f).filter((t) => t.endsWith('.ts'))]));
    expect([...graph.values()].flat().length).toBeGreaterThan(sources.length);
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (f: string, path: string[]): void => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        circles.push([...path.slice(path.indexOf(f)), f].join(' → '));
        return;
      }
      state.set(f, 'open');
      for (const t of graph.get(f) ?? []) visit(t, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of graph.keys()) visit(f, []);
    expect(circles).toEqual([]);
  });

  it('bots/ reads and writes through core: no table queries, no raw SQL, no table imported', () => {
    const bad: string[] = [];
    const list = files('bots');
    expect(list.length).toBeGreaterThan(10);
    for (const file of list) {
      const src = readFileSync(join(root, file), 'utf8');
      if (imports(file).includes('drizzle-orm')) bad.push(`${file}: imports drizzle-orm`);
      for (const m of src.matchAll(/\.\$client\b|\bt\.(?:select|insert|update|delete)\(|\bdb\.(?:select|insert|update|delete)\(|\.prepare\(\s*['"`]/g)) bad.push(`${file}: ${m[0]}`);
      // From the schema only types and the enum lists (ORDER_STATUSES) may be taken, never a table.
      for (const m of src.matchAll(/^import\s+(type\s+)?\{([^}]*)\}\s+from\s+['"][./]*db\/schema\.ts['"]/gm)) {
        if (m[1]) continue;
        for (const name of m[2]!.split(',').map((n) => n.trim()).filter(Boolean)) {
          if (!name.startsWith('type ') && !/^[A-Z_]+$/.test(name)) bad.push(`${file}: imports the table ${name}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('adapters/ call core operations, never the dialogs', () => {
    const bad = files('adapters').flatMap((f) => localImports(f).filter((t) => t.startsWith('bots/dialogs/')).map((t) => `${f} → ${t}`));
    expect(bad).toEqual([]);
  });

  it('core/ never imports bots/ or adapters/ (events go out through subscribers)', () => {
    const bad = files('core').flatMap((f) => localImports(f).filter((t) => t.startsWith('bots/') || t.startsWith('adapters/')).map((t) => `${f} → ${t}`));
    expect(bad).toEqual([]);
  });

  it('text is split and diacritics folded in one place (core/text.ts; the parser keeps its own tuned fold)', () => {
    const bad: string[] = [];
    for (const file of ['core', 'bots', 'adapters', 'scripts'].flatMap(files)) {
      if (file === 'core/text.ts' || file.startsWith('core/parser/')) continue;
      const src = readFileSync(join(root, file), 'utf8');
      for (const m of src.matchAll(/normalize\(\s*['"]NFK?D['"]\s*\)|\\u0300-\\u036f|lastIndexOf\(\s*['"]\\n['"]/g)) bad.push(`${file}: ${m[0]}`);
    }
    expect(bad).toEqual([]);
  });

  it('what a platform can do is declared by its adapter, and shared code adapts to it (bots/capabilities.ts)', () => {
    for (const platform of ['telegram', 'zalo', 'zalo-bot', 'viber']) {
      expect(readFileSync(join(root, 'adapters', platform, 'capabilities.ts'), 'utf8'), platform).toMatch(/export const \w+_CAPABILITIES: Capabilities = \{/);
      expect(readFileSync(join(root, 'adapters', platform, 'index.ts'), 'utf8'), platform).toMatch(/adaptingSender\(/);
    }
  });
});
