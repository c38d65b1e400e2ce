CREATE TABLE `booking_waitlist` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`room_id` text NOT NULL,
	`start_at` integer NOT NULL,
	`end_at` integer NOT NULL,
	`notified_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `booking_waitlist_room_time` ON `booking_waitlist` (`room_id`,`start_at`);--> statement-breakpoint
ALTER TABLE `bookings` ADD `needs_displacement` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `bookings` ADD `cancel_cause` text;--> statement-breakpoint
ALTER TABLE `bookings` ADD `equipment_confirmed_at` integer;--> statement-breakpoint
CREATE INDEX `bookings_status_start` ON `bookings` (`status`,`start_at`);