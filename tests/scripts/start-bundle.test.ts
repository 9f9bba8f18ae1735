import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startServerProcess } from '../helpers.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('npm start runs the compiled bundle', () => {
  it('prestart builds dist/start.js, which migrates from db/migrations, imports the demo shop from data/ and answers', async () => {
    const build = spawnSync('npm', ['run', '--silent', 'prestart'], { cwd: root, encoding: 'utf8' });
    expect(build.status).toBe(0);
    expect(build.stdout).toBe(''); // `npm run --silent` prints nothing but the program's own output
    const server = await startServerProcess([join(root, 'dist/start.js')], root);
    try {
      const res = await fetch(`${server.base}/sim/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: 'u1', text: 'KL-XANH x1' }) });
      const json = (await res.json()) as { replies: { text: string }[] };
      expect(json.replies.map((r) => r.text).join('\n')).toContain('Khăn lụa tơ tằm màu xanh ngọc');
    } finally {
      server.stop();
    }
  });

  it('loads sharp only when a photo is encoded, not at start', () => {
    const build = spawnSync('npm', ['run', '--silent', 'prestart'], { cwd: root, encoding: 'utf8' });
    expect(build.status).toBe(0);
    const bundle = readFileSync(join(root, 'dist/start.js'), 'utf8');
    // esbuild hoists an external package's static import to the top of the bundle, so a static
    // `import sharp from 'sharp'` anywhere would load libvips at every start.
    expect(bundle).not.toMatch(/^\s*import\s[^;]*from\s*["']sharp["']/m);
    expect(bundle).toMatch(/import\(\s*["']sharp["']\s*\)/);
  });
});
