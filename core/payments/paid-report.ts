/** One pending ✅/❌ request per order: a repeated "I paid" within this window reaches no confirmer again. */
export const PAID_REPORT_WINDOW_MS = 30 * 60_000;
/** The counter of a customer's "I paid" reports for an order (prefix + order id); it exists while a report waits for an answer. */
export const PAID_REPORT_PREFIX = 'paid-report:';
/** The throttle key of the "I paid" reports on one order. */
export const paidReportKey = (orderId: number): string => `${PAID_REPORT_PREFIX}${orderId}`;
