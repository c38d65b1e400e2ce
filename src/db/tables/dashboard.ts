import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { people } from "../schema.js";

const instant = (name: string) => integer(name, { mode: "timestamp_ms" });

/**
 * Sign-in and download links already used: a link works once. The link itself is signed (HMAC), so nothing is
 * stored when it is handed out; `expiresAt` lets old rows be pruned.
 */
export const dashboardLinkUses = sqliteTable(
  "dashboard_link_uses",
  {
    nonce: text("nonce").primaryKey(),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: ["dashboard", "export"] }).notNull(),
    usedAt: instant("used_at").notNull(),
    expiresAt: instant("expires_at").notNull(),
  },
  (t) => [index("dashboard_link_uses_expires").on(t.expiresAt)],
);

/** The signing secret generated on first use when `DASHBOARD_SECRET` is not set (one row, id 1). */
export const dashboardSecrets = sqliteTable("dashboard_secrets", {
  id: integer("id").primaryKey(),
  secret: text("secret").notNull(),
  createdAt: instant("created_at").notNull().default(sql`(unixepoch('subsec') * 1000)`),
});
