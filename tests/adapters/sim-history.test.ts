import { describe, expect, it } from 'vitest';
import { simSession } from '../e2e/sim-harness.ts';

async function history(s: ReturnType<typeof simSession>, q: Record<string, string>) {
  const res = await s.app.request(`/sim/history?${new URLSearchParams(q)}`);
  return { status: res.status, json: (await res.json()) as { messages: any[] } };
}

describe('GET /sim/history: the simulator reads a chat back after a reload', () => {
  it('returns what the person wrote and what the bot answered, in order, the QR as a picture', async () => {
    const s = simSession();
    await s.say('u1', '/start', undefined, 'Lan');
    await s.say('u1', 'KL-XANH x2', undefined, 'Lan');
    await s.app.request('/sim/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: 'u1', name: 'Lan', button: 'ok', label: '✅ Đặt hàng' }) });
    const { status, json } = await history(s, { userId: 'u1' });
    expect(status).toBe(200);
    const shown = json.messages.map((m) => (m.mine ? `> ${m.text}` : m.type));
    expect(shown[0]).toBe('> /start');
    expect(shown.filter((x) => x.startsWith('>'))).toEqual(['> /start', '> KL-XANH x2', '> ✅ Đặt hàng']);
    // Each of the person's messages comes before the bot's answers to it.
    expect(shown.indexOf('> KL-XANH x2')).toBeGreaterThan(1);
    expect(shown.indexOf('> ✅ Đặt hàng')).toBeGreaterThan(shown.indexOf('> KL-XANH x2') + 1);
    expect(shown).toContain('photo');
    const photo = json.messages.find((m) => m.type === 'photo');
    expect(photo.mime).toBe('image/png');
    expect(Buffer.from(photo.base64, 'base64').subarray(1, 4).toString()).toBe('PNG');
  });

  it('leaves messages not yet shown to the inbox, so nothing appears twice', async () => {
    const s = simSession();
    await s.say('u1', '/start', undefined, 'Lan');
    await s.say('u1', 'KL-XANH x1', undefined, 'Lan');
    await s.press('u1', 'ok');
    const code = /VP[A-Z0-9]{5}/.exec(JSON.stringify(await history(s, { userId: 'u1' })))![0];
    await s.say('admin', `/thanhtoan ${code} tiền mặt`);
    const before = (await history(s, { userId: 'u1' })).json.messages.length;
    const inbox = await s.inbox({ userId: 'u1' });
    expect(inbox.length).toBeGreaterThan(0);
    const after = (await history(s, { userId: 'u1' })).json.messages;
    expect(after.length).toBe(before + inbox.length);
    expect(after.slice(-inbox.length).map((m) => m.id)).toEqual(inbox.map((m) => m.id));
  });

  it('a group chat shows who wrote what; a private chat is only its own person’s', async () => {
    const s = simSession();
    await s.say('admin', '/dang', 'nhom-lua', 'Quản lý Mai');
    await s.say('u2', '+1 khăn xanh', 'nhom-lua', 'Hùng');
    const g = (await history(s, { userId: 'u2', chatId: 'nhom-lua' })).json.messages.filter((m) => m.userId);
    expect(g.map((m) => [m.from, m.text, m.mine])).toEqual([
      ['Quản lý Mai', '/dang', false],
      ['Hùng', '+1 khăn xanh', true],
    ]);
    expect((await history(s, { userId: 'u2' })).json.messages).toEqual([]);
  });

  it('refuses a request without a user', async () => {
    const s = simSession();
    expect((await history(s, { chatId: 'nhom-lua' })).status).toBe(400);
  });
});
