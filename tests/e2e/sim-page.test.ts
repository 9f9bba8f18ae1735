import { describe, expect, it } from 'vitest';
import { ensureChromium, useDemoInBrowser } from './browser.ts';

const browserPath = ensureChromium();
if (browserPath.path === null) console.warn(`simulator page test skipped: ${browserPath.reason}`);

// Skipped only when no browser can be installed on this machine (the reason is printed above).
describe.skipIf(!browserPath.path)('the simulator page in a real browser', () => {
  const demo = useDemoInBrowser(browserPath.path!);

  it('a customer starts, browses with buttons, orders by writing a code, confirms and sees the VietQR', async () => {
    const page = await demo.browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(demo.base + '/');
    await page.selectOption('#user', { label: 'Khách Lan (customer)' });
    await page.fill('#text', '/start');
    await page.press('#text', 'Enter');
    await page.getByRole('button', { name: '📋 Xem hàng' }).last().click();
    await expect.poll(() => page.locator('#log').innerText()).toContain('Khăn lụa tơ tằm màu xanh ngọc — 250.000 ₫/chiếc');
    await page.fill('#text', 'KL-XANH x2');
    await page.press('#text', 'Enter');
    await expect.poll(() => page.locator('#log').innerText()).toContain('Tổng cộng: 500.000 ₫');
    await page.getByRole('button', { name: '✅ Đặt hàng' }).last().click();
    await expect.poll(() => page.locator('#log img').count()).toBe(1);
    const text = await page.locator('#log').innerText();
    expect(text).toMatch(/Đã đặt đơn [A-Z0-9]{7}/);
    expect(text).toContain('Chờ thanh toán');
    const natural = await page.locator('#log img').evaluate((img: HTMLImageElement) => img.naturalWidth);
    expect(natural).toBeGreaterThan(200);
    await page.screenshot({ path: '/tmp/gom-sim.png' });
  }, 60_000);
});
