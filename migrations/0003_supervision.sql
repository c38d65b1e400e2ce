CREATE TABLE `kpi_cause_analyses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text NOT NULL,
	`on_time_rate` real NOT NULL,
	`flagged_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`cause` text,
	`recorded_by_id` integer,
	`recorded_at` integer,
	FOREIGN KEY (`recorded_by_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `kpi_cause_analyses_period` ON `kpi_cause_analyses` (`from_date`,`to_date`);--> statement-breakpoint
CREATE TABLE `kpi_clock_buckets` (
	`bucket` integer NOT NULL,
	`milestone` text NOT NULL,
	`post_id` text NOT NULL,
	`type` text NOT NULL,
	`due` integer NOT NULL,
	`completed` integer NOT NULL,
	`on_time` integer NOT NULL,
	`pending` integer NOT NULL,
	PRIMARY KEY(`bucket`, `milestone`, `post_id`, `type`)
);
--> statement-breakpoint
CREATE TABLE `kpi_rating_buckets` (
	`bucket` integer NOT NULL,
	`post_id` text NOT NULL,
	`type` text NOT NULL,
	`score` integer NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`bucket`, `post_id`, `type`, `score`)
);
--> statement-breakpoint
CREATE TABLE `kpi_ticket_buckets` (
	`bucket` integer NOT NULL,
	`event` text NOT NULL,
	`post_id` text NOT NULL,
	`type` text NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`bucket`, `event`, `post_id`, `type`)
);
--> statement-breakpoint
CREATE INDEX `ratings_updated` ON `ratings` (`updated_at`);--> statement-breakpoint
CREATE INDEX `ticket_deadlines_milestone_due` ON `ticket_deadlines` (`milestone`,`due_at`,`ticket_id`,`met_at`,`paused_at`);--> statement-breakpoint
CREATE INDEX `ticket_deadlines_open_due` ON `ticket_deadlines` (`due_at`,`ticket_id`) WHERE "ticket_deadlines"."met_at" IS NULL AND "ticket_deadlines"."paused_at" IS NULL;--> statement-breakpoint
CREATE INDEX `tickets_type_created` ON `tickets` (`type`,`created_at`);--> statement-breakpoint
CREATE INDEX `tickets_resolved` ON `tickets` (`resolved_at`);