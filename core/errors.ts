/** Every failure core/ reports, as a transport-free code; HTTP and chat map these in one place each. */
export type DomainErrorCode =
  | 'NOT_FOUND'
  | 'OUT_OF_STOCK'
  | 'ILLEGAL_TRANSITION'
  | 'INVALID_INPUT'
  | 'EMPTY_CART'
  | 'FORBIDDEN'
  | 'INVITE_INVALID'
  | 'CONFLICT'
  | 'LIMIT_REACHED';

/** A domain error: the operation was refused for a reason the user can be told. */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Not enough stock across the group's households for one sku. */
export class OutOfStockError extends DomainError {
  constructor(
    readonly sku: string,
    readonly requested: number,
    readonly available: number,
  ) {
    super('OUT_OF_STOCK', `only ${available} of ${sku} left, ${requested} requested`);
    this.name = 'OutOfStockError';
  }
}

/** A fraction of something sold whole (half a scarf). */
export class WholeUnitsError extends DomainError {
  constructor(
    readonly sku: string,
    readonly productName: string,
    readonly unit: string,
  ) {
    super('INVALID_INPUT', `${sku} is sold by the ${unit}: the quantity must be a whole number`);
    this.name = 'WholeUnitsError';
  }
}

/** An order state change that the state machine does not allow. */
export class IllegalTransitionError extends DomainError {
  constructor(
    readonly from: string,
    readonly to: string,
  ) {
    super('ILLEGAL_TRANSITION', `an order cannot go from ${from} to ${to}`);
    this.name = 'IllegalTransitionError';
  }
}

/** A customer's hoarding limit: too many unpaid orders, or too many units of one product held unpaid. */
export class LimitReachedError extends DomainError {
  constructor(
    readonly kind: 'unpaid_orders' | 'units_per_product',
    readonly limit: number,
    readonly sku?: string,
  ) {
    super('LIMIT_REACHED', kind === 'unpaid_orders' ? `at most ${limit} unpaid orders per customer` : `at most ${limit} of ${sku} per customer in unpaid orders`);
    this.name = 'LimitReachedError';
  }
}

/** The thing acted on changed since it was shown (an old button, a payout amount that is no longer owed). */
export class StaleError extends DomainError {
  constructor(what: string) {
    super('NOT_FOUND', `stale: ${what}`);
    this.name = 'StaleError';
  }
}
