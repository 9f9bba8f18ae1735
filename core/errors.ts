/** Every failure core/ reports, as a transport-free code; HTTP and chat map these in one place each. */
export type DomainErrorCode =
  | 'NOT_FOUND'
  | 'OUT_OF_STOCK'
  | 'ILLEGAL_TRANSITION'
  | 'INVALID_INPUT'
  | 'EMPTY_CART'
  | 'FORBIDDEN'
  | 'INVITE_INVALID'
  | 'CONFLICT';

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
