import type { ShipmentStatus } from '../../db/schema.ts';

export type { ShipmentStatus };

/**
 * The one neutral interface every shipping carrier implements (GHN and GHTK in adapters/shipping/; a
 * third carrier is one more folder there). core/ plans parcels and keeps their state; a Carrier only
 * talks to its service: quote, create, find a parcel it may already have, cancel, label, tracking link,
 * and reading its status webhooks.
 */
export interface Carrier {
  /** Short code stored on shipments ('ghn', 'ghtk'). */
  readonly code: string;
  /** Name shown to people ("Giao Hàng Nhanh"). */
  readonly name: string;
  /** Fee quotes for one parcel, one per service the carrier offers on that route, cheapest first. */
  quote(req: QuoteRequest): Promise<Quote[]>;
  /** Creates the parcel at the carrier. Must be safe to retry: `findByClientCode` is asked first after a failure. */
  create(req: CreateRequest): Promise<Created>;
  /** The parcel the carrier already has under our client order code, if any (a create whose answer was lost). */
  findByClientCode(clientOrderCode: string): Promise<Created | null>;
  /** Cancels a parcel the carrier has not picked up yet. */
  cancel(carrierOrderCode: string): Promise<void>;
  /** A link where the household prints the labels of these parcels. */
  labelUrl(carrierOrderCodes: string[]): Promise<string>;
  /** The public page where the customer follows the parcel. */
  trackingUrl(carrierOrderCode: string): string;
  /** Reads one status webhook request; throws CarrierPayloadError when it is not one. */
  parseStatusEvent(req: { body: string; contentType: string }): StatusEvent;
}

/** A pickup or delivery place, in the 2025 units and with the pre-2025 names carriers still ask for. */
export interface Place {
  name: string;
  phone: string;
  /** House number, lane, street. */
  street: string;
  provinceCode: string;
  provinceName: string;
  wardCode: string;
  wardName: string;
  /** The pre-2025 province, district and ward this place lay in (carriers' master data still has districts). */
  legacy: { province: string; district: string; ward: string } | null;
}

/** One parcel: its weight and size, declared value, the cash to collect, and what is inside. */
export interface Parcel {
  weightGrams: number;
  sizeCm: { length: number; width: number; height: number };
  /** Declared value in đồng (insurance). */
  value: number;
  /** Cash the carrier collects from the receiver, in đồng; 0 when paid by VietQR. */
  codAmount: number;
  content: string;
  items: { name: string; sku: string; qty: number; weightGrams: number; price: number }[];
}

export interface QuoteRequest {
  from: Place;
  to: Place;
  parcel: Parcel;
}

export interface Quote {
  carrier: string;
  serviceId: string;
  serviceName: string;
  /** Total fee in đồng. */
  fee: number;
  /** When the carrier expects to deliver (ISO), if it says. */
  expectedDeliveryAt: string | null;
}

export interface CreateRequest extends QuoteRequest {
  clientOrderCode: string;
  serviceId: string;
  note?: string;
}

export interface Created {
  carrierOrderCode: string;
  fee: number | null;
  expectedDeliveryAt: string | null;
}

/** A carrier's status report, in neutral terms, with what it said in its own. */
export interface StatusEvent {
  carrier: string;
  carrierOrderCode: string;
  /** Our client order code as the carrier echoes it (GHN ClientOrderCode, GHTK partner_id). */
  clientOrderCode: string | null;
  /** The neutral status, or null for reports that move nothing (a weight or fee update). */
  status: ShipmentStatus | null;
  carrierStatus: string;
  at: string;
  /** Cash collected or to collect, as the carrier reports it. */
  codAmount: number | null;
  /** When the carrier transferred the collected cash to the shop, if it says. */
  codTransferredAt: string | null;
  reason: string | null;
  /** Identifies this report: a redelivery has the same key. */
  dedupeKey: string;
  raw: string;
}

/** The carrier answered, and said no (a bad address, a duplicate code …): retrying the same call will not help. */
export class CarrierRejectedError extends Error {
  constructor(
    readonly carrier: string,
    readonly method: string,
    readonly status: number,
    readonly detail: string,
  ) {
    super(`${carrier} ${method} refused (${status}): ${detail}`);
    this.name = 'CarrierRejectedError';
  }
}

/** The call never got a usable answer (network, timeout, 5xx): safe to retry later. */
export class CarrierHttpError extends Error {
  constructor(
    readonly carrier: string,
    readonly method: string,
    message: string,
  ) {
    super(`${carrier} ${method} failed: ${message}`);
    this.name = 'CarrierHttpError';
  }
}

/** A webhook body that is not a status report of this carrier. */
export class CarrierPayloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CarrierPayloadError';
  }
}

/** Carriers configured for a deployment, by code. */
export type Carriers = ReadonlyMap<string, Carrier>;
