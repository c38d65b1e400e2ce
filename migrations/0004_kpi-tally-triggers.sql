-- KPI tallies (src/db/tables/supervision.ts): triggers keep them equal to the sums over ticket_deadlines, tickets

-- and ratings, whichever code writes those tables. Withdrawn, refused and referred tickets are left out of the clocks.
CREATE TRIGGER kpi_deadline_insert AFTER INSERT ON ticket_deadlines
BEGIN
  INSERT INTO kpi_clock_buckets (bucket, milestone, post_id, type, due, completed, on_time, pending)
  SELECT NEW.due_at / 28800000, NEW.milestone, t.post_id, t.type, 1, (NEW.met_at IS NOT NULL),
    coalesce(NEW.met_at <= NEW.due_at, 0), (NEW.met_at IS NULL AND NEW.paused_at IS NULL)
  FROM tickets t WHERE t.id = NEW.ticket_id AND t.status NOT IN ('cancelled', 'refused', 'referred')
  ON CONFLICT (bucket, milestone, post_id, type) DO UPDATE SET
    due = due + excluded.due, completed = completed + excluded.completed,
    on_time = on_time + excluded.on_time, pending = pending + excluded.pending;
END;
--> statement-breakpoint
CREATE TRIGGER kpi_deadline_update AFTER UPDATE OF ticket_id, milestone, due_at, met_at, paused_at ON ticket_deadlines
BEGIN
  INSERT INTO kpi_clock_buckets (bucket, milestone, post_id, type, due, completed, on_time, pending)
  SELECT OLD.due_at / 28800000, OLD.milestone, t.post_id, t.type, -1, -(OLD.met_at IS NOT NULL),
    -coalesce(OLD.met_at <= OLD.due_at, 0), -(OLD.met_at IS NULL AND OLD.paused_at IS NULL)
  FROM tickets t WHERE t.id = OLD.ticket_id AND t.status NOT IN ('cancelled', 'refused', 'referred')
  ON CONFLICT (bucket, milestone, post_id, type) DO UPDATE SET
    due = due + excluded.due, completed = completed + excluded.completed,
    on_time = on_time + excluded.on_time, pending = pending + excluded.pending;
  INSERT INTO kpi_clock_buckets (bucket, milestone, post_id, type, due, completed, on_time, pending)
  SELECT NEW.due_at / 28800000, NEW.milestone, t.post_id, t.type, 1, (NEW.met_at IS NOT NULL),
    coalesce(NEW.met_at <= NEW.due_at, 0), (NEW.met_at IS NULL AND NEW.paused_at IS NULL)
  FROM tickets t WHERE t.id = NEW.ticket_id AND t.status NOT IN ('cancelled', 'refused', 'referred')
  ON CONFLICT (bucket, milestone, post_id, type) DO UPDATE SET
    due = due + excluded.due, completed = completed + excluded.completed,
    on_time = on_time + excluded.on_time, pending = pending + excluded.pending;
END;
--> statement-breakpoint
CREATE TRIGGER kpi_deadline_delete AFTER DELETE ON ticket_deadlines
BEGIN
  INSERT INTO kpi_clock_buckets (bucket, milestone, post_id, type, due, completed, on_time, pending)
  SELECT OLD.due_at / 28800000, OLD.milestone, t.post_id, t.type, -1, -(OLD.met_at IS NOT NULL),
    -coalesce(OLD.met_at <= OLD.due_at, 0), -(OLD.met_at IS NULL AND OLD.paused_at IS NULL)
  FROM tickets t WHERE t.id = OLD.ticket_id AND t.status NOT IN ('cancelled', 'refused', 'referred')
  ON CONFLICT (bucket, milestone, post_id, type) DO UPDATE SET
    due = due + excluded.due, completed = completed + excluded.completed,
    on_time = on_time + excluded.on_time, pending = pending + excluded.pending;
END;
--> statement-breakpoint
CREATE TRIGGER kpi_ticket_insert AFTER INSERT ON tickets
BEGIN
  INSERT INTO kpi_ticket_buckets (bucket, event, post_id, type, n)
  SELECT NEW.created_at / 28800000, 'opened', NEW.post_id, NEW.type, 1 WHERE NEW.created_at IS NOT NULL
  ON CONFLICT (bucket, event, post_id, type) DO UPDATE SET n = n + excluded.n;
  INSERT INTO kpi_ticket_buckets (bucket, event, post_id, type, n)
  SELECT NEW.resolved_at / 28800000, 'resolved', NEW.post_id, NEW.type, 1 WHERE NEW.resolved_at IS NOT NULL
  ON CONFLICT (bucket, event, post_id, type) DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
