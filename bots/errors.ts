import { DomainError } from '../core/errors.ts';

/** A button for something that no longer exists or changed (an old product, an answered order). */
export class StaleButtonError extends DomainError {
  constructor(data: string) {
    super('NOT_FOUND', `stale button ${data}`);
    this.name = 'StaleButtonError';
  }
}

/** A command used the wrong way: `usage` is the usage line the person is shown (`/join <mã mời>`). */
export class UsageError extends DomainError {
  constructor(readonly usage: string) {
    super('INVALID_INPUT', usage);
    this.name = 'UsageError';
  }
}
