import type { RateText, SupervisionTexts } from "./zh.js";

export const en: SupervisionTexts = {
  periodName: {
    "this-week": "this week",
    "last-week": "last week",
    "this-month": "this month",
    "last-month": "last month",
    "this-semester": "this semester",
    "last-semester": "last semester",
    "this-year": "this year",
    "last-year": "last year",
    month: "",
    range: "",
  },
  period: (name, from, to) => `${name ? `${name}: ` : ""}${from} to ${to}`,
  wholeOffice: "whole office",
  noData: "no data",
  kpiTitle: (period, scope) => `📈 Service KPIs | ${period} | ${scope}`,
  onTimeLine: (r: RateText, late, overdue) =>
    `On-time rate ${r.rate} (${r.onTime} of ${r.counted} completed by the deadline; ${late} completed late, ${overdue} overdue and open)`,
  onTimeNone: "On-time rate: no data (no ticket due in the period was completed or overdue)",
  meetsTarget: "✓ meets the 90% target",
  belowTarget: "⚠️ below the 90% target",
  needsCause: "⚠️ below 85%: a cause analysis is required (G16)",
  clocksLine: (response, onsite, plan) =>
    `Response on time ${response} | on site on time ${onsite}${plan ? ` | plan on time ${plan}` : ""}`,
  rateOf: (r: RateText) => `${r.rate} (${r.onTime}/${r.counted})`,
  volumeLine: (opened, resolved) => `${opened} tickets opened, ${resolved} resolved`,
  errorLine: (rate, errors, complaints) =>
    `Error rate ${rate} (${errors} operator errors of ${complaints} complaints) target < 5%`,
  needsTraining: "⚠️ Error rate at 5% or more: training is recommended (G16)",
  satisfactionLine: (mean, count, distribution) =>
    `Satisfaction ${mean} (${count} ratings; ${distribution
      .map((n, i) => `${i + 1}★ ${n}`)
      .reverse()
      .join(", ")})`,
  satisfactionNone: "Satisfaction: no data (no ratings in the period)",
  mean: (mean) => `${mean.toFixed(2)} / 5`,
  byPost: "By post:",
  byType: "By service type:",
  breakdownLine: (name, onTime, opened, rating) =>
    `• ${name}: on time ${onTime}, ${opened} opened, satisfaction ${rating}`,
  askCause:
    'Please reply with the cause analysis of this low on-time rate (or send "cause …"); it is recorded and shown in later reports. Reply "cancel" to skip for now.',
  askCauseByCommand:
    'Please send "cause …" with the analysis of this low on-time rate; it is recorded and shown in later reports.',
  causeLine: (cause, who, at) => `Cause analysis (${who}, recorded ${at}): ${cause}`,
  causeMissing: 'Cause analysis: not recorded yet (send "cause …").',
  previousCause: (period, cause) => `Previous period (${period}) cause analysis: ${cause}`,
  causeRecorded: (period) =>
    `Recorded the cause analysis for ${period}; later KPIs and reports will show it.`,
  causeNotAsked:
    'No period with an on-time rate below 85% is waiting for a cause analysis. Send "kpi last month" to see the figures.',
  causeEmpty:
    'Please write the cause after "cause", e.g. "cause end-of-month repair peak, facilities short-staffed".',
  causeSkipped: 'OK, no cause analysis recorded for now; send "cause …" at any time.',
  headOnly: "Sorry, only the office head can record a cause analysis.",
  notAllowed: "Sorry, service KPIs and reports are for the office head and the office's clerks.",
  operatorErrorDone: (number) => `Ticket ${number} is marked as operator error (counts in the error rate).`,
  notComplaint: (number) =>
    `Ticket ${number} is not a complaint, so it cannot be marked as operator error (the error rate counts complaints).`,
  operatorErrorNotAllowed:
    "Sorry, only the office head or the post handling it can mark a complaint as operator error.",
  weeklyTitle: (period, scope) => `📊 Weekly report | ${period} | ${scope}`,
  monthlyTitle: (period, scope) => `📊 Monthly report | ${period} | ${scope}`,
  changeTitle: (previous) => `Compared with the previous period (${previous}):`,
  changeLine: (opened, onTime, rating) =>
    `tickets opened ${opened}; on-time rate ${onTime}; satisfaction ${rating}`,
  points: (d) => `${d >= 0 ? "+" : ""}${d.toFixed(1)} points`,
  count: (d) => `${d >= 0 ? "+" : ""}${d}`,
  score: (d) => `${d >= 0 ? "+" : ""}${d.toFixed(2)}`,
  unknownChange: "no comparison",
  bookingsLine: (n) => `Room bookings held (approved or checked in): ${n}`,
  lowRatingsTitle: "Low ratings (≤ 2):",
  lowRatingLine: (number, score, summary, comment) =>
    `• ${number} | ${score}★ | ${summary}${comment ? ` | "${comment}"` : ""}`,
  overdueTitle: (total) =>
    `${total} ticket${total === 1 ? "" : "s"} overdue and open now${total > 0 ? ":" : "."}`,
  overdueLine: (number, post, summary, milestone, due) =>
    `• ${number} | ${post} | ${summary} | ${milestone} due ${due}`,
  overdueMore: (more) => `… and ${more} more; each post's "queue" shows its full list.`,
  milestone: { response: "response", onsite: "on-site", plan: "plan", resolution: "resolution" },
  reportFooter:
    'Send "kpi last month", "kpi this semester" or "kpi 2026-09-01 2026-12-31" for other periods.',
};
