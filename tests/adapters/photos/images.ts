import sharp from 'sharp';

/** A real JPEG of the given size and colour, made with sharp (what a phone camera would send, smaller). */
export function jpeg(width = 1600, height = 1200, background = '#1a8f7a'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background } }).jpeg({ quality: 90 }).toBuffer();
}

/** A real PNG. */
export function png(width = 300, height = 200, background = '#c0392b'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background } }).png().toBuffer();
}

/** A real WebP. */
export function webp(width = 300, height = 200, background = '#f1c40f'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background } }).webp().toBuffer();
}

/** The first bytes of a real PDF (a price list someone renamed to .jpg): `%PDF-1.7`, an object, `%%EOF`. */
export function pdf(): Buffer {
  return Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1');
}

/** 30 MB that start like a JPEG: a photo far over the limit (its content is never decoded). */
export function thirtyMegabytes(): Buffer {
  const b = Buffer.alloc(30 * 1024 * 1024, 0x20);
  b.set([0xff, 0xd8, 0xff, 0xe0], 0);
  return b;
}
