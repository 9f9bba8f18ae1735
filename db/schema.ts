import { sql } from 'drizzle-orm';
import { blob, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** Timestamps are ISO-8601 strings in UTC; money is integer đồng; quantities are in the product's own unit. */
const createdAt = () => text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);

export const PLATFORMS = ['sim', 'telegram', 'zalo', 'zalo-bot', 'viber'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const ORDER_STATUSES = ['awaiting_payment', 'paid', 'ready', 'shipped', 'delivered', 'cancelled', 'expired', 'returned'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const PAYMENT_STATUSES = ['unpaid', 'partial', 'paid', 'overpaid', 'refunded'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export const ROLES = ['admin', 'household', 'confirmer'] as const;
export type Role = (typeof ROLES)[number];

export const groups = sqliteTable('groups', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  language: text('language', { enum: ['vi', 'en'] }).notNull().default('vi'),
  currency: text('currency').notNull().default('VND'),
  codePrefix: text('code_prefix').notNull(),
  commissionPercent: real('commission_percent').notNull().default(0),
  paymentTimeoutMinutes: integer('payment_timeout_minutes').notNull().default(1440),
  notifyHouseholdsOn: text('notify_households_on', { enum: ['paid', 'placed'] }).notNull().default('paid'),
  bankBin: text('bank_bin').notNull(),
  bankAccount: text('bank_account').notNull(),
  bankAccountName: text('bank_account_name').notNull(),
  catalogVersion: integer('catalog_version').notNull().default(1),
  /** The demo shop imported by `npm start` with DEMO=1: only here do the simulator's demo people hold roles. */
  demo: integer('demo', { mode: 'boolean' }).notNull().default(false),
  /** Hoarding limits per customer: unpaid orders at once, and units of one product held in unpaid (non-pool) orders. */
  maxUnpaidOrders: integer('max_unpaid_orders').notNull().default(3),
  maxUnitsPerProduct: real('max_units_per_product').notNull().default(50),
  /** How long an order placed by a one-line message in a group chat is held until its customer confirms it privately. */
  unconfirmedHoldMinutes: integer('unconfirmed_hold_minutes').notNull().default(60),
  /** Shipping and cash-on-delivery settings (core/shipping/settings.ts `GroupShipping`); null = the defaults. */
  shipping: text('shipping', { mode: 'json' }).$type<Record<string, unknown>>(),
  /** What checkout asks a customer for (receiver, phone, address, pickup): core/checkout/settings.ts. */
  checkout: text('checkout', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default(sql`'{}'`),
  /** What the bot tells customers who ask about delivery (ships, COD, days): core/checkout/settings.ts. */
  delivery: text('delivery', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default(sql`'{}'`),
  createdAt: createdAt(),
});

export const households = sqliteTable(
  'households',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    groupId: integer('group_id').notNull().references(() => groups.id),
    key: text('key').notNull(),
    name: text('name').notNull(),
    phone: text('phone'),
    bankBin: text('bank_bin'),
    bankAccount: text('bank_account'),
    bankAccountName: text('bank_account_name'),
    /** Where carriers pick up this household's parcels (core/shipping/settings.ts `Pickup`), null until set. */
    pickup: text('pickup', { mode: 'json' }).$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('households_group_key').on(t.groupId, t.key)],
);

export const products = sqliteTable(
  'products',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    groupId: integer('group_id').notNull().references(() => groups.id),
    sku: text('sku').notNull(),
    name: text('name').notNull(),
    price: integer('price').notNull(),
    unit: text('unit').notNull(),
    aliases: text('aliases', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    /** Optional English name, shown to people who chose English (the shop's own words otherwise). */
    nameEn: text('name_en'),
    /** Optional short name for tight places (buttons, the group tally); derived from the name when absent. */
    shortName: text('short_name'),
    position: integer('position').notNull().default(0),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    /** Weight and size of one unit for carriers; null = the group's default. */
    weightGrams: integer('weight_grams'),
    sizeCm: text('size_cm', { mode: 'json' }).$type<{ length: number; width: number; height: number }>(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('products_group_sku').on(t.groupId, t.sku)],
);

/** Units on hand per household and product; reserved units are already subtracted. */
export const stock = sqliteTable(
  'stock',
  {
    householdId: integer('household_id').notNull().references(() => households.id),
    productId: integer('product_id').notNull().references(() => products.id),
    qty: real('qty').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.householdId, t.productId] }), index('stock_product').on(t.productId)],
);

export const people = sqliteTable('people', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name'),
  phone: text('phone'),
  language: text('language', { enum: ['vi', 'en'] }),
  createdAt: createdAt(),
});

