/** The `--explain` trace: what each stage saw and decided, in words for people (not a stable format). */
import { skuOf } from './matcher.ts';
import { phraseOf } from './context.ts';
import type { Clause, Event, ParseContext } from './context.ts';

function text(cx: ParseContext, start: number, end: number): string {
  return cx.ts.slice(start, end).filter((t) => t.kind === 'word').map((t) => t.raw).join(' ');
}

export function traceClauses(cx: ParseContext): void {
  cx.trace!.push(`language: ${cx.en ? 'English' : 'Vietnamese'}${cx.accented ? ', with diacritics' : ', without diacritics'}`);
  for (const c of cx.clauses) {
    const flags = (['verb', 'hardQ', 'softQ', 'polite', 'past', 'neg', 'more', 'payment', 'memo'] as const).filter((f) => c[f]);
    cx.trace!.push(`clause ${c.sentence}: "${text(cx, c.start, c.end)}"${flags.length ? ` [${flags.join(', ')}]` : ''}${c.dead ? ' → places nothing' : ''}`);
  }
}

export function traceEvents(cx: ParseContext, c: Clause, evs: readonly Event[]): void {
  for (const e of evs) {
    if (e.t === 'Q') {
      const u = e.q.unit ? ` ${e.q.unit.key}` : '';
      cx.trace!.push(`  quantity ${e.q.value}${u} from "${text(cx, e.q.start, e.q.end)}"${e.each ? ' (each)' : ''}${e.dead ? ' (not an order)' : ''}`);
    } else if (e.t === 'NP') {
      const hits = e.np.hits.map((h) => (h.weight === 1 ? h.concept : `${h.concept}~${h.weight}`)).join(' + ');
      cx.trace!.push(`  product phrase "${phraseOf(cx, e.np)}" → ${hits || 'no catalog word'}${e.np.unknown ? `, ${e.np.unknown} unknown word(s)` : ''}`);
    } else cx.trace!.push(`  ${e.t === 'EACH' ? '"each" marker' : 'correction marker'}`);
  }
  if (evs.length === 0 && !c.dead) cx.trace!.push('  (no quantity or product)');
}

export function traceResult(cx: ParseContext, stage: string): void {
  for (const l of cx.lines) cx.trace!.push(`${stage}: line ${skuOf(cx.m, l.product)} × ${l.qty}${l.implied ? ' (implied one)' : ''}`);
  for (const u of cx.unresolved) cx.trace!.push(`${stage}: ask about "${u.phrase}" × ${u.qty}${u.candidates.length ? ` among ${u.candidates.join(', ')}` : ' (no product fits)'}`);
}
