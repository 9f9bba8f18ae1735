/**
 * The shop's own short name, said word for word: "4 nem cua" when the stall sells "Nem cua bể rán (chiếc)" with the
 * alias "nem cua" beside boxes of raw ones ("Nem cua bể sống hộp 10 chiếc"); "2 hũ tiêu 100g" when "tiêu 100g" is
 * the alias of the black pepper and a white pepper comes in 100 g too. Every candidate holds the words said, but
 * the owner gave those very words, and no others, to one of them. Only when the words said are exactly one alias of
 * exactly one candidate; anything said beyond it ("hộp", "trắng") leaves the choice to the other rules.
 */
import { aliasConcepts, headsSet, nameConcepts, plainConcept, productHas, unitOf, wordSpellingCount } from './matcher.ts';
import { isWord, lookup } from './context.ts';
import { hasDiacritics } from './normalize.ts';
import type { Mention, ParseContext } from './context.ts';
import type { Quantity } from './numbers.ts';

export function namedByAlias(cx: ParseContext, m: Mention, q: Quantity | null, candidates: readonly number[]): number | null {
  const said = m.np.hits.filter((h) => !h.concept.startsWith('#')).map((h) => plainConcept(h.concept));
  // "lấy 2 cặp mặn" for the alias "cặp mặn" of a pair of cakes sold by the cặp: the word counted, read as the amount's
  // unit, is the alias's first word too.
  const unitHit = q !== null && q.unitIdx >= 0 && q.unitIdx + 1 === m.np.start ? lookup(cx, q.unitIdx) : null;
  const counted = unitHit === null ? null : [plainConcept(unitHit.concept), ...said];
  // (One word is the kind all candidates share, not a name.)
  if (said.length < 2 && counted === null) return null;
  // "banh trang me" typed bare where the catalog writes both "me" (tamarind) and "mè" (sesame): not word for word,
  // unless the shop wrote that alias bare too ("dau goi bo ket 500ml").
  let bareDoubt = false;
  for (let j = m.np.start; j < m.np.end; j++) {
    const t = cx.ts[j];
    if (isWord(t) && !t.accented && wordSpellingCount(cx.m, t.fold) > 1) bareDoubt = true;
  }
  // The numbers written bare in the phrase ("quạt hút 30", not "khóa 20cm"): such a number may be read as a length
  // the names write and still be the bare number of an alias.
  const bareNumbers = new Set<string>();
  for (let j = m.np.start; j < m.np.end; j++) {
    const t = cx.ts[j];
    const next = cx.ts[j + 1];
    if (isWord(t) && /^\d+$/.test(t.fold) && !(j + 1 < m.np.end && isWord(next) && UNIT_AFTER.test(next.fold))) bareNumbers.add(t.fold);
  }
  let found: number | null = null;
  for (const p of candidates) {
    // Word for word and in order: "hoa hồng giấy" (a paper rose) is not the alias "hoa giấy hồng" (a pink one), and
    // "bánh tráng mè" is not "bánh tráng mè trắng". The container the product is sold in may be said beside it
    // ("trà sen hộp 100g" for the alias "trà sen 100g").
    const sold = unitOf(cx.m, p).key;
    const spoken = said.filter((c) => c !== sold);
    const aliases = cx.m.products[p]!.aliases;
    const named = aliasConcepts(cx.m, p).some((a, k) => {
      if (bareDoubt && (aliases[k] === undefined || hasDiacritics(aliases[k]!))) return false;
      // (A decimal the alias writes, "#1.5" of "1m5", is matched as written elsewhere; its measure is compared here.)
      const alias = aliasWords(a);
      return sameWords(said, alias, bareNumbers) || (spoken.length > 0 && sameWords(spoken, alias, bareNumbers)) ||
        (counted !== null && sameWords(counted, alias, bareNumbers));
    });
    if (!named) continue;
    // "1 set quà" of a shop with several gift sets: a set's short name says what kind of gift, not which one.
    if (headsSet(cx.m, p)) return null;
    // "3 lạng kỷ tử" when "kỷ tử" is the alias of grade A beside grade B: the alias leaves out the measure or grade
    // the siblings differ by, and says nothing about which of them is meant.
    if (candidates.some((o) => o !== p && (differsByMeasure(cx, p, o, new Set(said)) || differsByGrade(cx, p, o, new Set(said))))) return null;
    if (found !== null) return null;
    found = p;
  }
  if (found === null) return null;
  // ("1 goi cuc vang 0.5g" for the alias "cuc vang" of the 1 g packet: the measure said after it names a sibling.)
  const measure = q?.measure ?? null;
  if (measure !== null && !productHas(cx.m, found, measure) && candidates.some((o) => productHas(cx.m, o, measure))) return null;
  // "2 gạo nếp" beside the kilo and the bag: with no unit said, the number could count either (as in named-whole.ts).
  const bare = q === null || q.unit === null;
  const unitsDiffer = candidates.some((p) => unitOf(cx.m, p).key !== unitOf(cx.m, found!).key);
  return bare && unitsDiffer && unitOf(cx.m, found).dim !== 'count' ? null : found;
}