/** A customer's saved delivery details (address book), offered back at the next checkout; newest use first. */
export const addresses = sqliteTable(
  'addresses',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id').notNull().references(() => people.id),
    receiverName: text('receiver_name'),
    phone: text('phone'),
    /** The delivery address as the customer wrote it; null for a pickup at the village. */
    address: text('address'),
    pickup: integer('pickup', { mode: 'boolean' }).notNull().default(false),
    lastUsedAt: text('last_used_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('addresses_person').on(t.personId, t.lastUsedAt)],
);

/** A chat identity: (platform, platform user id) → person. */
export const identities = sqliteTable(
  'identities',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id').notNull().references(() => people.id),
    platform: text('platform', { enum: PLATFORMS }).notNull(),
    platformUserId: text('platform_user_id').notNull(),
    displayName: text('display_name'),
    /** Where a private message to this person goes on this platform. */
    privateChatId: text('private_chat_id'),
    /** The group (shop) this identity last talked to; adapters with one bot per group set it. */
    lastGroupId: integer('last_group_id').references(() => groups.id),
    lastInboundAt: text('last_inbound_at'),
    unreachableAt: text('unreachable_at'),
    unreachableReason: text('unreachable_reason'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('identities_platform_user').on(t.platform, t.platformUserId),
    // A person's identities (notifications, the households that can be told on every order placed): without
    // it those lookups scanned every customer who ever wrote.
    index('identities_person').on(t.personId),
  ],
);

export const memberships = sqliteTable(
  'memberships',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id').notNull().references(() => people.id),
    groupId: integer('group_id').notNull().references(() => groups.id),
    role: text('role', { enum: ROLES }).notNull(),
    householdId: integer('household_id').references(() => households.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('memberships_unique').on(t.personId, t.groupId, t.role, t.householdId)],
);

export const invites = sqliteTable('invites', {
  code: text('code').primaryKey(),
  groupId: integer('group_id').notNull().references(() => groups.id),
  role: text('role', { enum: ROLES }).notNull(),
  householdId: integer('household_id').references(() => households.id),
  createdByPersonId: integer('created_by_person_id').references(() => people.id),
  expiresAt: text('expires_at').notNull(),
  usedAt: text('used_at'),
  usedByPersonId: integer('used_by_person_id').references(() => people.id),
  createdAt: createdAt(),
});

/** Conversation state per chat and user (cart, pending question, page), so a restart loses nothing. */
export const chatStates = sqliteTable('chat_states', {
  key: text('key').primaryKey(),
  data: text('data', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const pools = sqliteTable('pools', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  groupId: integer('group_id').notNull().references(() => groups.id),
  name: text('name').notNull(),
  deadline: text('deadline').notNull(),
  status: text('status', { enum: ['open', 'met', 'unmet', 'cancelled'] }).notNull().default('open'),
  /** Minimum quantity per sku for the pool to go ahead. */
  targets: text('targets', { mode: 'json' }).$type<Record<string, number>>().notNull().default(sql`'{}'`),
  /** The group chat whose tally message follows this pool, if any. */
  chatPlatform: text('chat_platform', { enum: PLATFORMS }),
  chatId: text('chat_id'),
  tallyOutboxId: integer('tally_outbox_id'),
  /** True (the default): payment codes go out as soon as every target is met; false: only at the deadline. */
  releaseOnTarget: integer('release_on_target', { mode: 'boolean' }).notNull().default(true),
  /** When every target was first met and the payment codes went out (the pool stays open until its deadline). */
  releasedAt: text('released_at'),
  closedAt: text('closed_at'),
  createdAt: createdAt(),
});

export const orders = sqliteTable(
  'orders',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull().unique(),
    groupId: integer('group_id').notNull().references(() => groups.id),
    personId: integer('person_id').notNull().references(() => people.id),
    identityId: integer('identity_id').notNull().references(() => identities.id),
    customerName: text('customer_name'),
    phone: text('phone'),
    /** The customer's own words when they ordered by writing (an address, a delivery wish …). */
    note: text('note'),
    /** Who receives the goods, and where: asked at checkout (core/checkout), remembered in `addresses`. */
    receiverName: text('receiver_name'),
    deliveryAddress: text('delivery_address'),
    /** True when the customer collects the order at the village instead of having it delivered. */
    pickup: integer('pickup', { mode: 'boolean' }).notNull().default(false),
    /** When the customer last said they paid (button, words or a screenshot) and no confirmer has answered yet. */
    paymentClaimedAt: text('payment_claimed_at'),
    status: text('status', { enum: ORDER_STATUSES }).notNull().default('awaiting_payment'),
    paymentStatus: text('payment_status', { enum: PAYMENT_STATUSES }).notNull().default('unpaid'),
    total: integer('total').notNull(),
    paidAmount: integer('paid_amount').notNull().default(0),
    poolId: integer('pool_id').references(() => pools.id),
    /** The chat the order was placed from (a group chat for tally orders). */
    chatPlatform: text('chat_platform', { enum: PLATFORMS }).notNull(),
    chatId: text('chat_id').notNull(),
    expiresAt: text('expires_at'),
    remindedAt: text('reminded_at'),
    householdsNotifiedAt: text('households_notified_at'),
    /** How the customer pays: VietQR transfer before shipping, or cash on delivery (COD) to the carrier. */
    paymentMethod: text('payment_method', { enum: ['vietqr', 'cod'] }).notNull().default('vietqr'),
    /** For COD: what must arrive by VietQR before the order goes ahead (a first-time buyer's deposit). */
    depositDue: integer('deposit_due').notNull().default(0),
    /** The 2025 ward (data/vn-addresses-2025.json code) the delivery address was matched to and confirmed. */
    shipWardCode: text('ship_ward_code'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    // With what settlement asks of each order in flight, so summing them reads the index alone.
    index('orders_group_status').on(t.groupId, t.status, t.paymentMethod, t.paymentStatus),
    index('orders_expires').on(t.status, t.expiresAt),
    // Newest first within a group (the admin list and the API's pages) without sorting the group's history.
    index('orders_group').on(t.groupId),
    index('orders_person').on(t.personId, t.groupId),
    index('orders_pool').on(t.poolId),
    index('orders_chat').on(t.chatPlatform, t.chatId, t.createdAt),
    // A customer's unpaid orders (the hoarding limits).
    index('orders_person_status').on(t.personId, t.status),
  ],
);

export const orderLines = sqliteTable(
  'order_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    orderId: integer('order_id').notNull().references(() => orders.id),
    productId: integer('product_id').notNull().references(() => products.id),
    sku: text('sku').notNull(),
    name: text('name').notNull(),
    unit: text('unit').notNull(),
    qty: real('qty').notNull(),
    unitPrice: integer('unit_price').notNull(),
    lineTotal: integer('line_total').notNull(),
  },
  // The price rides along so that settlement's sums read the index instead of each line's row.
  (t) => [index('order_lines_order').on(t.orderId, t.unitPrice)],
);

export const allocations = sqliteTable(
  'allocations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    orderLineId: integer('order_line_id').notNull().references(() => orderLines.id),
    householdId: integer('household_id').notNull().references(() => households.id),
    qty: real('qty').notNull(),
    status: text('status', { enum: ['pending', 'notified', 'ready', 'cannot_supply'] }).notNull().default('pending'),
    updatedAt: text('updated_at'),
  },
  // Covering settlement's sums (household, quantity, refused or not) for each line.
  (t) => [index('allocations_order_line').on(t.orderLineId, t.householdId, t.qty, t.status), index('allocations_household').on(t.householdId)],
);

/** Every state change of an order and who or what caused it. */
export const orderEvents = sqliteTable(
  'order_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    orderId: integer('order_id').notNull().references(() => orders.id),
    type: text('type').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    actor: text('actor').notNull(),
    note: text('note'),
    at: text('at').notNull(),
  },
  // The second finds the orders delivered since a given event (settlement adds only those).
  (t) => [index('order_events_order').on(t.orderId), index('order_events_to_status').on(t.toStatus)],
);

