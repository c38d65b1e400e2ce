/**
 * The office's service indicators (G16), defined once. Pure arithmetic over counts the database aggregates.
 *
 * **On-time rate** = tickets due in the period that were completed by their deadline ÷ tickets due in the period
 * that were completed or are overdue.
 * - "Due in the period" is decided by the ticket's *resolution* clock: its deadline (`ticket_deadlines.due_at`,
 *   in working time, after pauses) falls in the period. Only that clock decides on-time; the response,
 *   on-site and plan clocks are computed the same way and reported beside it.
 * - Completed = resolved or closed; on time = completed at or before the deadline.
 * - Overdue = not completed, the clock not paused (waiting on the requester), and the deadline has passed.
 * - Withdrawn (cancelled), refused and referred tickets are out of every clock's rate: they are neither
 *   completions nor overdue. A ticket not yet due and not yet completed is not counted yet.
 * - Bookings and meetings count like any ticket, on the clocks their flow sets (a room booking has only a
 *   response clock, a meeting a response and a plan clock).
 *
 * **Error rate** = complaints marked as operator error (`操作失误 <no>`) ÷ complaints created in the period
 * (withdrawn ones are out). Which tickets are complaints is declared by the flow (`complaint`).
 *
 * **Satisfaction** = the mean of the 1–5 ratings given in the period, with the count of each score.
 *
 * Targets: on-time ≥ 90 %; below 85 % the office head records a cause analysis; an error rate of 5 % or more
 * flags training.
 *
 * ```ts
 * clockRate({ due: 10, completed: 6, onTime: 5, overdue: 1 }).rate; // 71.43 (5 of 7)
 * ```
 */

/** Statuses that take a ticket out of every rate. */
export const kpiExcludedStatuses = ["cancelled", "refused", "referred"] as const;

export const kpiTargets = { onTime: 90, causeAnalysisBelow: 85, errorRateTraining: 5 } as const;

export const kpiMilestones = ["resolution", "response", "onsite", "plan"] as const;
export type KpiMilestone = (typeof kpiMilestones)[number];

/** What the database counts for one clock: rows due in the period after the exclusions. */
export interface ClockCounts {
  /** Clocks due in the period (completed, overdue, or still running). */
  due: number;
  completed: number;
  /** Completed at or before the deadline. */
  onTime: number;
  /** Not completed, not paused, deadline passed. */
  overdue: number;
}

export interface ClockRate extends ClockCounts {
  late: number;
  /** completed + overdue: the rate's denominator. */
  counted: number;
  /** Percent, or undefined when nothing counted. */
  rate: number | undefined;
}

export interface Satisfaction {
  count: number;
  /** undefined without ratings. */
  mean: number | undefined;
  /** How many ratings gave 1, 2, 3, 4 and 5 (index 0 is a score of 1). */
  distribution: [number, number, number, number, number];
}

export interface ErrorRate {
  complaints: number;
  operatorErrors: number;
  rate: number | undefined;
}

export const percent = (n: number, d: number): number | undefined => (d === 0 ? undefined : (100 * n) / d);

export function clockRate(c: ClockCounts): ClockRate {
  const counted = c.completed + c.overdue;
  return { ...c, late: c.completed - c.onTime, counted, rate: percent(c.onTime, counted) };
}

export const noClocks: ClockCounts = { due: 0, completed: 0, onTime: 0, overdue: 0 };

export function addClocks(a: ClockCounts, b: ClockCounts): ClockCounts {
  return {
    due: a.due + b.due,
    completed: a.completed + b.completed,
    onTime: a.onTime + b.onTime,
    overdue: a.overdue + b.overdue,
  };
}

export function errorRate(complaints: number, operatorErrors: number): ErrorRate {
  return { complaints, operatorErrors, rate: percent(operatorErrors, complaints) };
}

