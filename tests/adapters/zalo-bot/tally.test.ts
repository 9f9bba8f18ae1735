import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { createInvite } from '../../../core/people/roles.ts';
import { botRequest, botTextUpdate, zaloBotContext } from './harness.ts';

// A group chat on a platform that cannot edit (the Zalo Bot Platform declares edit: false): the live
// tally is re-posted as a new message on every change (the platform cannot delete the old one either),
// and Zalo is never asked to edit. The fake Bot API answers only sendMessage/sendPhoto/setWebhook;
// anything else fails the test (onUnhandledRequest: 'error').
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const GROUP_CHAT = 'grp-van-phuc-1';

describe('group tally on the Zalo Bot Platform', () => {
  it('re-posts the tally with the new order instead of editing it', async () => {
    const ctx = await zaloBotContext(server);
    const code = createInvite(ctx.db, { groupId: 1, role: 'admin' }, ctx.clock());
    await ctx.app.request(botRequest(botTextUpdate('admin-1', `/join ${code}`, 'm-1')));
    await ctx.app.request(botRequest(botTextUpdate('admin-1', '/dang', 'm-2', 'GROUP', GROUP_CHAT)));
    await ctx.deliver();
    const tallies = () => ctx.sent().filter((m) => m.chatId === GROUP_CHAT && m.text?.includes('Danh sách đặt hàng'));
    const first = tallies();
    expect(first).toHaveLength(1);
    expect(first[0]!.text).not.toContain('Khăn lụa tơ tằm màu xanh ngọc');

    await ctx.app.request(botRequest(botTextUpdate('buyer-1', '+2 khăn xanh', 'm-3', 'GROUP', GROUP_CHAT)));
    await ctx.deliver();
    const again = tallies();
    expect(again).toHaveLength(1);
    expect(again[0]).toMatchObject({ kind: 'text' });
    expect(again[0]!.text).toContain('2 Khăn lụa tơ tằm màu xanh ngọc');
    expect(ctx.calls.every((c) => /\/(sendMessage|sendPhoto|setWebhook)$/.test(c.url))).toBe(true);
    await ctx.close();
  });
});
