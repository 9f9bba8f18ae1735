import { describe, expect, it } from 'vitest';
import { TelegramLimiter, TELEGRAM_LIMITS } from '../../../adapters/telegram/limiter.ts';

/** Telegram's 30 calls a second, counted as Telegram counts them: from arrival, which comes before the answer. */
describe('the global limit of 30 calls a second', () => {
  function limiter() {
    let t = 0;
    const slept: number[] = [];
    const l = new TelegramLimiter(
      () => t,
      TELEGRAM_LIMITS,
      () => t,
      async (ms) => {
        slept.push(ms);
        t += ms;
      },
    );
    return { l, slept, at: (ms: number) => (t = ms), now: () => t };
  }

  it('the 31st call waits until one second after the first call was answered, not after it was started', async () => {
    const { l, slept, at, now } = limiter();
    const answered = [];
    for (let i = 0; i < 30; i++) answered.push(await l.acquire('bot', String(i), false));
    expect(slept).toEqual([]);
    // The first request was slow to leave and to be answered: 120 ms.
    at(120);
    answered[0]!();
    for (const done of answered.slice(1)) done();
    await l.acquire('bot', 'late', false);
    expect(now()).toBe(120 + 1000 + (TELEGRAM_LIMITS.windowMarginMs ?? 0));
  });

  it('a call still unanswered may arrive any moment: it holds its slot until a second after the latest it can have arrived', async () => {
    const { l, now } = limiter();
    for (let i = 0; i < 30; i++) await l.acquire('bot', String(i), false);
    await l.acquire('bot', 'late', false);
    expect(now()).toBe(2000 + (TELEGRAM_LIMITS.windowMarginMs ?? 0));
  });

  it('a call answered at once frees its slot a second after it was taken', async () => {
    const { l, now } = limiter();
    for (let i = 0; i < 30; i++) (await l.acquire('bot', String(i), false))();
    await l.acquire('bot', 'late', false);
    expect(now()).toBe(1000 + (TELEGRAM_LIMITS.windowMarginMs ?? 0));
  });

  it('another bot has its own 30 a second', async () => {
    const { l, slept } = limiter();
    for (let i = 0; i < 30; i++) await l.acquire('bot', String(i), false);
    await l.acquire('other-bot', 'x', false);
    expect(slept).toEqual([]);
  });
});
