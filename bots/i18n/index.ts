import { en } from './en.ts';
import { vi, type Messages } from './vi.ts';

export type { Messages };

/** The messages of a language; anything but English is Vietnamese. */
export function messages(lang: string | null | undefined): Messages {
  return lang === 'en' ? en : vi;
}
