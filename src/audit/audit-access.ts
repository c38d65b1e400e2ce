import type { DbOrTx } from "../db/database.js";
import { findStaffByName, officeHeads, type Person, type PersonWithPosts } from "../db/queries/people.js";
import type { EngineContext } from "../engine/context.js";

/** Who is told about and works through the audit: the directory's `auditor`, else the office head(s). */
export function auditors(ctx: EngineContext, db: DbOrTx): Person[] {
  const named = ctx.directory.auditor ? findStaffByName(db, ctx.directory.auditor) : undefined;
  return named ? [named] : officeHeads(db);
}

/** The office head and the named auditor may see and work the audit and the retraining list. */
export function mayAudit(ctx: EngineContext, person: PersonWithPosts): boolean {
  return person.isHead || (ctx.directory.auditor !== undefined && ctx.directory.auditor === person.name);
}
