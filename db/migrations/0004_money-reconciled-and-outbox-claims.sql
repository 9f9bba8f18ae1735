ALTER TABLE `outbox` ADD `claimed_by` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `lease_until` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `on_wire_at` text;--> statement-breakpoint
ALTER TABLE `payments` ADD `reconciled_amount` integer DEFAULT 0 NOT NULL;