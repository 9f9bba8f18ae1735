CREATE TABLE `broadcast_opt_outs` (
	`person_id` integer NOT NULL,
	`group_id` integer NOT NULL,
	`at` text NOT NULL,
	PRIMARY KEY(`person_id`, `group_id`),
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `broadcasts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`group_id` integer NOT NULL,
	`text` text NOT NULL,
	`person_id` integer NOT NULL,
	`actor` text NOT NULL,
	`queued` integer DEFAULT 0 NOT NULL,
	`not_allowed` integer DEFAULT 0 NOT NULL,
	`opted_out` integer DEFAULT 0 NOT NULL,
	`reasons` text DEFAULT '{}' NOT NULL,
	`created_at` text NOT NULL,
	`reported_at` text,
	`sent` integer,
	`failed` integer,
	FOREIGN KEY (`group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `broadcasts_unreported` ON `broadcasts` (`reported_at`);--> statement-breakpoint
ALTER TABLE `outbox` ADD `broadcast_id` integer;--> statement-breakpoint
CREATE INDEX `outbox_broadcast` ON `outbox` (`broadcast_id`);--> statement-breakpoint
ALTER TABLE `pools` ADD `release_on_target` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `pools` ADD `released_at` text;