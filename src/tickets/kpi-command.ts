import { DateTime } from "luxon";
import { kpiNumbers } from "../db/queries/kpi.js";
import { markOperatorError as recordOperatorError, type Ticket } from "../db/queries/tickets.js";
import { schoolZone } from "../domain/school-zone.js";
import { texts } from "../engine/texts/index.js";
import { type CommandOutcome, type CommandScope, say } from "../services/command-scope.js";

// G16: on-time rate (target ≥ 90 %, below 85 % needs a cause analysis), error rate (< 5 %: complaints caused by
// operator mistakes) and satisfaction, for the office.
export function markOperatorError(scope: CommandScope, ticket: Ticket): CommandOutcome {
  const t = texts(scope.locale);
  const allowed = scope.person.isHead || scope.person.postIds.includes(ticket.postId);
  if (!allowed || ticket.type !== "complaint") return say(t.refused["not-allowed"]);
  recordOperatorError(scope.tx, ticket.id, scope.ctx.clock());
  return say(
    t.actionDone(
      ticket.number,
      scope.locale === "zh"
        ? "已记为操作失误（计入错误率）"
        : "marked as operator error (counts in the error rate)",
    ),
  );
}

const percent = (n: number, d: number) => (d === 0 ? undefined : (100 * n) / d);

export function kpi(scope: CommandScope): CommandOutcome {
  const { ctx, locale } = scope;
  const t = texts(locale);
  if (!scope.person.isHead && scope.person.postIds.length === 0) return say(t.notStaff);
  const now = ctx.clock();
  const local = DateTime.fromJSDate(now, { zone: schoolZone(ctx.settings.timeZone) });
  const from = local.startOf("month");
  // The period includes this very moment.
  const k = kpiNumbers(scope.tx, from.toJSDate(), new Date(now.getTime() + 1), now);
  const onTime = percent(k.onTime, k.dueInPeriod);
  const errorRate = percent(k.operatorErrors, k.complaints);
  const fmt = (v: number | undefined) => (v === undefined ? t.noData : `${v.toFixed(1)}%`);
  const lines = t.kpiLines({
    opened: k.opened,
    resolved: k.resolved,
    onTime: fmt(onTime),
    onTimeTarget: onTime === undefined ? "" : onTime < 85 ? t.kpiBelow85 : onTime < 90 ? t.kpiBelow90 : "✓",
    errorRate: fmt(errorRate),
    satisfaction: k.ratingAverage === null ? t.noData : `${k.ratingAverage.toFixed(2)} / 5`,
    ratings: k.ratings,
    overdueOpen: k.overdueOpen,
  });
  return say(`${t.kpiTitle(from.toISODate() ?? "", local.toISODate() ?? "")}\n${lines}`);
}
