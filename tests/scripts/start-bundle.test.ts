import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('npm start runs the compiled bundle', () => {
  it('prestart builds dist/start.js, which migrates from db/migrations, imports the demo shop from data/ and answers', async () => {
    const build = spawnSync('npm', ['run', '--silent', 'prestart'], { cwd: root, encoding: 'utf8' });
    expect(build.status).toBe(0);
    expect(build.stdout).toBe(''); // `npm run --silent` prints nothing but the program's own output
    const dir = mkdtempSync(join(tmpdir(), 'gom-bundle-'));
    const port = 20000 + Math.floor(Math.random() * 20000);
    const child = spawn(process.execPath, [join(root, 'dist/start.js')], {
      cwd: root,
      env: { ...process.env, PORT: String(port), DATABASE_PATH: join(dir, 'gom.db') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let ok = false;
      for (let i = 0; i < 100 && !ok; i++) {
        await new Promise((r) => setTimeout(r, 100));
        ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
      }
      expect(ok).toBe(true);
      const res = await fetch(`http://127.0.0.1:${port}/sim/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: 'u1', text: 'KL-XANH x1' }) });
      const json = (await res.json()) as { replies: { text: string }[] };
      expect(json.replies.map((r) => r.text).join('\n')).toContain('Khăn lụa tơ tằm màu xanh ngọc');
    } finally {
      child.kill('SIGTERM');
    }
  });
});
