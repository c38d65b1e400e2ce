import { and, count, desc, eq, lte } from "drizzle-orm";
import type { DbOrTx } from "../database.js";
import { archiveFiles, tickets } from "../schema.js";

export type ArchivedFile = typeof archiveFiles.$inferSelect;
export type NewArchivedFile = typeof archiveFiles.$inferInsert;
export type ArchivedFileWithNumber = ArchivedFile & { number: string; summary: string };

export function insertArchivedFile(db: DbOrTx, file: NewArchivedFile): ArchivedFile {
  return db.insert(archiveFiles).values(file).returning().get();
}

export function archivedFile(db: DbOrTx, ticketId: number): ArchivedFile | undefined {
  return db.select().from(archiveFiles).where(eq(archiveFiles.ticketId, ticketId)).get();
}

export function updateArchivedFile(
  db: DbOrTx,
  ticketId: number,
  patch: Partial<Omit<NewArchivedFile, "ticketId">>,
): ArchivedFile {
  return db.update(archiveFiles).set(patch).where(eq(archiveFiles.ticketId, ticketId)).returning().get();
}

const withNumber = (db: DbOrTx) =>
  db
    .select({ file: archiveFiles, number: tickets.number, summary: tickets.summary })
    .from(archiveFiles)
    .innerJoin(tickets, eq(tickets.id, archiveFiles.ticketId));

const flatten = (r: { file: ArchivedFile; number: string; summary: string }): ArchivedFileWithNumber => ({
  ...r.file,
  number: r.number,
  summary: r.summary,
});

/** Kept files whose retention ended on or before `today` (a local date), oldest expiry first. */
export function expiredFiles(db: DbOrTx, today: string): ArchivedFileWithNumber[] {
  return withNumber(db)
    .where(and(eq(archiveFiles.status, "archived"), lte(archiveFiles.expiresOn, today)))
    .orderBy(archiveFiles.expiresOn)
    .all()
    .map(flatten);
}

/** The archive, newest first, bounded; `total` counts every file. */
export function archivePage(db: DbOrTx, limit: number): { total: number; files: ArchivedFileWithNumber[] } {
  const total = db.select({ n: count() }).from(archiveFiles).get()?.n ?? 0;
  const files = withNumber(db)
    .orderBy(desc(archiveFiles.archivedAt), desc(archiveFiles.ticketId))
    .limit(limit)
    .all()
    .map(flatten);
  return { total, files };
}
