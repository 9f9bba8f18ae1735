import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb, tx, type Db } from '../../db/index.ts';
import { createApp } from '../../adapters/server.ts';
import { loadConfig } from '../../adapters/config.ts';
import { seedDemoIfEmpty } from '../../adapters/boot.ts';
import { importShop } from '../../core/catalog/import-shop.ts';
import { parseShopFileText } from '../../core/catalog/shop-file.ts';
import { identify } from '../../core/people/identify.ts';
import { createInvite, redeemInvite } from '../../core/people/roles.ts';
import { placeOrder } from '../../core/orders/place-order.ts';
import { transitionOrder } from '../../core/orders/transition-order.ts';
import { recordPayout, settlement } from '../../core/settlement/settlement.ts';
import { parseJsonKeepingLargeIntegers } from '../../core/payments/bank-transfer.ts';
import { dumpTables, fakeClock } from '../helpers.ts';

/**
 * The money findings of the fault and abuse review, each against a real SQLite file (WAL) through the
 * real app: bank webhooks in SePay's documented shape (tests/fixtures/bank/sepay-docs-example.json),
 * the simulator for chat commands, the admin API for the operator.
 */
const sepayDocs = JSON.parse(readFileSync(new URL('../fixtures/bank/sepay-docs-example.json', import.meta.url), 'utf8'));
const BAT_TRANG = new URL('../fixtures/parser/bat-trang.shop.json', import.meta.url);
const VP_ACCOUNT = '0451000123456';
const BT_ACCOUNT = '1480201234567';
const TOKEN = 'operator-token';

