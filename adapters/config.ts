import { z } from 'zod';

const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

/** The environment of CONTRACT.md section 2, validated once at start. */
export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_PATH: z.string().default('./data/gom.db'),
  DEMO: flag.default(true),
  /** 0 = no chat simulator (`/` and `/sim/*`), for a server open to the internet. */
  SIM: flag.default(true),
  ADMIN_API_TOKEN: z.string().min(1).optional(),
  PUBLIC_URL: z.string().url().optional(),
  TELEGRAM_BOT_TOKEN: z.string().min(1).optional(),
  TELEGRAM_WEBHOOK_SECRET: z.string().min(1).optional(),
  TELEGRAM_API_ROOT: z.string().url().default('https://api.telegram.org'),
  TELEGRAM_POLLING: flag.default(false),
  ZALO_APP_ID: z.string().min(1).optional(),
  ZALO_APP_SECRET: z.string().min(1).optional(),
  ZALO_OA_SECRET_KEY: z.string().min(1).optional(),
  ZALO_REFRESH_TOKEN: z.string().min(1).optional(),
  ZALO_API_BASE: z.string().url().default('https://openapi.zalo.me'),
  ZALO_OAUTH_BASE: z.string().url().default('https://oauth.zaloapp.com'),
  ZALO_BOT_TOKEN: z.string().min(1).optional(),
  ZALO_BOT_WEBHOOK_SECRET: z.string().min(8).optional(),
  ZALO_BOT_API_BASE: z.string().url().default('https://bot-api.zaloplatforms.com'),
  VIBER_AUTH_TOKEN: z.string().min(1).optional(),
  VIBER_BOT_NAME: z.string().min(1).max(28).default('Gom'),
  VIBER_BOT_AVATAR: z.string().url().optional(),
  VIBER_API_BASE: z.string().url().default('https://chatapi.viber.com/pa'),
  SEPAY_API_KEY: z.string().min(1).optional(),
  SEPAY_WEBHOOK_SECRET: z.string().min(1).optional(),
  CASSO_SECURE_TOKEN: z.string().min(1).optional(),
  CASSO_WEBHOOK_SECRET: z.string().min(1).optional(),
  /** Shipping carriers (README, "Ship with GHN or GHTK"): no token, no carrier. */
  GHN_TOKEN: z.string().min(1).optional(),
  GHN_SHOP_ID: z.coerce.number().int().positive().optional(),
  GHN_API_BASE: z.string().url().default('https://online-gateway.ghn.vn/shiip/public-api'),
  GHTK_TOKEN: z.string().min(1).optional(),
  GHTK_API_BASE: z.string().url().default('https://services.giaohangtietkiem.vn'),
  /** When set, carrier webhooks must carry it as `?secret=` (or `?hash=`) in the URL registered with the carrier. */
  SHIPPING_WEBHOOK_SECRET: z.string().min(8).optional(),
  /** 1 = start with SIM or DEMO on although HOST is not a loopback address (a public demo, on purpose). */
  ALLOW_PUBLIC_DEMO: flag.default(false),
  /** Bearer token for GET /metrics; unset = ADMIN_API_TOKEN; neither = closed. */
  METRICS_TOKEN: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** True for an address that only this machine can reach. */
export function isLoopback(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) || h === '::ffff:127.0.0.1';
}

/**
 * Why this configuration must not start, if it must not: the simulator lets anyone chat as anyone and the
 * demo gives its simulator people admin roles, so both are for one's own machine. On a HOST other
 * machines can reach, SIM=1 or DEMO=1 needs ALLOW_PUBLIC_DEMO=1.
 */
export function unsafeReason(c: Config): string | undefined {
  if (isLoopback(c.HOST) || c.ALLOW_PUBLIC_DEMO) return undefined;
  const on = [c.SIM ? 'SIM=1 (the chat simulator: anyone can chat as anyone)' : '', c.DEMO ? 'DEMO=1 (the demo people, who hold admin roles)' : ''].filter(Boolean);
  if (on.length === 0) return undefined;
  return `refusing to start: HOST=${c.HOST} is reachable from other machines and ${on.join(' and ')} is on. ` +
    'Set SIM=0 and DEMO=0 for a server, or HOST=127.0.0.1 to try Gom on this machine; ALLOW_PUBLIC_DEMO=1 starts anyway.';
}

export type Config = z.infer<typeof configSchema> & { publicUrl: string };

/** Reads the configuration from an environment, refusing bad values with the variable's name. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`bad environment variable ${issue.path.join('.')}: ${issue.message}`);
  }
  const c = parsed.data;
  return { ...c, publicUrl: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, '') };
}
