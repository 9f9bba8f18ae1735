import { describe, expect, it } from 'vitest';
import { handleIncoming } from '../../bots/engine.ts';
import { buttonData, texts } from './sim-harness.ts';
import { buttonFor, labels, simFileSession } from './sim-file-harness.ts';

type Session = ReturnType<typeof simFileSession>;

async function order(s: Session, userId = 'u1', text = 'KL-XANH x2') {
  await s.say(userId, text, undefined, 'Lan');
  const placed = await s.press(userId, 'ok');
  return /Đã đặt đơn ([A-Z0-9]{7})/.exec(texts(placed))![1]!;
}

const PHRASES = ['đã chuyển khoản', 'ck rồi nhé', 'em chuyển tiền rồi ạ', 'da ck', 'chuyen roi', 'Shop ơi mình ck xong rồi nha', 'I have paid'];

describe('a customer says they paid, in words', () => {
  for (const phrase of PHRASES) {
    it(`"${phrase}" does what the 💸 button does: the treasurer gets ✅/❌ once, the order shows the claim`, async () => {
      const s = simFileSession();
      const code = await order(s);
      const r = await s.say('u1', phrase);
      expect(texts(r)).toMatch(new RegExp(`(đang kiểm tra tiền cho đơn|checking the payment for order) ${code}`));
      const asked = await s.inbox({ userId: 'thu-quy' });
      expect(texts(asked)).toContain(`Đơn ${code} — 500.000 ₫ — khách Lan`);
      expect(buttonData(asked)).toHaveLength(2);
      const view = (await s.api(`/api/orders/${code}`)).json;
      expect(view.payment.claimedAt).toBe('2026-11-22T10:00:00.000Z');
      expect(texts(await s.press('u1', 'o'))).toMatch(/Khách báo đã chuyển, chờ xác nhận|Customer says paid, awaiting confirmation/);
      // Said again: the treasurer is not asked twice.
      expect(texts(await s.say('u1', phrase))).toMatch(/đã nhận báo chuyển khoản|already/);
      expect(await s.inbox({ userId: 'thu-quy' })).toHaveLength(0);
      // The treasurer's ✅ pays it.
      await s.press('thu-quy', buttonData(asked)[0]!);
      expect((await s.api(`/api/orders/${code}`)).json).toMatchObject({ status: 'paid', payment: { claimedAt: null } });
    });
  }

  it('questions about paying are answered, not taken as a claim', async () => {
    const s = simFileSession();
    await order(s);
    const r = await s.say('u1', 'chuyển khoản được không?');
    expect(texts(r)).toContain('chuyển khoản qua mã VietQR');
    expect(await s.inbox({ userId: 'thu-quy' })).toHaveLength(0);
  });

  it('with several unpaid orders, asks which one; ❌ clears the claim', async () => {
    const s = simFileSession();
    const a = await order(s, 'u1', 'KL-XANH x1');
    await s.say('u1', 'Lan'); // answers the receiver question of the first order
    const b = await order(s, 'u1', 'KL-DO x1');
    const which = await s.say('u1', 'đã ck');
    expect(texts(which)).toContain('Bạn đã chuyển khoản cho đơn nào ạ?');
    expect(labels(which)).toEqual([`${a} — 250.000 ₫ — 1 Khăn xanh`, `${b} — 250.000 ₫ — 1 Khăn đỏ`]);
    const r = await s.press('u1', buttonFor(which, b));
    expect(texts(r)).toContain(`đang kiểm tra tiền cho đơn ${b}`);
    const asked = await s.inbox({ userId: 'thu-quy' });
    expect(texts(asked)).toContain(`Đơn ${b}`);
    await s.press('thu-quy', buttonData(asked)[1]!);
    expect((await s.api(`/api/orders/${b}`)).json.payment.claimedAt).toBeNull();
    expect((await s.api(`/api/orders/${a}`)).json.payment.claimedAt).toBeNull();
  });

  it('a claim with no unpaid order gets a kind answer and reaches nobody', async () => {
    const s = simFileSession();
    const r = await s.say('u1', 'đã chuyển khoản');
    expect(texts(r)).toContain('Shop chưa thấy đơn nào của bạn đang chờ thanh toán');
    expect(await s.inbox({ userId: 'thu-quy' })).toHaveLength(0);
  });

  it('a bank-app screenshot (a photo) from a customer with an unpaid order is a claim', async () => {
    const s = simFileSession();
    const code = await order(s);
    // The neutral message every adapter produces for a photo (Incoming.photo); the caption, if any, is its text.
    const res = handleIncoming({ db: s.db, clock: s.clock }, { platform: 'sim', userId: 'u1', chatId: 'u1', chatType: 'private', photo: { url: 'https://example.test/bill.jpg' } });
    expect(res.replies.length).toBeGreaterThan(0);
    const asked = await s.inbox({ userId: 'thu-quy' });
    expect(texts(asked)).toContain(`Đơn ${code} — 500.000 ₫ — khách Lan gửi ảnh chụp chuyển khoản`);
    expect((await s.api(`/api/orders/${code}`)).json.payment.claimedAt).not.toBeNull();
  });
});