CREATE TRIGGER kpi_ticket_update AFTER UPDATE OF status, post_id, type, created_at, resolved_at ON tickets
WHEN OLD.post_id IS NOT NEW.post_id OR OLD.type IS NOT NEW.type OR OLD.created_at IS NOT NEW.created_at
  OR OLD.resolved_at IS NOT NEW.resolved_at OR (OLD.status IN ('cancelled', 'refused', 'referred')) IS NOT (NEW.status IN ('cancelled', 'refused', 'referred'))
BEGIN
  INSERT INTO kpi_clock_buckets (bucket, milestone, post_id, type, due, completed, on_time, pending)
  SELECT d.due_at / 28800000, d.milestone, OLD.post_id, OLD.type, -1, -(d.met_at IS NOT NULL),
    -coalesce(d.met_at <= d.due_at, 0), -(d.met_at IS NULL AND d.paused_at IS NULL)
  FROM ticket_deadlines d WHERE d.ticket_id = OLD.id AND OLD.status NOT IN ('cancelled', 'refused', 'referred')
  ON CONFLICT (bucket, milestone, post_id, type) DO UPDATE SET
    due = due + excluded.due, completed = completed + excluded.completed,
    on_time = on_time + excluded.on_time, pending = pending + excluded.pending;
  INSERT INTO kpi_clock_buckets (bucket, milestone, post_id, type, due, completed, on_time, pending)
  SELECT d.due_at / 28800000, d.milestone, NEW.post_id, NEW.type, 1, (d.met_at IS NOT NULL),
    coalesce(d.met_at <= d.due_at, 0), (d.met_at IS NULL AND d.paused_at IS NULL)
  FROM ticket_deadlines d WHERE d.ticket_id = NEW.id AND NEW.status NOT IN ('cancelled', 'refused', 'referred')
  ON CONFLICT (bucket, milestone, post_id, type) DO UPDATE SET
    due = due + excluded.due, completed = completed + excluded.completed,
    on_time = on_time + excluded.on_time, pending = pending + excluded.pending;
  INSERT INTO kpi_ticket_buckets (bucket, event, post_id, type, n)
  SELECT OLD.created_at / 28800000, 'opened', OLD.post_id, OLD.type, -1 WHERE OLD.created_at IS NOT NULL
  ON CONFLICT (bucket, event, post_id, type) DO UPDATE SET n = n + excluded.n;
  INSERT INTO kpi_ticket_buckets (bucket, event, post_id, type, n)
  SELECT NEW.created_at / 28800000, 'opened', NEW.post_id, NEW.type, 1 WHERE NEW.created_at IS NOT NULL
  ON CONFLICT (bucket, event, post_id, type) DO UPDATE SET n = n + excluded.n;
  INSERT INTO kpi_ticket_buckets (bucket, event, post_id, type, n)
  SELECT OLD.resolved_at / 28800000, 'resolved', OLD.post_id, OLD.type, -1 WHERE OLD.resolved_at IS NOT NULL
  ON CONFLICT (bucket, event, post_id, type) DO UPDATE SET n = n + excluded.n;
  INSERT INTO kpi_ticket_buckets (bucket, event, post_id, type, n)
  SELECT NEW.resolved_at / 28800000, 'resolved', NEW.post_id, NEW.type, 1 WHERE NEW.resolved_at IS NOT NULL
  ON CONFLICT (bucket, event, post_id, type) DO UPDATE SET n = n + excluded.n;
  INSERT INTO kpi_rating_buckets (bucket, post_id, type, score, n)
  SELECT r.updated_at / 28800000, OLD.post_id, OLD.type, r.score, -1 FROM ratings r WHERE r.ticket_id = OLD.id
  ON CONFLICT (bucket, post_id, type, score) DO UPDATE SET n = n + excluded.n;
  INSERT INTO kpi_rating_buckets (bucket, post_id, type, score, n)
  SELECT r.updated_at / 28800000, NEW.post_id, NEW.type, r.score, 1 FROM ratings r WHERE r.ticket_id = NEW.id
  ON CONFLICT (bucket, post_id, type, score) DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
