import { z } from 'zod';
import {
  CarrierPayloadError,
  CarrierRejectedError,
  type Carrier,
  type CreateRequest,
  type Created,
  type Place,
  type Quote,
  type QuoteRequest,
  type ShipmentStatus,
  type StatusEvent,
} from '../../../core/shipping/carrier.ts';
import { callJson } from '../http.ts';

/**
 * GHTK (Giao Hàng Tiết Kiệm) shipment API, as a Carrier. A small typed client over fetch: GHTK publishes
 * no JavaScript client, and Gom needs five calls (docs.giaohangtietkiem.vn / api.ghtk.vn: fee, create
 * with `pick_money` for cash on delivery, order by partner id, cancel, label PDF) plus the status
 * callback. GHTK takes place names, not ids; its API still asks for a district, so a 2025 ward is sent
 * with the pre-2025 district and ward it took over.
 */
export interface GhtkConfig {
  token: string;
  /** Default https://services.giaohangtietkiem.vn; the sandbox is https://services-staging.ghtklab.com. */
  apiBase?: string;
}

export const GHTK_API_BASE = 'https://services.giaohangtietkiem.vn';

/** GHTK status ids (api.ghtk.vn "Order status") in neutral terms; null = a report that moves nothing. */
export const GHTK_STATUSES: Record<string, ShipmentStatus | null> = {
  '-1': 'cancelled',
  '1': 'created',
  '2': 'created',
  '12': 'picking',
  '8': 'picking',
  '128': 'picking',
  '3': 'picked',
  '123': 'picked',
  '4': 'delivering',
  '10': 'delivering',
  '410': 'delivering',
  '5': 'delivered',
  '45': 'delivered',
  '6': 'delivered',
  '9': 'delivery_failed',
  '49': 'delivery_failed',
  '20': 'returning',
  '21': 'returned',
  '11': 'returned',
  '7': null,
  '127': null,
  '13': null,
};

/** Status 6: delivered and reconciled, i.e. GHTK has paid the collected money to the shop. */
const RECONCILED = '6';

const ok = (j: Record<string, unknown>): true | string => (j['success'] === true ? true : String(j['message'] ?? 'success: false'));

/** The status callback (api.ghtk.vn/en/docs/submit-order/webhook), sent as JSON or as a form. */
export const ghtkWebhookSchema = z.object({
  label_id: z.string().min(1),
  partner_id: z.string().min(1),
  status_id: z.coerce.number().int(),
  action_time: z.string().min(1),
  reason_code: z.union([z.string(), z.number()]).nullish(),
  reason: z.string().nullish(),
  weight: z.coerce.number().nullish(),
  fee: z.coerce.number().nullish(),
  pick_money: z.coerce.number().nullish(),
  return_part_package: z.coerce.number().nullish(),
});

