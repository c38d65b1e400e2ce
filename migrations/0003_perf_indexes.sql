CREATE INDEX `bookings_ticket` ON `bookings` (`ticket_id`);--> statement-breakpoint
CREATE INDEX `outbox_sent` ON `outbox` (`sent_at`) WHERE "outbox"."status" = 'sent';--> statement-breakpoint
CREATE INDEX `ratings_updated` ON `ratings` (`updated_at`);--> statement-breakpoint
CREATE INDEX `ticket_deadlines_milestone_met_due` ON `ticket_deadlines` (`milestone`,`met_at`,`due_at`);--> statement-breakpoint
CREATE INDEX `ticket_deadlines_running_due` ON `ticket_deadlines` (`due_at`) WHERE "ticket_deadlines"."met_at" IS NULL AND "ticket_deadlines"."paused_at" IS NULL;--> statement-breakpoint
CREATE INDEX `tickets_requester_created` ON `tickets` (`requester_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `tickets_resolved` ON `tickets` (`resolved_at`) WHERE "tickets"."resolved_at" IS NOT NULL;