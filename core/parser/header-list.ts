/**
 * A header and its list: "2 chăn hè 1m6: 1 xanh 1 hồng", "vòng đen: S 1 cái, M 2 cái, L 1 cái", "Lấy 2 thác khói:
 * 1 hoa sen, 1 tháp 9 tầng". A product phrase followed by a colon names what the items after it share; each item
 * adds what tells it apart. Read with the header, every item must name exactly one product (none of them fitting
 * nothing), and the items' amounts must add up to the header's when it has one; then the items are the lines and
 * the header is no line of its own. Otherwise the reading stays as it was. Without a colon, a header left open among
 * siblings is spelled out so by the counted items right after it ("mua 2 con chuột ko dây 1 đen 1 trắng").
 */
import { isProductUnit, productHas, plainConcept, resolveConcepts } from './matcher.ts';
import { addsMore, headOf, isWord, lookup } from './context.ts';
import { UNITS } from './numbers.ts';
import type { Line, Mention, ParseContext } from './context.ts';
import { convert } from './convert.ts';
import { countedForWhom } from './for-whom.ts';
import { CHO } from './lexicon.ts';

export function headerLists(cx: ParseContext): void {
  for (let h = 0; h < cx.mentions.length; h++) {
    const head = cx.mentions[h]!;
    if (head.np.hits.length === 0) continue;
    const items = listAfterColon(cx, h) ?? splitAfterCount(cx, h);
    if (items === null) continue;
    const planned: { item: Mention; line: Line }[] = [];
    for (const item of items) {
      const hits = [...head.np.hits];
      for (const x of item.np.hits) if (!hits.some((y) => y.concept === x.concept)) hits.push(x);
      const r = resolveConcepts(cx.m, hits, item.q!.unit, head.np.unknownAttr || item.np.unknownAttr, headOf(cx, head.np));
      const p = r.candidates[0];
      if (r.conflict || r.candidates.length !== 1 || p === undefined) break;
      if (!item.np.hits.every((x) => productHas(cx.m, p, x.concept) || productHas(cx.m, p, plainConcept(x.concept)))) break;
      if (planned.some((x) => x.line.product === p)) break;
      const qty = convert(cx, item.q!, p);
      if (qty === null || qty <= 0) break;
      // The line is read from the item's words and the header's (its head noun is the header's).
      planned.push({ item, line: { product: p, qty, implied: false, np: { ...item.np, hits }, q: item.q, header: head.np } });
    }
    if (planned.length !== items.length) continue;
    if (head.q && Math.abs(planned.reduce((n, x) => n + x.item.q!.value, 0) - head.q.value) > 1e-9) continue;
    // Apply: the items become the lines, the header and what was read of the items before go.
    for (const m of [head, ...items]) {
      if (m.unresolved) cx.unresolved.splice(cx.unresolved.indexOf(m.unresolved), 1);
      if (m.line) {
        const k = cx.lines.indexOf(m.line);
        if (k >= 0) cx.lines.splice(k, 1);
      }
      m.unresolved = null;
      m.line = null;
    }
    for (const { item, line } of planned) {
      cx.lines.push(line);
      item.line = line;
    }
    head.line = planned[0]!.line;
    cx.lastLine = planned[planned.length - 1]!.line;
    cx.trace?.push(`header-list: "${cx.ts.slice(head.np.start, head.np.end).map((t) => t.raw).join(' ')}" over ${planned.length} items`);
  }
}

/** The items after a header's colon, up to the end of its sentence. */
function listAfterColon(cx: ParseContext, h: number): Mention[] | null {
  const head = cx.mentions[h]!;
  // ("4 set cho 4 đứa cháu: …": whom they are for may stand between the header and its colon.)
  const forWhom = CHO.has(cx.ts[head.np.end]) ? countedForWhom(cx, head.np.end + 1) : 0;
  const colon = forWhom > 0 ? forWhom : head.np.end;
  if (cx.ts[colon]?.kind !== 'colon') return null;
  let stop = cx.ts.findIndex((t, j) => j > colon && t.kind === 'hard');
  if (stop < 0) stop = cx.ts.length;
  const items = cx.mentions.filter((m, k) => k > h && m.np.start > colon && m.np.end <= stop && m.sentence === head.sentence && !m.asked);
  return items.length < 2 || items.some((m) => !m.q) ? null : items;
}

/**
 * Without a colon ("mua 2 con chuột ko dây 1 đen 1 trắng", "2 lò vi sóng 20L 1 samsung 1 sunhouse"): a counted
 * header that could be several siblings, followed at once by counted items whose amounts add up to exactly its own.
 */
function splitAfterCount(cx: ParseContext, h: number): Mention[] | null {
  const head = cx.mentions[h]!;
  if (!head.unresolved || head.unresolved.candidates.length < 2 || head.asked) return null;
  const items: Mention[] = [];
  let sum = 0;
  // (Each item adds what tells it apart; one naming the goods afresh, "5 quạt trơn", or adding more, "thêm 5 … nữa",
  // is a line of its own.)
  const own = headOf(cx, head.np);
  const saysOwn = (m: Mention): boolean => {
    if (own === null || own === undefined) return false;
    // (A classifier said again, "1 hũ loại cay", is no fresh name.)
    for (let j = m.np.start; j < m.np.end; j++) {
      const t = cx.ts[j];
      if (isWord(t) && UNITS.get(t) === undefined && !isProductUnit(cx.m, t.fold) && lookup(cx, j)?.concept === own) return true;
    }
    return false;
  };
  const fresh = (m: Mention): boolean => saysOwn(m) || addsMore(cx, m.np);
  if (!head.q) {
    for (let k = h + 1; k < cx.mentions.length; k++) {
      const m = cx.mentions[k]!;
      if (m.sentence !== head.sentence || m.asked || !m.q || m.np.hits.length === 0 || fresh(m)) break;
      items.push(m);
    }
    return items.length >= 2 ? items : null;
  }
  for (let k = h + 1; k < cx.mentions.length && sum < head.q.value - 1e-9; k++) {
    const m = cx.mentions[k]!;
    if (m.sentence !== head.sentence || m.asked || !m.q || m.np.hits.length === 0 || fresh(m)) return null;
    items.push(m);
    sum += m.q.value;
  }
  return items.length >= 2 && Math.abs(sum - head.q.value) < 1e-9 ? items : null;
}
