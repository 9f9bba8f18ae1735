import { formatTime, formatVnd } from '../format.ts';
import type { shipVi } from './shipping.vi.ts';

/** What the bot says about shipping, cash on delivery and addresses, in English. */
export const shipEn: typeof shipVi = {
  quotesAdmin: (code, parcels, lines) => `📦 Order ${code} is ready to ship (${parcels} parcel${parcels > 1 ? 's' : ''}). Shipping fees:\n${lines.join('\n')}\nPick a carrier:`,
  quoteLine: (carrier, service, fee, eta) => `• ${carrier} — ${service}: ${formatVnd(fee)}${eta ? `, expected ${formatTime(eta)}` : ''}`,
  quoteFailedLine: (carrier) => `• ${carrier}: no fee yet`,
  btnQuote: (carrier, service, fee) => `🚚 ${carrier} ${service} ${formatVnd(fee)}`,
  noQuotes: (code) => `No carrier quoted order ${code} yet. Try again later with /vanchuyen ${code}.`,
  quotesFailed: (code, reason) => `Could not get shipping fees for order ${code}: ${reason}. Once fixed, send /vanchuyen ${code}.`,
  reasonMissingPickup: (household) => `${household} has no pickup address yet (the household sends /diachi with its address)`,
  reasonAddressUnclear: (address) => `the ward of the delivery address "${address}" is unclear (the customer confirms it with /diachigiao)`,
  reasonNoAddress: 'the order has no receiver address or phone yet (the customer sends it with /diachigiao)',
  reasonOther: 'the order lacks what shipping needs',
  autoBooked: (code, carrier, fee) => `📦 Order ${code}: booked with ${carrier} (the group's default carrier), about ${formatVnd(fee)}. Creating the parcel now.`,
  booked: (code, carrier) => `${carrier} chosen for order ${code}. Creating the parcel; the tracking code follows shortly.`,
  quotesAsked: (code) => `Asking the carriers for order ${code}; the fees follow shortly.`,
  trackingCustomer: (code, carrier, tracking, url) => `🚚 Order ${code} has ${carrier} tracking code ${tracking}${url ? `\nFollow it: ${url}` : ''}`,
  labelHousehold: (code, carrier, tracking, url, cod) =>
    `🏷 Order ${code} — ${carrier} ${tracking}: ${url ? `print the label at ${url}, ` : ''}stick it on the parcel and wait for the pickup.${cod > 0 ? ` The carrier collects ${formatVnd(cod)}.` : ''}`,
  shipmentFailedAdmin: (code, carrier, reason) => `⚠️ ${carrier} did not create the parcel of order ${code}: ${reason}. Pick again with /vanchuyen ${code}.`,
  deliveringCustomer: (code, tracking) => `🛵 The courier is delivering order ${code} (${tracking}). Keep your phone close.`,
  deliveryFailedAdmin: (code, tracking) => `⚠️ Delivery of order ${code} (${tracking}) failed. Contact the customer to arrange another try.`,
  returningAdmin: (code, tracking) => `↩️ Order ${code} (${tracking}) is being returned.`,
  returnedAdmin: (code, cod) => `↩️ Order ${code} came back to the household.${cod > 0 ? ` The ${formatVnd(cod)} cash on delivery was not collected.` : ''} The household earns nothing on it.`,
  codTransferredAdmin: (code, amount, at) => `💵 The carrier transferred ${formatVnd(amount)} collected on delivery for order ${code} (${formatTime(at)}).`,
  btnCod: '💵 Pay on delivery (COD)',
  codChosen: (code, amount) => `Order ${code}: you pay ${formatVnd(amount)} on delivery. The shop is preparing your goods.`,
  codDepositNeeded: (code, deposit, rest) => `A first order paid on delivery needs a ${formatVnd(deposit)} deposit by bank transfer (QR below); the other ${formatVnd(rest)} you pay on delivery. Order ${code}.`,
  codDepositReceived: (code, rest) => `Deposit for order ${code} received. You pay ${formatVnd(rest)} on delivery. The shop is preparing your goods.`,
  codNotOffered: 'This shop does not take cash on delivery yet. Please pay with the QR code.',
  codOverMax: (max) => `This shop takes cash on delivery for orders up to ${formatVnd(max)}. Please pay with the QR code.`,
  pickupSaved: (address, place) => `Pickup address saved: ${address}\n(${place})`,
  pickupUsage: '/diachi 12 Vạn Phúc, Phường Hà Đông, Hà Nội',
  addressUnclear: (candidates) =>
    `The ward of this address is unclear. Please write the ward and the province, e.g. "12 Vạn Phúc, Phường Hà Đông, Hà Nội".${candidates.length ? `\nPerhaps: ${candidates.join('; ')}` : ''}`,
  deliveryUsage: '/diachigiao VP7K3MQ 45 Trần Quốc Thảo, phường 5, quận 3, TP.HCM',
  deliverySaved: (code, place) => `Order ${code} will be delivered to: ${place}.`,
  deliveryPick: (code) => `Which ward is the delivery address of order ${code} in? Please pick:`,
  deliveryConfirm: (code, place) => `Is the delivery address of order ${code} in ${place}?`,
  btnYes: '✅ Yes',
};
