import { and, eq } from 'drizzle-orm';
import { tx, type Db } from '../../db/index.ts';
import { botAccounts } from '../../db/schema.ts';
import type { Clock } from '../../core/clock.ts';
import type { ZaloOaClient } from './client.ts';

/** What Gom keeps in `bot_accounts.data` for a group's Zalo OA. */
export interface ZaloAccountData {
  accessToken?: string;
  /** ISO time the access token expires. */
  accessTokenExpiresAt?: string;
  /** The current (single-use) refresh token. */
  refreshToken?: string;
  refreshedAt?: string;
}

/** Refresh this long before the access token expires. */
export const REFRESH_MARGIN_MS = 5 * 60_000;

/** No refresh token anywhere: the OA must be authorized again (see the README, "Put your shop on Zalo"). */
export class ZaloNotAuthorizedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZaloNotAuthorizedError';
  }
}

/** Reads the Zalo OA account data of a group. */
export function readZaloAccount(db: Db, groupId: number): ZaloAccountData {
  const row = db
    .select()
    .from(botAccounts)
    .where(and(eq(botAccounts.groupId, groupId), eq(botAccounts.platform, 'zalo')))
    .get();
  return (row?.data ?? {}) as ZaloAccountData;
}

/** Writes (merging) the Zalo OA account data of a group, committed before it returns. */
export function writeZaloAccount(db: Db, groupId: number, patch: ZaloAccountData, now: Date): void {
  tx(db, (t) => {
    const data = { ...readZaloAccount(t, groupId), ...patch } as Record<string, unknown>;
    t.insert(botAccounts)
      .values({ groupId, platform: 'zalo', data, updatedAt: now.toISOString() })
      .onConflictDoUpdate({ target: [botAccounts.groupId, botAccounts.platform], set: { data, updatedAt: now.toISOString() } })
      .run();
  });
}

/**
 * The OA access token of one group, refreshed before it expires and on demand, with the tokens kept in
 * `bot_accounts` (platform 'zalo'). Rules:
 * - the database is the only source of truth: the refresh token is read from it right before each
 *   refresh, so a new process on the same database file uses the newest one, never an old one;
 * - the new refresh token is committed to the database BEFORE the new access token is used;
 * - `ZALO_REFRESH_TOKEN` from the environment is used only when the database has none (first start);
 * - one refresh in flight per store: concurrent callers wait for the same refresh.
 */
export class ZaloTokenStore {
  private inflight: Promise<string> | undefined;

  constructor(
    private readonly db: Db,
    private readonly groupId: number,
    private readonly client: ZaloOaClient,
    private readonly clock: Clock,
    private readonly bootstrapRefreshToken?: string,
  ) {}

  /** A valid access token, refreshing first when it expires within REFRESH_MARGIN_MS. */
  async accessToken(): Promise<string> {
    const d = readZaloAccount(this.db, this.groupId);
    const exp = d.accessTokenExpiresAt ? Date.parse(d.accessTokenExpiresAt) : 0;
    if (d.accessToken && exp - REFRESH_MARGIN_MS > this.clock().getTime()) return d.accessToken;
    return this.refresh(d.accessToken);
  }

  /**
   * Refreshes after Zalo refused `rejected` as expired or invalid. When another caller already replaced
   * it, the newer token is returned without spending a refresh.
   */
  async refreshAfterRejection(rejected: string): Promise<string> {
    const d = readZaloAccount(this.db, this.groupId);
    if (d.accessToken && d.accessToken !== rejected) return d.accessToken;
    return this.refresh(rejected);
  }

  private refresh(stale: string | undefined): Promise<string> {
    if (!this.inflight) {
      this.inflight = this.doRefresh(stale).finally(() => {
        this.inflight = undefined;
      });
    }
    return this.inflight;
  }

  private async doRefresh(stale: string | undefined): Promise<string> {
    const d = readZaloAccount(this.db, this.groupId);
    if (d.accessToken && d.accessToken !== stale) {
      // Someone (another instance on the same file) refreshed meanwhile.
      const exp = d.accessTokenExpiresAt ? Date.parse(d.accessTokenExpiresAt) : 0;
      if (exp - REFRESH_MARGIN_MS > this.clock().getTime()) return d.accessToken;
    }
    const refreshToken = d.refreshToken ?? this.bootstrapRefreshToken;
    if (!refreshToken) throw new ZaloNotAuthorizedError('no Zalo refresh token: authorize the OA and set ZALO_REFRESH_TOKEN (README, "Put your shop on Zalo")');
    const fresh = await this.client.refresh(refreshToken);
    const now = this.clock();
    // Commit the new single-use refresh token first: if anything fails after this line, it is not lost.
    writeZaloAccount(
      this.db,
      this.groupId,
      {
        accessToken: fresh.accessToken,
        accessTokenExpiresAt: new Date(now.getTime() + fresh.expiresIn * 1000).toISOString(),
        refreshToken: fresh.refreshToken,
        refreshedAt: now.toISOString(),
      },
      now,
    );
    return fresh.accessToken;
  }
}
