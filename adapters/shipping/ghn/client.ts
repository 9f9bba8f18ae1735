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
import { callJson, placeKey } from '../http.ts';

/**
 * GHN (Giao Hàng Nhanh) public API v2, as a Carrier. A small typed client over fetch: GHN publishes no
 * maintained JavaScript client (the community ones on GitHub are unmaintained and pull in axios), and
 * Gom needs only these calls (GHN's API documentation at api.ghn.vn: master data, available services, fee, lead time,
 * create, detail by client code, cancel, A5 print token; every call with the `Token` and `ShopId` headers).
 *
 * GHN's master data still has the pre-2025 districts, so a 2025 ward is sent as the old district and
 * ward it took over (core/address legacyOf), looked up in GHN's own ids once per process.
 */
export interface GhnConfig {
  token: string;
  shopId: number;
  /** Default https://online-gateway.ghn.vn/shiip/public-api; the sandbox is https://dev-online-gateway.ghn.vn/shiip/public-api. */
  apiBase?: string;
}

export const GHN_API_BASE = 'https://online-gateway.ghn.vn/shiip/public-api';

/** GHN's order statuses (api.ghn.vn "Order status") in neutral terms; null = a status that moves nothing. */
export const GHN_STATUSES: Record<string, ShipmentStatus | null> = {
  ready_to_pick: 'created',
  picking: 'picking',
  money_collect_picking: 'picking',
  picked: 'picked',
  storing: 'in_transit',
  transporting: 'in_transit',
  sorting: 'in_transit',
  delivering: 'delivering',
  money_collect_delivering: 'delivering',
  delivered: 'delivered',
  delivery_fail: 'delivery_failed',
  waiting_to_return: 'delivery_failed',
  return: 'returning',
  return_transporting: 'returning',
  return_sorting: 'returning',
  returning: 'returning',
  return_fail: 'returning',
  returned: 'returned',
  cancel: 'cancelled',
  exception: null,
  damage: null,
  lost: null,
};

const ok = (j: Record<string, unknown>): true | string => (j['code'] === 200 ? true : String(j['message'] ?? `code ${String(j['code'])}`));

const provinceRow = z.object({ ProvinceID: z.number(), ProvinceName: z.string(), NameExtension: z.array(z.string()).nullish() });
const districtRow = z.object({ DistrictID: z.number(), ProvinceID: z.number(), DistrictName: z.string(), NameExtension: z.array(z.string()).nullish() });
const wardRow = z.object({ WardCode: z.string(), DistrictID: z.number(), WardName: z.string(), NameExtension: z.array(z.string()).nullish() });

/** The status webhook body (GHN's API documentation, "Callback", document id 47). */
export const ghnWebhookSchema = z.object({
  OrderCode: z.string().min(1),
  ClientOrderCode: z.string().nullish(),
  Status: z.string().min(1),
  Type: z.string().min(1),
  Time: z.string().min(1),
  ShopID: z.number().optional(),
  CODAmount: z.number().nullish(),
  CODTransferDate: z.string().nullish(),
  Reason: z.string().nullish(),
  ReasonCode: z.string().nullish(),
  Description: z.string().nullish(),
  TotalFee: z.number().nullish(),
});

