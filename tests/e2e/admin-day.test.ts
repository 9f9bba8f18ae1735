import { describe, expect, it } from 'vitest';
import { runDueJobs } from '../../bots/jobs.ts';
import { buttonData, simSession, texts } from './sim-harness.ts';
import { dumpTables } from '../helpers.ts';

const G = 'nhom-lua';
const codeIn = (text: string) => /Đã đặt đơn ([A-Z0-9]{7})/.exec(text)![1]!;

/** A customer orders `text` in private and confirms; returns the order code. */
async function order(s: ReturnType<typeof simSession>, user: string, text: string): Promise<string> {
  await s.say(user, text, undefined, user === 'u1' ? 'Lan' : 'Hùng');
  return codeIn(texts(await s.press(user, 'ok')));
}

describe('confirmers list what waits for ✅/❌ again', () => {
  it('/choxacnhan shows every order whose customer said they paid, with its buttons, until answered', async () => {
    const s = simSession();
    expect(texts(await s.say('thu-quy', '/choxacnhan'))).toContain('Không có đơn nào đang chờ xác nhận');
    const a = await order(s, 'u1', 'KL-XANH x2');
    const b = await order(s, 'u2', '1 áo dài M');
    await s.press('u1', `pd:${a}`);
    s.clock.advance(60_000);
    await s.press('u2', `pd:${b}`);
    await s.inbox({ userId: 'thu-quy' }); // the first requests, read and scrolled away
    for (const alias of ['/choxacnhan', '/cxn', '/pending']) {
      const list = await s.say('thu-quy', alias);
      const text = texts(list);
      expect(text).toContain('2 đơn khách báo đã chuyển khoản');
      expect(text.indexOf(a)).toBeLessThan(text.indexOf(b)); // oldest report first
      expect(text).toContain('500.000 ₫ — Lan');
      expect(text).toContain('1.800.000 ₫ — Hùng');
      expect(buttonData(list)).toEqual([`cy:${a}`, `cn:${a}`, `cy:${b}`, `cn:${b}`]);
    }
    await s.press('thu-quy', `cy:${a}`);
    const after = await s.say('thu-quy', '/choxacnhan');
    expect(texts(after)).toContain('1 đơn');
    expect(buttonData(after)).toEqual([`cy:${b}`, `cn:${b}`]);
    // A customer has no such command.
    expect(texts(await s.say('u1', '/choxacnhan'))).not.toContain(b);
  });
});

describe('a household sees its tasks with their buttons', () => {
  it('/viec lists each paid order to prepare with ready / not-enough buttons that work', async () => {
    const s = simSession();
    expect(texts(await s.say('ho-lan', '/viec'))).toContain('chưa có đơn nào cần chuẩn bị');
    const a = await order(s, 'u1', 'KL-XANH x2');
    await s.say('admin', `/thanhtoan ${a} tiền mặt`);
    const tasks = await s.say('ho-lan', '/viec');
    expect(texts(tasks)).toContain(`Đơn ${a}: 2 chiếc Khăn lụa tơ tằm màu xanh ngọc`);
    expect(buttonData(tasks)).toEqual([`hr:${a}`, `hn:${a}`]);
    expect(buttonData(await s.say('ho-lan', '/doanhthu'))).toEqual([`hr:${a}`, `hn:${a}`]);
    await s.press('ho-lan', `hr:${a}`);
    expect(texts(await s.say('ho-lan', '/chuanbi'))).toContain('chưa có đơn nào cần chuẩn bị');
    // Someone who is not a household is told kindly.
    expect(texts(await s.say('u1', '/viec'))).not.toContain('Việc cần chuẩn bị');
  });
});

