import { DomainError } from '../errors.ts';

/** Why a pool deadline was refused: unreadable, already past, or a yearless date that has passed this year. */
export type DeadlineProblem = 'format' | 'past' | 'next_year';

/**
 * A refused deadline, with what the admin needs to fix it: for `next_year`, the same date written with next
 * year (`30/11/2027`), so the reply can offer it instead of silently moving the pool a year ahead.
 */
export class DeadlineError extends DomainError {
  constructor(
    readonly problem: DeadlineProblem,
    readonly suggestion?: string,
  ) {
    super('INVALID_INPUT', problem === 'format' ? 'unreadable deadline' : problem === 'past' ? 'the deadline is in the past' : 'the date has passed this year; write the year');
    this.name = 'DeadlineError';
  }
}

const VN_OFFSET_MS = 7 * 3600_000;

/**
 * Reads a Vietnam-time deadline `30/11 18:00`, `30/11/2026 18:00`, `30/11/26 18h`, or just `30/11` (23:59)
 * as an instant. Refuses (DeadlineError) a date that does not exist (`31/02`), one in the past, and a date
 * without a year that has already passed this year: it would otherwise roll into next year unseen.
 */
export function parseDeadline(date: string, time: string | undefined, now: Date): Date {
  const d = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$/.exec(date.trim());
  const t = /^(\d{1,2})(?:[:hg](\d{2})?)?$/i.exec((time ?? '23:59').trim());
  if (!d || !t) throw new DeadlineError('format');
  const [day, month, hour, minute] = [Number(d[1]), Number(d[2]), Number(t[1]), Number(t[2] ?? 0)];
  const vnNow = new Date(now.getTime() + VN_OFFSET_MS);
  const year = d[3] ? Number(d[3].length === 2 ? `20${d[3]}` : d[3]) : vnNow.getUTCFullYear();
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) throw new DeadlineError('format');
  const local = new Date(Date.UTC(year, month - 1, day, hour, minute));
  // Date.UTC rolls 31/02 into March: a date that does not exist is refused, not moved.
  if (local.getUTCDate() !== day || local.getUTCMonth() !== month - 1) throw new DeadlineError('format');
  const at = new Date(local.getTime() - VN_OFFSET_MS);
  if (at.getTime() > now.getTime()) return at;
  if (d[3]) throw new DeadlineError('past');
  const pad = (n: number) => String(n).padStart(2, '0');
  throw new DeadlineError('next_year', `${pad(day)}/${pad(month)}/${year + 1}${time ? ` ${pad(hour)}:${pad(minute)}` : ''}`);
}
