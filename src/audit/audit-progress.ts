import type { DbOrTx } from "../db/database.js";
import type { AuditCheck } from "../db/queries/audit.js";
import { type AuditItemView, auditItemsOf, auditSampleOfMonth } from "../db/queries/audit.js";
import type { Month } from "./audit-months.js";

export const auditChecks: readonly AuditCheck[] = ["paper", "ledger", "followUp"];

/** The checks of an item that found a problem (empty when unchecked or all match). */
export function problemsOf(item: Pick<AuditItemView, AuditCheck>): AuditCheck[] {
  return auditChecks.filter((check) => item[check] === "problem");
}

export interface AuditPostProgress {
  postId: string;
  postName: string;
  postNameEn: string | null;
  closed: number;
  drawn: number;
  checked: number;
  problems: number;
}

/** A month's audit sample and how far the auditor got; what `抽查` shows and the dashboard draws. */
export interface AuditProgress {
  sampleId: number;
  month: Month;
  seed: number;
  drawnAt: Date;
  /** Closed tickets of the month, by post id (the population the sample was drawn from). */
  population: Record<string, number[]>;
  closed: number;
  drawn: number;
  checked: number;
  problems: number;
  posts: AuditPostProgress[];
  items: AuditItemView[];
}

/**
 * The audit of a month ("YYYY-MM"), or undefined when none was drawn for it.
 *
 * ```ts
 * auditProgress(db, "2026-11")?.checked; // 3 of `drawn`
 * ```
 */
export function auditProgress(db: DbOrTx, month: Month): AuditProgress | undefined {
  const sample = auditSampleOfMonth(db, month);
  if (!sample) return undefined;
  const items = auditItemsOf(db, sample.id);
  const posts = new Map<string, AuditPostProgress>();
  for (const item of items) {
    const post = posts.get(item.postId) ?? {
      postId: item.postId,
      postName: item.postName,
      postNameEn: item.postNameEn,
      closed: sample.population[item.postId]?.length ?? 0,
      drawn: 0,
      checked: 0,
      problems: 0,
    };
    post.drawn++;
    if (item.checkedAt) post.checked++;
    if (problemsOf(item).length > 0) post.problems++;
    posts.set(item.postId, post);
  }
  const all = [...posts.values()];
  return {
    sampleId: sample.id,
    month,
    seed: sample.seed,
    drawnAt: sample.drawnAt,
    population: sample.population,
    closed: Object.values(sample.population).reduce((sum, ids) => sum + ids.length, 0),
    drawn: items.length,
    checked: all.reduce((sum, p) => sum + p.checked, 0),
    problems: all.reduce((sum, p) => sum + p.problems, 0),
    posts: all,
    items,
  };
}
