CREATE TABLE `addresses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`receiver_name` text,
	`phone` text,
	`address` text,
	`pickup` integer DEFAULT false NOT NULL,
	`last_used_at` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `addresses_person` ON `addresses` (`person_id`,`last_used_at`);--> statement-breakpoint
ALTER TABLE `groups` ADD `checkout` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `groups` ADD `delivery` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `orders` ADD `receiver_name` text;--> statement-breakpoint
ALTER TABLE `orders` ADD `delivery_address` text;--> statement-breakpoint
ALTER TABLE `orders` ADD `pickup` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `orders` ADD `payment_claimed_at` text;--> statement-breakpoint
ALTER TABLE `products` ADD `name_en` text;--> statement-breakpoint
ALTER TABLE `products` ADD `short_name` text;