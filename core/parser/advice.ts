/**
 * "Shop ơi mình muốn mua áo phao cho cả nhà, tư vấn giúp mình", "Mình muốn mua quà cho mẹ tầm 500k, shop gợi ý giúp":
 * a sentence that asks the shop for advice names goods to talk about. What it names without an amount is no order,
 * and no question of which product either: the shop answers with advice. An amount said ("tư vấn giúp rồi gửi 2 bịch
 * bỉm quần") is still ordered as read.
 */
import { isWord } from './context.ts';
import type { ParseContext } from './context.ts';

/** Words of a wish rather than an order: "muốn mua", "cần", "định". */
const WISH = ['muon', 'can', 'dinh', 'tinh'];

/** "tư vấn", "gợi ý" at i: the customer asks the shop for advice. */
export function asksAdviceAt(cx: ParseContext, i: number): boolean {
  const a = cx.ts[i];
  const b = cx.ts[i + 1];
  return isWord(a) && isWord(b) && ((a.fold === 'tu' && b.fold === 'van') || (a.fold === 'goi' && b.fold === 'y'));
}

/** Words of a kind before "nào": "loại nào", "cái nào", "mẫu nào", "màu nào", "hãng nào". */
const KIND_WORDS = new Set(['loai', 'cai', 'mau', 'hang', 'kieu', 'size', 'co', 'dong', 'vi']);

/** "loại nào", "cái nào", "mẫu nào" at i: which kind. */
function whichKindAt(cx: ParseContext, i: number): boolean {
  const a = cx.ts[i];
  const b = cx.ts[i + 1];
  return isWord(a) && isWord(b) && KIND_WORDS.has(a.fold) && (b.low === 'nào' || (!b.accented && b.fold === 'nao'));
}

export function adviceOnly(cx: ParseContext): void {
  const asking = new Set<number>();
  // ("… chưa biết lấy loại nào, tư vấn giúp e": asking which kind, the buttons of the kinds are the answer.)
  const which = new Set<number>();
  // ("mình muốn mua lạp xưởng làm quà, loại nào ngon": asking which kind is best, with no amount anywhere and no word of
  // advice, asks the shop to choose as "tư vấn" does.)
  const counted = cx.ts.some((t) => isWord(t) && /^\d/.test(t.low));
  const choosing = new Set<number>();
  for (const c of cx.clauses) {
    for (let i = c.start; i < c.end; i++) {
      const a = cx.ts[i];
      if (asksAdviceAt(cx, i)) asking.add(c.sentence);
      if (!counted && whichKindAt(cx, i)) choosing.add(c.sentence);
      if (isWord(a) && (a.fold === 'nao' || a.low === 'mấy')) which.add(c.sentence);
    }
  }
  if (asking.size === 0 && choosing.size === 0) return;
  for (const m of cx.mentions) {
    const advised = asking.has(m.sentence) && !which.has(m.sentence);
    if (!advised && !(choosing.has(m.sentence) && !asking.has(m.sentence))) continue;
    // (Not goods taken with a verb of its own, "vậy lấy cái tote size L màu be shop gợi ý nha".)
    const clause = cx.clauses.find((c) => c.start <= m.np.start && m.np.end <= c.end);
    if (clause !== undefined && clause.verb && !WISH.some((w) => cx.ts.slice(clause.start, m.np.start).some((t) => isWord(t) && t.fold === w))) continue;
    if (m.line !== null && m.line.implied && cx.lines.includes(m.line)) {
      cx.lines.splice(cx.lines.indexOf(m.line), 1);
      cx.trace?.push(`advice: "${cx.m.products[m.line.product]!.sku}" named in a request for advice, no order`);
    }
    if (m.unresolved !== null && m.unresolved.implied && cx.unresolved.includes(m.unresolved)) cx.unresolved.splice(cx.unresolved.indexOf(m.unresolved), 1);
  }
}