CREATE TRIGGER kpi_ticket_delete BEFORE DELETE ON tickets
BEGIN
  INSERT INTO kpi_clock_buckets (bucket, milestone, post_id, type, due, completed, on_time, pending)
  SELECT d.due_at / 28800000, d.milestone, OLD.post_id, OLD.type, -1, -(d.met_at IS NOT NULL),
    -coalesce(d.met_at <= d.due_at, 0), -(d.met_at IS NULL AND d.paused_at IS NULL)
  FROM ticket_deadlines d WHERE d.ticket_id = OLD.id AND OLD.status NOT IN ('cancelled', 'refused', 'referred')
  ON CONFLICT (bucket, milestone, post_id, type) DO UPDATE SET
    due = due + excluded.due, completed = completed + excluded.completed,
    on_time = on_time + excluded.on_time, pending = pending + excluded.pending;
  INSERT INTO kpi_ticket_buckets (bucket, event, post_id, type, n)
  SELECT OLD.created_at / 28800000, 'opened', OLD.post_id, OLD.type, -1 WHERE OLD.created_at IS NOT NULL
  ON CONFLICT (bucket, event, post_id, type) DO UPDATE SET n = n + excluded.n;
  INSERT INTO kpi_ticket_buckets (bucket, event, post_id, type, n)
  SELECT OLD.resolved_at / 28800000, 'resolved', OLD.post_id, OLD.type, -1 WHERE OLD.resolved_at IS NOT NULL
  ON CONFLICT (bucket, event, post_id, type) DO UPDATE SET n = n + excluded.n;
  INSERT INTO kpi_rating_buckets (bucket, post_id, type, score, n)
  SELECT r.updated_at / 28800000, OLD.post_id, OLD.type, r.score, -1 FROM ratings r WHERE r.ticket_id = OLD.id
  ON CONFLICT (bucket, post_id, type, score) DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
CREATE TRIGGER kpi_rating_insert AFTER INSERT ON ratings
BEGIN
  INSERT INTO kpi_rating_buckets (bucket, post_id, type, score, n)
  SELECT NEW.updated_at / 28800000, t.post_id, t.type, NEW.score, 1 FROM tickets t WHERE t.id = NEW.ticket_id
  ON CONFLICT (bucket, post_id, type, score) DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
CREATE TRIGGER kpi_rating_update AFTER UPDATE OF ticket_id, score, updated_at ON ratings
BEGIN
  INSERT INTO kpi_rating_buckets (bucket, post_id, type, score, n)
  SELECT OLD.updated_at / 28800000, t.post_id, t.type, OLD.score, -1 FROM tickets t WHERE t.id = OLD.ticket_id
  ON CONFLICT (bucket, post_id, type, score) DO UPDATE SET n = n + excluded.n;
  INSERT INTO kpi_rating_buckets (bucket, post_id, type, score, n)
  SELECT NEW.updated_at / 28800000, t.post_id, t.type, NEW.score, 1 FROM tickets t WHERE t.id = NEW.ticket_id
  ON CONFLICT (bucket, post_id, type, score) DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
CREATE TRIGGER kpi_rating_delete AFTER DELETE ON ratings
BEGIN
  INSERT INTO kpi_rating_buckets (bucket, post_id, type, score, n)
  SELECT OLD.updated_at / 28800000, t.post_id, t.type, OLD.score, -1 FROM tickets t WHERE t.id = OLD.ticket_id
  ON CONFLICT (bucket, post_id, type, score) DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
-- Rows written before the triggers existed.
INSERT INTO kpi_clock_buckets (bucket, milestone, post_id, type, due, completed, on_time, pending)
  SELECT d.due_at / 28800000, d.milestone, t.post_id, t.type, count(*), sum(d.met_at IS NOT NULL),
    sum(coalesce(d.met_at <= d.due_at, 0)), sum(d.met_at IS NULL AND d.paused_at IS NULL)
  FROM ticket_deadlines d JOIN tickets t ON t.id = d.ticket_id WHERE t.status NOT IN ('cancelled', 'refused', 'referred') GROUP BY 1, 2, 3, 4
  ON CONFLICT (bucket, milestone, post_id, type) DO UPDATE SET
    due = due + excluded.due, completed = completed + excluded.completed,
    on_time = on_time + excluded.on_time, pending = pending + excluded.pending;
--> statement-breakpoint
INSERT INTO kpi_ticket_buckets (bucket, event, post_id, type, n)
  SELECT created_at / 28800000, 'opened', post_id, type, count(*) FROM tickets WHERE true GROUP BY 1, 3, 4
  ON CONFLICT (bucket, event, post_id, type) DO UPDATE SET n = n + excluded.n;
--> statement-breakpoint
INSERT INTO kpi_ticket_buckets (bucket, event, post_id, type, n)
  SELECT resolved_at / 28800000, 'resolved', post_id, type, count(*) FROM tickets WHERE resolved_at IS NOT NULL GROUP BY 1, 3, 4
  ON CONFLICT (bucket, event, post_id, type) DO UPDATE SET n = n + excluded.n;
--> statement-breakpoint
INSERT INTO kpi_rating_buckets (bucket, post_id, type, score, n)
  SELECT r.updated_at / 28800000, t.post_id, t.type, r.score, count(*) FROM ratings r JOIN tickets t ON t.id = r.ticket_id WHERE true GROUP BY 1, 2, 3, 4
  ON CONFLICT (bucket, post_id, type, score) DO UPDATE SET n = n + excluded.n;