/** Money received: from a bank webhook, a confirmer's button or an admin's hand. Never dropped. */
export const payments = sqliteTable(
  'payments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    groupId: integer('group_id').references(() => groups.id),
    orderId: integer('order_id').references(() => orders.id),
    source: text('source', { enum: ['sepay', 'casso', 'confirmer', 'admin', 'cod'] }).notNull(),
    externalId: text('external_id'),
    amount: integer('amount').notNull(),
    description: text('description'),
    /** matched | unmatched | assigned | ignored | reconciled (a hand confirmation the bank has since confirmed) | reconciles (a bank transfer that only confirms one) */
    status: text('status').notNull().default('matched'),
    /**
     * How much of this payment is matched against the other kind: on a confirmer's or admin's
     * payment, the part bank transfers have since confirmed; on a bank transfer, the part that only
     * confirmed such a hand confirmation (so it was not counted again).
     */
    reconciledAmount: integer('reconciled_amount').notNull().default(0),
    actor: text('actor').notNull(),
    raw: text('raw'),
    receivedAt: text('received_at').notNull(),
    /** Cash on delivery: the carrier that collected it, and when it transferred the money to the group (null until then). */
    carrier: text('carrier'),
    transferredAt: text('transferred_at'),
  },
  (t) => [uniqueIndex('payments_source_external').on(t.source, t.externalId), index('payments_order').on(t.orderId), index('payments_group').on(t.groupId)],
);

