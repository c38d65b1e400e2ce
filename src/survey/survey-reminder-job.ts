import { getPerson } from "../db/queries/people.js";
import { recipientsOf, surveysToRemind, updateSurvey } from "../db/queries/survey.js";
import type { EngineContext } from "../engine/context.js";
import type { Job } from "../scheduler/job.js";
import { queueMessages } from "../scheduler/queue-messages.js";
import { localeOf } from "../tickets/ticket-notices.js";
import { surveyTexts } from "./texts/index.js";

/**
 * The one reminder (G17): every 15 minutes, a sent survey whose reminder time has come reminds the people who
 * have not answered, once; the survey's `reminded_at` and each message's key keep it to one.
 */
export function surveyReminderJob(): Job {
  return {
    name: "survey-reminder",
    schedule: "*/15 * * * *",
    run: (ctx, now) => void remindSurveys(ctx, now),
  };
}

export function remindSurveys(ctx: EngineContext, now: Date): number {
  return queueMessages(ctx, now, function* (tx) {
    for (const survey of surveysToRemind(tx, now)) {
      updateSurvey(tx, survey.id, { remindedAt: now });
      for (const { personId } of recipientsOf(tx, survey.id).filter((r) => !r.answered)) {
        const person = getPerson(tx, personId);
        if (!person) continue;
        const t = surveyTexts(localeOf(ctx, person));
        yield {
          dedupeKey: `survey-reminder:${survey.id}:${personId}`,
          recipientId: personId,
          kind: "survey-reminder",
          message: {
            text: t.reminder(t.semester(survey.semester)),
            choices: [{ label: t.startAnswering, value: t.answerCommand }],
          },
        };
      }
    }
  });
}
