import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { people, tickets } from "../schema.js";

const instant = (name: string) => integer(name, { mode: "timestamp_ms" });

export const documentDirections = ["receive", "send"] as const;

/** The document register (G1): one row per incoming or outgoing document; its ticket number is the register number. */
export const documentRegister = sqliteTable(
  "document_register",
  {
    ticketId: integer("ticket_id")
      .primaryKey()
      .references(() => tickets.id, { onDelete: "cascade" }),
    direction: text("direction", { enum: documentDirections }).notNull(),
    title: text("title").notNull(),
    /** 文号, e.g. 区教发〔2026〕12号. */
    referenceNo: text("reference_no"),
    unit: text("unit").notNull(),
    classification: text("classification").notNull(),
    pages: integer("pages").notNull(),
    /** Local date it was received or sent (the register date). */
    registeredOn: text("registered_on").notNull(),
    deadline: text("deadline"),
    registeredAt: instant("registered_at").notNull(),
    /** Outgoing: the person who must sign for it, and who signed when. */
    recipientId: integer("recipient_id").references(() => people.id),
    signedAt: instant("signed_at"),
    signedById: integer("signed_by_id").references(() => people.id),
  },
  (t) => [index("document_register_direction").on(t.direction, t.registeredAt)],
);

export const archiveCategories = ["admin", "teaching", "finance"] as const;
export const archiveStatuses = ["archived", "destruction_requested", "destroyed"] as const;

/** Archived files (G2): category, retention, two recorded copies, and destruction approved by the head. */
export const archiveFiles = sqliteTable(
  "archive_files",
  {
    ticketId: integer("ticket_id")
      .primaryKey()
      .references(() => tickets.id, { onDelete: "cascade" }),
    category: text("category", { enum: archiveCategories }).notNull(),
    /** Years kept; null means permanently. */
    retentionYears: integer("retention_years"),
    location: text("location").notNull(),
    backupLocation: text("backup_location").notNull(),
    archivedOn: text("archived_on").notNull(),
    /** Local date from which the file may be destroyed; null when kept permanently. */
    expiresOn: text("expires_on"),
    archivedAt: instant("archived_at").notNull(),
    archivedById: integer("archived_by_id")
      .notNull()
      .references(() => people.id),
    status: text("status", { enum: archiveStatuses }).notNull().default("archived"),
    destructionRequestedAt: instant("destruction_requested_at"),
    destructionRequestedById: integer("destruction_requested_by_id").references(() => people.id),
    destructionDecidedAt: instant("destruction_decided_at"),
    destructionDecidedById: integer("destruction_decided_by_id").references(() => people.id),
    destroyedAt: instant("destroyed_at"),
    /** Why the head refused the last destruction request. */
    destructionRefusal: text("destruction_refusal"),
  },
  (t) => [index("archive_files_expiry").on(t.status, t.expiresOn)],
);
