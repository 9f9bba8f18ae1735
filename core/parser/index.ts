/** The order-message parser: build a matcher once per catalog, then parse each chat message with it. */
export { buildMatcher } from './matcher.ts';
export type { Matcher } from './matcher.ts';
export { explainOrder, parseOrder } from './parse-order.ts';
export type { ParsedOrder } from './parse-order.ts';
export { extractPhone, normalizeMobile } from './phone.ts';