/** A GHTK carrier for one shop. */
export function ghtkCarrier(cfg: GhtkConfig): Carrier & { fetchLabel(label: string): Promise<Response> } {
  const base = (cfg.apiBase ?? GHTK_API_BASE).replace(/\/$/, '');
  const headers = { Token: cfg.token };
  const call = (method: string, path: string, verb: 'GET' | 'POST', body?: unknown) =>
    callJson('ghtk', method, `${base}${path}`, { method: verb, headers, ...(body !== undefined ? { body } : {}) }, ok);
  const district = (p: Place) => p.legacy?.district ?? '';

  return {
    code: 'ghtk',
    name: 'Giao Hàng Tiết Kiệm',

    async quote(req: QuoteRequest): Promise<Quote[]> {
      const q = new URLSearchParams({
        pick_province: req.from.legacy?.province ?? req.from.provinceName,
        pick_district: district(req.from),
        pick_ward: req.from.legacy?.ward ?? req.from.wardName,
        pick_address: req.from.street,
        province: req.to.legacy?.province ?? req.to.provinceName,
        district: district(req.to),
        ward: req.to.legacy?.ward ?? req.to.wardName,
        address: req.to.street,
        weight: String(req.parcel.weightGrams),
        value: String(req.parcel.value),
        transport: 'road',
        deliver_option: 'none',
      });
      const j = await call('fee', `/services/shipment/fee?${q}`, 'GET');
      const fee = z.object({ name: z.string().nullish(), fee: z.number(), delivery: z.boolean().nullish() }).parse(j['fee']);
      if (fee.delivery === false) return [];
      return [{ carrier: 'ghtk', serviceId: 'road', serviceName: fee.name ?? 'Đường bộ', fee: fee.fee, expectedDeliveryAt: null }];
    },

    async create(req: CreateRequest): Promise<Created> {
      const j = await call('order', '/services/shipment/order', 'POST', {
        products: req.parcel.items.map((i) => ({ name: i.name, product_code: i.sku, quantity: Math.max(1, Math.round(i.qty)), weight: Math.max(0.01, (i.weightGrams * i.qty) / 1000), price: i.price })),
        order: {
          id: req.clientOrderCode,
          pick_name: req.from.name,
          pick_tel: req.from.phone,
          pick_address: req.from.street,
          pick_province: req.from.legacy?.province ?? req.from.provinceName,
          pick_district: district(req.from),
          pick_ward: req.from.legacy?.ward ?? req.from.wardName,
          name: req.to.name,
          tel: req.to.phone,
          address: req.to.street,
          province: req.to.legacy?.province ?? req.to.provinceName,
          district: district(req.to),
          ward: req.to.legacy?.ward ?? req.to.wardName,
          hamlet: 'Khác',
          // The shop pays the fee (is_freeship); pick_money is the cash the receiver pays: 0 when paid by VietQR.
          is_freeship: '1',
          pick_money: req.parcel.codAmount,
          value: req.parcel.value,
          note: req.note ?? '',
          transport: req.serviceId === 'fly' ? 'fly' : 'road',
          pick_option: 'cod',
          deliver_option: 'none',
        },
      });
      const o = z.object({ label: z.string(), fee: z.coerce.number().nullish(), estimated_deliver_time: z.string().nullish() }).parse(j['order']);
      return { carrierOrderCode: o.label, fee: o.fee ?? null, expectedDeliveryAt: null };
    },

    async findByClientCode(clientOrderCode: string): Promise<Created | null> {
      try {
        const j = await call('status', `/services/shipment/v2/partner_id:${encodeURIComponent(clientOrderCode)}`, 'GET');
        const o = z.object({ label_id: z.string(), ship_money: z.coerce.number().nullish() }).safeParse(j['order']);
        return o.success ? { carrierOrderCode: o.data.label_id, fee: o.data.ship_money ?? null, expectedDeliveryAt: null } : null;
      } catch (e) {
        if (e instanceof CarrierRejectedError) return null; // unknown partner id
        throw e;
      }
    },

    async cancel(label: string): Promise<void> {
      await call('cancel', `/services/shipment/cancel/${encodeURIComponent(label)}`, 'POST', {});
    },

    /** GHTK's PDF label: it needs the shop's Token, so households get it through Gom's signed label link. */
    async labelUrl(labels: string[]): Promise<string> {
      return `${base}/services/label/${encodeURIComponent(labels[0]!)}`;
    },

    /** GHTK's PDF label, fetched with the shop's token (for Gom's label route). */
    async fetchLabel(label: string): Promise<Response> {
      return fetch(`${base}/services/label/${encodeURIComponent(label)}`, { headers, signal: AbortSignal.timeout(10_000) });
    },

    trackingUrl(label: string): string {
      return `https://i.ghtk.vn/${encodeURIComponent(label)}`;
    },

    parseStatusEvent({ body, contentType }: { body: string; contentType: string }): StatusEvent {
      let fields: unknown;
      if (/json/i.test(contentType) || body.trimStart().startsWith('{')) {
        try {
          fields = JSON.parse(body);
        } catch {
          throw new CarrierPayloadError('GHTK webhook body is not JSON');
        }
      } else {
        fields = Object.fromEntries(new URLSearchParams(body));
      }
      const r = ghtkWebhookSchema.safeParse(fields);
      if (!r.success) throw new CarrierPayloadError(`not a GHTK status report: ${r.error.issues[0]?.path.join('.')} ${r.error.issues[0]?.message}`);
      const e = r.data;
      if (Number.isNaN(Date.parse(e.action_time))) throw new CarrierPayloadError('GHTK action_time is not a date');
      const id = String(e.status_id);
      const at = new Date(e.action_time).toISOString();
      return {
        carrier: 'ghtk',
        carrierOrderCode: e.label_id,
        clientOrderCode: e.partner_id,
        status: GHTK_STATUSES[id] ?? null,
        carrierStatus: id,
        at,
        codAmount: e.pick_money ?? null,
        codTransferredAt: id === RECONCILED ? at : null,
        reason: e.reason || null,
        dedupeKey: `${e.label_id}|${id}|${e.action_time}`,
        raw: body,
      };
    },
  };
}

