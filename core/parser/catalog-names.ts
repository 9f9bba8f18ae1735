/**
 * The part of a product's name that names the product itself. A combo or gift set often lists what it holds
 * ("Hộp quà An Khang (táo đỏ hộp 500g, trà gừng mật ong, tinh dầu quế 10ml)", "Giỏ quà Tết gồm 1 chai rượu + 1 hộp
 * chè"): those are other products' words. Indexed as the set's own, a customer asking for "trà gừng" would get the
 * gift box, and the sizes inside the list ("500g", "10ml") would pass for the set's own sizes. A set is chosen by
 * its own words ("hộp quà An Khang", "combo dưỡng sinh"); a parenthesis without a list ("(hộp 6 củ)",
 * "(củ mài)") is an attribute or another name of the product and stays.
 */

/** Separators of a list of contents. */
const LIST = /[,;+&]|\s(?:và|với|and)\s/iu;
/** Words that open a list of contents ("gồm", "bao gồm", "kèm", "includes"). */
const CONTENTS_LEAD = /\s(?:bao gồm|gồm có|gồm|kèm theo|kèm|includes?|including|with)\s/iu;

export function ownName(name: string): string {
  // Parenthesized lists.
  let out = name.replace(/\(([^()]*)\)/g, (whole, inner: string) => (LIST.test(inner) ? ' ' : whole));
  // "… gồm 1 chai rượu + 1 hộp chè", "…: trà, mứt, bánh".
  const lead = CONTENTS_LEAD.exec(out);
  if (lead && LIST.test(out.slice(lead.index + lead[0].length))) out = out.slice(0, lead.index);
  else {
    const colon = out.indexOf(':');
    if (colon > 0 && LIST.test(out.slice(colon + 1))) out = out.slice(0, colon);
  }
  out = out.replace(/\s+/g, ' ').trim();
  return out === '' ? name : out;
}
