DROP INDEX `tickets_post_status`;--> statement-breakpoint
CREATE INDEX `tickets_post_queue` ON `tickets` (`post_id`,`status`,`priority`,`created_at`);--> statement-breakpoint
CREATE INDEX `tickets_operator_error` ON `tickets` (`id`) WHERE "tickets"."operator_error" = 1;--> statement-breakpoint
CREATE INDEX `ticket_deadlines_unmet` ON `ticket_deadlines` (`ticket_id`,`due_at`,`met_at`,`paused_at`) WHERE "ticket_deadlines"."met_at" IS NULL;