/**
 * A product phrase in a clause that orders, which the reading neither placed nor asked about, is an item the
 * customer wanted and the parser could not pair ("cho e 1kg long nhãn vs 1kg hạt sen" losing the second). A lost
 * line is as wrong as a wrong one: ask about it. A phrase naming a product already in the cart is a re-mention;
 * a phrase in a question, a past report or a cancelled sentence orders nothing.
 */
import { DIRECTIONS, isWord, phraseOf } from '../context.ts';
import { fold } from '../normalize.ts';
import { CHO, EACH_HEAD, NEG_FINAL, PARTICLES, PRONOUNS, WordSet } from '../lexicon.ts';
import type { NounPhrase, ParseContext } from '../context.ts';
import { isHead, namesVariant, resolveConcepts } from '../matcher.ts';
import { UNITS } from '../numbers.ts';
import { packedInto } from '../shares.ts';
import type { MessageDoubt, ReviewRule } from './rule.ts';

/** Words before a phrase that make it a purpose, a beneficiary or what holds the item ("làm quà", "tặng mẹ", "cho bé", "trong bộ 4 món"), not an item. */
const PURPOSE_BEFORE = new WordSet(['làm', 'tặng', 'biếu', 'dùng', 'để', 'như', 'trong']);
/** Words before a phrase that make it a note on how to make the dish ("ko hành", "ít rau", "nhiều nước chấm"). */
const NOTE_BEFORE = new WordSet(['ít', 'nhiều', 'không', 'ko', 'k', 'hông', 'khỏi']);
/** Words that open a delivery address or a contact ("giao về …", "ship đến …", "ĐC: …", "gọi số …"). */
const ADDRESS_WORDS = new WordSet(['giao', 'ship', 'gửi', 'đc', 'địa', 'nhận', 'gọi', 'số', 'xuất']);

/** Words between goods and what rules them out: "(còn) X thì thôi". */
const RULED_OUT_THEN = new WordSet(['thì', 'còn']);

/** From k on, the clause only rules out what came before: "(thì) thôi", "(thì) ko cần", "khỏi" and particles. */
function ruledOutAfter(cx: ParseContext, k: number, end: number): boolean {
  let j = k;
  while (j < end && RULED_OUT_THEN.has(cx.ts[j])) j++;
  const t = cx.ts[j];
  const n = cx.ts[j + 1];
  if (!isWord(t)) return false;
  let after: number;
  // ("thôi" after "thì" only: "son dừa 5 thôi" is five of them and no more.)
  if ((t.fold === 'thoi' && j > k) || t.fold === 'khoi') after = j + 1;
  else if (NEG_FINAL.has(t) && isWord(n) && n.fold === 'can') after = j + 2;
  else return false;
  for (let i = after; i < end; i++) if (isWord(cx.ts[i]) && !PARTICLES.has(cx.ts[i]!)) return false;
  return true;
}

/** At most this many buttons are offered for a phrase that fits several products. */
const MAX_CANDIDATES = 6;

