import { describe, expect, it } from 'vitest';
import { adaptingSender, numberToButton, typedChoice } from '../../adapters/adapter.ts';
import { platformSetup } from '../../adapters/platforms.ts';
import { loadConfig } from '../../adapters/config.ts';
import type { Delivery, OutboxRow } from '../../adapters/outbox/types.ts';
import type { Capabilities } from '../../bots/capabilities.ts';
import type { Outgoing } from '../../bots/model.ts';
import { enqueue } from '../../core/outbox/enqueue.ts';
import { demoDb, fakeClock } from '../helpers.ts';

const noEdit: Capabilities = { edit: false, maxButtons: 2, maxButtonsPerRow: 2, carousel: false, deepLink: false, photoByUrl: true, maxCaption: 20, maxText: 30 };
const row = { id: 1, platform: 'zalo', chatId: 'u1' } as OutboxRow;

/** A platform sender that records what it is asked to send. */
function recorder() {
  const asked: Outgoing[] = [];
  let n = 0;
  return { asked, sender: { send: async (d: Delivery) => (asked.push(d.message), { messageId: `m${++n}` }) } };
}

describe('adaptingSender', () => {
  it('never asks a platform that cannot edit to edit', async () => {
    const r = recorder();
    await adaptingSender(r.sender, noEdit).send({ row, message: { type: 'edit', target: 9, text: 'Bảng mới' }, targetMessageId: 'm0' });
    expect(r.asked).toEqual([{ type: 'text', text: 'Bảng mới' }]);
  });

  it('never hands a platform more buttons or longer texts than it declared, and answers with the last piece’s id', async () => {
    const r = recorder();
    const buttons = [[{ label: 'A', data: 'a' }, { label: 'B', data: 'b' }], [{ label: 'C', data: 'c' }]];
    const res = await adaptingSender(r.sender, noEdit).send({ row, message: { type: 'text', text: 'Một dòng khá dài ở đây\nvà dòng thứ hai', buttons } });
    expect(r.asked.length).toBeGreaterThan(1);
    for (const m of r.asked) {
      expect((m as { text: string }).text.length).toBeLessThanOrEqual(noEdit.maxText);
      expect((m.buttons ?? []).flat().length).toBeLessThanOrEqual(noEdit.maxButtons);
    }
    expect(res.messageId).toBe(`m${r.asked.length}`);
  });

  it('passes a message that fits straight through', async () => {
    const r = recorder();
    const message: Outgoing = { type: 'text', text: 'Chào' };
    expect(await adaptingSender(r.sender, noEdit).send({ row, message })).toEqual({ messageId: 'm1' });
    expect(r.asked).toEqual([message]);
  });
});

describe('numbered answers', () => {
  it('reads a typed number back through the last message with buttons sent to that chat', () => {
    const { db, groupId } = demoDb();
    const buttons = [[{ label: 'Khăn xanh', data: 'p:KL-XANH' }], [{ label: 'Khăn đỏ', data: 'p:KL-DO' }], [{ label: 'Giỏ hàng', data: 'cart' }]];
    enqueue(db, { platform: 'viber', chatId: 'u1', groupId, payload: { type: 'text', text: 'Chọn', buttons } }, new Date());
    enqueue(db, { platform: 'viber', chatId: 'u1', groupId, payload: { type: 'text', text: 'Không có nút' } }, new Date());
    expect(numberToButton(db, 'viber', 'u1', '3', { maxButtons: 2 })).toBe('cart');
    expect(numberToButton(db, 'viber', 'u1', ' 3. ', { maxButtons: 2 })).toBe('cart');
    expect(numberToButton(db, 'viber', 'u1', '2', { maxButtons: 2 })).toBeUndefined(); // shown as a real button
    expect(numberToButton(db, 'viber', 'u1', '3 khăn', { maxButtons: 2 })).toBeUndefined();
    expect(numberToButton(db, 'viber', 'u2', '3', { maxButtons: 2 })).toBeUndefined();
    const inc = { platform: 'viber' as const, userId: 'u1', chatId: 'u1', chatType: 'private' as const, text: '3' };
    expect(typedChoice(db, inc, { maxButtons: 2 })).toEqual({ platform: 'viber', userId: 'u1', chatId: 'u1', chatType: 'private', button: 'cart' });
    expect(typedChoice(db, { ...inc, text: '2' }, { maxButtons: 2 })).toEqual({ ...inc, text: '2' });
  });
});

describe('platformSetup', () => {
  it('lists the configured adapters, each declaring its capabilities, and sends through them', async () => {
    const { db } = demoDb();
    const config = loadConfig({ DATABASE_PATH: ':memory:', TELEGRAM_BOT_TOKEN: '123456:ABC-test', ZALO_BOT_TOKEN: 'zb-token', VIBER_AUTH_TOKEN: 'viber-token' });
    const setup = await platformSetup({ db, clock: fakeClock(), config });
    expect(setup.adapters.map((a) => a.name).sort()).toEqual(['telegram', 'viber', 'zalo-bot']);
    expect(Object.keys(setup.senders).sort()).toEqual(['telegram', 'viber', 'zalo-bot']);
    const byName = Object.fromEntries(setup.adapters.map((a) => [a.name, a.capabilities]));
    expect(byName.telegram).toMatchObject({ edit: true, maxButtons: 100, maxButtonsPerRow: 8, maxCaption: 1024, maxText: 4096 });
    expect(byName.viber).toMatchObject({ edit: false, maxButtons: 24, maxButtonsPerRow: 6, carousel: true, maxText: 7000 });
    expect(byName['zalo-bot']).toMatchObject({ edit: false, maxButtons: 0 });
    expect(setup.mounts).toHaveLength(3);
  });
});
