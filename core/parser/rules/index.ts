/**
 * The review rules, in the order they run. Adding a phenomenon = one module here and its corpus in
 * tests/core/parser/rules/.
 */
import { droppedPhrase } from './dropped-phrase.ts';
import { numberBesidePhrase } from './number-beside-phrase.ts';
import { codeBesidePhrase } from './code-beside-phrase.ts';
import { brandBesidePhrase } from './brand-beside-phrase.ts';
import { partOfPiece } from './part-of-piece.ts';
import { unplacedOrder } from './unplaced-order.ts';
import { unusedQuantity } from './unused-quantity.ts';
import { headlessLine } from './headless-line.ts';
import { sameProductTwice } from './same-product-twice.ts';
import { giftSets } from './gift-sets.ts';
import { unsaidAmount } from './unsaid-amount.ts';
import type { ReviewRule } from './rule.ts';

export type { Doubt, MessageDoubt, ReviewRule } from './rule.ts';

export const REVIEW_RULES: readonly ReviewRule[] = [numberBesidePhrase, codeBesidePhrase, brandBesidePhrase, partOfPiece, unsaidAmount, headlessLine, giftSets, sameProductTwice, droppedPhrase, unplacedOrder, unusedQuantity];
