import { sql } from "drizzle-orm";
import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { OutgoingMessage } from "../core/messages.js";
import type { QueuedReply } from "../core/received.js";
import { openStatuses } from "../domain/ticket-status.js";

// Instants are stored as UTC milliseconds (`timestamp_ms`); local dates as "YYYY-MM-DD" in the school's zone.
const instant = (name: string) => integer(name, { mode: "timestamp_ms" });
const json = <T>(name: string) => text(name, { mode: "json" }).$type<T>();
const createdAt = () => instant("created_at").notNull().default(sql`(unixepoch('subsec') * 1000)`);

export const posts = sqliteTable("posts", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  nameEn: text("name_en"),
  isHead: integer("is_head", { mode: "boolean" }).notNull().default(false),
});

export const people = sqliteTable(
  "people",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    slackUserId: text("slack_user_id"),
    wechatId: text("wechat_id"),
    wechatAlias: text("wechat_alias"),
    wechatName: text("wechat_name"),
    preferredChannel: text("preferred_channel", { enum: ["slack", "wechat", "console"] }),
    locale: text("locale", { enum: ["zh", "en"] }),
    /** Listed in the directory file (staff); false for requesters first seen in chat. */
    inDirectory: integer("in_directory", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("people_slack_user_id").on(t.slackUserId),
    uniqueIndex("people_wechat_id").on(t.wechatId),
    index("people_name").on(t.name),
  ],
);

export const personPosts = sqliteTable(
  "person_posts",
  {
    personId: integer("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    postId: text("post_id")
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.personId, t.postId] }), index("person_posts_post").on(t.postId)],
);

/** `status in (…open…)` as a literal, so that a query saying the same can use the partial index below. */
export const openStatusCondition = `status in (${openStatuses.map((s) => `'${s}'`).join(", ")})`;

export const ticketStatuses = [
  "new",
  "accepted",
  "in_progress",
  "waiting",
  "resolved",
  "closed",
  "reopened",
  "referred",
  "refused",
  "cancelled",
] as const;
export const priorities = ["urgent", "important", "normal"] as const;

export const tickets = sqliteTable(
  "tickets",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    number: text("number").notNull(),
    type: text("type").notNull(),
    flowVersion: integer("flow_version").notNull(),
    fields: json<Record<string, unknown>>("fields").notNull(),
    summary: text("summary").notNull(),
    requesterId: integer("requester_id")
      .notNull()
      .references(() => people.id),
    postId: text("post_id")
      .notNull()
      .references(() => posts.id),
    assigneeId: integer("assignee_id").references(() => people.id),
    priority: text("priority", { enum: priorities }).notNull().default("normal"),
    status: text("status", { enum: ticketStatuses }).notNull().default("new"),
    /** Status to return to when the requester answers a question (status is then "waiting"). */
    statusBeforeWait: text("status_before_wait", { enum: ticketStatuses }),
    channel: text("channel").notNull(),
    createdAt: createdAt(),
    updatedAt: instant("updated_at").notNull(),
    acceptedAt: instant("accepted_at"),
    resolvedAt: instant("resolved_at"),
    closedAt: instant("closed_at"),
    pausedAt: instant("paused_at"),
    /** Set on a complaint found to be caused by an operator mistake (G16 error rate). */
    operatorError: integer("operator_error", { mode: "boolean" }).notNull().default(false),
    /**
     * Where the reported problem is (the place of its `sameProblem` key) written backwards, so that "a place
     * ending in these words" is a prefix range on the index; "" when the report names too little to match.
     */
    problemPlaceReversed: text("problem_place_reversed"),
  },
  (t) => [
    uniqueIndex("tickets_number").on(t.number),
    index("tickets_requester").on(t.requesterId, t.status),
    index("tickets_requester_created").on(t.requesterId, t.createdAt),
    // A post's queue (G13): filtered by post and status and ranked by priority and age from the index alone.
    index("tickets_post_queue").on(t.postId, t.status, t.priority, t.createdAt),
    index("tickets_created").on(t.createdAt),
    // KPIs (G16): complaints of a period, tickets resolved in a period.
    index("tickets_type_created").on(t.type, t.createdAt),
    index("tickets_resolved").on(t.resolvedAt),
    // Duplicate reports: the open tickets of a service at a place.
    index("tickets_open_problem").on(t.type, t.problemPlaceReversed).where(sql.raw(openStatusCondition)),
    // The dashboard's change mark counts operator errors: a handful of rows, never every ticket.
    index("tickets_operator_error").on(t.id).where(sql`${t.operatorError} = 1`),
  ],
);

/** Last sequence number handed out per local day, so numbers stay unique under concurrent creation. */
export const ticketCounters = sqliteTable("ticket_counters", {
  day: text("day").primaryKey(),
  lastSeq: integer("last_seq").notNull(),
});

