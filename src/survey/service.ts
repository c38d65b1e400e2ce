import type { WorkingSpan } from "../domain/sla-calendar.js";
import type { Service } from "../services/service.js";
import { type QuarterKpis, quarterlySummaryJob } from "./quarterly-summary-job.js";
import { answeringStateSchema, continueAnswering, surveyServiceId } from "./survey-answering.js";
import { parseSurveyCommand, runSurveyCommand } from "./survey-commands.js";
import { surveyReminderJob } from "./survey-reminder-job.js";

export interface SurveyServiceOptions {
  /** Working time after sending before the one reminder to those who have not answered. */
  remindAfter: WorkingSpan;
  /** Local "HH:MM" of the quarterly summary. */
  morningAt: string;
  /** The quarter's KPI lines for the summary; default the supervision KPIs (`quarterKpiLines`). */
  quarterKpis?: QuarterKpis;
}

/**
 * The semester satisfaction survey (G17) and the quarterly summary (G19): the head drafts, edits and sends the
 * survey (`调查`, `调查 问题 3 …`, `调查 发送`), people answer it anonymously in chat (`填写调查`), one reminder
 * goes out, `调查 结果` publishes the results with the items below target flagged; `改进 …` records a plan
 * for the quarter's summary.
 */
export function surveyService(options: SurveyServiceOptions): Service {
  return {
    id: surveyServiceId,
    commands: {
      parse: parseSurveyCommand,
      run: (scope, command) => runSurveyCommand(options, scope, command),
    },
    followUp(scope, data, text, startsSomething) {
      const state = answeringStateSchema.safeParse(data);
      return state.success ? continueAnswering(scope, state.data, text, startsSomething) : undefined;
    },
    jobs: [surveyReminderJob(), quarterlySummaryJob(options.morningAt, options.quarterKpis)],
  };
}
