import type { SurveyResults } from "./survey-results.js";
import type { SurveyTexts } from "./texts/index.js";

/** The results as chat text; the open answers only when `withComments` (the head's copy). */
export function surveyResultsText(r: SurveyResults, t: SurveyTexts, withComments: boolean): string {
  const lines = [t.resultsTitle(t.semester(r.semester), r.answered, r.asked)];
  for (const q of r.questions) {
    if (q.kind !== "scale") continue;
    const mean = q.mean === null ? t.noAnswers : q.mean.toFixed(2);
    const satisfied = q.satisfiedShare === null ? t.noAnswers : `${(100 * q.satisfiedShare).toFixed(0)}%`;
    lines.push(t.resultLine(q.number, q.text, mean, satisfied, q.belowTarget));
  }
  lines.push(t.target);
  const comments = r.questions.flatMap((q) => q.comments);
  if (withComments && comments.length > 0) {
    lines.push(t.commentsTitle(comments.length), ...comments.map((c) => `· ${c}`));
  }
  return lines.join("\n");
}
