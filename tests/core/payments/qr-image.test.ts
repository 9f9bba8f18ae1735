import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { QR_ERROR_CORRECTION, QR_QUIET_ZONE_MODULES, QR_WIDTH_PX, renderQrPng } from '../../../core/payments/qr-image.ts';
import { buildVietQr } from '../../../core/payments/vietqr.ts';

function decode(png: Buffer): { text: string | null; width: number; height: number; png: PNG } {
  const image = PNG.sync.read(png);
  const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  return { text: code?.data ?? null, width: image.width, height: image.height, png: image };
}

describe('renderQrPng', () => {
  it('renders a dynamic VietQR that decodes back to the same payload', async () => {
    const payload = buildVietQr({ bin: '970436', account: '0451000123456', amount: 180000, memo: 'VP7K3MQ' });
    const png = await renderQrPng(payload);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const { text, width, height } = decode(png);
    expect(text).toBe(payload);
    expect(width).toBeGreaterThanOrEqual(480);
    expect(height).toBe(width);
  });

  it('renders a static VietQR that decodes back too', async () => {
    const payload = buildVietQr({ bin: '970405', account: '1500205123456' });
    expect(decode(await renderQrPng(payload)).text).toBe(payload);
  });

  it('leaves a white quiet zone of 4 modules around the symbol', async () => {
    const payload = buildVietQr({ bin: '970436', account: '0451000123456', amount: 180000, memo: 'VP7K3MQ' });
    const { png, width } = decode(await renderQrPng(payload));
    const modules = QRCode.create(payload, { errorCorrectionLevel: QR_ERROR_CORRECTION }).modules.size;
    const scale = width / (modules + 2 * QR_QUIET_ZONE_MODULES);
    expect(scale).toBeGreaterThanOrEqual(4); // at least 4 px per module
    // The row through the middle of the top-left finder pattern is dark from the symbol's first column.
    const row = Math.floor((QR_QUIET_ZONE_MODULES + 3.5) * scale);
    let firstDark = -1;
    for (let x = 0; x < width; x++) {
      if (png.data[(row * width + x) * 4]! < 128) {
        firstDark = x;
        break;
      }
    }
    expect(firstDark).toBeGreaterThanOrEqual(Math.floor(QR_QUIET_ZONE_MODULES * scale) - 1);
    expect(firstDark).toBeLessThanOrEqual(Math.ceil(QR_QUIET_ZONE_MODULES * scale) + 1);
    // And the top margin rows are entirely white.
    for (let y = 0; y < Math.floor(QR_QUIET_ZONE_MODULES * scale) - 1; y++) {
      for (let x = 0; x < width; x++) expect(png.data[(y * width + x) * 4]).toBeGreaterThan(200);
    }
  });

  it('draws exactly the pixels of the qrcode library’s own PNG renderer, and renders a payload once', async () => {
    const payload = buildVietQr({ bin: '970436', account: '0451000123456', amount: 250000, memo: 'VP9ZZ2Q' });
    const ours = PNG.sync.read(await renderQrPng(payload));
    const reference = PNG.sync.read(await QRCode.toBuffer(payload, { type: 'png', errorCorrectionLevel: QR_ERROR_CORRECTION, margin: QR_QUIET_ZONE_MODULES, width: QR_WIDTH_PX }));
    expect([ours.width, ours.height]).toEqual([reference.width, reference.height]);
    let differing = 0;
    for (let i = 0; i < ours.data.length; i += 4) if (ours.data[i] !== reference.data[i]) differing++;
    expect(differing).toBe(0);
    expect(await renderQrPng(payload)).toBe(await renderQrPng(payload));
  });

  it('refuses an empty payload', async () => {
    await expect(renderQrPng('')).rejects.toThrow();
  });
});