/** Audit trail (G18): every state change with who, when and why. */
export const ticketEvents = sqliteTable(
  "ticket_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    ticketId: integer("ticket_id")
      .notNull()
      .references(() => tickets.id, { onDelete: "cascade" }),
    at: instant("at").notNull(),
    actorId: integer("actor_id").references(() => people.id),
    action: text("action").notNull(),
    fromStatus: text("from_status", { enum: ticketStatuses }),
    toStatus: text("to_status", { enum: ticketStatuses }).notNull(),
    note: text("note"),
    data: json<Record<string, unknown>>("data"),
  },
  (t) => [index("ticket_events_ticket").on(t.ticketId, t.at)],
);

export const milestones = ["response", "onsite", "plan", "resolution"] as const;

/**
 * One row per SLA clock of a ticket. `nextAlertAt` is the next instant the overdue sweep must look at, so the
 * sweep reads only rows that are due (partial index), never every open ticket.
 */
export const ticketDeadlines = sqliteTable(
  "ticket_deadlines",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    ticketId: integer("ticket_id")
      .notNull()
      .references(() => tickets.id, { onDelete: "cascade" }),
    milestone: text("milestone", { enum: milestones }).notNull(),
    startedAt: instant("started_at").notNull(),
    dueAt: instant("due_at").notNull(),
    metAt: instant("met_at"),
    pausedAt: instant("paused_at"),
    /** 0 nothing sent, 1 reminder sent, 2 overdue alert sent, 3 escalated to the office head. */
    alertLevel: integer("alert_level").notNull().default(0),
    nextAlertAt: instant("next_alert_at"),
  },
  (t) => [
    uniqueIndex("ticket_deadlines_ticket_milestone").on(t.ticketId, t.milestone),
    index("ticket_deadlines_next_alert")
      .on(t.nextAlertAt)
      .where(sql`${t.metAt} IS NULL AND ${t.pausedAt} IS NULL AND ${t.nextAlertAt} IS NOT NULL`),
    // KPIs (G16): the clocks due in a period, read from the index alone; the open ones past their deadline.
    index("ticket_deadlines_milestone_due").on(t.milestone, t.dueAt, t.ticketId, t.metAt, t.pausedAt),
    index("ticket_deadlines_open_due")
      .on(t.dueAt, t.ticketId)
      .where(sql`${t.metAt} IS NULL AND ${t.pausedAt} IS NULL`),
    // A ticket's next unmet deadline (queues, App Home, digests): the first entry of its range, index only.
    index("ticket_deadlines_unmet")
      .on(t.ticketId, t.dueAt, t.metAt, t.pausedAt)
      .where(sql`${t.metAt} IS NULL`),
  ],
);

export const ticketAttachments = sqliteTable(
  "ticket_attachments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    ticketId: integer("ticket_id").references(() => tickets.id, { onDelete: "cascade" }),
    /** Set while the ticket is still being filled in; cleared when it is attached to the ticket. */
    conversationId: integer("conversation_id"),
    kind: text("kind", { enum: ["image", "file"] }).notNull(),
    name: text("name").notNull(),
    mimeType: text("mime_type").notNull(),
    size: integer("size").notNull(),
    data: blob("data", { mode: "buffer" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("ticket_attachments_ticket").on(t.ticketId)],
);

export const ratings = sqliteTable(
  "ratings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    ticketId: integer("ticket_id")
      .notNull()
      .references(() => tickets.id, { onDelete: "cascade" }),
    requesterId: integer("requester_id")
      .notNull()
      .references(() => people.id),
    score: integer("score").notNull(),
    comment: text("comment"),
    createdAt: createdAt(),
    updatedAt: instant("updated_at").notNull(),
  },
  (t) => [uniqueIndex("ratings_ticket").on(t.ticketId), index("ratings_updated").on(t.updatedAt)],
);

export const conversations = sqliteTable(
  "conversations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    channel: text("channel").notNull(),
    userKey: text("user_key").notNull(),
    /** Thread id where a channel has threads (Slack), "" otherwise. */
    threadKey: text("thread_key").notNull().default(""),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    flowId: text("flow_id"),
    flowVersion: integer("flow_version"),
    step: text("step"),
    values: json<Record<string, unknown>>("values").notNull(),
    /** Engine bookkeeping: field history for "back", pending confirmations, etc. */
    state: json<Record<string, unknown>>("state").notNull(),
    locale: text("locale", { enum: ["zh", "en"] })
      .notNull()
      .default("zh"),
    updatedAt: instant("updated_at").notNull(),
  },
  (t) => [
    uniqueIndex("conversations_key").on(t.channel, t.userKey, t.threadKey),
    index("conversations_updated").on(t.updatedAt),
  ],
);

export const outboxStatuses = ["pending", "sent", "failed"] as const;

