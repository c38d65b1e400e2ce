import type { SurveyTexts } from "./zh.js";

export const en: SurveyTexts = {
  defaultQuestions: [
    "How satisfied are you with the office staff's attitude?",
    "How satisfied are you with how quickly the office responds?",
    "How satisfied are you with the quality of the results?",
    "How satisfied are you with the communication (progress updates, explanations)?",
    "Overall, how satisfied are you with the general office's service?",
    "Any comments or suggestions for the general office?",
  ],
  scale: ["very dissatisfied", "dissatisfied", "neutral", "satisfied", "very satisfied"],
  semester: (key: string) => {
    const match = /^(\d{4})-(spring|autumn)$/.exec(key);
    return match ? `${match[2]} ${match[1]} semester` : key;
  },
  onlyHead: "Sorry, only the office head can start the survey, edit its questions and publish its results.",
  draftTitle: (semester: string) => `Satisfaction survey for the ${semester} (draft, not sent yet):`,
  questionLine: (n: number, text: string, open: boolean) => `${n}. ${text}${open ? " (open)" : " (1–5)"}`,
  draftHint: 'Edit a question: "survey question 3 <new text>"; when it is right, reply "survey send".',
  send: "Send",
  sendCommand: "survey send",
  questionUsage: (count: number) =>
    `Please give the question number (1–${count}) and the new text, e.g. "survey question 3 How satisfied are you with the results?"`,
  alreadySent: "The survey was sent; its questions can no longer change.",
  sent: (count: number, remindOn: string) =>
    `The survey went to ${count} people (this semester's bot users and the office staff); answers are stored anonymously. Those who have not answered get one reminder on ${remindOn}.`,
  nobodyToAsk: "Nobody has used the bot this semester yet, so the survey was not sent.",
  status: (semester: string, answered: number, asked: number) =>
    `Satisfaction survey for the ${semester}: sent to ${asked}, ${answered} answered. Reply "survey results" to see and publish the results.`,
  invite: (semester: string, count: number) =>
    `[Satisfaction survey] The general office's survey for the ${semester}: ${count} questions, about 2 minutes, anonymous.`,
  startAnswering: "Start",
  answerCommand: "take survey",
  reminder: (semester: string) =>
    `Reminder: we have not had your answers to the ${semester} satisfaction survey yet (about 2 minutes, anonymous).`,
  nothingToAnswer: "There is no survey waiting for you, thank you.",
  askScale: (n: number, count: number, text: string) =>
    `Question ${n}/${count}: ${text}\nPick 1–5 (5 is very satisfied).`,
  askOpen: (n: number, count: number, text: string) =>
    `Question ${n}/${count}: ${text}\nWrite it, or reply "None".`,
  scaleAgain: "Please reply with a score from 1 to 5 (5 is very satisfied).",
  none: "None",
  noneWords: ["none", "no", "skip", "无"],
  thanks: "Your answers were submitted anonymously. Thank you!",
  stopped: 'You left the survey; nothing was saved. Reply "take survey" to start again.',
  resultsTitle: (semester: string, answered: number, asked: number) =>
    `Satisfaction survey results, ${semester} (${answered} of ${asked} answered):`,
  resultLine: (n: number, text: string, mean: string, satisfied: string, flagged: boolean) =>
    `${n}. ${text}\n   mean ${mean}, satisfied (4–5) ${satisfied}${flagged ? "  ⚠️ below target: goes into the appraisal" : "  ✓"}`,
  noAnswers: "none yet",
  target: "Target: a mean of at least 4.0 of 5.",
  commentsTitle: (count: number) => `Open answers (${count}, for the office head only):`,
  published: (count: number) => `The results were published to ${count} people surveyed.`,
  resultsNotSent: "The survey has not been sent yet, so there are no results.",
  noSurvey: 'There is no satisfaction survey this semester yet. Reply "survey" to draft one.',
  planSaved: (quarter: string, text: string) => `Improvement plan recorded for ${quarter}: ${text}`,
  plansTitle: (quarter: string) => `Improvement plans for ${quarter}:`,
  noPlans: (quarter: string) =>
    `No improvement plan for ${quarter} yet. Reply "improve <plan>" to record one.`,
  quarterTitle: (quarter: string) => `[Quarterly summary] Service supervision, ${quarter}`,
  quarterNoSurvey: "No satisfaction survey was sent this quarter.",
  quarterKpiTitle: "This quarter's KPIs:",
  quarterKpiMissing: 'KPIs (on-time rate, error rate, satisfaction): send "kpi" to see them.',
};