/** Mean and distribution from the count of each score (1–5); other scores are ignored. */
export function satisfaction(scores: ReadonlyArray<{ score: number; count: number }>): Satisfaction {
  const distribution: Satisfaction["distribution"] = [0, 0, 0, 0, 0];
  for (const { score, count } of scores) {
    if (Number.isInteger(score) && score >= 1 && score <= 5)
      distribution[score - 1] = (distribution[score - 1] ?? 0) + count;
  }
  const count = distribution.reduce((a, b) => a + b, 0);
  const total = distribution.reduce((sum, n, i) => sum + n * (i + 1), 0);
  return { count, mean: count === 0 ? undefined : total / count, distribution };
}

export interface KpiFlags {
  /** On-time ≥ 90 %. */
  onTimeMeetsTarget: boolean;
  /** On-time < 85 %: the office head records a cause analysis. */
  needsCauseAnalysis: boolean;
  /** Error rate ≥ 5 %: training. */
  needsTraining: boolean;
}

export function kpiFlags(onTime: ClockRate, errors: ErrorRate): KpiFlags {
  return {
    onTimeMeetsTarget: onTime.rate !== undefined && onTime.rate >= kpiTargets.onTime,
    needsCauseAnalysis: onTime.rate !== undefined && onTime.rate < kpiTargets.causeAnalysisBelow,
    needsTraining: errors.rate !== undefined && errors.rate >= kpiTargets.errorRateTraining,
  };
}

/** The change from `before` to `now`; undefined when either is unknown. */
export function delta(now: number | undefined, before: number | undefined): number | undefined {
  return now === undefined || before === undefined ? undefined : now - before;
}

/** Counts of one post and service type, as the database groups them. */
export interface KpiGroup {
  postId: string;
  type: string;
}

export interface KpiRows {
  clocks: ReadonlyArray<KpiGroup & ClockCounts & { milestone: KpiMilestone }>;
  opened: ReadonlyArray<KpiGroup & { count: number }>;
  resolved: ReadonlyArray<KpiGroup & { count: number }>;
  scores: ReadonlyArray<KpiGroup & { score: number; count: number }>;
  complaints: ReadonlyArray<KpiGroup & { complaints: number; operatorErrors: number }>;
}

/** The indicators of a set of tickets (the whole office, one post or one service type). */
export interface KpiFigures {
  /** The resolution clock: the on-time rate. */
  onTime: ClockRate;
  /** Every clock, the resolution one included. */
  clocks: Record<KpiMilestone, ClockRate>;
  opened: number;
  resolved: number;
  errors: ErrorRate;
  satisfaction: Satisfaction;
  flags: KpiFlags;
}

const sum = <T>(rows: readonly T[], value: (row: T) => number) => rows.reduce((a, r) => a + value(r), 0);

/** Sums the grouped rows that `keep` accepts into one set of figures. */
export function kpiFigures(rows: KpiRows, keep: (group: KpiGroup) => boolean = () => true): KpiFigures {
  const clocks = Object.fromEntries(
    kpiMilestones.map((m) => [
      m,
      clockRate(rows.clocks.filter((r) => r.milestone === m && keep(r)).reduce(addClocks, noClocks)),
    ]),
  ) as Record<KpiMilestone, ClockRate>;
  const complaints = rows.complaints.filter(keep);
  const errors = errorRate(
    sum(complaints, (r) => r.complaints),
    sum(complaints, (r) => r.operatorErrors),
  );
  return {
    onTime: clocks.resolution,
    clocks,
    opened: sum(rows.opened.filter(keep), (r) => r.count),
    resolved: sum(rows.resolved.filter(keep), (r) => r.count),
    errors,
    satisfaction: satisfaction(rows.scores.filter(keep)),
    flags: kpiFlags(clocks.resolution, errors),
  };
}

/** Every post or every service type that has any row, with its figures; most tickets first. */
export function kpiBreakdown<K extends keyof KpiGroup>(
  rows: KpiRows,
  by: K,
): Array<{ key: string; figures: KpiFigures }> {
  const keys = new Set<string>();
  for (const list of [rows.clocks, rows.opened, rows.resolved, rows.scores, rows.complaints])
    for (const r of list) keys.add(r[by]);
  return [...keys]
    .map((key) => ({ key, figures: kpiFigures(rows, (g) => g[by] === key) }))
    .sort((a, b) => b.figures.opened - a.figures.opened || a.key.localeCompare(b.key));
}
