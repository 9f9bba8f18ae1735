import { describeMatch, type AddressMatch } from '../../core/address/match-address.ts';
import { adminUnits } from '../../core/address/units.ts';
import { DomainError } from '../../core/errors.ts';
import { getOrder, type OrderRow } from '../../core/orders/transition-order.ts';
import { rolesOf, requireRole } from '../../core/people/roles.ts';
import { confirmDeliveryWard, setDeliveryAddress, setHouseholdPickup } from '../../core/shipping/addresses.ts';
import { chooseCod, CodRefusedError } from '../../core/shipping/cod.ts';
import { askQuotes } from '../../core/shipping/quotes.ts';
import { AddressUnclearError } from '../../core/shipping/settings.ts';
import { requestShipments } from '../../core/shipping/shipments.ts';
import { btn } from '../buttons.ts';
import type { Conversation } from '../conversation.ts';
import { UsageError } from '../errors.ts';
import { feature } from '../feature.ts';
import type { Button } from '../model.ts';

const CARRIER_NAMES: Record<string, string> = { ghn: 'GHN', ghtk: 'GHTK' };
/** A carrier's short name for people ("GHN"). */
export const carrierName = (code: string) => CARRIER_NAMES[code] ?? code.toUpperCase();

const placeName = (wardCode: string) => {
  const u = adminUnits();
  const w = u.wardByCode.get(wardCode)!;
  return `${w.name}, ${u.provinceByCode.get(w.provinceCode)!.name}`;
};

/** The customer's own order (NOT_FOUND for anyone else's: nobody learns of other people's orders). */
function ownOrder(c: Conversation, code: string): OrderRow {
  const o = getOrder(c.t, code);
  if (o.personId !== c.person.id || o.groupId !== c.group.id) throw new DomainError('NOT_FOUND', code);
  return o;
}

/** `/vanchuyen CODE`: the admin asks the carriers (again) for a ready order's fees; they come as buttons. */
function askShippingQuotes(c: Conversation, code: string | undefined): void {
  requireRole(c.t, c.person.id, c.group.id, 'admin');
  if (!code) throw new UsageError('/vanchuyen VP7K3MQ');
  askQuotes(c.t, c.group.id, code, `admin:${c.inc.platform}:${c.inc.userId}`, c.now);
  c.reply({ type: 'text', text: c.m.ship.quotesAsked(code.toUpperCase()) });
}

/** A quote button: the admin books the order's parcels with that carrier and service. */
function shipWith(c: Conversation, code: string, carrier: string, service: string): void {
  requireRole(c.t, c.person.id, c.group.id, 'admin');
  const o = getOrder(c.t, code);
  if (o.groupId !== c.group.id) throw new DomainError('NOT_FOUND', code);
  requestShipments(c.t, code, carrier, service, `admin:${c.inc.platform}:${c.inc.userId}`, c.now);
  c.reply({ type: 'text', text: c.m.ship.booked(o.code, carrierName(carrier)) });
}

/** `/diachi <address>`: a household sets where carriers pick up its parcels. */
function setPickup(c: Conversation, address: string): void {
  const m = rolesOf(c.t, c.person.id, c.group.id).find((r) => r.role === 'household' && r.householdId);
  if (!m) throw new DomainError('FORBIDDEN', 'household members only');
  if (!address.trim()) throw new UsageError(c.m.ship.pickupUsage);
  try {
    const p = setHouseholdPickup(c.t, m.householdId!, address);
    c.reply({ type: 'text', text: c.m.ship.pickupSaved(p.address, placeName(p.wardCode)) });
  } catch (e) {
    if (!(e instanceof AddressUnclearError)) throw e;
    c.reply({ type: 'text', text: c.m.ship.addressUnclear(e.candidates.slice(0, 3).map(placeName)) });
  }
}

