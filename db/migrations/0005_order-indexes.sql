CREATE INDEX `allocations_order_line` ON `allocations` (`order_line_id`);--> statement-breakpoint
CREATE INDEX `allocations_household` ON `allocations` (`household_id`);--> statement-breakpoint
CREATE INDEX `order_events_order` ON `order_events` (`order_id`);--> statement-breakpoint
CREATE INDEX `order_events_to_status` ON `order_events` (`to_status`);--> statement-breakpoint
CREATE INDEX `order_lines_order` ON `order_lines` (`order_id`);--> statement-breakpoint
CREATE INDEX `orders_group` ON `orders` (`group_id`);--> statement-breakpoint
CREATE INDEX `orders_person` ON `orders` (`person_id`,`group_id`);--> statement-breakpoint
CREATE INDEX `orders_pool` ON `orders` (`pool_id`);--> statement-breakpoint
CREATE INDEX `orders_chat` ON `orders` (`chat_platform`,`chat_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `payments_order` ON `payments` (`order_id`);--> statement-breakpoint
CREATE INDEX `payments_group` ON `payments` (`group_id`);--> statement-breakpoint
CREATE INDEX `stock_product` ON `stock` (`product_id`);