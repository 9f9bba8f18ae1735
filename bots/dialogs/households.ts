import type { Group } from '../../core/catalog/queries.ts';
import type { Db } from '../../db/index.ts';

/**
 * Called when an order becomes paid: each household gets its share to prepare. The group-selling
 * dialogs fill this in; until households link their chats there is no one to tell.
 */
export function onOrderPaid(_t: Db, _group: Group, _orderId: number, _now: Date): void {}
