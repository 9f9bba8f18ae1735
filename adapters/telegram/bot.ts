import { Bot } from 'grammy';
import type { BotCommand, UserFromGetMe } from 'grammy/types';
import type { OutboxRow } from '../outbox/types.ts';
import type { Db } from '../../db/index.ts';
import { listTelegramAccounts, type TelegramAccount } from './accounts.ts';
import { botIdOfMarker } from './translate.ts';
import { commandMenu } from '../../bots/features.ts';

/** How Bot API calls are made. */
export interface BotOptions {
  /** TELEGRAM_API_ROOT (tests point it at msw). */
  apiRoot: string;
  /** Known bot identity (tests), so grammY never calls getMe. */
  botInfo?: (account: TelegramAccount) => UserFromGetMe | undefined;
  /** Seconds before a Bot API call is abandoned (and retried by the outbox); 10 by default. */
  timeoutSeconds?: number;
}

/**
 * The grammY `Bot` of every group's account, created once per token. Only `bot.api` is used for
 * sending; middleware runs only in polling mode. No auto-retry transformer is installed: the outbox
 * already retries durably (with Telegram's retry_after), and retrying inside one send would hold
 * that chat's slot in the worker and hide the 429 from it.
 */
export class TelegramBots {
  private readonly bots = new Map<string, Bot>();

  constructor(
    /** The database the accounts (and the photos they send) live in. */
    readonly db: Db,
    private readonly opts: BotOptions,
  ) {}

  /** The Bot for an account (same instance for the same token). */
  bot(account: TelegramAccount): Bot {
    let bot = this.bots.get(account.token);
    if (!bot) {
      const botInfo = this.opts.botInfo?.(account);
      // 10 s instead of grammY's 500 s: a hung call holds only its own chat (the outbox serves chats in
      // parallel), and is retried soon; Bot API answers in well under a second when it answers at all.
      bot = new Bot(account.token, { client: { apiRoot: this.opts.apiRoot, timeoutSeconds: this.opts.timeoutSeconds ?? 10 }, ...(botInfo ? { botInfo } : {}) });
      this.bots.set(account.token, bot);
    }
    return bot;
  }

  /** Every account, fresh from the database (the register script may have added one). */
  accounts(): TelegramAccount[] {
    return listTelegramAccounts(this.db);
  }

  /**
   * The account that sends an outbox row: the row's group's bot; else the bot the triggering update
   * came to (its inReplyTo marker); else the only/first bot.
   */
  accountForRow(row: OutboxRow): TelegramAccount | undefined {
    const all = this.accounts();
    const byGroup = row.groupId != null ? all.find((a) => a.groupId === row.groupId) : undefined;
    if (byGroup) return byGroup;
    const botId = botIdOfMarker(row.inReplyTo);
    return (botId ? all.find((a) => a.botId === botId) : undefined) ?? all[0];
  }

  /** The bot's @username for deep links: stored, or learnt by bot.init(). */
  username(account: TelegramAccount): string | undefined {
    if (account.username) return account.username;
    const bot = this.bots.get(account.token);
    return bot?.isInited() ? bot.botInfo.username : undefined;
  }
}

/** The command menu shown by Telegram clients (Vietnamese for 'vi' users, English for everyone else), from the bot's registrations. */
export const COMMAND_MENU: { vi: BotCommand[]; en: BotCommand[] } = { vi: commandMenu('vi'), en: commandMenu('en') };

/** Sets the Vietnamese menu for language_code 'vi' and the English one as the default. */
export async function setCommandMenu(bot: Bot): Promise<void> {
  await bot.api.setMyCommands(COMMAND_MENU.vi, { language_code: 'vi' });
  await bot.api.setMyCommands(COMMAND_MENU.en);
}

/** The update kinds the bot asks Telegram for (webhook and polling alike). */
export const ALLOWED_UPDATES = ['message', 'callback_query', 'my_chat_member'] as const;

/** Points Telegram at this server's webhook for the account's group. */
export async function registerWebhook(bot: Bot, account: TelegramAccount, publicUrl: string): Promise<string> {
  const url = `${publicUrl.replace(/\/$/, '')}/webhooks/telegram/${encodeURIComponent(account.slug)}`;
  await bot.api.setWebhook(url, { secret_token: account.secret, allowed_updates: [...ALLOWED_UPDATES], drop_pending_updates: false });
  return url;
}
