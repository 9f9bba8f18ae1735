import { describe, expect, it } from 'vitest';
import { simSession, texts } from './sim-harness.ts';
import { dumpTables } from '../helpers.ts';

async function order(s: ReturnType<typeof simSession>, userId: string, text: string): Promise<string> {
  await s.say(userId, text, undefined, userId);
  return /Đã đặt đơn ([A-Z0-9]{7})/.exec(texts(await s.press(userId, 'ok')))![1]!;
}

describe('GET /api/orders pages', () => {
  it('walks every order newest first with limit and the "next" cursor, each exactly once', async () => {
    const s = simSession();
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) codes.push(await order(s, `u${i}`, 'KL-XANH x1'));
    const first = await s.api('/api/orders?group=lua-van-phuc&limit=2');
    expect(first.status).toBe(200);
    expect(first.json.orders.map((o: { code: string }) => o.code)).toEqual([codes[4], codes[3]]);
    expect(first.json.next).toBe(codes[3]);
    const second = await s.api(`/api/orders?group=lua-van-phuc&limit=2&before=${first.json.next}`);
    expect(second.json.orders.map((o: { code: string }) => o.code)).toEqual([codes[2], codes[1]]);
    const last = await s.api(`/api/orders?group=lua-van-phuc&limit=2&before=${second.json.next}`);
    expect(last.json.orders.map((o: { code: string }) => o.code)).toEqual([codes[0]]);
    expect(last.json.next).toBeUndefined();
    // The whole list in one page has no cursor, and its orders keep their lines and allocations.
    const all = await s.api('/api/orders?group=lua-van-phuc');
    expect(all.json.orders).toHaveLength(5);
    expect(all.json.next).toBeUndefined();
    expect(all.json.orders[0].items).toEqual([expect.objectContaining({ sku: 'KL-XANH', qty: 1, allocations: [expect.objectContaining({ qty: 1 })] })]);
  });

  it('a page filtered by status pages through that status only', async () => {
    const s = simSession();
    const a = await order(s, 'u1', 'KL-XANH x1');
    await order(s, 'u2', 'KL-XANH x1');
    const c = await order(s, 'u3', 'KL-XANH x1');
    await s.say('admin', `/thanhtoan ${a} tiền mặt`);
    await s.say('admin', `/thanhtoan ${c} tiền mặt`);
    const first = await s.api('/api/orders?status=paid&limit=1');
    expect(first.json.orders.map((o: { code: string }) => o.code)).toEqual([c]);
    const second = await s.api(`/api/orders?status=paid&limit=1&before=${first.json.next}`);
    expect(second.json.orders.map((o: { code: string }) => o.code)).toEqual([a]);
    expect(second.json.next).toBeUndefined();
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=501', 'limit'],
    ['limit=abc', 'limit'],
    ['before=ZZZZZZZ', 'before'],
    ['before=../x', 'before'],
  ])('?%s is a 400 naming the parameter, and nothing is written', async (query, field) => {
    const s = simSession();
    await order(s, 'u1', 'KL-XANH x1');
    const before = dumpTables(s.db);
    const r = await s.api(`/api/orders?${query}`);
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe('bad_request');
    expect(r.json.error.message).toContain(field);
    expect(dumpTables(s.db)).toEqual(before);
  });
});
