import { describe, expect, it } from 'vitest';
import { createApp } from '../../adapters/server.ts';
import { loadConfig } from '../../adapters/config.ts';
import { runDueJobs } from '../../bots/jobs.ts';
import { createInvite, redeemInvite, hasRole } from '../../core/people/roles.ts';
import { identify } from '../../core/people/identify.ts';
import { buttonData, simSession, texts } from './sim-harness.ts';
import { dumpTables } from '../helpers.ts';

const G = 'nhom-lua';

describe('ordering in a group chat with a live tally', () => {
  it('admin posts the catalog, two customers order there, the tally is edited, QR codes go private, households prepare, the order is ready', async () => {
    const s = simSession();
    const posted = await s.say('admin', '/dang', G);
    expect(texts(posted)).toContain('mở bán');
    // Each product links to a private chat with it open (a deep link on Telegram; `st:` in the simulator).
    expect(buttonData(posted)).toContain('st:p_KL-XANH');
    expect(texts(await s.press('u1', 'st:p_KL-XANH'))).toContain('Mã: KL-XANH');
    const tally = posted.find((r) => r.type === 'text' && r.text.includes('Danh sách đặt hàng'))!;
    expect(tally).toBeDefined();

    const lan = await s.say('u1', '+2 khăn xanh', G, 'Lan');
    const edit1 = lan.find((r) => r.type === 'edit');
    expect(edit1).toMatchObject({ type: 'edit', target: tally.id });
    expect(edit1?.type === 'edit' && edit1.text).toContain('1. Lan: 2 Khăn lụa tơ tằm màu xanh ngọc');
    expect(texts(lan)).toContain('Lan đã đặt');
    expect(lan.filter((r) => r.type === 'text' && r.text.includes('Danh sách đặt hàng'))).toHaveLength(0);

    const hung = await s.say('u2', 'mình lấy 1 áo dài M', G, 'Hùng');
    const edit2 = hung.find((r) => r.type === 'edit');
    expect(edit2).toMatchObject({ target: tally.id });
    expect(edit2?.type === 'edit' && edit2.text).toContain('2. Hùng: 1 Áo dài lụa Vạn Phúc size M');
    // Hùng changes his mind in private: the tally drops him, again by an edit.
    const hungCode0 = /Đã đặt đơn ([A-Z0-9]{7})/.exec(texts(await s.inbox({ userId: 'u2' })))![1]!;
    await s.press('u2', `xy:${hungCode0}`);
    const afterCancel = await s.inbox({ chatId: G });
    expect(afterCancel).toHaveLength(1);
    expect(afterCancel[0]).toMatchObject({ type: 'edit', target: tally.id });
    expect(afterCancel[0]!.type === 'edit' && afterCancel[0]!.text).not.toContain('Hùng');
    await s.say('u2', 'mình lấy 1 áo dài M', G, 'Hùng');
    // Chatter in the group is left alone.
    expect(await s.say('u2', 'hôm nay trời đẹp quá', G)).toEqual([]);

    const lanPrivate = await s.inbox({ userId: 'u1' });
    const hungPrivate = await s.inbox({ userId: 'u2' });
    expect(lanPrivate.some((m) => m.type === 'photo')).toBe(true);
    expect(hungPrivate.some((m) => m.type === 'photo')).toBe(true);
    const lanCode = /Đã đặt đơn ([A-Z0-9]{7})/.exec(texts(lanPrivate))![1]!;
    const hungCode = /Đã đặt đơn ([A-Z0-9]{7})/.exec(texts(hungPrivate))![1]!;

    // Both pay; the treasurer confirms.
    for (const [user, code] of [['u1', lanCode], ['u2', hungCode]] as const) {
      await s.press(user, `pd:${code}`);
      await s.press('thu-quy', `cy:${code}`);
    }
    // Households get their own allocations only.
    const holan = await s.inbox({ userId: 'ho-lan' });
    expect(texts(holan)).toContain(`Đơn ${lanCode}: nhờ hộ mình chuẩn bị`);
    expect(texts(holan)).toContain('2 chiếc Khăn lụa tơ tằm màu xanh ngọc (KL-XANH)');
    expect(texts(holan)).not.toContain(hungCode);
    expect(buttonData(holan)).toEqual([`hr:${lanCode}`, `hn:${lanCode}`]);

    const ready = await s.press('ho-lan', `hr:${lanCode}`);
    expect(texts(ready)).toContain('Cảm ơn');
    const order = await s.api(`/api/orders/${lanCode}`);
    expect(order.json.status).toBe('ready');
    expect(texts(await s.inbox({ userId: 'u1' }))).toContain(`Đơn ${lanCode} đã đủ hàng`);
    const adminInbox = await s.inbox({ userId: 'admin' });
    expect(buttonData(adminInbox)).toContain(`sh:${lanCode}`);
    await s.press('admin', `sh:${lanCode}`);
    await s.press('admin', `dv:${lanCode}`);
    expect((await s.api(`/api/orders/${lanCode}`)).json.status).toBe('delivered');
    expect(texts(await s.inbox({ userId: 'u1' }))).toContain('đã giao xong');
    // Ho Minh's household did not get Lan's scarves (ho-lan alone could cover them).
    expect(texts(await s.inbox({ userId: 'ho-minh' }))).toContain(hungCode);
  });

  it('in the group, goods sold by the metre ordered with no amount get a question with amounts to tap', async () => {
    const s = simSession();
    await s.say('admin', '/dang', G);
    const ask = await s.say('u7', 'cho mình lụa may áo', G, 'Mai');
    expect(texts(ask)).toContain('Mai ơi, bạn muốn lấy bao nhiêu mét Lụa tơ tằm may áo (theo mét)?');
    expect(buttonData(ask)).toEqual(expect.arrayContaining(['ga:LT-M:0.5', 'ga:LT-M:1', 'ga:LT-M:2']));
    const placed = await s.press('u7', 'ga:LT-M:2', G);
    expect(texts(placed)).toContain('Mai đã đặt');
  });

  it('a household that cannot supply has its share re-allocated to another household with stock', async () => {
    const s = simSession();
    await s.say('u1', 'KL-XANH x2', undefined, 'Lan');
    const placed = await s.press('u1', 'ok');
    const code = /Đã đặt đơn ([A-Z0-9]{7})/.exec(texts(placed))![1]!;
    await s.say('admin', `/thanhtoan ${code} tiền mặt`);
    await s.inbox({ userId: 'ho-lan' });
    const r = await s.press('ho-lan', `hn:${code}`);
    expect(texts(r)).toContain('chia lại');
    const order = (await s.api(`/api/orders/${code}`)).json;
    expect(order.items[0].allocations).toEqual([
      { household: 'ho-lan', qty: 2, status: 'cannot_supply' },
      { household: 'ho-minh', qty: 2, status: 'notified' },
    ]);
    expect(texts(await s.inbox({ userId: 'ho-minh' }))).toContain(`Đơn ${code}: nhờ hộ mình chuẩn bị`);
    await s.press('ho-minh', `hr:${code}`);
    expect((await s.api(`/api/orders/${code}`)).json.status).toBe('ready');
  });

  it('when nobody else has stock, the admin is alerted', async () => {
    const s = simSession();
    await s.say('u1', 'KL-VANG x2', undefined, 'Lan');
    const code = /Đã đặt đơn ([A-Z0-9]{7})/.exec(texts(await s.press('u1', 'ok')))![1]!;
    await s.say('admin', `/thanhtoan ${code} ok`);
    // KL-VANG is only held by ho-hoa; make the simulator's ho-lan a member of ho-hoa through a real invite.
    const inviteText = texts(await s.say('admin', '/moi ho-hoa'));
    const inviteCode = /\/join ([A-Z0-9]+)/.exec(inviteText)![1]!;
    await s.say('ho-hoa-user', `/join ${inviteCode}`);
    await s.press('ho-hoa-user', `hn:${code}`);
    expect(texts(await s.inbox({ userId: 'admin' }))).toContain(`Đơn ${code}: không hộ nào còn đủ hàng`);
  });

  it('households update stock by message and see their earnings', async () => {
    const s = simSession();
    expect(texts(await s.say('ho-lan', 'kho KL-XANH 20'))).toContain('Đã cập nhật kho');
    expect(s.db.$client.prepare("select s.qty from stock s join households h on h.id = s.household_id join products p on p.id = s.product_id where h.key = 'ho-lan' and p.sku = 'KL-XANH'").get()).toEqual({ qty: 20 });
    expect(texts(await s.say('ho-lan', '/doanhthu'))).toContain('Doanh thu: 0 ₫');
  });
});

