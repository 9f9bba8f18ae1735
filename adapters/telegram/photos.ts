import { GrammyError } from 'grammy';
import { mb, PhotoError, type PhotoFetcher, type PhotoRef } from '../../core/catalog/photos.ts';
import { downloadCapped } from '../photos/download.ts';
import type { TelegramBots } from './bot.ts';

/**
 * Fetches a photo someone sent to a group's bot: `getFile` (with that bot's token: a file id is only
 * valid for the bot that received it), then the file from `<api root>/file/bot<token>/<file_path>`.
 * A size Telegram states (in the update or in getFile's answer) above the limit is refused before any
 * download; Telegram itself refuses getFile above 20 MB ("file is too big").
 */
export function telegramPhotoFetcher(deps: { bots: TelegramBots; apiRoot: string; fetch?: typeof fetch }): PhotoFetcher {
  const fetchFn = deps.fetch ?? ((...a: Parameters<typeof fetch>) => globalThis.fetch(...a));
  return {
    async fetch(ref: PhotoRef, limits) {
      if (!ref.fileId) throw new PhotoError('fetch_failed', 'a Telegram photo needs its file id');
      if (ref.size !== undefined && ref.size > limits.maxBytes) throw tooLarge(ref.size, limits.maxBytes);
      const accounts = deps.bots.accounts();
      const account = accounts.find((a) => a.groupId === ref.groupId) ?? accounts[0];
      if (!account) throw new PhotoError('fetch_failed', 'no Telegram bot is registered');
      let file;
      try {
        file = await deps.bots.bot(account).api.getFile(ref.fileId);
      } catch (e) {
        if (e instanceof GrammyError && /file is too big/i.test(e.description)) throw new PhotoError('too_large', `the photo is larger than 20 MB; at most ${mb(limits.maxBytes)} is accepted`);
        throw new PhotoError('fetch_failed', `Telegram getFile failed: ${(e as Error).message}`);
      }
      if (file.file_size !== undefined && file.file_size > limits.maxBytes) throw tooLarge(file.file_size, limits.maxBytes);
      if (!file.file_path) throw new PhotoError('fetch_failed', 'Telegram gave no file path for the photo');
      return downloadCapped(fetchFn, `${deps.apiRoot.replace(/\/$/, '')}/file/bot${account.token}/${file.file_path}`, limits.maxBytes);
    },
  };
}

function tooLarge(size: number, max: number): PhotoError {
  return new PhotoError('too_large', `the photo is ${mb(size)}; at most ${mb(max)} is accepted`);
}
