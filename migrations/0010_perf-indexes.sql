CREATE INDEX `bookings_ticket` ON `bookings` (`ticket_id`);--> statement-breakpoint
CREATE INDEX `outbox_sent` ON `outbox` (`sent_at`) WHERE "outbox"."status" = 'sent';--> statement-breakpoint
CREATE INDEX `tickets_requester_created` ON `tickets` (`requester_id`,`created_at`);