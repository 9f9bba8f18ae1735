import { describe, expect, it } from 'vitest';
import { runDueJobs } from '../../bots/jobs.ts';
import { createInvite } from '../../core/people/roles.ts';
import { JOIN_MAX_ATTEMPTS } from '../../bots/dialogs/roles.ts';
import { PAID_REPORT_WINDOW_MS } from '../../bots/dialogs/payments.ts';
import { buttonData, simSession, texts } from './sim-harness.ts';

type Session = ReturnType<typeof simSession>;
const G = 'nhom-lua';
const codeOf = (r: Parameters<typeof texts>[0]) => /Đã đặt đơn ([A-Z0-9]{7})/.exec(texts(r))?.[1];
const stockOf = (s: Session, sku: string) =>
  (s.db.$client.prepare('select sum(s.qty) q from stock s join products p on p.id = s.product_id where p.sku = ?').get(sku) as { q: number }).q;
const orderRow = (s: Session, code: string) =>
  s.db.$client.prepare('select status, expires_at e, created_at c, reminded_at r from orders where code = ?').get(code) as { status: string; e: string; c: string; r: string | null };

async function order(s: Session, user: string, text: string) {
  await s.say(user, text, undefined, 'Khách');
  return s.press(user, 'ok');
}

describe('hoarding limits per customer', () => {
  it('a fourth unpaid order is refused kindly (group default: 3) and reserves nothing; paying one frees a place', async () => {
    const s = simSession();
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push(codeOf(await order(s, 'u1', '1 khăn xanh'))!);
    expect(codes.every(Boolean)).toBe(true);
    const before = stockOf(s, 'KL-XANH');
    const refused = await order(s, 'u1', '1 khăn xanh');
    expect(codeOf(refused)).toBeUndefined();
    expect(texts(refused)).toContain('3 đơn chưa thanh toán');
    expect(stockOf(s, 'KL-XANH')).toBe(before);
    // Another customer is not limited by u1's orders.
    expect(codeOf(await order(s, 'u2', '1 khăn xanh'))).toBeDefined();
    // Once one is paid, u1 may order again.
    await s.press('u1', `pd:${codes[0]}`);
    await s.press('thu-quy', `cy:${codes[0]}`);
    expect(codeOf(await order(s, 'u1', '1 khăn xanh'))).toBeDefined();
  });

  it('units of one product held in unpaid orders are capped per customer (a group setting)', async () => {
    const s = simSession();
    s.db.$client.prepare("update groups set max_units_per_product = 5 where slug = 'lua-van-phuc'").run();
    expect(codeOf(await order(s, 'u1', '4 khăn xanh'))).toBeDefined();
    const before = stockOf(s, 'KL-XANH');
    const refused = await order(s, 'u1', '2 khăn xanh');
    expect(codeOf(refused)).toBeUndefined();
    expect(texts(refused)).toContain('tối đa 5 KL-XANH');
    expect(stockOf(s, 'KL-XANH')).toBe(before);
    await s.press('u1', 'kx'); // the refused cart stays until emptied
    expect(codeOf(await order(s, 'u1', '1 khăn xanh'))).toBeDefined(); // 5 in all is allowed
  });
});

describe('the limits are group settings in the shop file', () => {
  it('maxUnpaidOrders from the shop file applies, and the export carries it back', async () => {
    const { importShop } = await import('../../core/catalog/import-shop.ts');
    const { exportShop } = await import('../../core/catalog/export-shop.ts');
    const { demoShop } = await import('../helpers.ts');
    const s = simSession();
    const shop = demoShop();
    importShop(s.db, { ...shop, group: { ...shop.group, maxUnpaidOrders: 1, unconfirmedHoldMinutes: 30 } });
    expect(exportShop(s.db, 'lua-van-phuc').group).toMatchObject({ maxUnpaidOrders: 1, maxUnitsPerProduct: 50, unconfirmedHoldMinutes: 30 });
    expect(codeOf(await order(s, 'u1', '1 khăn xanh'))).toBeDefined();
    expect(texts(await order(s, 'u1', '1 áo dài M'))).toContain('1 đơn chưa thanh toán');
  });
});

describe('"I paid" is one pending request per order', () => {
  it('fifty taps reach the treasurer once; after an answer, the next tap reaches them again', async () => {
    const s = simSession();
    const code = codeOf(await order(s, 'u1', '1 khăn xanh'))!;
    await s.inbox({ userId: 'thu-quy' });
    const answers = [];
    for (let i = 0; i < 50; i++) answers.push(texts(await s.press('u1', `pd:${code}`)));
    expect(answers[0]).toContain('đang kiểm tra tiền');
    expect(answers.slice(1).every((t) => t.includes('đã nhận báo chuyển khoản'))).toBe(true);
    const toTreasurer = await s.inbox({ userId: 'thu-quy' });
    expect(toTreasurer.filter((r) => r.type === 'text' && r.text.includes(code))).toHaveLength(1);
    // ❌ not received: the customer may report again at once.
    await s.press('thu-quy', `cn:${code}`);
    await s.press('u1', `pd:${code}`);
    expect((await s.inbox({ userId: 'thu-quy' })).filter((r) => r.type === 'text' && r.text.includes(code))).toHaveLength(1);
    // Unanswered, the request is refreshed after the window.
    s.clock.advance(PAID_REPORT_WINDOW_MS);
    await s.press('u1', `pd:${code}`);
    expect((await s.inbox({ userId: 'thu-quy' })).filter((r) => r.type === 'text' && r.text.includes(code))).toHaveLength(1);
  });
});

