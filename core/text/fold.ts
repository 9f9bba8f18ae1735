/**
 * Folds chat text for rule matching: lower case, Vietnamese diacritics removed (đ → d), every run of
 * characters other than letters, digits and `?` turned into one space. Customers write with and without
 * diacritics ("đã chuyển khoản", "da chuyen khoan"), so rules are written once, on the folded form.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\?+/g, ' ? ')
    .replace(/[^a-z0-9?]+/g, ' ')
    .trim();
}