/** A GHN carrier for one shop. */
export function ghnCarrier(cfg: GhnConfig): Carrier & { districtAndWard(p: Place): Promise<{ districtId: number; wardCode: string }> } {
  const base = (cfg.apiBase ?? GHN_API_BASE).replace(/\/$/, '');
  const headers = { Token: cfg.token, ShopId: String(cfg.shopId) };
  const call = (method: string, path: string, body?: unknown, verb: 'GET' | 'POST' = 'POST') =>
    callJson('ghn', method, `${base}${path}`, { method: verb, headers, ...(body !== undefined ? { body } : {}) }, ok);

  // Master data changes rarely: each list is fetched once per process.
  let provinces: Promise<z.infer<typeof provinceRow>[]> | undefined;
  const districts = new Map<number, Promise<z.infer<typeof districtRow>[]>>();
  const wards = new Map<number, Promise<z.infer<typeof wardRow>[]>>();
  const names = (n: string, ext?: string[] | null) => [n, ...(ext ?? [])].map(placeKey);
  const loadProvinces = () =>
    (provinces ??= call('province', '/master-data/province', undefined, 'GET').then((j) => z.array(provinceRow).parse(j['data']))).catch((e) => {
      provinces = undefined;
      throw e;
    });
  const loadDistricts = (provinceId: number) => {
    let p = districts.get(provinceId);
    if (!p) {
      p = call('district', '/master-data/district', { province_id: provinceId }).then((j) => z.array(districtRow).parse(j['data']));
      p.catch(() => districts.delete(provinceId));
      districts.set(provinceId, p);
    }
    return p;
  };
  const loadWards = (districtId: number) => {
    let p = wards.get(districtId);
    if (!p) {
      p = call('ward', '/master-data/ward', { district_id: districtId }).then((j) => z.array(wardRow).parse(j['data'] ?? []));
      p.catch(() => wards.delete(districtId));
      wards.set(districtId, p);
    }
    return p;
  };

  /** GHN's district id and ward code for a place, through the pre-2025 names GHN's master data uses. */
  async function districtAndWard(p: Place): Promise<{ districtId: number; wardCode: string }> {
    const legacy = p.legacy;
    if (!legacy) throw new CarrierRejectedError('ghn', 'address', 400, `no pre-2025 district known for ${p.wardName}`);
    const prov = (await loadProvinces()).find((r) => names(r.ProvinceName, r.NameExtension).includes(placeKey(legacy.province)));
    if (!prov) throw new CarrierRejectedError('ghn', 'address', 400, `GHN has no province "${legacy.province}"`);
    const dist = (await loadDistricts(prov.ProvinceID)).find((r) => names(r.DistrictName, r.NameExtension).includes(placeKey(legacy.district)));
    if (!dist) throw new CarrierRejectedError('ghn', 'address', 400, `GHN has no district "${legacy.district}" in ${legacy.province}`);
    const ward = (await loadWards(dist.DistrictID)).find((r) => names(r.WardName, r.NameExtension).includes(placeKey(legacy.ward)));
    if (!ward) throw new CarrierRejectedError('ghn', 'address', 400, `GHN has no ward "${legacy.ward}" in ${legacy.district}`);
    return { districtId: dist.DistrictID, wardCode: ward.WardCode };
  }

  const createdOf = (d: Record<string, unknown>): Created => ({
    carrierOrderCode: String(d['order_code']),
    fee: Number.isFinite(Number(d['total_fee'])) && d['total_fee'] !== null && d['total_fee'] !== undefined ? Number(d['total_fee']) : null,
    expectedDeliveryAt: typeof d['expected_delivery_time'] === 'string' ? d['expected_delivery_time'] : null,
  });

  return {
    code: 'ghn',
    name: 'Giao Hàng Nhanh',
    districtAndWard,

    async quote(req: QuoteRequest): Promise<Quote[]> {
      const [from, to] = await Promise.all([districtAndWard(req.from), districtAndWard(req.to)]);
      const services = z
        .array(z.object({ service_id: z.number(), short_name: z.string(), service_type_id: z.number() }))
        .parse((await call('available-services', '/v2/shipping-order/available-services', { shop_id: cfg.shopId, from_district: from.districtId, to_district: to.districtId }))['data'] ?? []);
      const quotes = await Promise.all(
        services.map(async (s): Promise<Quote> => {
          const route = { from_district_id: from.districtId, from_ward_code: from.wardCode, to_district_id: to.districtId, to_ward_code: to.wardCode, service_id: s.service_id };
          const [fee, lead] = await Promise.all([
            call('fee', '/v2/shipping-order/fee', {
              ...route,
              service_type_id: s.service_type_id,
              weight: req.parcel.weightGrams,
              length: req.parcel.sizeCm.length,
              width: req.parcel.sizeCm.width,
              height: req.parcel.sizeCm.height,
              insurance_value: Math.min(req.parcel.value, 5_000_000),
              cod_value: req.parcel.codAmount,
            }),
            call('leadtime', '/v2/shipping-order/leadtime', route).catch(() => null),
          ]);
          const total = z.object({ total: z.number() }).parse(fee['data']).total;
          const leadtime = lead ? z.object({ leadtime: z.number() }).safeParse(lead['data']) : null;
          return {
            carrier: 'ghn',
            serviceId: String(s.service_id),
            serviceName: s.short_name,
            fee: total,
            expectedDeliveryAt: leadtime?.success ? new Date(leadtime.data.leadtime * 1000).toISOString() : null,
          };
        }),
      );
      return quotes.sort((a, b) => a.fee - b.fee);
    },

    async create(req: CreateRequest): Promise<Created> {
      const to = await districtAndWard(req.to);
      const from = req.from;
      const j = await call('create', '/v2/shipping-order/create', {
        payment_type_id: 1, // the shop pays the fee; the receiver pays only the COD amount
        required_note: 'CHOXEMHANGKHONGTHU',
        note: req.note ?? '',
        client_order_code: req.clientOrderCode,
        from_name: from.name,
        from_phone: from.phone,
        from_address: [from.street, from.wardName, from.provinceName].filter(Boolean).join(', '),
        from_ward_name: from.legacy?.ward ?? from.wardName,
        from_district_name: from.legacy?.district ?? '',
        from_province_name: from.legacy?.province ?? from.provinceName,
        to_name: req.to.name,
        to_phone: req.to.phone,
        to_address: [req.to.street, req.to.wardName, req.to.provinceName].filter(Boolean).join(', '),
        to_ward_code: to.wardCode,
        to_district_id: to.districtId,
        cod_amount: req.parcel.codAmount,
        content: req.parcel.content.slice(0, 2000),
        weight: req.parcel.weightGrams,
        length: req.parcel.sizeCm.length,
        width: req.parcel.sizeCm.width,
        height: req.parcel.sizeCm.height,
        insurance_value: Math.min(req.parcel.value, 5_000_000),
        service_id: Number(req.serviceId),
        service_type_id: 2,
        items: req.parcel.items.map((i) => ({ name: i.name, code: i.sku, quantity: Math.max(1, Math.round(i.qty)), price: i.price, weight: i.weightGrams })),
      });
      return createdOf(j['data'] as Record<string, unknown>);
    },

    async findByClientCode(clientOrderCode: string): Promise<Created | null> {
      try {
        const j = await call('detail-by-client-code', '/v2/shipping-order/detail-by-client-code', { client_order_code: clientOrderCode });
        const d = j['data'] as Record<string, unknown> | null;
        return d && d['order_code'] ? { ...createdOf(d), fee: null, expectedDeliveryAt: typeof d['leadtime'] === 'string' ? d['leadtime'] : null } : null;
      } catch (e) {
        if (e instanceof CarrierRejectedError) return null; // GHN answers 400 for a code it does not know
        throw e;
      }
    },

    async cancel(carrierOrderCode: string): Promise<void> {
      const j = await call('cancel', '/v2/switch-status/cancel', { order_codes: [carrierOrderCode] });
      const r = z.array(z.object({ order_code: z.string(), result: z.boolean(), message: z.string().nullish() })).safeParse(j['data']);
      const mine = r.success ? r.data.find((x) => x.order_code === carrierOrderCode) : undefined;
      if (mine && !mine.result) throw new CarrierRejectedError('ghn', 'cancel', 200, mine.message ?? 'not cancelled');
    },

    async labelUrl(codes: string[]): Promise<string> {
      const j = await call('gen-token', '/v2/a5/gen-token', { order_codes: codes });
      const token = z.object({ token: z.string() }).parse(j['data']).token;
      return `${new URL(base).origin}/a5/public-api/printA5?token=${encodeURIComponent(token)}`;
    },

    trackingUrl(code: string): string {
      return `https://donhang.ghn.vn/?order_code=${encodeURIComponent(code)}`;
    },

    parseStatusEvent({ body }: { body: string; contentType: string }): StatusEvent {
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        throw new CarrierPayloadError('GHN webhook body is not JSON');
      }
      const r = ghnWebhookSchema.safeParse(json);
      if (!r.success) throw new CarrierPayloadError(`not a GHN status report: ${r.error.issues[0]?.path.join('.')} ${r.error.issues[0]?.message}`);
      const e = r.data;
      if (e.ShopID !== undefined && e.ShopID !== cfg.shopId) throw new CarrierPayloadError(`report for GHN shop ${e.ShopID}, not ours`);
      const type = e.Type.toLowerCase();
      const status = type === 'switch_status' || type === 'create' ? (GHN_STATUSES[e.Status.toLowerCase()] ?? null) : null;
      if (Number.isNaN(Date.parse(e.Time))) throw new CarrierPayloadError('GHN webhook Time is not a date');
      return {
        carrier: 'ghn',
        carrierOrderCode: e.OrderCode,
        clientOrderCode: e.ClientOrderCode || null,
        status,
        carrierStatus: `${type}:${e.Status}`,
        at: new Date(e.Time).toISOString(),
        codAmount: e.CODAmount ?? null,
        codTransferredAt: e.CODTransferDate ? new Date(e.CODTransferDate).toISOString() : null,
        reason: e.Reason || e.Description || null,
        dedupeKey: `${e.OrderCode}|${type}|${e.Status}|${e.Time}`,
        raw: body,
      };
    },
  };
}
