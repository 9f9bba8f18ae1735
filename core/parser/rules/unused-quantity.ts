/**
 * A quantity the customer wrote in an ordering clause ("…, 1 hộp 100 viên", "mà thôi lấy 5 mét") that no line or
 * question took is an amount of something the reading did not understand: the cart would hold less than, or other
 * than, what was asked. Ask instead. Prices, times, dates and amounts in questions or past reports are not read as
 * quantities of an order (the scan marks those dead), and a bare number that splits a line ("2 khăn, 1 cho mẹ")
 * carries no unit.
 */
import { brokenOff, isWord } from '../context.ts';
import type { ParseContext } from '../context.ts';
import { PRONOUNS, WordSet } from '../lexicon.ts';
import type { MessageDoubt, ReviewRule } from './rule.ts';
import { PACKING_VERBS, SEND, sentSum } from '../shares.ts';

/** Words after a count that give it to someone ("1 hộp biếu mẹ", "1 bộ cho em"). */
const FOR_WHOM = new WordSet(['cho', 'biếu', 'tặng', 'làm', 'để', 'for']);

/**
 * The amount at [start, end) is a share of a line sent somewhere ("lấy 2 hộp quà, 1 hộp gửi Hà Nội, 1 hộp gửi Bắc
 * Ninh"): the shares sent add up to a line (not "combo 2 bộ, 1 bộ gửi Cần Thơ" read as 3), and no line was placed
 * among them ("1 bộ gửi Cần Thơ" read as goods is no share).
 */
function sentShare(cx: ParseContext, start: number, end: number): boolean {
  if (!SEND.has(cx.ts[end])) return false;
  const sum = sentSum(cx);
  return cx.lines.some((l) => l.qty === sum) && cx.lines.every((l) => (l.np?.end ?? 0) <= start);
}

/** Family and people words after "cho", "biếu": who a share is for (not "cho chắc", to be safe). */
const PEOPLE = new WordSet(['mẹ', 'bố', 'ba', 'má', 'ông', 'bà', 'bé', 'con', 'cháu', 'vợ', 'chồng', 'sếp', 'nhà', 'người', 'bạn']);

function forSomeone(cx: ParseContext, j: number): boolean {
  return PRONOUNS.has(cx.ts[j]) || PEOPLE.has(cx.ts[j]);
}

/** Words that restate an amount in other words ("2 thùng cam 10kg, tức 20kg", "30 cái, tức 3 hộp"). */
const RESTATES = new WordSet(['tức', 'nghĩa', 'i.e', 'ie']);

/** Notes after a share of a line ("3 suất, 1 suất ko rau", "2 con vịt, 1 con để nguyên 1 con chặt"). */
const SHARE_NOTES = new WordSet(['ko', 'không', 'k', 'khong', 'thêm', 'để', 'chặt', 'nhiều', 'ít', 'without', 'extra', 'no']);

/**
 * The amount restates or splits what was ordered: after "tức" (that is), after "trong đó" (of which), in parentheses
 * with "đó" ("(8 quả đó shop)"), or a share no larger than a line, followed by a note on how to make it.
 */
function restatesOrShares(cx: ParseContext, start: number, end: number, value: number): boolean {
  const ts = cx.ts;
  const before = ts[start - 1];
  if (RESTATES.has(before) || (before?.fold === 'la' && RESTATES.has(ts[start - 2]))) return true;
  if (before?.fold === 'do' && ts[start - 2]?.fold === 'trong') return true;
  if (before?.raw === '(' && ts[end]?.fold === 'do') return true;
  return SHARE_NOTES.has(ts[end]) && cx.lines.some((l) => l.qty >= value);
}

/** Words before a person's height or weight ("cao 1m7", "nặng 65kg"). */
const BODY = new WordSet(['cao', 'nặng']);

/** Words that introduce a size ("khổ 1m2", "size 40"). */
const SIZE_LEADS = new WordSet(['khổ', 'size', 'cỡ', 'dài', 'rộng']);

/**
 * "1 can 5 lít", "1 can 60 độ 2 lít", "vải khổ 1m2": a measure right after a count, a phrase or a size word describes
 * the container or the goods before it; it is no amount of its own.
 */
function describesBefore(cx: ParseContext, start: number): boolean {
  const before = cx.ts[start - 1];
  if (!isWord(before)) return false;
  if (SIZE_LEADS.has(before)) return true;
  return cx.events.some((o) => (o.t === 'Q' ? o.q.end : o.t === 'NP' ? o.np.end : -1) === start);
}

export const unusedQuantity: ReviewRule = {
  name: 'unused-quantity',
  why: 'an amount with its unit in an ordering clause that no line took is an item the reading missed',
  reviewMessage(cx: ParseContext): MessageDoubt[] {
    if (cx.lines.length === 0 || cx.unresolved.length > 0) return [];
    for (let k = 0; k < cx.events.length; k++) {
      const e = cx.events[k]!;
      const c = cx.eventClauses[k]!;
      if (e.t !== 'Q' || e.dead || c.dead || cx.usedQ.has(e.q) || (e.q.unit === null && !e.q.label && !e.q.x) || e.q.words) continue;
      if (e.q.unit !== null && e.q.unit.dim !== 'count' && e.q.unit.dim !== 'pair' && describesBefore(cx, e.q.start)) continue;
      // "…, e cao 1m7 nặng 65kg": how tall or heavy the customer is, to choose the size; no amount of goods.
      if (e.q.unit !== null && (e.q.unit.dim === 'length' || e.q.unit.dim === 'mass') && BODY.has(cx.ts[e.q.start - 1])) continue;
      // "2 hộp trà gừng, 1 hộp biếu mẹ": a share of a line, given to someone.
      if (FOR_WHOM.has(cx.ts[e.q.end]) && forSomeone(cx, e.q.end + 1)) continue;
      // "…, 1 hộp gửi Hà Nội, 1 hộp gửi Bắc Ninh": a share of a line, sent somewhere.
      if (sentShare(cx, e.q.start, e.q.end)) continue;
      // "gói 2 hộp quà riêng", "chia 3 túi": how to wrap or split what was ordered, no amount of goods.
      if (PACKING_VERBS.has(cx.ts[e.q.start - 1])) continue;
      if (restatesOrShares(cx, e.q.start, e.q.end, e.q.value)) continue;
      // "1 can 5 lít": a container followed by what it holds, counted by the amount after it.
      if (cx.events.some((o) => o.t === 'Q' && o.q.start === e.q.end && cx.usedQ.has(o.q))) continue;
      if (c.cancel || c.priceCheck || c.address || c.payment || c.hardQ || c.softQ || cx.sentenceQuestion[c.sentence]) continue;
      if (brokenOff(cx, e.q.end)) continue;
      return [{ phrase: '', qty: e.q.value, reason: `the amount ${e.q.value} ${e.q.unit?.key ?? ''} went on no line`, candidates: [] }];
    }
    return [];
  },
};
