import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { DomainError, type DomainErrorCode } from '../core/errors.ts';
import { isStorageFailure } from '../db/index.ts';
import { errFields, logger } from './log.ts';

const STATUS: Record<DomainErrorCode, [ContentfulStatusCode, string]> = {
  NOT_FOUND: [404, 'not_found'],
  OUT_OF_STOCK: [409, 'out_of_stock'],
  ILLEGAL_TRANSITION: [409, 'illegal_transition'],
  INVALID_INPUT: [400, 'bad_request'],
  EMPTY_CART: [400, 'bad_request'],
  FORBIDDEN: [403, 'forbidden'],
  INVITE_INVALID: [400, 'invite_invalid'],
  CONFLICT: [409, 'conflict'],
  LIMIT_REACHED: [409, 'limit_reached'],
};

/** JSON error body of CONTRACT.md: `{"error":{"code","message"}}`. */
export function errorJson(c: Context, status: ContentfulStatusCode, code: string, message: string) {
  return c.json({ error: { code, message } }, status);
}

/** The one place where errors become HTTP statuses; storage failures are 503, unexpected errors 500 without details. */
export function onError(err: Error, c: Context) {
  if (err instanceof DomainError) {
    const [status, code] = STATUS[err.code];
    return errorJson(c, status, code, err.message);
  }
  if (err instanceof HTTPException) return errorJson(c, err.status as ContentfulStatusCode, err.status === 401 ? 'unauthorized' : 'bad_request', err.message);
  if (isStorageFailure(err)) {
    logger().error({ ...errFields(err), method: c.req.method, path: c.req.path }, 'database unavailable');
    return errorJson(c, 503, 'unavailable', 'the database cannot be written right now; try again later');
  }
  logger().error({ ...errFields(err), method: c.req.method, path: c.req.path }, 'request failed');
  return errorJson(c, 500, 'internal', 'internal error');
}
