import { html, raw } from 'hono/html';
import type { WebMessages } from '../../bots/i18n/web.ts';
import type { Role } from '../../db/schema.ts';

/** Server-rendered HTML (escaped by `html`). */
export type Html = ReturnType<typeof html>;

/** What every page needs to draw its frame. */
export interface Frame {
  w: WebMessages;
  roles: Role[];
  csrf: string;
  groupName: string;
  who: string;
  /** The household page of a household member (their home). */
  householdKey?: string;
}

// Small, no web fonts, no script needed: fast on a cheap Android phone on 3G.
const CSS = `*{box-sizing:border-box}body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d1f;background:#f5f4f0}
header{background:#7a1f3d;color:#fff;padding:.5rem .75rem}header b{font-size:1.05rem}header small{opacity:.85;display:block}
nav{display:flex;gap:.25rem;overflow-x:auto;padding:.4rem .5rem;background:#fff;border-bottom:1px solid #ddd;white-space:nowrap}
nav a{padding:.35rem .6rem;border-radius:1rem;color:#7a1f3d;text-decoration:none;background:#f3e6ea}nav a.on{background:#7a1f3d;color:#fff}
main{padding:.75rem;max-width:48rem;margin:auto}h1{font-size:1.3rem;margin:.25rem 0 .75rem}h2{font-size:1.1rem;margin:1rem 0 .5rem}
.card{background:#fff;border-radius:.6rem;padding:.75rem;margin:.5rem 0;box-shadow:0 1px 2px #0001}
.row{display:flex;justify-content:space-between;gap:.5rem;align-items:baseline;flex-wrap:wrap}
.muted{color:#666;font-size:.9rem}.big{font-size:1.35rem;font-weight:600}.ok{color:#146c2e}.warn{color:#a33}
ul.list{list-style:none;padding:0;margin:0}ul.list li{border-top:1px solid #eee;padding:.5rem 0}ul.list li:first-child{border-top:0}
a{color:#7a1f3d}input,select,button,textarea{font:inherit;padding:.5rem;border:1px solid #bbb;border-radius:.4rem;max-width:100%}
button{background:#7a1f3d;color:#fff;border:0;min-height:2.6rem;padding:.5rem .9rem}button.sec{background:#fff;color:#7a1f3d;border:1px solid #7a1f3d}button.danger{background:#a33}
form.inline{display:flex;gap:.4rem;flex-wrap:wrap;align-items:center;margin:.35rem 0}form.inline input[type=text],form.inline input:not([type]){flex:1;min-width:8rem}
.bar{background:#eee;border-radius:.3rem;height:.8rem;overflow:hidden}.bar i{display:block;height:100%;background:#2a7a3b}
table{border-collapse:collapse;width:100%}td,th{padding:.35rem .25rem;border-bottom:1px solid #eee;text-align:left;vertical-align:top}td.n,th.n{text-align:right;white-space:nowrap}
.notice{background:#e7f4ea;border-left:4px solid #2a7a3b;padding:.5rem .75rem;margin:.5rem 0}.tag{font-size:.8rem;background:#eee;border-radius:.6rem;padding:.05rem .45rem}
img.qr{width:100%;max-width:18rem;image-rendering:pixelated;display:block;margin:.5rem auto}`;

/** The page shell: header, navigation by role, language switch, sign out. */
export function page(f: Frame, title: string, active: string, body: Html, notice?: string): Html {
  const admin = f.roles.includes('admin');
  const confirmer = f.roles.includes('confirmer');
  const links: [string, string][] = [];
  if (admin || confirmer) links.push(['/web/today', f.w.navToday], ['/web/orders', f.w.navOrders], ['/web/payments', f.w.navPayments]);
  if (admin) links.push(['/web/pools', f.w.navPools], ['/web/households', f.w.navHouseholds], ['/web/settlement', f.w.navSettlement], ['/web/chart', f.w.navChart]);
  if (!admin && f.householdKey) links.push([`/web/households/${f.householdKey}`, f.w.navHouseholds]);
  return html`<!doctype html><html lang="${f.w.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title} · ${f.w.title}</title><style>${raw(CSS)}</style></head><body>
<header><div class="row"><b>${f.groupName}</b>
<span><form method="post" action="/web/lang" style="display:inline"><input type="hidden" name="_csrf" value="${f.csrf}"><input type="hidden" name="lang" value="${f.w.lang === 'vi' ? 'en' : 'vi'}"><button class="sec" style="min-height:auto;padding:.2rem .5rem">${f.w.otherLang}</button></form>
<form method="post" action="/web/logout" style="display:inline"><input type="hidden" name="_csrf" value="${f.csrf}"><button class="sec" style="min-height:auto;padding:.2rem .5rem">${f.w.signOut}</button></form></span></div>
<small>${f.who}</small></header>
<nav>${links.map(([href, label]) => html`<a href="${href}" class="${href === active ? 'on' : ''}">${label}</a>`)}</nav>
<main>${notice ? html`<div class="notice" role="status">${notice}</div>` : ''}<h1>${title}</h1>${body}</main></body></html>`;
}

/** A page without the signed-in frame (sign-in, errors before a session exists). */
export function barePage(w: WebMessages, title: string, body: Html): Html {
  return html`<!doctype html><html lang="${w.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title} · ${w.title}</title><style>${raw(CSS)}</style></head><body><header><b>Gom</b></header><main><h1>${title}</h1>${body}</main></body></html>`;
}

/** A form posting to `action` with the session's CSRF token. */
export function postForm(f: Frame, action: string, inner: Html, opts: { confirm?: string; cls?: string } = {}): Html {
  return html`<form method="post" action="${action}" class="${opts.cls ?? 'inline'}"${opts.confirm ? html` onsubmit="return confirm(this.dataset.q)" data-q="${opts.confirm}"` : ''}><input type="hidden" name="_csrf" value="${f.csrf}">${inner}</form>`;
}
