import { describe, expect, it } from 'vitest';
import { simSession, texts } from './sim-harness.ts';

/** The commands a person's /help lists for their roles (the lines after the customer's how-to). */
async function roleCommands(s: ReturnType<typeof simSession>, userId: string): Promise<string[]> {
  const text = texts(await s.say(userId, '/help'));
  const [, ...roleParts] = text.split('\n\n');
  return roleParts
    .join('\n')
    .split('\n')
    .filter((l) => l.startsWith('/'))
    .map((l) => l.split(/[\s—]/)[0]!);
}

describe('/help shows each role its own commands, each with a line of help', () => {
  it('a payment confirmer sees /choxacnhan and /web, nothing of admins or households', async () => {
    const s = simSession();
    expect((await roleCommands(s, 'thu-quy')).sort()).toEqual(['/choxacnhan', '/web']);
  });

  it('a household sees its tasks, stock, earnings, pickup address, product photos and /web only', async () => {
    const s = simSession();
    // /diachi: the household's pickup address for carriers (shipping); /anh: households photograph the goods too.
    expect((await roleCommands(s, 'ho-lan')).sort()).toEqual(['/anh', '/diachi', '/doanhthu', '/kho', '/viec', '/web']);
  });

  it('an admin sees announcements, pools and the confirmers’ list among the admin commands, not the households’', async () => {
    const s = simSession();
    const cmds = await roleCommands(s, 'admin');
    for (const c of ['/thongbao', '/gom', '/choxacnhan', '/giao', '/don', '/anh', '/web']) expect(cmds).toContain(c);
    for (const c of ['/viec', '/kho', '/doanhthu']) expect(cmds).not.toContain(c);
  });

  it('a customer sees no role commands; English help lines are English with examples', async () => {
    const s = simSession();
    expect(await roleCommands(s, 'u1')).toEqual([]);
    const en = texts(await (async () => {
      await s.say('admin', '/lang en');
      return s.say('admin', '/help');
    })());
    expect(en).toContain('/announce <text> — tell the shop’s customers, e.g. /announce New in: purple scarves');
    expect(en).toContain('/pending — orders whose customers say they paid');
    expect(en).toContain('/pool mo "Name" han 30/11/2026 18:00');
  });
});
