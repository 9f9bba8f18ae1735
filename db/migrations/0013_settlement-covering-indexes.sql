DROP INDEX `allocations_order_line`;--> statement-breakpoint
CREATE INDEX `allocations_order_line` ON `allocations` (`order_line_id`,`household_id`,`qty`,`status`);--> statement-breakpoint
DROP INDEX `order_lines_order`;--> statement-breakpoint
CREATE INDEX `order_lines_order` ON `order_lines` (`order_id`,`unit_price`);--> statement-breakpoint
DROP INDEX `orders_group_status`;--> statement-breakpoint
CREATE INDEX `orders_group_status` ON `orders` (`group_id`,`status`,`payment_method`,`payment_status`);