describe('roles', () => {
  it('invite codes are single use and expire', () => {
    const s = simSession();
    const now = s.clock();
    const a = identify(s.db, { platform: 'sim', userId: 'x1' }, now).person;
    const b = identify(s.db, { platform: 'sim', userId: 'x2' }, now).person;
    const code = createInvite(s.db, { groupId: 1, role: 'confirmer' }, now);
    redeemInvite(s.db, code, a.id, now);
    expect(hasRole(s.db, a.id, 1, 'confirmer')).toBe(true);
    expect(() => redeemInvite(s.db, code, b.id, now)).toThrow(/used|unknown|expired/);
    const late = createInvite(s.db, { groupId: 1, role: 'admin' }, now);
    expect(() => redeemInvite(s.db, late, b.id, new Date(now.getTime() + 4 * 24 * 3600_000))).toThrow(/expired/);
    expect(hasRole(s.db, b.id, 1, 'admin')).toBe(false);
  });

  it('/join from chat gives the role; a person can hold roles in several groups', async () => {
    const s = simSession();
    const inviteText = texts(await s.say('admin', '/moi thu-quy'));
    const code = /\/join ([A-Z0-9]+)/.exec(inviteText)![1]!;
    expect(texts(await s.say('z1', `/join ${code}`))).toContain('thủ quỹ');
    expect(texts(await s.say('z2', `/join ${code}`))).toContain('Mã mời không đúng');
  });

  it('every admin and household command is refused to a customer, and nothing happens', async () => {
    const s = simSession();
    await s.say('u1', 'KL-XANH x1', undefined, 'Lan');
    const code = /Đã đặt đơn ([A-Z0-9]{7})/.exec(texts(await s.press('u1', 'ok')))![1]!;
    const before = dumpTables(s.db, ['outbox', 'identities', 'chat_states']);
    const commands = ['/moi admin', '/moi ho-lan', `/thanhtoan ${code} x`, '/don', `/chia ${code} KL-XANH ho-minh 1`, '/quyettoan', `/giao ${code}`, `/danhan ${code}`, '/gan 1 X', '/gom mo "X" han 30/12 18:00', '/dang', 'kho KL-XANH 99', '/doanhthu'];
    for (const cmd of commands) {
      const r = await s.say('u1', cmd);
      expect(texts(r), cmd).toContain('chỉ dành cho');
    }
    for (const b of [`hr:${code}`, `hn:${code}`, `sh:${code}`, `dv:${code}`, `cy:${code}`, 'pq:ho-lan', 'pp:ho-lan:1', 'ad:paid', `ao:${code}`]) {
      const r = await s.press('u1', b);
      expect(texts(r), b).toMatch(/chỉ dành cho|không còn hiệu lực/);
    }
    expect(dumpTables(s.db, ['outbox', 'identities', 'chat_states'])).toEqual(before);
  });
});

