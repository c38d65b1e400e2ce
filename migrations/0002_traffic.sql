CREATE TABLE `ticket_subscribers` (
	`ticket_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`via` text NOT NULL,
	`since` integer NOT NULL,
	PRIMARY KEY(`ticket_id`, `person_id`),
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ticket_subscribers_person` ON `ticket_subscribers` (`person_id`);--> statement-breakpoint
CREATE TABLE `learnt_examples` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`service_id` text NOT NULL,
	`text` text NOT NULL,
	`adopted_by` integer,
	`at` integer NOT NULL,
	`source_id` integer,
	FOREIGN KEY (`adopted_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `unsure_messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`text` text NOT NULL,
	`band` text NOT NULL,
	`candidates` text NOT NULL,
	`top_probability` real NOT NULL,
	`picked` text,
	`person_id` integer,
	`channel` text NOT NULL,
	`at` integer NOT NULL,
	`adopted_as` text,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `unsure_messages_at` ON `unsure_messages` (`at`);