/** `/diachigiao CODE <address>`: the customer gives the delivery address; the bot asks when the ward is unsure. */
function setDelivery(c: Conversation, code: string | undefined, address: string): void {
  if (!code || !address.trim()) throw new UsageError(c.m.ship.deliveryUsage);
  const o = ownOrder(c, code);
  const { order, match } = setDeliveryAddress(c.t, o.id, address, `customer:${c.inc.platform}:${c.inc.userId}`, c.now);
  if (order.shipWardCode) return void c.reply({ type: 'text', text: c.m.ship.deliverySaved(order.code, placeName(order.shipWardCode)) });
  askWard(c, order.code, match);
}

/** Asks the customer to confirm the likely ward, or to pick among the candidates, or to write it out. */
function askWard(c: Conversation, code: string, match: AddressMatch): void {
  if (match.ward) {
    return void c.reply({
      type: 'text',
      text: c.m.ship.deliveryConfirm(code, describeMatch(match)),
      buttons: [[{ label: c.m.ship.btnYes, data: btn.deliveryWard.data({ code, ward: match.ward.code }) }], ...others(match, match.ward.code, code)],
    });
  }
  const buttons = others(match, '', code);
  if (buttons.length === 0) return void c.reply({ type: 'text', text: c.m.ship.addressUnclear([]) });
  c.reply({ type: 'text', text: c.m.ship.deliveryPick(code), buttons });
}

function others(match: AddressMatch, except: string, code: string): Button[][] {
  return match.candidates
    .filter((w) => w.code !== except)
    .slice(0, 5)
    .map((w) => [{ label: placeName(w.code), data: btn.deliveryWard.data({ code, ward: w.code }) }]);
}

/** The COD button or `/cod CODE`: the customer pays on delivery where the group allows it. */
function payOnDelivery(c: Conversation, code: string | undefined): void {
  if (!code) throw new UsageError('/cod VP7K3MQ');
  const o = ownOrder(c, code);
  try {
    chooseCod(c.t, o.id, `customer:${c.inc.platform}:${c.inc.userId}`, c.now);
  } catch (e) {
    if (!(e instanceof CodRefusedError)) throw e;
    c.reply({ type: 'text', text: e.reason === 'over_max' ? c.m.ship.codOverMax(e.maxAmount!) : c.m.ship.codNotOffered });
  }
  // What follows (the deposit QR, or "pay on delivery") is said by the order.cod_chosen reaction.
}

/** Shipping: quotes and carrier choice for admins, pickup addresses for households, delivery address and COD for customers. */
export const shippingFeature = feature('shipping')
  .command({
    names: ['vanchuyen', 'carrier'],
    roles: ['admin'],
    help: { vi: '/vanchuyen VP7K3MQ — hỏi phí GHN/GHTK và chọn đơn vị giao', en: '/carrier VP7K3MQ — GHN/GHTK fees, pick a carrier' },
    handle: (c, cmd) => askShippingQuotes(c, cmd.args[0]),
  })
  .command({
    names: ['diachi', 'pickup'],
    roles: ['household'],
    help: { vi: '/diachi 12 Vạn Phúc, Phường Hà Đông, Hà Nội — địa chỉ lấy hàng của hộ', en: '/pickup 12 Vạn Phúc, Phường Hà Đông, Hà Nội — where carriers pick up' },
    handle: (c, cmd) => setPickup(c, cmd.rest),
  })
  .command({
    names: ['diachigiao', 'deliverto'],
    help: { vi: '/diachigiao VP7K3MQ địa chỉ — nơi giao đơn', en: '/deliverto VP7K3MQ address — where to deliver' },
    handle: (c, cmd) => setDelivery(c, cmd.args[0], cmd.rest.slice((cmd.args[0] ?? '').length)),
  })
  .command({ names: ['cod'], handle: (c, cmd) => payOnDelivery(c, cmd.args[0]) })
  .button(btn.shipWith, (c, { code, carrier, service }) => shipWith(c, code, carrier, service))
  .button(btn.payCod, (c, { code }) => payOnDelivery(c, code))
  .button(btn.deliveryWard, (c, { code, ward }) => {
    const o = ownOrder(c, code);
    const order = confirmDeliveryWard(c.t, o.id, ward, `customer:${c.inc.platform}:${c.inc.userId}`, c.now);
    c.reply({ type: 'text', text: c.m.ship.deliverySaved(order.code, placeName(ward)) });
  });
