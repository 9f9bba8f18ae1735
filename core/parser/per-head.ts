/**
 * "Nhà e 5 người, mỗi người 1 gói chè lam", "Lớp e 30 bạn, mỗi bạn 1 chai cát", "3 hộp quà, mỗi hộp kèm 1 túi
 * giữ nhiệt": an amount after "mỗi" + a noun is per each of those, and how many there are was said before in the
 * message ("5 người", "3 hộp") or, of people and other nouns that name no product, after it ("mỗi người 1 suất, nhà
 * e 4 người"). The amount ordered is that count times the amount said.
 */
import { EACH_HEAD, EACH_KIND, PRONOUNS, WordSet } from './lexicon.ts';
import { isWord, lookup } from './context.ts';
// (People counted by one noun and named each by another: "đoàn 12 khách, mỗi người 1 nón".)
import { PEOPLE } from './for-whom.ts';
import type { Event, ParseContext } from './context.ts';
import type { Token } from './normalize.ts';

/** Words that may stand between "mỗi hộp" and its amount ("mỗi hộp kèm 1 túi", "mỗi người lấy 1 gói"). */
const GLUE = new WordSet(['kèm', 'lấy', 'thêm', 'có', 'được', 'tặng', 'cho', 'thuê', 'mua', 'đặt', 'bỏ', 'giúp']);
/** Words that join another amount to the one said per head: "mỗi người 1 túi tròn với 1 mũ". */
const AND = new WordSet(['với', 'và', 'kèm', '+']);

/**
 * How many times the amount starting at token i counts, when it follows "mỗi" + a noun counted earlier; else 1. (A
 * number inside a product phrase read before counts nothing: "ngữ văn 6 tập 1 và tập 2 mỗi tập 3 cuốn" is three of
 * each book, not eighteen.)
 */
export function perHead(cx: ParseContext, i: number, evs: readonly Event[]): number {
  const own = perHeadAt(cx, i, evs);
  // (Or listed after it with a comma: "mỗi phòng 1 báo khói pin, 1 bình 1kg".)
  const joined = (isWord(cx.ts[i - 1]) && AND.has(cx.ts[i - 1]!)) || cx.ts[i - 1]?.kind === 'soft';
  if (own > 1 || !joined) return own;
  // "mỗi người 1 túi tròn với 1 mũ", "mỗi đèn kèm 1 bộ dây điện với 1 bóng": an amount joined to one said per head
  // is per head too.
  for (let j = i - 2; j >= Math.max(0, i - 12); j--) {
    const t = cx.ts[j];
    if (!isWord(t)) return 1;
    if (/^\d+$/.test(t.low) && isWord(cx.ts[j - 1])) return perHeadAt(cx, j, evs);
  }
  return 1;
}

function perHeadAt(cx: ParseContext, i: number, evs: readonly Event[]): number {
  const ts = cx.ts;
  let k = i - 1;
  // (Glue words between: "mỗi hộp kèm 1 túi", "mỗi giỏ bỏ thêm 1 gói", "mỗi khay bỏ giúp e 1 gói".)
  let glued = 0;
  if (isWord(ts[k]) && PRONOUNS.has(ts[k]!) && isWord(ts[k - 1]) && GLUE.has(ts[k - 1]!)) k--;
  while (glued < 2 && isWord(ts[k]) && GLUE.has(ts[k]!)) {
    k--;
    glued++;
  }
  const noun = ts[k];
  const each = ts[k - 1];
  // ("bát hương 16cm 2 cái, mỗi cái kèm 1 lọ hoa 30": "mỗi cái" glued to another amount is each of those counted, not
  // each kind.)
  if (!isWord(noun) || !isWord(each) || !EACH_HEAD.has(each) || (EACH_KIND.has(noun) && glued === 0) || /\d/.test(noun.low)) return 1;
  for (let j = k - 2; j >= 1; j--) {
    const t = ts[j];
    const n = ts[j - 1];
    if (isWord(t) && sameHead(t, noun) && isWord(n) && /^\d+$/.test(n.low) && !inPhrase(cx, evs, j - 1)) {
      const count = Number(n.low);
      return count > 1 && count <= 1000 ? count : 1;
    }
  }
  // "mỗi người 1 suất xôi gà, nhà e 4 người": the count said after, of a noun that names no product.
  if (lookup(cx, k) !== null) return 1;
  for (let j = i + 1; j < ts.length; j++) {
    const t = ts[j];
    const n = ts[j - 1];
    if (isWord(t) && sameHead(t, noun) && isWord(n) && /^\d+$/.test(n.low) && !EACH_HEAD.has(ts[j - 2])) {
      const count = Number(n.low);
      return count > 1 && count <= 1000 ? count : 1;
    }
  }
  return 1;
}

/** The noun counted is the one "mỗi" names: the same word, or both of people. */
function sameHead(t: Token, noun: Token): boolean {
  return t.fold === noun.fold || (PEOPLE.has(t) && PEOPLE.has(noun));
}

/** Token k lies inside a product phrase read before, in this clause or an earlier one. */
function inPhrase(cx: ParseContext, evs: readonly Event[], k: number): boolean {
  const covers = (e: Event): boolean => e.t === 'NP' && e.np.start <= k && e.np.end > k;
  return evs.some(covers) || cx.events.some(covers);
}
