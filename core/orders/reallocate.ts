import type { Db } from '../../db/index.ts';
import { emit } from '../events.ts';
import { DomainError } from '../errors.ts';
import { overrideAllocation } from '../households/allocations.ts';
import { getOrder, type OrderRow } from './transition-order.ts';

/**
 * Overrides how an order line is split across households (chat or web), checked against stock, and
 * records `allocation.changed` so the households now holding the line are told what to prepare.
 */
export function reallocateLine(t: Db, groupId: number, code: string, sku: string, shares: { key: string; qty: number }[], actor: string, now: Date): OrderRow {
  const o = getOrder(t, code);
  if (o.groupId !== groupId) throw new DomainError('NOT_FOUND', code);
  overrideAllocation(t, o.id, sku, shares, actor, now);
  emit(t, { type: 'allocation.changed', order: o, sku: sku.toUpperCase() }, now);
  return o;
}
