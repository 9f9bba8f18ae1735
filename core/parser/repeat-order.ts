/**
 * "Hôm bữa lấy 5 chậu lam 30 rồi, bữa nay lấy y vậy", "năm ngoái e đặt 50 hộp quà 2 chai, năm nay đặt lại y như vậy",
 * "lần trước lấy 5 liềm răng cưa, lần này lấy gấp đôi": an order that names no goods and no amount, only "the same"
 * (or twice, three times as much), after a past purchase told in the message with its amount, orders those goods
 * again, in that amount (or that many times it). A past purchase without an amount asks how many; goods that fit
 * more than one product ask which, as any phrase does.
 */
import { AS_BEFORE, NEGATIONS, WordSet } from './lexicon.ts';
import { isWord, lookup, phraseOf } from './context.ts';
import type { Clause, Event, Mention, ParseContext } from './context.ts';
import { place } from './place.ts';

/** After "y", "như", "giống" (as, AS_BEFORE), a word of "the same": "y vậy", "y chang", "như cũ", "y như vậy". */
const SAME = new WordSet(['vậy', 'chang', 'cũ', 'thế', 'trước']);
/** "gấp đôi", "gấp ba": twice, three times as much. */
const TIMES = new Map([['doi', 2], ['2', 2], ['ba', 3], ['3', 3]]);

/**
 * How many times the past amount the clause orders: 1 for "the same", 2 for "gấp đôi"; 0 when it says neither. `at`
 * is where the word of times is ("đôi"), or -1.
 */
function timesSaid(cx: ParseContext, c: Clause): { k: number; at: number } {
  const ts = cx.ts;
  for (let i = c.start; i < c.end - 1; i++) {
    const t = ts[i];
    const n = ts[i + 1];
    if (!isWord(t) || !isWord(n)) continue;
    if (AS_BEFORE.has(t) && (SAME.has(n) || (AS_BEFORE.has(n) && isWord(ts[i + 2]) && SAME.has(ts[i + 2]!)))) return { k: 1, at: -1 };
    if (t.fold === 'gap' && TIMES.has(n.fold)) return { k: TIMES.get(n.fold)!, at: i + 1 };
  }
  return { k: 0, at: -1 };
}

export function repeatsPast(cx: ParseContext, c: Clause, evs: readonly Event[]): boolean {
  if (c.dead || c.past || !c.verb) return false;
  const { k, at } = timesSaid(cx, c);
  // ("lần này lấy gấp đôi" where a name has "đôi", "Cốc đôi khắc tên": the word of times read as goods names none.)
  if (k === 0 || evs.some((e) => !(e.t === 'NP' && e.np.start === at && e.np.end === at + 1))) return false;
  const past: Mention[] = cx.mentions.filter((m) => m.asked && m.np.end <= c.start && cx.clauses.some((b) => b.past && b.start <= m.np.start && m.np.end <= b.end));
  if (past.length === 0) return false;
  for (const m of past) {
    const again: Mention = { np: m.np, line: null, unresolved: null, sentence: c.sentence, explicit: true, asked: false, q: m.q };
    cx.mentions.push(again);
    // (Told with no amount, "năm ngoái e lấy giỏ quà nâu, năm nay lấy y vậy": the goods are known, not how many.)
    if (m.q === undefined || m.q === null) cx.unresolved.push({ phrase: phraseOf(cx, m.np), qty: 1, candidates: [], implied: false });
    else place(cx, again, { ...m.q, value: m.q.value * k }, false, false);
  }
  cx.trace?.push(`repeat: the past purchase again${k > 1 ? ` × ${k}` : ''}`);
  return true;
}

/** Times an earlier order was placed: "lần trước", "hôm qua", "tháng trước", "mọi khi". */
const TIME_UNITS = new WordSet(['lần', 'hôm', 'tháng', 'tuần', 'năm', 'đợt', 'bữa', 'kỳ', 'buổi']);
const BEFORE = new WordSet(['trước', 'trc', 'qua', 'bữa', 'rồi']);
const EVERY = new WordSet(['mọi']);
const ORDER_WORDS = new WordSet(['đơn']);
/** "sđt như lần trước": the phone number is the one given before. */
const PHONE_WORDS = new WordSet(['sđt', 'sdt', 'số', 'đt', 'dt', 'địa', 'chỉ', 'đc']);

/** Clause b holds a number or a word of the catalog. */
function namesGoods(cx: ParseContext, b: Clause): boolean {
  for (let k = b.start; k < b.end; k++) if (isWord(cx.ts[k]) && (/^\d/.test(cx.ts[k]!.low) || lookup(cx, k) !== null)) return true;
  return false;
}

/**
 * "lấy như lần trước nhé c", "giống đơn tuần trước nha chị", "khách quen đây, như mọi khi nhé": an earlier order asked
 * for again with nothing of it told in the message. The shop has to say which goods it was (and the cart has no memory
 * of orders across the group's households), so the message asks. Not said of goods named ("lấy 2 bánh to như mọi
 * khi"), of what a colon lists ("như lần trước: 2 áo trắng XL"), in a complaint ("không giòn như lần trước"), in the
 * future, nor after a new phone number ("sđt … nhé, đơn như hôm trước": the order stays as it is).
 */
export function repeatsUnnamed(cx: ParseContext, c: Clause, evs: readonly Event[]): boolean {
  if (c.dead || c.past || c.future || c.neg || cx.ts[c.end]?.kind === 'colon') return false;
  const ts = cx.ts;
  for (let i = c.start; i < c.end - 1; i++) {
    const t = ts[i];
    if (!isWord(t) || !AS_BEFORE.has(t)) continue;
    let k = i + 1;
    if (AS_BEFORE.has(ts[k])) k++;
    if (ORDER_WORDS.has(ts[k])) k++;
    const a = ts[k];
    const b = ts[k + 1];
    if (!(TIME_UNITS.has(a) || EVERY.has(a)) || !isWord(b) || (!BEFORE.has(b) && !(EVERY.has(a) && TIME_UNITS.has(b)) && b.fold !== 'khi')) continue;
    // (Words of the phrase itself read as goods or as "each" name none: "giống" of seedlings, "quà" typed "qua" in
    // "hôm qua", "moi" typed for "mỗi".)
    if (evs.some((e) => e.t === 'Q' || e.t === 'CORR' || (e.t === 'NP' && (e.np.start < i || e.np.end > k + 2)))) return false;
    if (ts.slice(c.start, i).some((w) => isWord(w) && NEGATIONS.has(w))) return false;
    if ((!c.verb && ts.some((w) => w.kind === 'phone')) || PHONE_WORDS.has(ts[i - 1])) return false;
    // ("như mọi lần nhé, 2 lốc tổ ong xanh": goods another clause orders are what was bought before; "…, thêm 1 cân
    // đinh" adds to the order not told.)
    if (cx.clauses.some((b) => b !== c && !b.more && namesGoods(cx, b))) return false;
    cx.unresolved.push({ phrase: ts.slice(i, k + 2).map((w) => w.raw).join(' '), qty: 1, candidates: [], implied: false, repeat: true });
    cx.trace?.push('repeat: an earlier order not told, ask which goods');
    return true;
  }
  return false;
}
