import type { CommandOutcome, CommandScope } from "../services/command-scope.js";
import { say } from "../services/command-scope.js";
import type { Service } from "../services/service.js";
import { namedPeriod, parseReportPeriod } from "../understanding/parsers/report-period.js";
import { causeCommand, causeFollowUp } from "./cause-analysis.js";
import { reportJobs } from "./jobs/report-jobs.js";
import {
  type AwaitingCause,
  kpiCommand,
  periodContext,
  supervisionServiceId,
  viewablePosts,
} from "./kpi-command.js";
import { operatorErrorCommand } from "./operator-error.js";
import { periodReport } from "./period-report.js";
import {
  parseSupervisionCommand,
  type ReportCadence,
  type SupervisionCommand,
} from "./supervision-command-parser.js";
import { supervisionTexts } from "./texts/index.js";

export interface SupervisionServiceOptions {
  /** Local "HH:MM" when the weekly and monthly reports go out (default "08:30"). */
  reportAt?: string | undefined;
}

/** `周报` / `月报`: the report of last week or last month, or of the period named after the word. */
function reportCommand(scope: CommandScope, cadence: ReportCadence, words: string): CommandOutcome {
  const postIds = viewablePosts(scope.person);
  if (postIds === null) return say(supervisionTexts(scope.locale).notAllowed);
  const ctx = periodContext(scope.ctx);
  const parsed =
    words === ""
      ? { ok: true as const, value: namedPeriod(cadence === "weekly" ? "last-week" : "last-month", ctx) }
      : parseReportPeriod(words, ctx);
  if (!parsed.ok) return say(parsed.error[scope.locale]);
  return say(
    periodReport(scope.ctx, scope.tx, { cadence, period: parsed.value, postIds, locale: scope.locale }),
  );
}

function run(scope: CommandScope, command: SupervisionCommand): CommandOutcome {
  switch (command.kind) {
    case "kpi":
      return kpiCommand(scope, command.period);
    case "report":
      return reportCommand(scope, command.cadence, command.period);
    case "cause":
      return causeCommand(scope, command.text);
    case "operator-error":
      return operatorErrorCommand(scope, command.number);
  }
}

/**
 * The office head's supervision (G16, G4): `统计 <period>` (on-time, response and on-site rates, error rate,
 * satisfaction, by post and service type), `原因 …` (the cause analysis of a rate below 85 %),
 * `操作失误 <no>`, `周报` / `月报` on demand, and the weekly and monthly reports pushed to the head.
 */
export function supervisionService(options: SupervisionServiceOptions = {}): Service {
  return {
    id: supervisionServiceId,
    commands: { parse: parseSupervisionCommand, run },
    followUp: (scope, data, text, startsSomething) =>
      causeFollowUp(scope, data as AwaitingCause, text, startsSomething),
    jobs: reportJobs(options.reportAt ?? "08:30"),
  };
}