describe('/join is rate-limited per person', () => {
  it(`after ${JOIN_MAX_ATTEMPTS} attempts in an hour even a right code waits; the attempts survive the refusals`, async () => {
    const s = simSession();
    for (let i = 0; i < JOIN_MAX_ATTEMPTS; i++) expect(texts(await s.say('stranger', `/join WRONG${i}XY`))).toContain('Mã mời không đúng');
    const code = createInvite(s.db, { groupId: 1, role: 'admin' }, s.clock());
    expect(texts(await s.say('stranger', `/join ${code}`))).toContain('quá nhiều lần');
    expect(s.db.$client.prepare("select count(*) n from memberships m join identities i on i.person_id = m.person_id where i.platform_user_id = 'stranger'").get()).toEqual({ n: 0 });
    s.clock.advance(3600_000);
    expect(texts(await s.say('stranger', `/join ${code}`))).toContain('quản lý');
  });
});

describe('an order placed by one line in a group chat is held shortly until its customer keeps it', () => {
  it('holds it for the group setting (60 min), offers "Giữ đơn" privately; kept → full payment time; not kept → expires and stock returns', async () => {
    const s = simSession();
    await s.say('admin', '/dang', G);
    const stock0 = stockOf(s, 'KL-XANH');
    await s.say('u1', '+2 khăn xanh', G, 'Lan');
    await s.say('u2', '+1 khăn xanh', G, 'Hùng');
    const lanPrivate = await s.inbox({ userId: 'u1' });
    const lan = codeOf(lanPrivate)!;
    const hung = codeOf(await s.inbox({ userId: 'u2' }))!;
    expect(texts(lanPrivate)).toContain('Giữ đơn');
    expect(buttonData(lanPrivate)).toContain(`kp:${lan}`);
    const row = orderRow(s, lan);
    expect(Date.parse(row.e) - Date.parse(row.c)).toBe(60 * 60_000);
    expect(row.r).not.toBeNull(); // the placement message is its reminder

    expect(texts(await s.press('u1', `kp:${lan}`))).toContain(`Đã giữ đơn ${lan}`);
    const kept = orderRow(s, lan);
    expect(Date.parse(kept.e) - Date.parse(kept.c)).toBe(1440 * 60_000);
    expect(kept.r).toBeNull();
    // Someone else cannot keep Lan's order.
    expect(texts(await s.press('u2', `kp:${lan}`))).not.toContain('Đã giữ');

    s.clock.advance(61 * 60_000);
    runDueJobs(s.db, s.clock);
    expect(orderRow(s, hung).status).toBe('expired');
    expect(orderRow(s, lan).status).toBe('awaiting_payment');
    expect(stockOf(s, 'KL-XANH')).toBe(stock0 - 2);
  });

  it('"I paid" on a held order keeps it too, so it cannot expire while the treasurer checks the bank', async () => {
    const s = simSession();
    await s.say('admin', '/dang', G);
    await s.say('u1', '+1 khăn xanh', G, 'Lan');
    const code = codeOf(await s.inbox({ userId: 'u1' }))!;
    await s.press('u1', `pd:${code}`);
    const row = orderRow(s, code);
    expect(Date.parse(row.e) - Date.parse(row.c)).toBe(1440 * 60_000);
    s.clock.advance(61 * 60_000);
    runDueJobs(s.db, s.clock);
    expect(orderRow(s, code).status).toBe('awaiting_payment');
  });

  it('an order from the private chat (confirmed with a button) keeps the full payment time', async () => {
    const s = simSession();
    const code = codeOf(await order(s, 'u1', '1 khăn xanh'))!;
    const row = orderRow(s, code);
    expect(Date.parse(row.e) - Date.parse(row.c)).toBe(1440 * 60_000);
    expect(row.r).toBeNull();
  });
});

describe("the simulator's demo people hold roles only in the demo shop", () => {
  it('are the people core/ checks', async () => {
    const { DEMO_PEOPLE } = await import('../../adapters/sim/demo-roles.ts');
    const { DEMO_SIM_USERS } = await import('../../core/people/roles.ts');
    expect(DEMO_PEOPLE.map((p) => p.userId)).toEqual([...DEMO_SIM_USERS]);
  });

  it('lose their roles once a real shop file replaces the demo group, and cannot /join a real shop', async () => {
    const { importShop } = await import('../../core/catalog/import-shop.ts');
    const { demoShop } = await import('../helpers.ts');
    const s = simSession();
    expect(texts(await s.say('admin', '/don'))).not.toContain('chỉ dành cho');
    // The operator turns the demo into their shop: same slug, their own bank account.
    const shop = demoShop();
    importShop(s.db, { ...shop, group: { ...shop.group, bank: { ...shop.group.bank, accountNumber: '1903123456789' } } });
    expect(texts(await s.say('admin', '/don'))).toContain('chỉ dành cho');
    const code = createInvite(s.db, { groupId: 1, role: 'admin' }, s.clock());
    expect(texts(await s.say('admin', `/join ${code}`))).toContain('chỉ dành cho');
    expect(s.db.$client.prepare('select used_at u from invites where code = ?').get(code)).toEqual({ u: null });
    // A simulator user who is not a demo person still joins with a real code.
    expect(texts(await s.say('mai-that', `/join ${code}`))).toContain('quản lý');
  });
});
