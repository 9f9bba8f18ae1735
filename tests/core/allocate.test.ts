import { describe, expect, it } from 'vitest';
import { allocate } from '../../core/orders/allocate.ts';

const sum = (xs: { qty: number }[]) => Math.round(xs.reduce((s, x) => s + x.qty, 0) * 1000) / 1000;

describe('allocate', () => {
  it('uses one household when one can cover the line, the one with most stock', () => {
    expect(allocate(5, [{ householdId: 1, qty: 12 }, { householdId: 2, qty: 8 }])).toEqual([{ householdId: 1, qty: 5 }]);
  });

  it('uses the fewest households, then splits as evenly as their stock allows', () => {
    const a = allocate(15, [{ householdId: 1, qty: 12 }, { householdId: 2, qty: 8 }, { householdId: 3, qty: 1 }])!;
    expect(a.map((x) => x.householdId).sort()).toEqual([1, 2]);
    expect(a).toEqual([{ householdId: 1, qty: 8 }, { householdId: 2, qty: 7 }]);
    // Capped by stock: 10 + 2 over {10, 2}.
    expect(allocate(12, [{ householdId: 1, qty: 10 }, { householdId: 2, qty: 2 }])).toEqual([{ householdId: 1, qty: 10 }, { householdId: 2, qty: 2 }]);
  });

  it('returns null when the households together hold too little', () => {
    expect(allocate(21, [{ householdId: 1, qty: 12 }, { householdId: 2, qty: 8 }])).toBeNull();
  });

  it('splits fractional quantities (metres) in thousandths', () => {
    const a = allocate(2.5, [{ householdId: 1, qty: 1.2 }, { householdId: 2, qty: 2 }])!;
    expect(sum(a)).toBe(2.5);
    expect(a.every((x) => x.qty <= (x.householdId === 1 ? 1.2 : 2))).toBe(true);
  });

  it('never exceeds any stock and always sums to the quantity (random cases)', () => {
    let seed = 42;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 500; i++) {
      const stocks = Array.from({ length: 1 + rnd(6) }, (_, k) => ({ householdId: k + 1, qty: rnd(30) }));
      const total = stocks.reduce((s, x) => s + x.qty, 0);
      const qty = 1 + rnd(40);
      const a = allocate(qty, stocks);
      if (qty > total) {
        expect(a).toBeNull();
        continue;
      }
      expect(a).not.toBeNull();
      expect(sum(a!)).toBe(qty);
      for (const x of a!) expect(x.qty).toBeLessThanOrEqual(stocks.find((s) => s.householdId === x.householdId)!.qty);
      // Fewest households: no smaller set of households could have covered it.
      const sorted = stocks.map((s) => s.qty).sort((p, q) => q - p);
      const minK = sorted.findIndex((_, k) => sorted.slice(0, k + 1).reduce((s, v) => s + v, 0) >= qty) + 1;
      expect(a!.length).toBeLessThanOrEqual(minK);
    }
  });
});
