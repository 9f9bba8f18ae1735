CREATE TABLE `domain_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`type` text NOT NULL,
	`group_id` integer,
	`order_id` integer,
	`data` text,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `domain_events_order` ON `domain_events` (`order_id`);