export const droppedPhrase: ReviewRule = {
  name: 'dropped-phrase',
  why: 'a product phrase in an ordering clause that no line or question accounts for is a lost item',
  reviewMessage(cx: ParseContext): MessageDoubt[] {
    // Only a message the reading found an order in: a request for a quote or a photo places nothing to lose.
    if (cx.lines.length === 0 && cx.unresolved.length === 0) return [];
    const placed = new Set(cx.lines.map((l) => l.product));
    const used = new Set<NounPhrase>();
    for (const m of cx.mentions) if (m.line !== null || m.unresolved !== null) used.add(m.np);
    for (const l of cx.lines) if (l.np) used.add(l.np);
    const out: MessageDoubt[] = [];
    cx.events.forEach((e, k) => {
      const c = cx.eventClauses[k]!;
      if (e.t !== 'NP' || c.dead || used.has(e.np)) return;
      const np = e.np;
      // Only words the catalog knows as written: "gọi" (call) read as "gói" is no evidence of an item.
      if (np.allCaps || np.headUnknown || !np.hits.some((h) => h.weight >= 1)) return;
      // "giò bò thì thôi", "nước chấm ko cần", "tôm rim khỏi": goods the customer rules out are no lost item.
      if (ruledOutAfter(cx, np.end, c.end)) return;
      // "mèo nhà em 4 tháng tuổi", "bé nhà mình": the customer's own pet or child, said for context, is no item.
      // (The phrase may have taken "nhà" in, where the catalog has the word: "mèo nhà" + "em".)
      const home = cx.ts[np.end];
      const took = cx.ts[np.end - 1];
      if ((isWord(home) && home.fold === 'nha' && PRONOUNS.has(cx.ts[np.end + 1])) ||
        (np.end - np.start > 1 && isWord(took) && took.fold === 'nha' && PRONOUNS.has(home))) return;
      // "làm quà", "cho bé", "cho 3 bé nhà em": a purpose or the people it is for.
      for (const b of [cx.ts[np.start - 1], cx.ts[np.start - 2]]) if (isWord(b) && (PURPOSE_BEFORE.has(b) || CHO.has(b))) return;
      // "1 suất thường ko hành nhé", "…, ít rau nhé": after a placed line, a bare ingredient with "ít", "nhiều" or a
      // negation is how to make it, not another item.
      const note = cx.ts[np.start - 1];
      if (isWord(note) && NOTE_BEFORE.has(note) && cx.lines.some((l) => l.np !== undefined && l.np !== null && l.np.end <= np.start)) return;
      // "mình có 2 bé, mỗi bé 1 mặt nạ": what a later "mỗi" counts per is who the goods are for (per-head.ts).
      if (np.end - np.start === 1 && cx.ts.some((t, j) => j > np.start && isWord(t) && t.fold === cx.ts[np.start]!.fold && isWord(cx.ts[j - 1]) && EACH_HEAD.has(cx.ts[j - 1]!))) return;
      // "đóng 4 túi nửa cân": the size of the packs a line is to be packed into (shares.ts) is no item; goods named
      // there are ("chia 4 giỏ tre", where the shop sells the baskets).
      const counted = cx.events[k - 1];
      if (counted?.t === 'Q' && counted.q.end === np.start && packedInto(cx, counted.q.start) && !np.hits.some((h) => isHead(cx.m, h.concept))) return;
      // A lone classifier or container ("gói thành 10 túi") names no product.
      if (cx.ts.slice(np.start, np.end).every((t) => !isWord(t) || UNITS.get(t) !== undefined)) return;
      // After a delivery or contact word in the same clause, catalog words are place names ("giao về Hà Đông").
      for (let j = c.start; j < np.start; j++) {
        const t = cx.ts[j];
        if (isWord(t) && (ADDRESS_WORDS.has(t) || DIRECTIONS.has(t))) return;
      }
      // The words of a set already in the cart, listing what it holds ("combo giày + thắt lưng"); matched inside the
      // name's letters so that a short form ("rob" for "robusta") counts too.
      const words = cx.ts.slice(np.start, np.end).filter(isWord).map((t) => t.fold);
      for (const p of placed) {
        const name = fold(cx.m.products[p]!.name.toLowerCase());
        if (words.every((w) => name.includes(w))) return;
      }
      // A phrase that overlaps one that was placed or asked about is the same words read twice.
      for (const u of used) if (u.start < np.end && np.start < u.end) return;
      // "đèn lồng tròn đỏ 60cm treo cổng", "tiêu đen lẻ": a lone word naming no kind of thing, right after a phrase
      // that was placed, is said of that product (where it goes, that it is bought singly), not another item.
      if (np.hits.length === 1 && !isHead(cx.m, np.hits[0]!.concept) && [...used].some((u) => u.end === np.start)) return;
      // "e bán lại", "tặng mẹ", "để treo ban thờ", "đơn cũ": after a line was placed, words that name no kind of thing
      // (no head noun of the catalog among them) say what the goods are for, not another item.
      // (Only after a placed line, and not a size, colour or grade: "à nhầm size L" corrects the line.)
      if (!np.hits.some((h) => isHead(cx.m, h.concept) || namesVariant(cx.m, h.concept)) &&
        cx.lines.some((l) => l.np !== undefined && l.np !== null && l.np.end <= np.start)) return;
      const r = resolveConcepts(cx.m, np.hits, null, np.unknownAttr);
      // (In a clause that adds more, "…, thêm 1kg loại 1 nữa", goods placed from an earlier clause are no re-mention:
      // the phrase is the more the customer asks for.)
      const mentioned = c.more ? new Set(cx.lines.filter((l) => l.np != null && l.np.start >= c.start && l.np.end <= c.end).map((l) => l.product)) : placed;
      if (r.candidates.length === 0 || r.candidates.some((p) => mentioned.has(p))) return;
      out.push({
        phrase: phraseOf(cx, np),
        qty: 1,
        reason: 'ordered but not paired with a quantity or a line',
        candidates: r.conflict ? [] : r.candidates.slice(0, MAX_CANDIDATES),
      });
    });
    return out;
  },
};