describe('no work goes to nobody', () => {
  it('stock only a household without a member holds: the admin is told whom to call; the order view and a refused /giao say who holds what', async () => {
    const s = simSession();
    // Yellow scarves: only Hộ chị Hoa holds them, and nobody of hers is in chat.
    const a = await order(s, 'u1', '2 khăn vàng');
    // The admin's own private chat: what the bot tells them comes with the answer.
    const told = texts(await s.say('admin', `/thanhtoan ${a} tiền mặt`));
    expect(told).toContain(`Đơn ${a}: Hộ chị Phạm Thị Hoa chưa có ai trong chat`);
    expect(told).toContain('☎ 0358123456');
    expect(told).toContain('2 chiếc Khăn lụa tơ tằm màu vàng');
    expect(told).toContain('/moi ho-hoa');
    const view = texts(await s.press('admin', `ao:${a}`));
    expect(view).toContain('Phần của các hộ:');
    expect(view).toContain('• Hộ chị Phạm Thị Hoa (chưa có ai trong chat, ☎ 0358123456): 2 chiếc Khăn lụa tơ tằm màu vàng — chờ shop gọi báo hộ');
    const before = dumpTables(s.db, ['processed_updates', 'outbox', 'identities', 'chat_states']);
    const refused = texts(await s.say('admin', `/giao ${a}`));
    expect(refused).toContain(`Chưa giao được đơn ${a}`);
    expect(refused).toContain('Hộ chị Phạm Thị Hoa chưa báo sẵn sàng: 2 chiếc Khăn lụa tơ tằm màu vàng');
    expect(dumpTables(s.db, ['processed_updates', 'outbox', 'identities', 'chat_states'])).toEqual(before);
    // An unpaid order says so.
    const b = await order(s, 'u2', '1 khăn đỏ');
    expect(texts(await s.say('admin', `/giao ${b}`))).toContain('khách chưa thanh toán');
  });

  it('red scarves go to Bà Lan, who is in chat; when she has not enough, Chị Hoa takes over and the admin is told to call her', async () => {
    const s = simSession();
    const a = await order(s, 'u1', '3 khăn đỏ');
    expect(texts(await s.say('admin', `/thanhtoan ${a} tiền mặt`))).not.toContain('chưa có ai trong chat');
    const lan = await s.inbox({ userId: 'ho-lan' });
    expect(texts(lan)).toContain(`Đơn ${a}: nhờ hộ mình chuẩn bị`);
    await s.press('ho-lan', `hn:${a}`);
    const told = texts(await s.inbox({ userId: 'admin' }));
    expect(told).toContain(`🔁 Đơn ${a}: Hộ bà Nguyễn Thị Lan báo không đủ hàng; đã chia lại cho Hộ chị Phạm Thị Hoa.`);
    expect(told).toContain(`Đơn ${a}: Hộ chị Phạm Thị Hoa chưa có ai trong chat`);
    const view = texts(await s.press('admin', `ao:${a}`));
    expect(view).toContain('Hộ bà Nguyễn Thị Lan: 3 chiếc Khăn lụa tơ tằm màu đỏ — báo không đủ hàng');
    expect(view).toContain('Hộ chị Phạm Thị Hoa (chưa có ai trong chat, ☎ 0358123456): 3 chiếc Khăn lụa tơ tằm màu đỏ — chờ shop gọi báo hộ');
  });
});

