import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function qr(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('npx', ['tsx', 'scripts/qr.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'gom-qr-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run qr', () => {
  it('prints a static payload (published subiz/vietqr vietqr_test.go example) and nothing else', () => {
    const r = qr('--bank', 'TPBank', '--account', '0099999999');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('00020101021138540010A00000072701240006970423011000999999990208QRIBFTTA53037045802VN6304CBB4\n');
  });

  it('prints a dynamic payload from a BIN, an amount with separators and a Vietnamese memo (subiz/vietqr README example)', () => {
    const r = qr('--bank', '970415', '--account', '0011001932418', '--amount', '120.000', '--memo', 'ủng hộ lũ lụt');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      '00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA530370454061200005802VN62170813ung ho lu lut6304C15C\n',
    );
  });

  it('writes a PNG that decodes to the printed payload', () => {
    const file = join(dir, 'stall.png');
    const r = qr('--bank', 'vcb', '--account', '0451000123456', '--png', file);
    expect(r.status).toBe(0);
    const image = PNG.sync.read(readFileSync(file));
    const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
    expect(code?.data).toBe(r.stdout.trim());
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('decodes a payload to one JSON line', () => {
    const r = qr(
      '--decode',
      '00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA5303704540410005802VN62150811Chuyen tien6304BBB8',
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('{"bin":"970416","bank":"ACB","account":"257678859","amount":1000,"memo":"Chuyen tien","dynamic":true,"to":"account"}\n');
  });

  it('round-trips build and decode', () => {
    const built = qr('--bank', 'VCB', '--account', '0451000123456', '--amount', '180000', '--memo', 'Đơn VP7K3MQ').stdout.trim();
    const r = qr('--decode', built);
    expect(JSON.parse(r.stdout)).toEqual({
      bin: '970436',
      bank: 'VCB',
      account: '0451000123456',
      amount: 180000,
      memo: 'Don VP7K3MQ',
      dynamic: true,
      to: 'account',
    });
  });

  it('exits 1 with the reason on stderr when the CRC is wrong', () => {
    const r = qr('--decode', '00020101021138530010A0000007270123000697041601092576788590208QRIBFTTA53037045802VN63040000');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('CRC mismatch');
  });

  it('exits 1 for an unknown bank and suggests a close one', () => {
    const r = qr('--bank', 'Vietcombnk', '--account', '1');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('VCB');
  });

  it.each([
    [['--bank', 'VCB', '--account', '1', '--amount', '1.5']],
    [['--bank', 'VCB', '--account', '1', '--amount', '0']],
    [['--bank', 'VCB']],
    [['--frobnicate']],
    [['--decode', 'x', '--bank', 'VCB']],
  ])('exits 1 for bad arguments %j', (args) => {
    const r = qr(...args);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.length).toBeGreaterThan(0);
  });
});
