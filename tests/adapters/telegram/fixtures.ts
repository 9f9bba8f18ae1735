import { readFileSync } from 'node:fs';
import type { Update } from 'grammy/types';

/** A recorded Update from tests/fixtures/telegram (see SOURCES.md there). */
export function fixture(name: string): Update {
  return JSON.parse(readFileSync(new URL(`../../fixtures/telegram/${name}.json`, import.meta.url), 'utf8')) as Update;
}