/** Every outgoing message, replies to the sender included; written in the transaction of the change that caused it. */
export const outbox = sqliteTable(
  "outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    dedupeKey: text("dedupe_key").notNull(),
    recipientId: integer("recipient_id")
      .notNull()
      .references(() => people.id),
    kind: text("kind").notNull(),
    /** An `OutgoingMessage`, or for kind "reply" a `QueuedReply`. */
    content: json<OutgoingMessage | QueuedReply>("content").notNull(),
    ticketId: integer("ticket_id").references(() => tickets.id, { onDelete: "set null" }),
    status: text("status", { enum: outboxStatuses }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: instant("next_attempt_at").notNull(),
    lastError: text("last_error"),
    createdAt: createdAt(),
    sentAt: instant("sent_at"),
  },
  (t) => [
    uniqueIndex("outbox_dedupe").on(t.dedupeKey),
    index("outbox_pending").on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    index("outbox_sent").on(t.sentAt).where(sql`${t.status} = 'sent'`),
  ],
);

/** Inbound events already handled (Slack retries, WeChat double delivery); survives restarts. */
export const inboundSeen = sqliteTable(
  "inbound_seen",
  {
    channel: text("channel").notNull(),
    eventId: text("event_id").notNull(),
    seenAt: instant("seen_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.channel, t.eventId] }), index("inbound_seen_at").on(t.seenAt)],
);

export const rooms = sqliteTable("rooms", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  nameEn: text("name_en"),
  building: text("building").notNull(),
  capacity: integer("capacity").notNull(),
  equipment: json<string[]>("equipment").notNull(),
  aliases: json<string[]>("aliases").notNull(),
  kind: text("kind").notNull().default("meeting"),
  active: integer("active", { mode: "boolean" }).notNull().default(true),
});

export const bookingStatuses = [
  "pending",
  "approved",
  "rejected",
  "cancelled",
  "released",
  "checked_in",
] as const;
export const bookingCancelCauses = ["requester", "displaced", "emergency"] as const;

export const bookings = sqliteTable(
  "bookings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    roomId: text("room_id")
      .notNull()
      .references(() => rooms.id),
    ticketId: integer("ticket_id").references(() => tickets.id, { onDelete: "set null" }),
    requesterId: integer("requester_id")
      .notNull()
      .references(() => people.id),
    purpose: text("purpose").notNull(),
    teaching: integer("teaching", { mode: "boolean" }).notNull().default(false),
    attendees: integer("attendees"),
    equipment: json<string[]>("equipment").notNull(),
    startAt: instant("start_at").notNull(),
    endAt: instant("end_at").notNull(),
    status: text("status", { enum: bookingStatuses }).notNull().default("pending"),
    seriesId: text("series_id"),
    decidedById: integer("decided_by_id").references(() => people.id),
    decisionReason: text("decision_reason"),
    checkedInAt: instant("checked_in_at"),
    /** A teaching booking over a non-teaching one: holds the slot until the office approves the displacement. */
    needsDisplacement: integer("needs_displacement", { mode: "boolean" }).notNull().default(false),
    /** Why a cancelled booking was cancelled; displaced and emergency ones may be rescheduled by the requester. */
    cancelCause: text("cancel_cause", { enum: bookingCancelCauses }),
    equipmentConfirmedAt: instant("equipment_confirmed_at"),
    createdAt: createdAt(),
    updatedAt: instant("updated_at").notNull(),
  },
  (t) => [
    index("bookings_room_time").on(t.roomId, t.startAt),
    index("bookings_requester").on(t.requesterId, t.startAt),
    index("bookings_series").on(t.seriesId),
    index("bookings_status_start").on(t.status, t.startAt),
    index("bookings_ticket").on(t.ticketId),
  ],
);

/** People waiting for a room at a time; told when a booking there is released or cancelled. */
export const bookingWaitlist = sqliteTable(
  "booking_waitlist",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    roomId: text("room_id")
      .notNull()
      .references(() => rooms.id),
    startAt: instant("start_at").notNull(),
    endAt: instant("end_at").notNull(),
    notifiedAt: instant("notified_at"),
    createdAt: createdAt(),
  },
  (t) => [index("booking_waitlist_room_time").on(t.roomId, t.startAt)],
);

/** Last run of each scheduled job, so a restart can catch up on what it missed. */
export const jobRuns = sqliteTable("job_runs", {
  name: text("name").primaryKey(),
  lastRunAt: instant("last_run_at").notNull(),
});
export * from "./tables/audit.js";
export * from "./tables/dashboard.js";
export * from "./tables/documents.js";
export * from "./tables/duplicates.js";
export * from "./tables/inbox.js";
export * from "./tables/leads.js";
export * from "./tables/meetings.js";
export * from "./tables/notices.js";
export * from "./tables/supervision.js";
export * from "./tables/supplies.js";
export * from "./tables/survey.js";
export * from "./tables/traffic.js";
