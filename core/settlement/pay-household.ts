import type { Db } from '../../db/index.ts';
import { getGroupById, getHousehold } from '../catalog/queries.ts';
import { StaleError } from '../errors.ts';
import { recordPayout, settlement } from './settlement.ts';

/**
 * Records that the group paid a household what it was shown as owed (chat or web); `payout.recorded`
 * tells the household. An amount that is no longer what is owed is stale rather than a double payout.
 */
export function payHousehold(t: Db, groupId: number, key: string, amount: number, actor: string, now: Date, note: string) {
  const group = getGroupById(t, groupId);
  const owed = settlement(t, group.slug).households.find((x) => x.household === key)?.owed ?? 0;
  if (amount !== owed || amount <= 0) throw new StaleError(`payout of ${amount} to ${key}`);
  recordPayout(t, group.slug, key, amount, actor, now, { note });
  return getHousehold(t, group.id, key);
}