const MEASURE = /^(num|sz|len|mass|vol|dim|na:[^:]+):/;

/** Words of an alias that lead a size's number ("số 5", "size 6"; not "co", which is "cỏ" as often as "cỡ"). */
const SIZE_LEADS = new Set(['so', 'size', 'sz']);

/** An alias's words as the message's are read: "bóng cao su số 5" leads its number as a size, "sz:5". */
function aliasWords(a: readonly string[]): string[] {
  const kept = a.filter((c) => !c.startsWith('#')).map(plainConcept);
  const out: string[] = [];
  for (let i = 0; i < kept.length; i++) {
    const next = kept[i + 1];
    if (SIZE_LEADS.has(kept[i]!) && next !== undefined && next.startsWith('num:')) {
      out.push(`sz:${next.slice(4)}`);
      i++;
    } else out.push(kept[i]!);
  }
  return out;
}

/**
 * The words said are the alias's, word for word; a size said with its lead ("sneaker trắng sz 42"), or a number
 * written bare and read as a length the names write ("quạt hút 30" as 30 cm), is the number the alias writes bare
 * ("sneaker trắng 42", "quạt hút 30"), not the other way round ("kim 16" is not "kim số 16"); a length written with
 * its unit ("khóa 20cm") is not the alias "khóa 20".
 */
function sameWords(said: readonly string[], alias: readonly string[], bare: ReadonlySet<string>): boolean {
  return said.length === alias.length && said.every((c, i) => c === alias[i] || (c.startsWith('sz:') && alias[i] === `num:${c.slice(3)}`) ||
    (LENGTH.test(c) && bare.has(c.slice(4)) && alias[i] === `num:${c.slice(4)}`));
}
const LENGTH = /^len:\d+$/;
/** A unit word written apart after a number ("20 cm"). */
const UNIT_AFTER = /^(cm|mm|m|met|phan|ly|inch|ml|l|lit|g|gr|kg)$/;


/** Products p and o both carry a measure or grade of one kind with different values, and none of p's was said. */
function differsByMeasure(cx: ParseContext, p: number, o: number, said: ReadonlySet<string>): boolean {
  const kinds = (x: number): Map<string, Set<string>> => {
    const out = new Map<string, Set<string>>();
    for (const c of nameConcepts(cx.m, x)) {
      const k = MEASURE.exec(c)?.[1];
      if (k === undefined) continue;
      let set = out.get(k);
      if (!set) out.set(k, (set = new Set()));
      set.add(c);
    }
    return out;
  };
  const mine = kinds(p);
  const theirs = kinds(o);
  for (const [k, values] of mine) {
    const other = theirs.get(k);
    if (other === undefined || [...values].some((v) => said.has(v))) continue;
    // ("chiếu hạt 2m" of "Chiếu trúc hạt 2m x 2m2": a side said as a length says the size.)
    if (k === 'dim' && [...values].some((v) => v.slice(4).split('x').some((side) => said.has(`len:${side}`)))) continue;
    if ([...values].some((v) => !other.has(v))) return true;
  }
  return false;
}

/** A grade in words in a name: "loại đặc biệt", "hạng 1" (not its closing parenthesis, "(củ giống loại 1)"). */
const GRADED = /(^|\s)(loại|hạng)\s+([^\s(),;]+)/u;

/**
 * "cu do 500g" for "Kẹo cu đơ loại thường hộp 500g" beside "Kẹo cu đơ loại đặc biệt hộp 500g": both names give a
 * grade in words ("loại …", "hạng …"), and nothing said is a word of p's that o lacks.
 */
function differsByGrade(cx: ParseContext, p: number, o: number, said: ReadonlySet<string>): boolean {
  const mine = nameConcepts(cx.m, p);
  const theirs = nameConcepts(cx.m, o);
  // ("chổi tre to" beside "Chổi chít loại to cán tre": both of grade "to", no grade tells them apart.)
  const grade = (x: number): string | undefined => GRADED.exec(cx.m.products[x]!.name.toLowerCase())?.[3];
  const mineGrade = grade(p);
  const theirGrade = grade(o);
  if (mineGrade === undefined || theirGrade === undefined || mineGrade === theirGrade) return false;
  return ![...mine].some((c) => !theirs.has(c) && said.has(plainConcept(c)));
}
