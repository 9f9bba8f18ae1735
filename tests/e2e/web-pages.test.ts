import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import type { Db } from '../../db/index.ts';
import { ensureChromium, startDemoInBrowser } from './browser.ts';

const browserPath = ensureChromium();
if (browserPath.path === null) console.warn(`web pages browser test skipped: ${browserPath.reason}`);

/** Screenshots of every page at 390×844 go here (git-ignored); CI keeps the folder as an artifact. */
const SHOTS = process.env.WEB_SCREENSHOTS_DIR ?? join(new URL('../../', import.meta.url).pathname, 'artifacts', 'web');
const sepayDocs = JSON.parse(readFileSync(new URL('../fixtures/bank/sepay-docs-example.json', import.meta.url), 'utf8'));
const PHONE = { viewport: { width: 390, height: 844 }, locale: 'vi-VN', deviceScaleFactor: 1, isMobile: true, hasTouch: true };

// Skipped only when no browser can be installed on this machine (the reason is printed above).
describe.skipIf(!browserPath.path)('the admin web pages in a real browser', () => {
  let demo: Awaited<ReturnType<typeof startDemoInBrowser>> | undefined;
  let browser: Browser;
  let db: Db;
  let base = '';

  const sim = async (body: Record<string, unknown>) => {
    const res = await fetch(`${base}/sim/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const replies = ((await res.json()) as { replies: { text?: string; caption?: string }[] }).replies;
    return replies.map((r) => r.text ?? r.caption ?? '').join('\n');
  };
  const inbox = async (userId: string) =>
    (((await (await fetch(`${base}/sim/inbox?userId=${userId}`)).json()) as { messages: { text?: string }[] }).messages).map((m) => m.text ?? '').join('\n');
  const placeOrder = async (userId: string, text: string) => {
    await sim({ userId, name: 'Lan', text });
    return /Đã đặt đơn ([A-Z0-9]{7})/.exec(await sim({ userId, button: 'ok' }))![1]!;
  };
  /** The sign-in link /web sends to this user, pointed at the test server. */
  const link = async (userId: string) => `${base}${/\/web\/login\/[\w-]+/.exec(await sim({ userId, text: '/web' }))![0]}`;
  const signIn = async (userId: string): Promise<BrowserContext> => {
    const ctx = await browser.newContext(PHONE);
    const page = await ctx.newPage();
    await page.goto(await link(userId));
    await page.click('#sign-in');
    await page.waitForURL(/\/web\/(today|households\/)/);
    await page.close();
    return ctx;
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    demo = await startDemoInBrowser(browserPath.path!, { SEPAY_API_KEY: 'sepay-key' });
    ({ db, browser, base } = demo);
  }, 120_000);

  afterAll(async () => {
    await demo?.close();
  });

  it('signs in by link; the same link is refused a second time', async () => {
    const url = await link('admin');
    const ctx = await browser.newContext(PHONE);
    const page = await ctx.newPage();
    await page.goto(url);
    await page.screenshot({ path: join(SHOTS, 'sign-in.png') });
    await page.click('#sign-in');
    await page.waitForURL(/\/web\/today$/);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Việc hôm nay');
    const cookie = (await ctx.cookies()).find((c) => c.name === 'gom_web')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/web' });
    const other = await browser.newContext(PHONE);
    const again = await other.newPage();
    const res = await again.goto(url);
    expect(res?.status()).toBe(400);
    expect(await again.locator('main').innerText()).toContain('Link đăng nhập không dùng được');
    expect(await again.locator('#sign-in').count()).toBe(0);
    await other.close();
    await ctx.close();
  }, 60_000);

  it("a household cannot open another household's page nor an admin page or action (403)", async () => {
    const code = await placeOrder('u5', 'KL-XANH x1');
    const ctx = await signIn('ho-lan');
    const page = await ctx.newPage();
    expect((await page.goto(`${base}/web/households/ho-lan`))?.status()).toBe(200);
    await page.screenshot({ path: join(SHOTS, 'household-own.png'), fullPage: true });
    expect((await page.goto(`${base}/web/households/ho-minh`))?.status()).toBe(403);
    expect((await page.goto(`${base}/web/orders/${code}`))?.status()).toBe(403);
    expect((await page.goto(`${base}/web/settlement`))?.status()).toBe(403);
    // Even with the session's own CSRF token, an admin action is refused.
    await page.goto(`${base}/web/households/ho-lan`);
    const csrf = await page.locator('input[name=_csrf]').first().inputValue();
    const posted = await ctx.request.post(`${base}/web/orders/${code}/paid`, { form: { _csrf: csrf, note: 'x' }, maxRedirects: 0 });
    expect(posted.status()).toBe(403);
    expect(db.$client.prepare('select status from orders where code = ?').get(code)).toEqual({ status: 'awaiting_payment' });
    await ctx.close();
  }, 60_000);

  it("marks an order paid from the web and the customer's chat gets the message", async () => {
    const code = await placeOrder('u1', 'KL-XANH x2');
    await inbox('u1');
    const ctx = await signIn('admin');
    const page = await ctx.newPage();
    await page.goto(`${base}/web/today`);
    await page.screenshot({ path: join(SHOTS, 'today.png'), fullPage: true });
    await page.click(`a[href="/web/orders/${code}"]`);
    await page.screenshot({ path: join(SHOTS, 'order.png'), fullPage: true });
    await page.fill('input[name=note]', 'nhận tiền mặt');
    await page.getByRole('button', { name: '✅ Đánh dấu đã trả tiền' }).click();
    await expect.poll(() => page.locator('[role=status]').innerText()).toContain('Đã xong');
    expect(await page.locator('main').innerText()).toContain('Đã thanh toán');
    expect(await inbox('u1')).toContain(`Shop đã nhận tiền cho đơn ${code}`);
    await page.goto(`${base}/web/orders?q=${code}`);
    expect(await page.locator('#orders li').count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'orders.png'), fullPage: true });
    await ctx.close();
  }, 60_000);

  it('assigns an unmatched transfer to the order of its amount', async () => {
    const code = await placeOrder('u2', 'KL-XANH x1');
    const res = await fetch(`${base}/webhooks/bank/sepay`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Apikey sepay-key' },
      body: JSON.stringify({ ...sepayDocs, accountNumber: '0451000123456', id: 7001, transferAmount: 250000, content: 'ck tien khan' }),
    });
    expect(res.status).toBe(200);
    const ctx = await signIn('admin');
    const page = await ctx.newPage();
    await page.goto(`${base}/web/payments`);
    await page.screenshot({ path: join(SHOTS, 'payments.png'), fullPage: true });
    await page.getByRole('button', { name: `Gán vào đơn ${code}` }).click();
    await expect.poll(() => page.locator('[role=status]').innerText()).toContain('Đã xong');
    expect(db.$client.prepare('select status, paid_amount as paid from orders where code = ?').get(code)).toEqual({ status: 'paid', paid: 250000 });
    expect(await inbox('u2')).toContain(`Shop đã nhận tiền cho đơn ${code}`);
    await ctx.close();
  }, 60_000);

  it('downloads the orders CSV (UTF-8 with BOM) and screenshots the remaining pages', async () => {
    const ctx = await signIn('admin');
    const page = await ctx.newPage();
    await page.goto(`${base}/web/settlement`);
    await expect.poll(() => page.locator('img.qr').first().evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(200);
    await page.screenshot({ path: join(SHOTS, 'settlement.png'), fullPage: true });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[href="/web/export/orders.csv"]')]);
    const file = join(SHOTS, 'orders.csv');
    await download.saveAs(file);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(rows[0]).toBe('code,created_at,status,payment_status,customer,phone,total,paid,items,note');
    const codes = db.$client.prepare('select code from orders order by id desc').all() as { code: string }[];
    expect(rows.slice(1).map((r) => r.split(',')[0])).toEqual(codes.map((c) => c.code));
    for (const [name, path] of [['pools', '/web/pools'], ['households', '/web/households'], ['chart', '/web/chart']] as const) {
      expect((await page.goto(`${base}${path}`))?.status()).toBe(200);
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
    }
    expect(await page.locator('#chart-days rect').count()).toBe(30);
    await ctx.close();
  }, 60_000);
});
