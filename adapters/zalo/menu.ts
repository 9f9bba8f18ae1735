import type { Db } from '../../db/index.ts';
import type { Platform } from '../../db/schema.ts';
import { numberToButton as shared } from '../adapter.ts';

/**
 * The numbered list that stands in for buttons lives in bots/numbered-list.ts (written by the shared
 * adaptation in bots/capabilities.ts) and is read back by adapters/adapter.ts; these names stay for the
 * Zalo code and tests that use them.
 */
export { buttonData, flatButtons, menuText, numberedEntries, withMenu, type MenuEntry } from '../../bots/numbered-list.ts';

/** Maps a typed number back to the button data of the last numbered list sent to this chat (see adapters/adapter.ts). */
export function numberToButton(db: Db, platform: Platform, chatId: string, text: string, keep: number): string | undefined {
  return shared(db, platform, chatId, text, { maxButtons: keep });
}
