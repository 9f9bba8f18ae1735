/** One household's stock of a product, as seen by the allocator. */
export interface HouseholdStock {
  householdId: number;
  qty: number;
}

/** A share of an order line given to one household. */
export interface Allocation {
  householdId: number;
  qty: number;
}

const MILLI = 1000;

/**
 * Splits `qty` across households by their stock: the fewest households that can cover it, then the
 * fairest split among them (water-filling: equal shares, capped by each one's stock). Whole quantities
 * are split in whole units; fractional ones (metres, kg) in thousandths. Returns null when the
 * households together hold less than `qty`. With `spread: 'all'` every household with stock takes
 * part (the fair split of a pool's total).
 */
export function allocate(qty: number, stocks: HouseholdStock[], spread: 'fewest' | 'all' = 'fewest', fractional = false): Allocation[] | null {
  const want = Math.round(qty * MILLI);
  if (want <= 0) return [];
  // Whole quantities split in whole units, unless the caller allows fractions (goods sold by measure).
  const step = want % MILLI === 0 && !fractional ? MILLI : 1;
  const pool = stocks
    .map((s) => ({ householdId: s.householdId, cap: Math.floor(Math.round(s.qty * MILLI) / step) * step }))
    .filter((s) => s.cap > 0)
    // Largest stock first; ties go to the lower id so the result is deterministic.
    .sort((a, b) => b.cap - a.cap || a.householdId - b.householdId);
  let k = 0;
  let covered = 0;
  while (k < pool.length && covered < want) covered += pool[k++]!.cap;
  if (covered < want) return null;
  // For a pool's wholesale total, every household with stock takes a fair part, not the fewest.
  if (spread === 'all') k = pool.length;
  const chosen = pool.slice(0, k);
  const given = new Map<number, number>(chosen.map((c) => [c.householdId, 0]));
  let left = want / step;
  let open = chosen.map((c) => ({ id: c.householdId, cap: c.cap / step }));
  while (left > 0 && open.length > 0) {
    const share = Math.floor(left / open.length);
    if (share === 0) {
      // Fewer units left than households: one more unit each to those with the most room.
      open.sort((a, b) => b.cap - (given.get(b.id) ?? 0) - (a.cap - (given.get(a.id) ?? 0)) || a.id - b.id);
      for (const o of open.slice(0, left)) given.set(o.id, given.get(o.id)! + 1);
      left = 0;
      break;
    }
    for (const o of open) {
      const room = o.cap - given.get(o.id)!;
      const add = Math.min(share, room);
      given.set(o.id, given.get(o.id)! + add);
      left -= add;
    }
    open = open.filter((o) => given.get(o.id)! < o.cap);
  }
  return chosen
    .map((c) => ({ householdId: c.householdId, qty: (given.get(c.householdId)! * step) / MILLI }))
    .filter((a) => a.qty > 0);
}

/**
 * Like `allocate`, but households in `preferred` (those that can be told: a chat member is linked) come
 * first: when they can cover the quantity among themselves, nobody else gets any; otherwise they give all
 * they hold and only the rest goes to the others, fewest first. Returns null when all together hold too little.
 */
export function allocatePreferring(
  qty: number,
  stocks: HouseholdStock[],
  preferred: ReadonlySet<number>,
  spread: 'fewest' | 'all' = 'fewest',
  fractional = false,
): Allocation[] | null {
  const mine = stocks.filter((s) => preferred.has(s.householdId));
  const others = stocks.filter((s) => !preferred.has(s.householdId));
  if (others.length === 0 || mine.length === 0) return allocate(qty, stocks, spread, fractional);
  const first = allocate(qty, mine, spread, fractional);
  if (first) return first;
  const want = Math.round(qty * MILLI);
  const step = want % MILLI === 0 && !fractional ? MILLI : 1;
  // Everything the preferred households can give, in the same steps `allocate` would use.
  const given = mine.map((s) => ({ householdId: s.householdId, qty: (Math.floor(Math.round(s.qty * MILLI) / step) * step) / MILLI })).filter((a) => a.qty > 0);
  const rest = (want - given.reduce((n, a) => n + Math.round(a.qty * MILLI), 0)) / MILLI;
  const tail = allocate(rest, others, 'fewest', fractional);
  if (!tail) return null;
  return [...given, ...tail];
}
