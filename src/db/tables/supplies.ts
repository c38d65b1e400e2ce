import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { people, tickets } from "../schema.js";

const instant = (name: string) => integer(name, { mode: "timestamp_ms" });

/** The supplies catalogue (G8): what the desk stocks, in which unit, how many, and the minimum to keep. */
export const supplyItems = sqliteTable(
  "supply_items",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    nameEn: text("name_en"),
    unit: text("unit").notNull(),
    category: text("category", { enum: ["office", "teaching"] }).notNull(),
    stock: integer("stock").notNull().default(0),
    minStock: integer("min_stock").notNull().default(0),
    /** Other names people type for it ("复印纸" for A4纸). */
    aliases: text("aliases", { mode: "json" }).$type<string[]>().notNull().default([]),
    /** Set when the desk was told it ran low; cleared once it is back at its minimum (one alert per dip). */
    lowAlertedAt: instant("low_alerted_at"),
    updatedAt: instant("updated_at").notNull(),
  },
  (t) => [uniqueIndex("supply_items_name").on(t.name)],
);

/** Every change of stock: received, issued for a request, or set by a stocktake; with who and when. */
export const supplyMovements = sqliteTable(
  "supply_movements",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    itemId: integer("item_id")
      .notNull()
      .references(() => supplyItems.id),
    kind: text("kind", { enum: ["receive", "issue", "stocktake"] }).notNull(),
    /** Stock before (for a stocktake: the book value) and after (the counted value). */
    before: integer("before").notNull(),
    after: integer("after").notNull(),
    personId: integer("person_id").references(() => people.id),
    ticketId: integer("ticket_id").references(() => tickets.id),
    /** A stocktake whose count differs from the book by more than 3 % (reported to the head). */
    flagged: integer("flagged", { mode: "boolean" }).notNull().default(false),
    at: instant("at").notNull(),
  },
  (t) => [
    index("supply_movements_item_at").on(t.itemId, t.at),
    index("supply_movements_kind_at").on(t.kind, t.at),
  ],
);

export interface SupplyRequestLine {
  itemId: number;
  quantity: number;
}

/** A supplies ticket's items and where its approval stands. */
export const supplyRequests = sqliteTable(
  "supply_requests",
  {
    ticketId: integer("ticket_id")
      .primaryKey()
      .references(() => tickets.id, { onDelete: "cascade" }),
    lines: text("lines", { mode: "json" }).$type<SupplyRequestLine[]>().notNull(),
    /** Teaching consumables wait for the teaching department's approver before the desk may issue them. */
    status: text("status", { enum: ["awaiting_approval", "ready", "issued", "declined"] }).notNull(),
    approverId: integer("approver_id").references(() => people.id),
    approvedAt: instant("approved_at"),
    decidedById: integer("decided_by_id").references(() => people.id),
    decidedAt: instant("decided_at"),
    reason: text("reason"),
    createdAt: instant("created_at").notNull(),
  },
  (t) => [index("supply_requests_status").on(t.status)],
);
