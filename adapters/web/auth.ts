import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { html } from 'hono/html';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Db } from '../../db/index.ts';
import type { Role } from '../../db/schema.ts';
import type { Clock } from '../../core/clock.ts';
import { getGroupById, type Group } from '../../core/catalog/queries.ts';
import { getPerson, identitiesOf, type Person } from '../../core/people/identify.ts';
import { rolesOf, type Membership } from '../../core/people/roles.ts';
import { sessionOf, WEB_SESSION_TTL_MS, type WebSession } from '../../core/people/web-sessions.ts';
import { webMessages, type WebMessages } from '../../bots/i18n/web.ts';
import { secretsEqual } from '../secrets.ts';
import { barePage, type Frame } from './layout.ts';

/** The session cookie: HTTP-only, SameSite=Lax, Secure whenever the server is reached over https, scoped to /web. */
export const SESSION_COOKIE = 'gom_web';

/** Everything a signed-in page knows about who is asking. */
export interface WebCtx {
  session: WebSession;
  group: Group;
  person: Person;
  memberships: Membership[];
  roles: Role[];
  w: WebMessages;
  frame: Frame;
  /** The fields of a posted form (CSRF already checked). */
  form: Record<string, string>;
  /** How actions record who did them: `<role>:web:<person id>`. */
  actor: (role: Role) => string;
}

export type WebEnv = { Variables: { web: WebCtx } };

/** A refusal the web pages show as a page with this status. */
export class WebRefusal extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
  ) {
    super(message);
  }
}

/** Sets the session cookie. */
export function setSessionCookie(c: Context, value: string, secure: boolean): void {
  setCookie(c, SESSION_COOKIE, value, { path: '/web', httpOnly: true, sameSite: 'Lax', secure, maxAge: Math.floor(WEB_SESSION_TTL_MS / 1000) });
}

/** Headers every web page carries: never cached, never framed, no referrer (a sign-in URL must not leak). */
export const noStore: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('cache-control', 'no-store');
  c.header('x-frame-options', 'DENY');
  c.header('referrer-policy', 'no-referrer');
  c.header('x-content-type-options', 'nosniff');
};

/**
 * Requires a live session whose person still holds a role in the session's group (roles are read on
 * every request, so removing a role takes effect at once), and a matching CSRF token on every POST.
 */
export function requireSession(db: Db, clock: Clock): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    const cookie = getCookie(c, SESSION_COOKIE);
    const now = clock();
    const session = cookie ? sessionOf(db, cookie, now) : null;
    const guessLang = /^en\b/i.test(c.req.header('accept-language') ?? '') ? 'en' : 'vi';
    if (!session) {
      const w = webMessages(guessLang);
      return c.html(barePage(w, w.signInTitle, html`<p>${w.needSignIn}</p>`), 401);
    }
    const group = getGroupById(db, session.groupId);
    const person = getPerson(db, session.personId);
    const memberships = rolesOf(db, person.id, group.id);
    const w = webMessages(person.language ?? group.language);
    if (memberships.length === 0) return c.html(barePage(w, w.errorTitle, html`<p>${w.forbidden}</p>`), 403);
    let form: Record<string, string> = {};
    if (c.req.method === 'POST') {
      const body = await c.req.parseBody();
      form = Object.fromEntries(Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string'));
      if (!form._csrf || !secretsEqual(form._csrf, session.csrf)) return c.html(barePage(w, w.errorTitle, html`<p>${w.csrfFailed}</p>`), 403);
    }
    const roles = [...new Set(memberships.map((m) => m.role))];
    const name = person.name ?? identitiesOf(db, person.id)[0]?.displayName ?? `#${person.id}`;
    const householdKey = memberships.find((m) => m.role === 'household' && m.householdId)?.householdId;
    const key = householdKey ? (db.$client.prepare('select key from households where id = ?').get(householdKey) as { key: string } | undefined)?.key : undefined;
    const frame: Frame = { w, roles, csrf: session.csrf, groupName: group.name, who: name, ...(key ? { householdKey: key } : {}) };
    c.set('web', { session, group, person, memberships, roles, w, frame, form, actor: (role) => `${role}:web:${person.id}` });
    await next();
  };
}

/** Refuses (403) unless the signed-in person holds one of these roles. */
export function need(ctx: WebCtx, ...roles: Role[]): void {
  if (!ctx.roles.some((r) => roles.includes(r))) throw new WebRefusal(403, ctx.w.forbidden);
}

/** The household ids this person may act for (their own household memberships). */
export function ownHouseholds(ctx: WebCtx): number[] {
  return ctx.memberships.filter((m) => m.role === 'household' && m.householdId).map((m) => m.householdId!);
}
