import type { Line, NounPhrase, ParseContext } from '../context.ts';
import { productHas, productsOf } from '../matcher.ts';

/** Why a rule doubts a placed line: the bot asks instead, offering these products. */
export interface Doubt {
  reason: string;
  /** product indices to offer as buttons (empty: ask in words) */
  candidates: number[];
  /** the one candidate is the goods; what to ask is the amount */
  amount?: boolean;
}

/**
 * A review rule: one catalog-driven check that the chosen reading explains the message. Each rule has its own
 * module and its own corpus of examples (tests/core/parser/rules/), from more than one catalog.
 */
export interface ReviewRule {
  name: string;
  /** one line for `--explain`: what the rule guards against */
  why: string;
  /** checks one placed line */
  review?(cx: ParseContext, line: Line): Doubt | null;
  /** checks the whole reading: what the message says that no line or question accounts for */
  reviewMessage?(cx: ParseContext): MessageDoubt[];
}

/** Something the message orders that the reading left out: asked about instead of dropped. */
export interface MessageDoubt extends Doubt {
  phrase: string;
  qty: number;
}

/**
 * The products a placed line's phrase fits (the siblings of the one placed, every word of the phrase theirs), to
 * offer as buttons when a rule doubts the line; the placed product alone when the phrase has no head.
 */
export function phraseFits(cx: ParseContext, np: NounPhrase, line: Line): number[] {
  const head = np.hits[0]?.concept;
  const fits = head === undefined ? [] : productsOf(cx.m, head).filter((p) => np.hits.every((h) => productHas(cx.m, p, h.concept)));
  return fits.length > 0 ? [...fits] : [line.product];
}