export const payouts = sqliteTable('payouts', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  householdId: integer('household_id').notNull().references(() => households.id),
  amount: integer('amount').notNull(),
  note: text('note'),
  actor: text('actor').notNull(),
  createdAt: text('created_at').notNull(),
});

/** Durable outgoing messages, written in the same transaction as the change that caused them. */
export const outbox = sqliteTable(
  'outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    platform: text('platform', { enum: PLATFORMS }).notNull(),
    groupId: integer('group_id').references(() => groups.id),
    chatId: text('chat_id').notNull(),
    identityId: integer('identity_id').references(() => identities.id),
    /** The neutral outgoing message (bots/model.ts `Outgoing`). */
    payload: text('payload', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    /**
     * pending → sending (claimed by one process, before the network call) → sent | failed; back to
     * pending for a retry. `unknown`: the process died mid-send and the platform offers no way to
     * know whether the message arrived, so it is not sent again (see adapters/outbox/worker.ts).
     */
    status: text('status', { enum: ['pending', 'sending', 'sent', 'failed', 'unknown'] }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** The process holding a `sending` claim (`pid@host`), and until when the claim holds. */
    claimedBy: text('claimed_by'),
    leaseUntil: text('lease_until'),
    /** Set just before the current attempt's request leaves for the platform; a claim without it never reached the network. */
    onWireAt: text('on_wire_at'),
    nextAttemptAt: text('next_attempt_at').notNull(),
    platformMessageId: text('platform_message_id'),
    lastError: text('last_error'),
    /** The incoming update this message answers, so a webhook can answer inline (Viber's welcome). */
    inReplyTo: text('in_reply_to'),
    /** Set when the simulator has shown the message to its reader. */
    readAt: text('read_at'),
    /** The admin's announcement this message delivers, if any (its sent / failed count is reported back). */
    broadcastId: integer('broadcast_id'),
    createdAt: text('created_at').notNull(),
    sentAt: text('sent_at'),
  },
  (t) => [index('outbox_due').on(t.status, t.nextAttemptAt), index('outbox_chat').on(t.platform, t.chatId), index('outbox_broadcast').on(t.broadcastId)],
);

/** An admin's announcement to the group's customers (`/thongbao`); one outbox row per recipient carries its id. */
export const broadcasts = sqliteTable(
  'broadcasts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    groupId: integer('group_id').notNull().references(() => groups.id),
    text: text('text').notNull(),
    /** The admin who sent it, told the counts when every message is settled. */
    personId: integer('person_id').notNull().references(() => people.id),
    actor: text('actor').notNull(),
    /** Messages written to the outbox, and customers left out by their platform's rules or their own choice. */
    queued: integer('queued').notNull().default(0),
    notAllowed: integer('not_allowed').notNull().default(0),
    optedOut: integer('opted_out').notNull().default(0),
    /** Why each left-out customer was left out: `{ "zalo_window": 2, "blocked": 1 }`. */
    reasons: text('reasons', { mode: 'json' }).$type<Record<string, number>>().notNull().default(sql`'{}'`),
    createdAt: text('created_at').notNull(),
    /** Set when the admin has been sent the final counts. */
    reportedAt: text('reported_at'),
    sent: integer('sent'),
    failed: integer('failed'),
  },
  (t) => [index('broadcasts_unreported').on(t.reportedAt)],
);

