CREATE TABLE `shipment_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`shipment_id` integer NOT NULL,
	`dedupe_key` text NOT NULL,
	`carrier_status` text NOT NULL,
	`status` text,
	`note` text,
	`at` text NOT NULL,
	`raw` text,
	`received_at` text NOT NULL,
	FOREIGN KEY (`shipment_id`) REFERENCES `shipments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `shipment_events_dedupe_key_unique` ON `shipment_events` (`dedupe_key`);--> statement-breakpoint
CREATE INDEX `shipment_events_shipment` ON `shipment_events` (`shipment_id`);--> statement-breakpoint
CREATE TABLE `shipments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`group_id` integer NOT NULL,
	`household_id` integer,
	`carrier` text NOT NULL,
	`service_id` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`client_order_code` text NOT NULL,
	`carrier_order_code` text,
	`fee` integer,
	`cod_amount` integer DEFAULT 0 NOT NULL,
	`value` integer DEFAULT 0 NOT NULL,
	`weight_grams` integer NOT NULL,
	`size_cm` text NOT NULL,
	`from_place` text NOT NULL,
	`to_place` text NOT NULL,
	`expected_delivery_at` text,
	`tracking_url` text,
	`label_url` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` text,
	`lease_until` text,
	`last_error` text,
	`actor` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `shipments_client_order_code_unique` ON `shipments` (`client_order_code`);--> statement-breakpoint
CREATE INDEX `shipments_order` ON `shipments` (`order_id`);--> statement-breakpoint
CREATE INDEX `shipments_due` ON `shipments` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `shipments_carrier_code` ON `shipments` (`carrier`,`carrier_order_code`);--> statement-breakpoint
CREATE TABLE `shipping_quotes` (
	`order_id` integer PRIMARY KEY NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`quotes` text,
	`lease_until` text,
	`requested_by` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `groups` ADD `shipping` text;--> statement-breakpoint
ALTER TABLE `households` ADD `pickup` text;--> statement-breakpoint
ALTER TABLE `orders` ADD `payment_method` text DEFAULT 'vietqr' NOT NULL;--> statement-breakpoint
ALTER TABLE `orders` ADD `deposit_due` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `orders` ADD `ship_ward_code` text;--> statement-breakpoint
ALTER TABLE `payments` ADD `carrier` text;--> statement-breakpoint
ALTER TABLE `payments` ADD `transferred_at` text;--> statement-breakpoint
ALTER TABLE `products` ADD `weight_grams` integer;--> statement-breakpoint
ALTER TABLE `products` ADD `size_cm` text;