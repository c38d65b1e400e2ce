CREATE TABLE `supply_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`name_en` text,
	`unit` text NOT NULL,
	`category` text NOT NULL,
	`stock` integer DEFAULT 0 NOT NULL,
	`min_stock` integer DEFAULT 0 NOT NULL,
	`aliases` text DEFAULT '[]' NOT NULL,
	`low_alerted_at` integer,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `supply_items_name` ON `supply_items` (`name`);--> statement-breakpoint
CREATE TABLE `supply_movements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_id` integer NOT NULL,
	`kind` text NOT NULL,
	`before` integer NOT NULL,
	`after` integer NOT NULL,
	`person_id` integer,
	`ticket_id` integer,
	`flagged` integer DEFAULT false NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `supply_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `supply_movements_item_at` ON `supply_movements` (`item_id`,`at`);--> statement-breakpoint
CREATE INDEX `supply_movements_kind_at` ON `supply_movements` (`kind`,`at`);--> statement-breakpoint
CREATE TABLE `supply_requests` (
	`ticket_id` integer PRIMARY KEY NOT NULL,
	`lines` text NOT NULL,
	`status` text NOT NULL,
	`approver_id` integer,
	`approved_at` integer,
	`decided_by_id` integer,
	`decided_at` integer,
	`reason` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`approver_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `supply_requests_status` ON `supply_requests` (`status`);