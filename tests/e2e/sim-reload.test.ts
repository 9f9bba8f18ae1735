import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ensureChromium, useDemoInBrowser } from './browser.ts';

const browserPath = ensureChromium();
if (browserPath.path === null) console.warn(`simulator reload test skipped: ${browserPath.reason}`);

/** True when the element is fully inside the chat log's visible area. */
function inView(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).last().evaluate((el) => {
    const log = document.getElementById('log')!.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.top >= log.top - 1 && r.bottom <= log.bottom + 1;
  });
}

/** True when some of the element shows inside the chat log's visible area. */
function visible(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).last().evaluate((el) => {
    const log = document.getElementById('log')!.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.bottom > log.top && r.top < log.bottom;
  });
}

// Skipped only when no browser can be installed on this machine (the reason is printed above).
describe.skipIf(!browserPath.path)('the simulator page keeps its chat', () => {
  const demo = useDemoInBrowser(browserPath.path!);

  it('greets a first visit, scrolls the QR into view once it loads, and shows the same chat after a reload', async () => {
    const context = await demo.browser.newContext({ viewport: { width: 390, height: 900 } });
    const page = await context.newPage();
    // Chromium's scroll anchoring would hide a missing scroll after an image loads; older phone browsers
    // (Safari before 2023, old Android WebViews) have none, so the page must scroll by itself.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style');
        style.textContent = '#log, #log * { overflow-anchor: none !important; }';
        document.head.appendChild(style);
      });
    });
    await page.goto(demo.base + '/');
    // First visit: the /start answer is there without typing anything.
    await expect.poll(() => page.locator('#log').innerText()).toContain('📋 Xem hàng');
    await page.selectOption('#user', { label: 'Khách Hùng (customer)' });
    await expect.poll(() => page.locator('#log').innerText()).toContain('📋 Xem hàng');
    await page.fill('#text', 'KL-XANH x3');
    await page.press('#text', 'Enter');
    await expect.poll(() => page.locator('#log').innerText()).toContain('Tổng cộng: 750.000 ₫');
    await page.getByRole('button', { name: '✅ Đặt hàng' }).last().click();
    await expect.poll(() => page.locator('#log img').count(), { timeout: 15_000 }).toBe(1);
    await page.locator('#log img').evaluate((img: HTMLImageElement) => img.decode());
    // After the picture loaded the view still follows the newest message (checkout's next question), with the QR above it on screen.
    await expect.poll(() => inView(page, '#log .msg'), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => visible(page, '#log img'), { timeout: 15_000 }).toBe(true);
    const before = await page.locator('#log').innerText();
    expect(before).toMatch(/Đã đặt đơn [A-Z0-9]{7}/);

    await page.reload();
    // Same person, same chat, same history, read back from the server; no second greeting.
    expect(await page.locator('#user').inputValue()).toBe('u2|Hùng|customer');
    await expect.poll(() => page.locator('#log img').count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => page.locator('#log').innerText()).toContain(/Đã đặt đơn ([A-Z0-9]{7})/.exec(before)![1]!);
    const after = await page.locator('#log').innerText();
    expect(after.match(/📋 Xem hàng/g)?.length).toBe(before.match(/📋 Xem hàng/g)?.length);
    expect(after).toContain('KL-XANH x3');
    await expect.poll(() => inView(page, '#log .msg'), { timeout: 15_000 }).toBe(true);
    await page.screenshot({ path: '/tmp/gom-sim-reload.png' });
    await context.close();
  }, 90_000);
});
