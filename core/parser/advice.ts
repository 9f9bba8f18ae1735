/**
 * "Shop ơi mình muốn mua áo phao cho cả nhà, tư vấn giúp mình", "Mình muốn mua quà cho mẹ tầm 500k, shop gợi ý giúp":
 * a sentence that asks the shop for advice names goods to talk about. What it names without an amount is no order,
 * and no question of which product either: the shop answers with advice. An amount said ("tư vấn giúp rồi gửi 2 bịch
 * bỉm quần") is still ordered as read.
 */
import { closesClause, isWord } from './context.ts';
import type { Clause, ParseContext } from './context.ts';
import { CHO, NEG_FINAL, PRONOUNS, WordSet } from './lexicon.ts';
import { SHIP_VERBS } from './verb-words.ts';
import { CAN_DO } from './inquiries.ts';

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

/** Verbs of buying (not of sending: "ship", "gửi" ask about delivery here). */
const BUYING = new WordSet(['lấy', 'mua', 'đặt', 'chốt', 'order', 'buy', 'take']);

/** A verb of sending at i, and the clause closes on "được không" ("ship cá đi Đà Nẵng được không shop"). */
function canShipAt(cx: ParseContext, c: Clause, i: number): boolean {
  if (!SHIP_VERBS.has(cx.ts[i])) return false;
  for (let k = i + 1; k < c.end; k++) {
    const t = cx.ts[k];
    if (isWord(t) && CAN_DO.has(t.fold) && isWord(cx.ts[k + 1]) && NEG_FINAL.has(cx.ts[k + 1]!) && closesClause(cx, k + 2, c.end, true)) return true;
  }
  return false;
}

export function adviceOnly(cx: ParseContext): void {
  const asking = new Set<number>();
  // ("… chưa biết lấy loại nào, tư vấn giúp e": asking which kind, the buttons of the kinds are the answer.)
  const which = new Set<number>();
  // ("mình muốn mua lạp xưởng làm quà, loại nào ngon": asking which kind is best, with no amount anywhere and no word of
  // advice, asks the shop to choose as "tư vấn" does.)
  let choosing = new Set<number>();
  // ("mình ở Sài Gòn, ship bánh gai vào được không?": asking whether the goods can be sent, with no verb of buying and
  // no amount in the message, names them to talk about too.)
  let shipping = new Set<number>();
  for (const c of cx.clauses) {
    for (let i = c.start; i < c.end; i++) {
      const a = cx.ts[i];
      if (asksAdviceAt(cx, i)) asking.add(c.sentence);
      if (whichKindAt(cx, i)) choosing.add(c.sentence);
      if (canShipAt(cx, c, i)) shipping.add(c.sentence);
      if (isWord(a) && (a.fold === 'nao' || a.low === 'mấy')) which.add(c.sentence);
    }
  }
  if (asking.size === 0 && choosing.size === 0 && shipping.size === 0) return;
  // (Read only where a sentence chooses or asks about sending, as few messages do.)
  if (choosing.size > 0 || shipping.size > 0) {
    const counted = cx.ts.some((t) => isWord(t) && /^\d/.test(t.low));
    const ordering = cx.ts.some((t, k) => isWord(t) && (BUYING.has(t) || (CHO.has(t) && isWord(cx.ts[k + 1]) && PRONOUNS.has(cx.ts[k + 1]!))));
    if (counted) choosing = new Set();
    if (counted || ordering) shipping = new Set();
  }
  for (const m of cx.mentions) {
    const advised = asking.has(m.sentence) && !which.has(m.sentence);
    // (Goods the customer asks to have sent, with no amount, "ship bánh gai vào được không", are only talked about.)
    const sent = shipping.has(m.sentence) && (m.q === null || m.q === undefined);
    if (!advised && !sent && !(choosing.has(m.sentence) && !asking.has(m.sentence))) continue;
    // (Not goods taken with a verb of its own, "vậy lấy cái tote size L màu be shop gợi ý nha".)
    const clause = cx.clauses.find((c) => c.start <= m.np.start && m.np.end <= c.end);
    if (!sent && clause !== undefined && clause.verb && !WISH.some((w) => cx.ts.slice(clause.start, m.np.start).some((t) => isWord(t) && t.fold === w))) continue;
    if (sent && m.unresolved !== null && cx.unresolved.includes(m.unresolved)) {
      cx.unresolved.splice(cx.unresolved.indexOf(m.unresolved), 1);
      continue;
    }
    if (m.line !== null && (m.line.implied || sent) && cx.lines.includes(m.line)) {
      cx.lines.splice(cx.lines.indexOf(m.line), 1);
      cx.trace?.push(`advice: "${cx.m.products[m.line.product]!.sku}" named in a request for advice, no order`);
    }
    if (m.unresolved !== null && m.unresolved.implied && cx.unresolved.includes(m.unresolved)) cx.unresolved.splice(cx.unresolved.indexOf(m.unresolved), 1);
  }
}
