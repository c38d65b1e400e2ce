CREATE TABLE `ticket_leads` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ticket_id` integer NOT NULL,
	`lead_id` integer NOT NULL,
	`assigned_by_id` integer NOT NULL,
	`assigned_at` integer NOT NULL,
	`ended_at` integer,
	`last_update_at` integer,
	`last_update` text,
	`next_reminder_at` integer NOT NULL,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`lead_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assigned_by_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ticket_leads_ticket` ON `ticket_leads` (`ticket_id`);--> statement-breakpoint
CREATE INDEX `ticket_leads_reminder` ON `ticket_leads` (`next_reminder_at`);--> statement-breakpoint
CREATE TABLE `notices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ticket_id` integer NOT NULL,
	`title` text NOT NULL,
	`major` integer NOT NULL,
	`stage` text NOT NULL,
	`channels` text NOT NULL,
	`published` text NOT NULL,
	`reviewer_id` integer,
	`stage_since` integer NOT NULL,
	`reminded_at` integer,
	`approved_by_id` integer,
	`approved_at` integer,
	`signed_off_by_id` integer,
	`signed_off_at` integer,
	`published_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reviewer_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approved_by_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`signed_off_by_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `notices_ticket` ON `notices` (`ticket_id`);--> statement-breakpoint
CREATE INDEX `notices_stage` ON `notices` (`stage`,`stage_since`);