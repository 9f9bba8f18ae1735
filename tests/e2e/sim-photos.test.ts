import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { openTestDb } from '../../db/index.ts';
import { createApp } from '../../adapters/server.ts';
import { loadConfig } from '../../adapters/config.ts';
import { seedDemoWithPhotos } from '../../adapters/boot.ts';
import { listen } from '../../adapters/serve.ts';
import { systemClock } from '../../core/clock.ts';
import { CHROMIUM_ARGS, ensureChromium } from './browser.ts';

/** Screenshots for CI to keep (git-ignored); SIM_SCREENSHOTS_DIR moves them. */
const SHOTS = process.env.SIM_SCREENSHOTS_DIR ?? join(new URL('../../', import.meta.url).pathname, 'artifacts', 'sim');

const browserPath = ensureChromium();
if (browserPath.path === null) console.warn(`simulator photo test skipped: ${browserPath.reason}`);

// Skipped only when no browser can be installed on this machine (the reason is printed above).
describe.skipIf(!browserPath.path)("the simulator's photo catalog on a phone", () => {
  let browser: Browser;
  let base = '';
  let close = async () => {};

  beforeAll(async () => {
    // The demo shop as `npm start` imports it: with its product photos.
    const db = openTestDb();
    await seedDemoWithPhotos(db, true, new Date());
    const server = await listen(createApp({ db, clock: systemClock, config: loadConfig({}) }), 0, '127.0.0.1');
    const addr = server.address();
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    browser = await chromium.launch({ executablePath: browserPath.path!, args: CHROMIUM_ARGS });
    close = async () => {
      await browser.close();
      server.close();
    };
  }, 120_000);

  afterAll(async () => {
    await close();
  });

  it('shows the catalog as photo cards that load, and a product card with its photo', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    await page.goto(base + '/');
    await page.selectOption('#user', { label: 'Khách Lan (customer)' });
    await page.fill('#text', '/start');
    await page.press('#text', 'Enter');
    await page.getByRole('button', { name: '📋 Xem hàng' }).last().click();
    const cards = page.locator('#log .card');
    await expect.poll(() => cards.count()).toBe(6);
    const titles = await page.locator('#log .card .title').allInnerTexts();
    expect(titles).toEqual([
      '1. Khăn lụa tơ tằm màu xanh ngọc',
      '2. Khăn lụa tơ tằm màu đỏ',
      '3. Khăn lụa tơ tằm màu vàng',
      '4. Áo dài lụa Vạn Phúc size M',
      '5. Áo dài lụa Vạn Phúc size L',
      '6. Lụa tơ tằm may áo (theo mét)',
    ]);
    expect(await page.locator('#log .card .sub').first().innerText()).toBe('250.000 ₫/chiếc · còn 20');
    // Every card's photo really loaded (served by GET /media/t/<hash>.jpg), not a broken image.
    await expect
      .poll(() => page.locator('#log .card img').evaluateAll((imgs) => (imgs as HTMLImageElement[]).map((i) => i.complete && i.naturalWidth > 0)))
      .toEqual([true, true, true, true, true, true]);
    // The file behind each card is a stored photo (its thumbnail, or the full photo on a dense screen).
    const sources = await page.locator('#log .card img').evaluateAll((imgs) => (imgs as HTMLImageElement[]).map((i) => new URL(i.currentSrc).pathname));
    for (const src of sources) expect(src).toMatch(/^\/media\/[pt]\/[0-9a-f]{64}\.jpg$/);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'photo-catalog-390x844.png') });

    // The first card's "Xem": the product card is the photo with its caption and buttons.
    await page.locator('#log .card').first().getByRole('button', { name: '👀 Xem' }).click();
    const photo = page.locator('#log .msg.bot > img').last();
    await expect.poll(() => photo.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
    expect(await photo.getAttribute('src')).toMatch(/^\/media\/p\/[0-9a-f]{64}\.jpg$/);
    await expect.poll(() => page.locator('#log').innerText()).toContain('Mã: KL-XANH');
    await page.screenshot({ path: join(SHOTS, 'product-card-390x844.png') });
  }, 90_000);
});
