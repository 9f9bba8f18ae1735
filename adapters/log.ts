import { pino, type Logger, type DestinationStream } from 'pino';
import { setErrorReporter } from '../bots/report.ts';

export type { Logger };

/** Keys whose values never reach a log line, wherever they appear (one or two levels deep). */
export const REDACT_PATHS = [
  'token', 'secret', 'apiKey', 'authorization', 'password', 'accessToken', 'refreshToken',
  '*.token', '*.secret', '*.apiKey', '*.authorization', '*.password', '*.accessToken', '*.refreshToken',
  'headers.authorization', 'headers["x-telegram-bot-api-secret-token"]', 'headers["secure-token"]',
];

/** A JSON-lines logger at `level` (pino's levels), with secrets redacted, writing to `destination` (stdout). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, base: { app: 'gom' }, redact: { paths: REDACT_PATHS, censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}

// Tests run silent unless LOG_LEVEL asks otherwise; `npm start` sets the level from its configuration.
let root: Logger = createLogger(process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'));

// bots/ reports its errors through the process's logger, whichever it is at the time.
setErrorReporter((fields, message) => root.error(fields, message));

/** The process's logger. */
export function logger(): Logger {
  return root;
}

/** Replaces the process's logger (at start with LOG_LEVEL; in tests with a capturing stream). */
export function setLogger(l: Logger): void {
  root = l;
}

/** The error as log fields: pino's serializer keeps message and stack under `err`. */
export function errFields(e: unknown): { err: unknown } {
  return { err: e instanceof Error ? e : new Error(String(e)) };
}
