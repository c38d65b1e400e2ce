CREATE TABLE `archive_files` (
	`ticket_id` integer PRIMARY KEY NOT NULL,
	`category` text NOT NULL,
	`retention_years` integer,
	`location` text NOT NULL,
	`backup_location` text NOT NULL,
	`archived_on` text NOT NULL,
	`expires_on` text,
	`archived_at` integer NOT NULL,
	`archived_by_id` integer NOT NULL,
	`status` text DEFAULT 'archived' NOT NULL,
	`destruction_requested_at` integer,
	`destruction_requested_by_id` integer,
	`destruction_decided_at` integer,
	`destruction_decided_by_id` integer,
	`destroyed_at` integer,
	`destruction_refusal` text,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`archived_by_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`destruction_requested_by_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`destruction_decided_by_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `archive_files_expiry` ON `archive_files` (`status`,`expires_on`);--> statement-breakpoint
CREATE TABLE `document_register` (
	`ticket_id` integer PRIMARY KEY NOT NULL,
	`direction` text NOT NULL,
	`title` text NOT NULL,
	`reference_no` text,
	`unit` text NOT NULL,
	`classification` text NOT NULL,
	`pages` integer NOT NULL,
	`registered_on` text NOT NULL,
	`deadline` text,
	`registered_at` integer NOT NULL,
	`recipient_id` integer,
	`signed_at` integer,
	`signed_by_id` integer,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`recipient_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`signed_by_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `document_register_direction` ON `document_register` (`direction`,`registered_at`);--> statement-breakpoint
CREATE TABLE `meeting_attendees` (
	`ticket_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	PRIMARY KEY(`ticket_id`, `person_id`),
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_attendees_person` ON `meeting_attendees` (`person_id`);--> statement-breakpoint
CREATE TABLE `meetings` (
	`ticket_id` integer PRIMARY KEY NOT NULL,
	`booking_id` integer,
	`notice_due_on` text,
	`notice_sent_at` integer,
	`setup_confirmed_at` integer,
	`setup_confirmed_by_id` integer,
	`minutes` text,
	`minutes_at` integer,
	`minutes_by_id` integer,
	`cleaned_up_at` integer,
	`cleaned_up_by_id` integer,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`booking_id`) REFERENCES `bookings`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`setup_confirmed_by_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`minutes_by_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cleaned_up_by_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
