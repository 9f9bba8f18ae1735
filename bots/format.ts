/** Formats whole đồng the Vietnamese way: 500000 → `500.000 ₫`. */
export function formatVnd(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  return `${sign}${Math.abs(Math.round(amount)).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.')} ₫`;
}

/** Formats a quantity: whole numbers as is, fractions with a decimal comma in Vietnamese (2,5). */
export function formatQty(qty: number, lang: 'vi' | 'en'): string {
  const s = String(Math.round(qty * 1000) / 1000);
  return lang === 'vi' ? s.replace('.', ',') : s;
}

/** Formats an ISO time for a chat in Vietnam's time zone: `30/11 18:00`. */
export function formatTime(isoTime: string): string {
  const d = new Date(new Date(isoTime).getTime() + 7 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}

/** Formats an ISO time in Vietnam's time zone with the year, for deadlines months ahead: `30/11/2026 18:00`. */
export function formatTimeWithYear(isoTime: string): string {
  const d = new Date(new Date(isoTime).getTime() + 7 * 3600_000);
  return `${formatTime(isoTime).slice(0, 5)}/${d.getUTCFullYear()} ${formatTime(isoTime).slice(6)}`;
}
