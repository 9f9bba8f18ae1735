/**
 * Where bots/ reports an unexpected error, with the fields that explain it. bots/ knows no logging
 * library: the process wires this to its logger at start (adapters/log.ts); until then errors go to stderr.
 */
export type ErrorReporter = (fields: Record<string, unknown>, message: string) => void;

let reporter: ErrorReporter = (fields, message) => console.error(message, fields);

/** Sets where errors go. */
export function setErrorReporter(r: ErrorReporter): void {
  reporter = r;
}

/** Reports an unexpected error with its context (never throws). */
export function reportError(fields: Record<string, unknown>, message: string): void {
  try {
    reporter(fields, message);
  } catch {
    // A broken logger must not turn a handled error into a crash.
  }
}