/** Customers who said they want no announcements from a group (`/tatthongbao`; `/batthongbao` removes the row). */
export const broadcastOptOuts = sqliteTable(
  'broadcast_opt_outs',
  {
    personId: integer('person_id').notNull().references(() => people.id),
    groupId: integer('group_id').notNull().references(() => groups.id),
    at: text('at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.groupId] })],
);


/** Webhook updates already handled: an atomic unique insert makes redelivery a no-op. */
export const processedUpdates = sqliteTable(
  'processed_updates',
  {
    source: text('source').notNull(),
    updateKey: text('update_key').notNull(),
    processedAt: text('processed_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.source, t.updateKey] })],
);

/** Bot credentials per group and platform (Telegram tokens beyond the first, Zalo OA tokens …). */
export const botAccounts = sqliteTable(
  'bot_accounts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    groupId: integer('group_id').notNull().references(() => groups.id),
    platform: text('platform', { enum: PLATFORMS }).notNull(),
    token: text('token'),
    secret: text('secret'),
    /** Platform-specific extras: bot username, refresh token, access-token expiry … */
    data: text('data', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default(sql`'{}'`),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('bot_accounts_group_platform').on(t.groupId, t.platform)],
);

/** Images served at unguessable, expiring URLs (VietQR codes for platforms that send pictures by URL). */
export const media = sqliteTable('media', {
  token: text('token').primaryKey(),
  kind: text('kind', { enum: ['vietqr', 'png'] }).notNull(),
  /** For `vietqr`, the payload to render; the PNG is rendered on demand. */
  content: text('content'),
  data: blob('data', { mode: 'buffer' }),
  expiresAt: text('expires_at').notNull(),
  createdAt: createdAt(),
});

/** One row rewritten by `/healthz`: proof that the database still takes writes (full disk, read-only file). */
export const healthProbes = sqliteTable('health_probes', {
  id: integer('id').primaryKey(),
  checkedAt: text('checked_at').notNull(),
});

/** One-time sign-in links for the web pages, sent by `/web` in chat; only the token's SHA-256 is kept. */
export const webLinks = sqliteTable('web_links', {
  tokenHash: text('token_hash').primaryKey(),
  personId: integer('person_id').notNull().references(() => people.id),
  groupId: integer('group_id').notNull().references(() => groups.id),
  /** Where the link was asked for: `chat:<platform>`. */
  origin: text('origin').notNull(),
  expiresAt: text('expires_at').notNull(),
  usedAt: text('used_at'),
  createdAt: text('created_at').notNull(),
});

/** Web sessions (cookie value's SHA-256), revocable, with a sliding expiry and the session's CSRF token. */
export const webSessions = sqliteTable(
  'web_sessions',
  {
    idHash: text('id_hash').primaryKey(),
    personId: integer('person_id').notNull().references(() => people.id),
    groupId: integer('group_id').notNull().references(() => groups.id),
    csrf: text('csrf').notNull(),
    expiresAt: text('expires_at').notNull(),
    lastSeenAt: text('last_seen_at').notNull(),
    revokedAt: text('revoked_at'),
    userAgent: text('user_agent'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('web_sessions_person').on(t.personId)],
);

export const SHIPMENT_STATUSES = [
  'pending',
  'creating',
  'created',
  'picking',
  'picked',
  'in_transit',
  'delivering',
  'delivered',
  'delivery_failed',
  'returning',
  'returned',
  'cancelled',
  'failed',
] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

/**
 * Parcels handed to a carrier: one per household of an order (or one per order when the group gathers
 * goods at the cooperative). Created at the carrier by a job outside any transaction, idempotently by
 * `client_order_code`; carriers' status webhooks move them on.
 */
export const shipments = sqliteTable(
  'shipments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    orderId: integer('order_id').notNull().references(() => orders.id),
    groupId: integer('group_id').notNull().references(() => groups.id),
    /** The household whose goods this parcel carries; null for a parcel gathered at the cooperative. */
    householdId: integer('household_id').references(() => households.id),
    carrier: text('carrier').notNull(),
    serviceId: text('service_id'),
    status: text('status', { enum: SHIPMENT_STATUSES }).notNull().default('pending'),
    /** Our code for the parcel at the carrier (`<order code>-<n>`): a retried create finds the parcel instead of making a second one. */
    clientOrderCode: text('client_order_code').notNull().unique(),
    /** The carrier's code (GHN order_code, GHTK label): the tracking code. */
    carrierOrderCode: text('carrier_order_code'),
    fee: integer('fee'),
    codAmount: integer('cod_amount').notNull().default(0),
    value: integer('value').notNull().default(0),
    weightGrams: integer('weight_grams').notNull(),
    sizeCm: text('size_cm', { mode: 'json' }).$type<{ length: number; width: number; height: number }>().notNull(),
    /** Snapshots of the pickup and delivery places the parcel was created with (core/shipping/carrier.ts `Place`). */
    fromPlace: text('from_place', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    toPlace: text('to_place', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    expectedDeliveryAt: text('expected_delivery_at'),
    /** Where the customer follows the parcel, and Gom's signed link where the household prints its label. */
    trackingUrl: text('tracking_url'),
    labelUrl: text('label_url'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: text('next_attempt_at'),
    leaseUntil: text('lease_until'),
    lastError: text('last_error'),
    actor: text('actor').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('shipments_order').on(t.orderId),
    index('shipments_due').on(t.status, t.nextAttemptAt),
    uniqueIndex('shipments_carrier_code').on(t.carrier, t.carrierOrderCode),
  ],
);

/** Carrier status events as received, once each (`dedupe_key`): the parcel's history. */
export const shipmentEvents = sqliteTable(
  'shipment_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    shipmentId: integer('shipment_id').notNull().references(() => shipments.id),
    dedupeKey: text('dedupe_key').notNull().unique(),
    carrierStatus: text('carrier_status').notNull(),
    status: text('status', { enum: SHIPMENT_STATUSES }),
    note: text('note'),
    at: text('at').notNull(),
    raw: text('raw'),
    receivedAt: text('received_at').notNull(),
  },
  (t) => [index('shipment_events_shipment').on(t.shipmentId)],
);

/**
 * Domain events (`order.cancelled`, `payment.recorded` …), appended by core operations in the same
 * transaction as the change they describe: an audit trail of what happened, and what reactions ran on.
 */
export const domainEvents = sqliteTable(
  'domain_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    type: text('type').notNull(),
    groupId: integer('group_id'),
    orderId: integer('order_id'),
    data: text('data', { mode: 'json' }),
    at: text('at').notNull(),
  },
  (t) => [index('domain_events_order').on(t.orderId)],
);

/**
 * Fee quotes asked for a ready order: one row per order, so the carriers are asked once (again only when
 * an admin asks with /vanchuyen), the answer reaching the admins as buttons through the outbox.
 */
export const shippingQuotes = sqliteTable('shipping_quotes', {
  orderId: integer('order_id').primaryKey().references(() => orders.id),
  /** pending (to ask) → asking (a process is asking the carriers) → sent | booked (the group's default carrier was booked) | failed */
  status: text('status', { enum: ['pending', 'asking', 'sent', 'booked', 'failed'] }).notNull().default('pending'),
  /** The quotes as offered (core/shipping/shipments.ts `OrderQuote[]`). */
  quotes: text('quotes', { mode: 'json' }).$type<unknown[]>(),
  leaseUntil: text('lease_until'),
  requestedBy: text('requested_by').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/**
 * Product photos, stored once by content (the SHA-256 of the re-encoded JPEG), as SQLite blobs rather than
 * files under the data folder: a photo is committed with the rows that use it (no orphan or missing file
 * after a crash), `npm run backup` and a restore carry photos with everything else, `:memory:` databases
 * work in tests, and a served name is looked up, never joined to a path (no traversal). Re-encoded photos
 * are small (≤ 1280 px JPEG, typically 100–250 KB; thumbnails a few KB), where SQLite reads blobs about as
 * fast as the file system (sqlite.org, "Internal Versus External BLOBs").
 */
export const photos = sqliteTable(
  'photos',
  {
    /** SHA-256 (hex) of `jpeg`: the photo's name in URLs (`/media/p/<hash>.jpg`). */
    hash: text('hash').primaryKey(),
    /** SHA-256 (hex) of the bytes it was made from, so the same upload or file is not encoded twice. */
    sourceHash: text('source_hash').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    jpeg: blob('jpeg', { mode: 'buffer' }).notNull(),
    thumb: blob('thumb', { mode: 'buffer' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('photos_source').on(t.sourceHash)],
);

/** A product's photos in order; the first (lowest position) is the cover. */
export const productPhotos = sqliteTable(
  'product_photos',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    productId: integer('product_id').notNull().references(() => products.id),
    photoHash: text('photo_hash').notNull().references(() => photos.hash),
    position: integer('position').notNull(),
    /** Who added it: `import`, or `<role>:<platform>:<user id>` for a photo sent from a phone. */
    addedBy: text('added_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('product_photos_unique').on(t.productId, t.photoHash), index('product_photos_product').on(t.productId, t.position)],
);

/**
 * A platform's own id for a photo it already has (Telegram `file_id` per bot, Zalo OA `attachment_id`),
 * so the same photo is uploaded once per bot and then sent by that id.
 */
export const photoPlatformIds = sqliteTable(
  'photo_platform_ids',
  {
    photoHash: text('photo_hash').notNull().references(() => photos.hash),
    platform: text('platform', { enum: PLATFORMS }).notNull(),
    /** The bot or account the id belongs to (a Telegram file_id is only valid for the bot that got it). */
    account: text('account').notNull(),
    variant: text('variant', { enum: ['full', 'thumb'] }).notNull().default('full'),
    fileId: text('file_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.photoHash, t.platform, t.account, t.variant] })],
);

/**
 * Photos people sent that still have to be fetched from their platform: written in the transaction that
 * handled the message, fetched and stored afterwards (network outside any transaction), retried on
 * network failures, and finished by the handler named in `purpose` in one transaction with its replies.
 */
export const photoJobs = sqliteTable(
  'photo_jobs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    platform: text('platform', { enum: PLATFORMS }).notNull(),
    groupId: integer('group_id').references(() => groups.id),
    chatId: text('chat_id').notNull(),
    identityId: integer('identity_id').references(() => identities.id),
    /** The neutral `IncomingPhoto` (file id and/or URL, size). */
    ref: text('ref', { mode: 'json' }).$type<{ fileId?: string; url?: string; size?: number }>().notNull(),
    /** What the photo is for, read by the handler of `purpose.kind` (e.g. `{"kind":"product","productId":3}`). */
    purpose: text('purpose', { mode: 'json' }).$type<{ kind: string } & Record<string, unknown>>().notNull(),
    status: text('status', { enum: ['pending', 'done', 'refused', 'failed'] }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: text('next_attempt_at').notNull(),
    photoHash: text('photo_hash'),
    lastError: text('last_error'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('photo_jobs_due').on(t.status, t.nextAttemptAt)],
);
