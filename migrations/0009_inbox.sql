CREATE TABLE `inbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`channel` text NOT NULL,
	`event_id` text NOT NULL,
	`content` text NOT NULL,
	`recoveries` integer DEFAULT 0 NOT NULL,
	`received_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `inbox_event` ON `inbox` (`channel`,`event_id`);