import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { defineButton, MAX_BUTTON_DATA_BYTES, matching, orderCode, quantity, sku } from '../../bots/button.ts';
import { btn } from '../../bots/buttons.ts';
import { composeFeatures, feature } from '../../bots/feature.ts';
import { bot, commandMenu } from '../../bots/features.ts';
import { handleIncoming } from '../../bots/engine.ts';
import { createInvite } from '../../core/people/roles.ts';
import { outbox } from '../../db/schema.ts';
import { demoDb, fakeClock } from '../helpers.ts';

describe('typed button data', () => {
  it('builds the same wire format the dialogs always sent, and parses it back typed', () => {
    expect(btn.cancelYes.data({ code: 'VP7K3MQ' })).toBe('xy:VP7K3MQ');
    expect(btn.cancelYes.parse('xy:VP7K3MQ')).toEqual({ code: 'VP7K3MQ' });
    expect(btn.add.data({ sku: 'LT-M', qty: 1.5 })).toBe('a:LT-M:1.5');
    expect(btn.add.parse('a:LT-M:1.5')).toEqual({ sku: 'LT-M', qty: 1.5 });
    expect(btn.cartQty.parse('kq:KL-XANH:-1')).toEqual({ sku: 'KL-XANH', delta: '-1' });
    expect(btn.cart.data({})).toBe('k');
    expect(btn.payoutDone.parse('pp:ho-lan:180000')).toEqual({ key: 'ho-lan', amount: 180000 });
  });

  it('refuses data that is not its own: another prefix, a bad field, trailing text', () => {
    expect(btn.cancelYes.parse('x:VP7K3MQ')).toBeNull();
    expect(btn.cancelYes.parse('xy:vp7k3mq')).toBeNull();
    expect(btn.cancelYes.parse('xy:VP7K3MQ:1')).toBeNull();
    expect(btn.order.parse('o')).toBeNull();
    expect(btn.orders.parse('o:VP7K3MQ')).toBeNull();
    expect(btn.catalog.parse('c:12345')).toBeNull();
  });

  it('will not build data that would not parse back, nor data over the 64-byte callback limit', () => {
    expect(() => btn.cancelYes.data({ code: 'not a code' })).toThrow(/does not match/);
    const long = defineButton('zz', { a: matching('[a-z]{1,80}') });
    expect(() => long.data({ a: 'a'.repeat(MAX_BUTTON_DATA_BYTES) })).toThrow(/over 64 bytes/);
    expect(long.data({ a: 'a'.repeat(MAX_BUTTON_DATA_BYTES - 3) })).toHaveLength(MAX_BUTTON_DATA_BYTES);
  });

  it('refuses a prefix that is not one to three lower-case letters', () => {
    expect(() => defineButton('Xy')).toThrow(/prefix/);
    expect(() => defineButton('toolong', { code: orderCode })).toThrow(/prefix/);
  });

  it('every button the bot issues is answered by exactly one feature', () => {
    for (const [name, codec] of Object.entries(btn)) {
      const sample = name === 'lang' ? { lang: 'en' } : name === 'catalog' ? { page: 2 } : name === 'cartQty' ? { sku: 'KL-XANH', delta: '1' } : {};
      const args = { code: 'VP7K3MQ', sku: 'KL-XANH', qty: 2, key: 'ho-lan', amount: 1000, status: 'paid', arg: 'p_KL-XANH', id: 1, step: 'phone', carrier: 'ghn', service: '53320', ward: '27154', ...sample };
      const data = (codec as { data(a: unknown): string }).data(args);
      expect(bot.button(data), `${name} (${data})`).toBeDefined();
    }
    expect(bot.button('zz:nothing')).toBeUndefined();
  });
});

describe('composing features', () => {
  const noop = () => {};

  it('refuses a command name registered twice, naming both features', () => {
    const a = feature('a').command({ names: ['don'], handle: noop });
    const b = feature('b').command({ names: ['xem', 'DON'], handle: noop });
    expect(() => composeFeatures([a, b])).toThrow('command /don is registered twice (features a and b)');
  });

  it('refuses a button answered by two features, and an invalid command name', () => {
    const codec = defineButton('q', { sku });
    expect(() => composeFeatures([feature('a').button(codec, noop), feature('b').button(codec, noop)])).toThrow(/button q: is answered twice/);
    expect(() => composeFeatures([feature('a').command({ names: ['xem-hang'], handle: noop })])).toThrow(/must be 1-32 letters/);
  });

  it('finds commands by any alias, buttons by their data, and free text in registration order', () => {
    const seen: string[] = [];
    const codec = defineButton('q', { sku, qty: quantity });
    const composed = composeFeatures([
      feature('one').command({ names: ['hang', 'catalog'], handle: () => seen.push('catalog') }).text(/^kho /, () => seen.push('stock')),
      feature('two').button(codec, (_c, { sku: s, qty }) => seen.push(`${s}×${qty}`)).text(() => true, () => seen.push('anything')),
    ]);
    expect(composed.command('CATALOG')).toBe(composed.command('hang'));
    expect(composed.command('nothing')).toBeUndefined();
    const c = {} as never;
    composed.button('q:KL-DO:3')!.handle(c);
    composed.text(c, 'kho KL-DO 3')!(c, '');
    composed.text(c, 'xin chào')!(c, '');
    expect(seen).toEqual(['KL-DO×3', 'stock', 'anything']);
  });

  it("builds the platforms' command menus from the registrations", () => {
    expect(commandMenu('vi')).toEqual(expect.arrayContaining([{ command: 'hang', description: 'Xem hàng' }, { command: 'giohang', description: 'Giỏ hàng của bạn' }]));
    expect(commandMenu('en')).toEqual(expect.arrayContaining([{ command: 'catalog', description: 'Browse the products' }]));
    expect(commandMenu('vi').map((x) => x.command)).not.toContain('thanhtoan');
  });
});

describe('/help per role', () => {
  function helpFor(join?: 'admin' | 'household') {
    const { db, groupId } = demoDb();
    const clock = fakeClock();
    if (join) {
      const code = createInvite(db, { groupId, role: join, householdKey: join === 'household' ? 'ho-lan' : null }, clock());
      handleIncoming({ db, clock }, { platform: 'sim', userId: 'u1', userName: 'Lan', chatId: 'u1', chatType: 'private', text: `/join ${code}` });
    }
    const { replies } = handleIncoming({ db, clock }, { platform: 'sim', userId: 'u1', userName: 'Lan', chatId: 'u1', chatType: 'private', text: '/help' });
    expect(replies).toHaveLength(1);
    const row = db.select().from(outbox).where(eq(outbox.id, replies[0]!)).get()!;
    return (row.payload as { text: string }).text;
  }

  it('a customer sees how to order and no shop commands', () => {
    const text = helpFor();
    expect(text).toContain('Cách đặt hàng');
    expect(text).not.toContain('/thanhtoan');
    expect(text).not.toContain('/kho');
  });

  it("an admin also sees the admin commands' help lines, with examples", () => {
    const text = helpFor('admin');
    expect(text).toContain('Cách đặt hàng');
    expect(text).toContain('/thanhtoan <mã đơn> [ghi chú]');
    expect(text).toContain('/giao <mã đơn>');
    expect(text).not.toContain('/kho <SKU>');
  });

  it('a household member sees the household commands, not the admin ones', () => {
    const text = helpFor('household');
    expect(text).toContain('/kho <SKU> <số lượng>');
    expect(text).not.toContain('/thanhtoan');
  });
});
