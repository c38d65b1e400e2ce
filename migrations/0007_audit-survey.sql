CREATE TABLE `audit_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`sample_id` integer NOT NULL,
	`ticket_id` integer NOT NULL,
	`post_id` text NOT NULL,
	`clerk_id` integer,
	`paper` text,
	`ledger` text,
	`follow_up` text,
	`note` text,
	`checked_by_id` integer,
	`checked_at` integer,
	FOREIGN KEY (`sample_id`) REFERENCES `audit_samples`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`clerk_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`checked_by_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `audit_items_sample_ticket` ON `audit_items` (`sample_id`,`ticket_id`);--> statement-breakpoint
CREATE INDEX `audit_items_clerk` ON `audit_items` (`clerk_id`);--> statement-breakpoint
CREATE TABLE `audit_samples` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`month` text NOT NULL,
	`seed` integer NOT NULL,
	`population` text NOT NULL,
	`drawn_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `audit_samples_month` ON `audit_samples` (`month`);--> statement-breakpoint
CREATE TABLE `improvement_plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`quarter` text NOT NULL,
	`text` text NOT NULL,
	`author_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`author_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `survey_answers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`survey_id` integer NOT NULL,
	`sheet` text NOT NULL,
	`question` integer NOT NULL,
	`score` integer,
	`text` text,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `survey_answers_survey` ON `survey_answers` (`survey_id`,`question`);--> statement-breakpoint
CREATE TABLE `survey_recipients` (
	`survey_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`answered` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`survey_id`, `person_id`),
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `surveys` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`semester` text NOT NULL,
	`questions` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`created_by_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	`sent_at` integer,
	`remind_at` integer,
	`reminded_at` integer,
	FOREIGN KEY (`created_by_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `surveys_semester` ON `surveys` (`semester`);