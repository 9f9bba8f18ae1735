/** The time source of core/: real in production, fake in tests. */
export type Clock = () => Date;

/** The system clock. */
export const systemClock: Clock = () => new Date();

/** ISO-8601 UTC string of a clock reading. */
export function iso(d: Date): string {
  return d.toISOString();
}
