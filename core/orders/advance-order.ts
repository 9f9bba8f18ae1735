import type { Db } from '../../db/index.ts';
import { emit } from '../events.ts';
import { DomainError } from '../errors.ts';
import { getOrder, transitionOrder, type OrderRow } from './transition-order.ts';

/** Shipped / delivered by the shop (chat or web); `order.advanced` tells the customer. */
export function advanceOrder(t: Db, groupId: number, code: string, to: 'shipped' | 'delivered', actor: string, now: Date): OrderRow {
  const o = getOrder(t, code);
  if (o.groupId !== groupId) throw new DomainError('NOT_FOUND', code);
  const updated = transitionOrder(t, o.id, to, actor, now);
  emit(t, { type: 'order.advanced', order: updated, to }, now);
  return updated;
}
