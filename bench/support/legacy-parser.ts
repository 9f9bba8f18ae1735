/**
 * The parser as it stood before the pipeline rewrite, loaded from the project's own git history so that
 * benchmarks and evaluations can run the old and the new parser side by side in one process, without a
 * second copy of the old code in the tree. Needs a git clone (not a tarball) of the repository.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CatalogProduct } from '../../core/catalog/types.ts';

/** The last commit of the single-class parser (core/parser/parse-order.ts, 1,600 lines). */
export const LEGACY_PARSER_COMMIT = '80e25f1';

export interface ParserModule {
  buildMatcher(products: CatalogProduct[]): unknown;
  parseOrder(matcher: never, text: string): { items: { sku: string; qty: number }[]; phone: string | null; ask: boolean };
}

/** Extracts core/ at `rev` into a temporary folder and imports its parser; null when git or the commit is missing. */
export async function loadLegacyParser(rev = LEGACY_PARSER_COMMIT): Promise<ParserModule | null> {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'gom-legacy-parser-'));
  try {
    const tar = execFileSync('git', ['-C', root, 'archive', rev, 'core/parser', 'core/catalog'], { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20 });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
    // As in the repository, the extracted .ts files are ES modules: without this, tsx would load them as CommonJS,
    // where every imported name is read through a getter, and the old parser would run slower than it does.
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  } catch {
    return null;
  }
  return (await import(join(dir, 'core/parser/index.ts'))) as ParserModule;
}
