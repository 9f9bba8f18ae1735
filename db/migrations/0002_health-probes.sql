CREATE TABLE `health_probes` (
	`id` integer PRIMARY KEY NOT NULL,
	`checked_at` text NOT NULL
);