function world() {
  const db: Db = openDb(join(mkdtempSync(join(tmpdir(), 'gom-money-')), 'gom.db'));
  const clock = fakeClock();
  seedDemoIfEmpty(db, true, clock());
  const vp = db.$client.prepare("select id from groups where slug = 'lua-van-phuc'").get() as { id: number };
  const app = createApp({ db, clock, config: loadConfig({ ADMIN_API_TOKEN: TOKEN, SEPAY_API_KEY: 'sepay-key' }) });
  let transferId = 1000;
  const customer = (userId: string) => identify(db, { platform: 'sim', userId, name: userId, privateChatId: userId }, clock());
  return {
    db,
    clock,
    app,
    vp: vp.id,
    /** A customer's order of `qty` KL-XANH (250.000 ₫ each) in the demo group. */
    order(userId = 'u1', qty = 1, groupId = vp.id, sku = 'KL-XANH') {
      const { identity, person } = customer(userId);
      return placeOrder(db, { groupId, personId: person.id, identityId: identity.id, lines: [{ sku, qty }], chatPlatform: 'sim', chatId: userId, actor: 'test' }, clock());
    },
    /** A second group (Bát Tràng's shop file) with its own admin `bt-admin`. */
    secondGroup() {
      const { groupId } = importShop(db, parseShopFileText(readFileSync(BAT_TRANG, 'utf8')));
      const { person } = customer('bt-admin');
      tx(db, (t) => redeemInvite(t, createInvite(t, { groupId, role: 'admin', householdKey: null }, clock()), person.id, clock()));
      return groupId;
    },
    sepay(body: Record<string, unknown>) {
      const id = body.id ?? ++transferId;
      return app.request('/webhooks/bank/sepay', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Apikey sepay-key' },
        body: JSON.stringify({ ...sepayDocs, accountNumber: VP_ACCOUNT, transferType: 'in', ...body, id }),
      });
    },
    row: (code: string) => db.$client.prepare('select status, payment_status p, paid_amount a from orders where code = ?').get(code),
    outboxTo: (chatId: string) => (db.$client.prepare("select payload from outbox where chat_id = ? order by id").all(chatId) as { payload: string }[]).map((r) => JSON.parse(r.payload).text ?? JSON.parse(r.payload).caption ?? ''),
    sim: async (userId: string, text: string, group?: string) => {
      const res = await app.request('/sim/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId, text, ...(group ? { group } : {}) }) });
      return ((await res.json()) as { replies: { text?: string }[] }).replies.map((r) => r.text ?? '').join('\n');
    },
    api: async (path: string, init: RequestInit = {}) => {
      const res = await app.request(path, { ...init, headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' } });
      return { status: res.status, json: (await res.json()) as any };
    },
  };
}

describe('one transfer naming several orders', () => {
  it('is split across the named orders in the memo’s order, each up to what it is due, and the split is recorded', async () => {
    const w = world();
    const a = w.order('u1');
    const b = w.order('u2');
    const res = await w.sepay({ id: 77, content: `TT don ${a.code} ${b.code}`, transferAmount: 500000 });
    expect(res.status).toBe(200);
    expect(w.row(a.code)).toEqual({ status: 'paid', p: 'paid', a: 250000 });
    expect(w.row(b.code)).toEqual({ status: 'paid', p: 'paid', a: 250000 });
    const rows = w.db.$client.prepare("select external_id e, amount, order_id o, description d from payments where source = 'sepay' order by id").all() as { e: string; amount: number; o: number; d: string }[];
    expect(rows.map((r) => [r.e, r.amount, r.o])).toEqual([['77', 250000, a.id], ['77#2', 250000, b.id]]);
    expect(rows[1]!.d).toContain(`2/2 of 500000 đ to ${a.code}:250000, ${b.code}:250000`);
    const splits = w.db.$client.prepare("select order_id o from order_events where type = 'payment_split' order by id").all();
    expect(splits).toEqual([{ o: a.id }, { o: b.id }]);
    // The bank redelivers it: nothing changes.
    const before = dumpTables(w.db);
    expect((await w.sepay({ id: 77, content: `TT don ${a.code} ${b.code}`, transferAmount: 500000 })).status).toBe(200);
    expect(dumpTables(w.db)).toEqual(before);
  });

  it('a memo naming a paid order and an unpaid one pays the unpaid one', async () => {
    const w = world();
    const paid = w.order('u1');
    const open = w.order('u2');
    await w.sepay({ content: paid.code, transferAmount: 250000 });
    expect(w.row(paid.code)).toEqual({ status: 'paid', p: 'paid', a: 250000 });
    await w.sepay({ content: `${paid.code} ${open.code}`, transferAmount: 250000 });
    expect(w.row(paid.code)).toEqual({ status: 'paid', p: 'paid', a: 250000 });
    expect(w.row(open.code)).toEqual({ status: 'paid', p: 'paid', a: 250000 });
  });

  it('a remainder beyond every named order’s due is reported to the customer and the admins, not lost', async () => {
    const w = world();
    const a = w.order('u1');
    const b = w.order('u2');
    await w.sepay({ content: `${a.code} ${b.code}`, transferAmount: 600000 });
    expect(w.row(a.code)).toEqual({ status: 'paid', p: 'paid', a: 250000 });
    expect(w.row(b.code)).toEqual({ status: 'paid', p: 'overpaid', a: 350000 });
    expect(w.outboxTo('admin').join('\n')).toContain(`Đơn ${b.code} được chuyển dư 100.000 ₫`);
  });

  it('too little for both pays the first in full and the second in part', async () => {
    const w = world();
    const a = w.order('u1');
    const b = w.order('u2');
    await w.sepay({ content: `${a.code}, ${b.code}`, transferAmount: 400000 });
    expect(w.row(a.code)).toEqual({ status: 'paid', p: 'paid', a: 250000 });
    expect(w.row(b.code)).toEqual({ status: 'awaiting_payment', p: 'partial', a: 150000 });
  });
});

describe('a hand confirmation, then the bank reports the money', () => {
  async function confirmedByHand(w: ReturnType<typeof world>) {
    const o = w.order('u1', 2);
    expect(await w.sim('thu-quy', 'x')).toBeDefined();
    const res = await w.app.request('/sim/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: 'thu-quy', button: `cy:${o.code}` }) });
    expect(res.status).toBe(200);
    expect(w.row(o.code)).toEqual({ status: 'paid', p: 'paid', a: 500000 });
    return o;
  }

  it('in two parts: the two transfers confirm the 500.000 once, no surplus, no refund', async () => {
    const w = world();
    const o = await confirmedByHand(w);
    const before = w.db.$client.prepare('select count(*) n from outbox').get() as { n: number };
    await w.sepay({ content: o.code, transferAmount: 250000 });
    await w.sepay({ content: o.code, transferAmount: 250000 });
    expect(w.row(o.code)).toEqual({ status: 'paid', p: 'paid', a: 500000 });
    expect(w.db.$client.prepare('select source, status, reconciled_amount r from payments order by id').all()).toEqual([
      { source: 'confirmer', status: 'reconciled', r: 500000 },
      { source: 'sepay', status: 'reconciles', r: 250000 },
      { source: 'sepay', status: 'reconciles', r: 250000 },
    ]);
    // Nobody is told of an overpayment or a refund.
    expect(w.db.$client.prepare('select count(*) n from outbox').get()).toEqual(before);
  });

  it('one transfer of the total + 1.000 reports a surplus of 1.000', async () => {
    const w = world();
    const o = await confirmedByHand(w);
    await w.sepay({ content: o.code, transferAmount: 501000 });
    expect(w.row(o.code)).toEqual({ status: 'paid', p: 'overpaid', a: 501000 });
    const admin = w.outboxTo('admin').join('\n');
    expect(admin).toContain(`Đơn ${o.code} được chuyển dư 1.000 ₫`);
    expect(admin).not.toContain('251.000');
  });

  it('a part, then the rest plus a surplus: only the surplus is new money', async () => {
    const w = world();
    const o = await confirmedByHand(w);
    await w.sepay({ content: o.code, transferAmount: 250000 });
    await w.sepay({ content: o.code, transferAmount: 251000 });
    expect(w.row(o.code)).toEqual({ status: 'paid', p: 'overpaid', a: 501000 });
  });
});

describe('unmatched transfers', () => {
  it('belong to the group whose account received them: only that group’s admins hear of it', async () => {
    const w = world();
    w.secondGroup();
    await w.sepay({ content: 'chuyen tien', transferAmount: 90000, accountNumber: BT_ACCOUNT });
    const p = w.db.$client.prepare("select g.slug from payments p join groups g on g.id = p.group_id").get();
    expect(p).toEqual({ slug: 'gom-bat-trang' });
    expect(w.outboxTo('bt-admin').join('\n')).toContain('không khớp đơn nào');
    expect(w.outboxTo('admin')).toEqual([]);
  });

  it('with no account number in a multi-group install go to the operator; a group admin cannot take them with /gan', async () => {
    const w = world();
    w.secondGroup();
    const o = w.order('u1');
    await w.sepay({ content: 'tien hang', transferAmount: 250000, accountNumber: null });
    const p = w.db.$client.prepare('select id, group_id g, status from payments').get() as { id: number; g: number | null; status: string };
    expect(p).toMatchObject({ g: null, status: 'unmatched' });
    // No group's admin is told, and none can assign it.
    expect(w.outboxTo('admin')).toEqual([]);
    expect(w.outboxTo('bt-admin')).toEqual([]);
    const before = dumpTables(w.db, ['outbox', 'chat_states', 'identities']);
    const answer = await w.sim('admin', `/gan ${p.id} ${o.code}`);
    expect(answer).not.toContain('Đã gán');
    expect(dumpTables(w.db, ['outbox', 'chat_states', 'identities'])).toEqual(before);
    // The operator sees it and assigns it.
    const list = await w.api('/api/payments?unassigned=1');
    expect(list.json.payments.map((x: { id: number }) => x.id)).toEqual([p.id]);
    const assigned = await w.api(`/api/payments/${p.id}/assign`, { method: 'POST', body: JSON.stringify({ order: o.code }) });
    expect(assigned.status).toBe(200);
    expect(assigned.json.payment).toMatchObject({ status: 'paid', paidAmount: 250000 });
  });

  it('/gan assigns a transfer only to an order of the admin’s own group', async () => {
    const w = world();
    const bt = w.secondGroup();
    const btOrder = w.order('u9', 1, bt, 'BAT-LAM');
    await w.sepay({ content: 'khong ma', transferAmount: 250000, accountNumber: VP_ACCOUNT });
    const p = w.db.$client.prepare('select id from payments').get() as { id: number };
    // Van Phuc's admin cannot put Van Phuc's money on a Bat Trang order…
    await w.sim('admin', `/gan ${p.id} ${btOrder.code}`);
    expect(w.db.$client.prepare('select order_id o, status from payments').get()).toEqual({ o: null, status: 'unmatched' });
    // …and Bat Trang's admin cannot take Van Phuc's money.
    await w.sim('bt-admin', `/gan ${p.id} ${btOrder.code}`, 'gom-bat-trang');
    expect(w.db.$client.prepare('select order_id o, status from payments').get()).toEqual({ o: null, status: 'unmatched' });
    const mine = w.order('u1');
    expect(await w.sim('admin', `/gan ${p.id} ${mine.code}`)).toContain(mine.code);
    expect(w.row(mine.code)).toEqual({ status: 'paid', p: 'paid', a: 250000 });
  });
});

describe('payouts', () => {
  function earned(w: ReturnType<typeof world>) {
    const o = w.order('u1', 2);
    tx(w.db, (t) => transitionOrder(t, o.id, 'paid', 'test', w.clock()));
    return settlement(w.db, 'lua-van-phuc').households.find((h) => h.owed > 0)!;
  }

  it('are capped at what is owed; more needs an override with a note, and owed never goes negative', async () => {
    const w = world();
    const h = earned(w);
    const over = await w.api('/api/groups/lua-van-phuc/payouts', { method: 'POST', body: JSON.stringify({ household: h.household, amount: h.owed + 1 }) });
    expect(over.status).toBe(409);
    const noNote = await w.api('/api/groups/lua-van-phuc/payouts', { method: 'POST', body: JSON.stringify({ household: h.household, amount: h.owed + 1, override: true }) });
    expect(noNote.status).toBe(400);
    expect(w.db.$client.prepare('select count(*) n from payouts').get()).toEqual({ n: 0 });
    const ok = await w.api('/api/groups/lua-van-phuc/payouts', { method: 'POST', body: JSON.stringify({ household: h.household, amount: h.owed + 50000, override: true, note: 'tạm ứng mua tơ' }) });
    expect(ok.status).toBe(201);
    const after = ok.json.households.find((x: { household: string }) => x.household === h.household);
    expect(after).toMatchObject({ owed: 0, advance: 50000, paidOut: h.owed + 50000 });
    for (const x of settlement(w.db, 'lua-van-phuc').households) expect(x.owed).toBeGreaterThanOrEqual(0);
  });

  it('two payouts of the whole amount: the second is refused', () => {
    const w = world();
    const h = earned(w);
    recordPayout(w.db, 'lua-van-phuc', h.household, h.owed, 'test', w.clock());
    expect(() => recordPayout(w.db, 'lua-van-phuc', h.household, h.owed, 'test', w.clock())).toThrow(/exceeds/);
    expect(w.db.$client.prepare('select sum(amount) s from payouts').get()).toEqual({ s: h.owed });
  });
});

describe('transaction ids beyond 2^53', () => {
  it('parse exactly as strings, and two ids a double cannot tell apart stay two transfers', async () => {
    expect(parseJsonKeepingLargeIntegers('{"id": 9007199254740993, "n": -12345678901234567, "s": "9007199254740993", "a": 1.5e3}')).toEqual({
      id: '9007199254740993',
      n: '-12345678901234567',
      s: '9007199254740993',
      a: 1500,
    });
    const w = world();
    const a = w.order('u1');
    const raw = (id: string, amount: number) =>
      w.app.request('/webhooks/bank/sepay', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Apikey sepay-key' },
        body: `{"id":${id},"gateway":"Vietcombank","transactionDate":"2026-11-22 17:05:00","accountNumber":"${VP_ACCOUNT}","content":"${a.code}","transferType":"in","transferAmount":${amount},"referenceCode":"FT1"}`,
      });
    expect((await raw('9007199254740993', 100000)).status).toBe(200);
    expect((await raw('9007199254740992', 100000)).status).toBe(200);
    expect((await raw('9007199254740993', 100000)).status).toBe(200);
    expect(w.db.$client.prepare('select external_id e from payments order by id').all()).toEqual([{ e: '9007199254740993' }, { e: '9007199254740992' }]);
    expect(w.row(a.code)).toMatchObject({ a: 200000 });
  });
});
