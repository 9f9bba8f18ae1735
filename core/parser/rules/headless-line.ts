/**
 * "mua 1 áo dài" in a hat shop that sells "Nón vẽ thiếu nữ áo dài", "gửi qua Viettel" read as "quà" of "Hộp quà cho
 * bé", "mua lẻ" read as "Đũa bạc lẻ": when none of the words read names the product's kind (the head noun of its
 * name or of one of its aliases), the words describe something else the customer wants, or are no product at all.
 * A line placed on such words alone is a guess: ask, offering the product.
 */
import { isWord } from '../context.ts';
import type { Line, ParseContext } from '../context.ts';
import { isVietnameseSyllable } from '../normalize.ts';
import { headsProduct, isAttr, isHead, namedFully, plainConcept, productHeadsOf } from '../matcher.ts';
import type { Doubt, ReviewRule } from './rule.ts';

export const headlessLine: ReviewRule = {
  name: 'headless-line',
  why: 'a line whose words never name the kind of product placed (its head noun) is a guess',
  review(cx: ParseContext, line: Line): Doubt | null {
    const np = line.np;
    if (!np || np.hits.length === 0 || cx.en) return null;
    // Alone in a message, a modifier is the customer's short name for the product ("chồn 2 hộp" for the weasel
    // coffee); beside items named in full, it is another thing the shop may not sell.
    if (!cx.lines.some((l) => l !== line && l.np !== np)) return null;
    const hits = np.hits;
    // "mỗi màu 2 cái": one phrase spread over several lines names them by their shared words.
    if (cx.lines.some((l) => l !== line && l.np === np)) return null;
    // A correction names only what changes ("à nhầm, 3 cái nhỏ", "đổi sang gỗ hương").
    if (cx.events.some((e) => e.t === 'CORR') || cx.clauses.some((c) => c.cancel || (c.only && c.start > np.start))) return null;
    // Words that are no Vietnamese syllables ("bamboo blind") are read through the English synonyms.
    if (cx.ts.slice(np.start, np.end).some((t) => isWord(t) && !isVietnameseSyllable(t.fold))) return null;
    // "1 hộp kẹo sầu riêng, 1 hộp lá dứa": a list item that drops the head noun an earlier item gave.
    const heads = productHeadsOf(cx.m, line.product);
    for (const m of cx.mentions) {
      if (m.np === np || m.np.start >= np.start) continue;
      const p = m.line?.product;
      if (p !== undefined && p !== line.product && [...productHeadsOf(cx.m, p)].some((h) => heads.has(h))) return null;
      // "2 xấp lì xì hỗn hợp, thêm 1 xấp hỗn hợp nữa": the same product named again by words it was named with.
      if (p === line.product && hits.every((h) => m.np.hits.some((x) => x.concept === h.concept))) return null;
      const head = m.np.hits[0]?.concept;
      if (p !== line.product && head !== undefined && heads.has(head)) return null;
    }
    // Sizes, grades and other attributes stand for a sibling of a line named before ("…, 1kg 1 hũ", "à đổi sang 60cm").
    if (hits.some((h) => h.concept.includes(':') || isAttr(cx.m, h.concept))) return null;
    // "gửi qua Viettel" read as "quà": a guessed word with no number, beside items named in full, is no item.
    if (line.implied && hits.every((h) => h.weight < 1)) return { reason: 'only a guessed word, with no quantity', candidates: [line.product] };
    if (hits.some((h) => headsProduct(cx.m, line.product, h.concept))) return null;
    // "lấy 2 hồng trắng 1 hồng vàng" for the alias "hồng trắng": the words of a whole name or alias name the product,
    // though "hồng" is a colour too.
    if (hits.every((h) => h.weight >= 1) && namedFully(cx.m, line.product, new Set(hits.map((h) => plainConcept(h.concept))))) return null;
    // "cam thảo": a head noun of two syllables is read as two words.
    for (let k = 0; k + 1 < hits.length; k++) if (headsProduct(cx.m, line.product, hits[k]!.concept + hits[k + 1]!.concept)) return null;
    // Only words that head no product at all, or only guessed typos: modifiers with no noun, or no product.
    const modifiersOnly = hits.every((h) => !isHead(cx.m, h.concept));
    const guessed = hits.every((h) => h.weight < 1);
    if (!modifiersOnly && !guessed) return null;
    return { reason: 'no word of the phrase heads the product', candidates: [line.product] };
  },
};
