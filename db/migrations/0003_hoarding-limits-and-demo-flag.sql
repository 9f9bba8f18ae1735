ALTER TABLE `groups` ADD `demo` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `groups` ADD `max_unpaid_orders` integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE `groups` ADD `max_units_per_product` real DEFAULT 50 NOT NULL;--> statement-breakpoint
ALTER TABLE `groups` ADD `unconfirmed_hold_minutes` integer DEFAULT 60 NOT NULL;--> statement-breakpoint
CREATE INDEX `orders_person_status` ON `orders` (`person_id`,`status`);