describe('pools behave as people expect', () => {
  it('only the pooled products wait; the QR codes go out as soon as the target is met, and the group is told', async () => {
    const s = simSession();
    await s.say('admin', '/dang', G);
    const opened = texts(await s.say('admin', '/gom mo "Khách sạn Sen" han 30/11/2026 18:00 toi-thieu KL-XANH 3', G));
    expect(opened).toContain('hạn 30/11/2026 18:00');
    expect(opened).toContain('Đủ chỉ tiêu là gửi mã QR thanh toán ngay');
    // A scarf and an áo dài: the scarf waits for the pool, the áo dài is paid at once.
    await s.say('u1', '2 khăn xanh và 1 áo dài M', undefined, 'Lan');
    const placed = await s.press('u1', 'ok');
    expect(texts(placed)).toContain('vào đợt gom "Khách sạn Sen"');
    expect(placed.filter((r) => r.type === 'photo')).toHaveLength(1);
    expect(texts(placed)).toContain('1.800.000 ₫');
    const lanOrders = s.db.$client.prepare('select total, pool_id is not null pooled from orders order by id').all();
    expect(lanOrders).toEqual([
      { total: 500000, pooled: 1 },
      { total: 1800000, pooled: 0 },
    ]);
    await s.inbox({ userId: 'u1' });
    await s.inbox({ chatId: G });
    // The third scarf meets the target, long before 30/11.
    const group = await s.say('u2', '+1 khăn xanh', G, 'Hùng');
    const lan = await s.inbox({ userId: 'u1' });
    expect(texts(lan)).toContain('đã đủ số lượng');
    expect(lan.filter((r) => r.type === 'photo')).toHaveLength(1);
    expect((await s.inbox({ userId: 'u2' })).filter((r) => r.type === 'photo')).toHaveLength(1);
    expect(texts(group)).toContain('🎉 Đợt gom "Khách sạn Sen" đã đủ chỉ tiêu!');
    // The pool stays open until 30/11: a later scarf is paid at once.
    expect(s.db.$client.prepare('select status, released_at is not null released from pools').get()).toEqual({ status: 'open', released: 1 });
    await s.say('u1', '1 khăn xanh', undefined, 'Lan');
    const later = [...(await s.press('u1', 'ok')), ...(await s.inbox({ userId: 'u1' }))];
    expect(later.filter((r) => r.type === 'photo')).toHaveLength(1);
  });

  it('with cho-den-han the pool waits for its deadline even when met', async () => {
    const s = simSession();
    expect(texts(await s.say('admin', '/gom mo "Tết" han 30/11/2026 18:00 toi-thieu KL-XANH 1 cho-den-han'))).toContain('gửi khi hết hạn');
    await order(s, 'u1', 'KL-XANH x1');
    expect(s.db.$client.prepare('select status, released_at from pools').get()).toEqual({ status: 'open', released_at: null });
    expect((await s.inbox({ userId: 'u1' })).filter((r) => r.type === 'photo')).toHaveLength(0);
    s.clock.set('2026-11-30T11:00:00.000Z');
    runDueJobs(s.db, s.clock);
    expect(s.db.$client.prepare('select status from pools').get()).toEqual({ status: 'met' });
  });

  it('refuses a past deadline, a date that would roll into next year, and a second pool, each with the reason; warns of an unreachable target', async () => {
    const s = simSession(); // 22/11/2026 17:00 in Vietnam
    const before = dumpTables(s.db, ['processed_updates', 'outbox', 'identities', 'chat_states']);
    expect(texts(await s.say('admin', '/gom mo "A" han 20/11/2026 18:00'))).toContain('Hạn này đã qua rồi');
    expect(texts(await s.say('admin', '/gom mo "A" han 20/11 18:00'))).toContain('viết rõ năm: 20/11/2027 18:00');
    expect(texts(await s.say('admin', '/gom mo "A" han 31/02/2027'))).toContain('Chưa đọc được hạn');
    expect(dumpTables(s.db, ['processed_updates', 'outbox', 'identities', 'chat_states'])).toEqual(before);
    const warned = texts(await s.say('admin', '/gom mo "Vàng" han 30/11/2026 18:00 toi-thieu KL-VANG 30'));
    expect(warned).toContain('Khăn lụa tơ tằm màu vàng: cần 30 chiếc, kho còn 5 chiếc');
    const second = texts(await s.say('admin', '/gom mo "B" han 01/12/2026 18:00'));
    expect(second).toContain('Đang có đợt gom "Vàng" mở đến 30/11/2026 18:00');
    expect(texts(await s.say('admin', '/gom'))).toContain('hạn 30/11/2026 18:00');
  });
});