describe('pools', () => {
  it('a pool that meets its target closes at the deadline, across a restart, and buyers get their QR', async () => {
    const s = simSession();
    const opened = await s.say('admin', '/gom mo "Khách sạn Sen" han 23/11 18:00 toi-thieu KL-XANH 3');
    expect(texts(opened)).toContain('Đã mở đợt gom "Khách sạn Sen"');
    await s.say('u1', 'KL-XANH x2', undefined, 'Lan');
    const r1 = await s.press('u1', 'ok');
    expect(texts(r1)).toContain('đợt gom');
    expect(r1.some((m) => m.type === 'photo')).toBe(false);
    await s.say('u2', 'KL-XANH x1', undefined, 'Hùng');
    await s.press('u2', 'ok');
    expect(texts(await s.say('u2', '/gom'))).toContain('KL-XANH: 3/3 (100%)');
    // "Restart": a new app on the same database; the deadline passes while it is down.
    s.clock.set('2026-11-23T11:30:00.000Z');
    createApp({ db: s.db, clock: s.clock, config: loadConfig({}) });
    runDueJobs(s.db, s.clock);
    expect(s.db.$client.prepare('select status from pools').get()).toEqual({ status: 'met' });
    // Placed one by one, both orders went to ho-lan (fewest households); at close the pool's 3 scarves
    // are shared fairly between the two households that hold them, and stock still adds up.
    const shares = s.db.$client
      .prepare("select h.key, sum(a.qty) q from allocations a join households h on h.id = a.household_id group by h.key order by h.key")
      .all();
    expect(shares).toEqual([{ key: 'ho-lan', q: 2 }, { key: 'ho-minh', q: 1 }]);
    expect(s.db.$client.prepare("select sum(qty) q from stock s join products p on p.id = s.product_id where p.sku = 'KL-XANH'").get()).toEqual({ q: 17 });
    const lan = await s.inbox({ userId: 'u1' });
    expect(texts(lan)).toContain('đã đủ số lượng');
    expect(lan.some((m) => m.type === 'photo')).toBe(true);
    expect(s.db.$client.prepare("select count(*) n from orders where status = 'awaiting_payment' and expires_at is not null").get()).toEqual({ n: 2 });
    // Closing happens once.
    runDueJobs(s.db, s.clock);
    expect(await s.inbox({ userId: 'u1' })).toEqual([]);
  });

  it('an unmet pool cancels its orders without charging and releases the stock', async () => {
    const s = simSession();
    await s.say('admin', '/gom mo "Đoàn khách Nhật" han 23/11 18:00 toi-thieu KL-DO 10');
    await s.say('u1', 'KL-DO x2', undefined, 'Lan');
    await s.press('u1', 'ok');
    s.clock.set('2026-11-23T11:01:00.000Z');
    runDueJobs(s.db, s.clock);
    expect(s.db.$client.prepare('select status, payment_status p, paid_amount a from orders').get()).toEqual({ status: 'cancelled', p: 'unpaid', a: 0 });
    expect(s.db.$client.prepare('select count(*) n from payments').get()).toEqual({ n: 0 });
    expect(texts(await s.inbox({ userId: 'u1' }))).toContain('Bạn không bị trừ tiền');
    expect(texts(await s.inbox({ userId: 'admin' }))).toContain('không đủ chỉ tiêu');
    expect(s.db.$client.prepare("select sum(qty) q from stock s join products p on p.id = s.product_id where p.sku = 'KL-DO'").get()).toEqual({ q: 16 });
  });

  it('the admin can extend a pool before its deadline', async () => {
    const s = simSession();
    await s.say('admin', '/gom mo "Sen" han 23/11 18:00');
    expect(texts(await s.say('admin', '/gom gia-han 25/11 18:00'))).toContain('Đã gia hạn');
    s.clock.set('2026-11-24T00:00:00.000Z');
    runDueJobs(s.db, s.clock);
    expect(s.db.$client.prepare('select status from pools').get()).toEqual({ status: 'open' });
  });
});
