CREATE TABLE `photo_jobs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`platform` text NOT NULL,
	`group_id` integer,
	`chat_id` text NOT NULL,
	`identity_id` integer,
	`ref` text NOT NULL,
	`purpose` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` text NOT NULL,
	`photo_hash` text,
	`last_error` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`identity_id`) REFERENCES `identities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `photo_jobs_due` ON `photo_jobs` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE TABLE `photo_platform_ids` (
	`photo_hash` text NOT NULL,
	`platform` text NOT NULL,
	`account` text NOT NULL,
	`variant` text DEFAULT 'full' NOT NULL,
	`file_id` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`photo_hash`, `platform`, `account`, `variant`),
	FOREIGN KEY (`photo_hash`) REFERENCES `photos`(`hash`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `photos` (
	`hash` text PRIMARY KEY NOT NULL,
	`source_hash` text NOT NULL,
	`width` integer NOT NULL,
	`height` integer NOT NULL,
	`jpeg` blob NOT NULL,
	`thumb` blob NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `photos_source` ON `photos` (`source_hash`);--> statement-breakpoint
CREATE TABLE `product_photos` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`product_id` integer NOT NULL,
	`photo_hash` text NOT NULL,
	`position` integer NOT NULL,
	`added_by` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`photo_hash`) REFERENCES `photos`(`hash`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `product_photos_unique` ON `product_photos` (`product_id`,`photo_hash`);--> statement-breakpoint
CREATE INDEX `product_photos_product` ON `product_photos` (`product_id`,`position`);