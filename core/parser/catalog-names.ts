/**
 * The part of a product's name that names the product itself. A combo or gift set often lists what it holds
 * ("Hộp quà An Khang (táo đỏ hộp 500g, trà gừng mật ong, tinh dầu quế 10ml)", "Giỏ quà Tết gồm 1 chai rượu + 1 hộp
 * chè", "Hộp quà trà (đỏ) - 2 hộp trà + 1 hũ cao"): those are other products' words. Indexed as the set's own, a
 * customer asking for "trà gừng" would get the gift box, and the sizes inside the list ("500g", "10ml") would pass
 * for the set's own sizes. A set is chosen by its own words ("hộp quà An Khang", "combo dưỡng sinh"); a parenthesis
 * without a list ("(hộp 6 củ)", "(củ mài)") is an attribute or another name of the product and stays.
 */

/** Separators of a list of contents. */
const LIST = /[,;+&]|\s(?:và|với|and)\s/iu;
/** Words that open a list of contents ("gồm", "bao gồm", "kèm", "includes"). */
const CONTENTS_LEAD = /\s(?:bao gồm|gồm có|gồm|kèm theo|kèm|includes?|including|with)\s/iu;

/** The text lists things: a code of two single characters joined by "+" or "&" ("USB A+C", "S&B") lists nothing. */
function lists(text: string): boolean {
  return LIST.test(text.replace(/(^|[^\p{L}\p{N}])([\p{L}\p{N}])[+&]([\p{L}\p{N}])(?![\p{L}\p{N}])/gu, '$1$2$3'));
}

/** A dash set apart by spaces, before a list of what a set holds. */
const DASH = /\s[-–]\s/u;

export function ownName(name: string): string {
  // Parenthesized lists.
  let out = name.replace(/\(([^()]*)\)/g, (whole, inner: string) => (lists(inner) ? ' ' : whole));
  // "… gồm 1 chai rượu + 1 hộp chè", "…: trà, mứt, bánh".
  const lead = CONTENTS_LEAD.exec(out);
  if (lead && lists(out.slice(lead.index + lead[0].length))) out = out.slice(0, lead.index);
  else {
    // (": …" or " - …": "Hộp quà trà atiso (đỏ) - 2 hộp trà 20 túi + 1 hũ cao 200g".)
    const colon = out.indexOf(':');
    const dash = DASH.exec(out);
    if (colon > 0 && lists(out.slice(colon + 1))) out = out.slice(0, colon);
    else if (dash && lists(out.slice(dash.index + dash[0].length))) out = out.slice(0, dash.index);
  }
  out = out.replace(/\s+/g, ' ').trim();
  return out === '' ? name : out;
}
