import type { AuditCheck } from "../../db/queries/audit.js";
import type { AuditTexts } from "./zh.js";

export const en: AuditTexts = {
  checks: { paper: "paper register", ledger: "electronic ledger", followUp: "follow-up record" } as Record<
    AuditCheck,
    string
  >,
  ok: "Matches",
  problem: "Problem",
  none: "None",
  okWords: ["matches", "match", "ok", "fine", "相符"],
  problemWords: ["problem", "mismatch", "missing", "wrong", "有问题"],
  noneWords: ["none", "no", "skip", "无"],
  startChecking: "Start checking",
  checkCommand: "audit check",
  refused: "Sorry, only the office head and the named auditor can see the audit and the retraining list.",
  usage: 'Please give a month, e.g. "audit 2026-11".',
  noSample: (month: string) =>
    `There is no audit sample for ${month} (it is drawn on the first working day of the next month).`,
  sampleTitle: (month: string, drawnOn: string) => `Ticket audit for ${month} (drawn on ${drawnOn})`,
  sampleRule: (closed: number, drawn: number, seed: number) =>
    `${closed} tickets were closed; 20 % of each post's (rounded up) gives ${drawn}; random seed ${seed}, so the draw can be checked.`,
  postLine: (post: string, closed: number, drawn: number) => `[${post}] ${closed} closed, ${drawn} drawn`,
  itemLine: (number: string, summary: string, clerk: string, status: string) =>
    `· ${number} ${summary} (handled by ${clerk}) ${status}`,
  unchecked: "to check",
  checkedOk: "✓ all three match",
  checkedProblems: (checks: string) => `✗ problem: ${checks}`,
  progress: (checked: number, total: number, problems: number) =>
    `Progress: ${checked}/${total} checked, ${problems} with problems.`,
  continueHint: 'Reply "audit check" to check them one by one.',
  emptySample: "No tickets were closed last month, so there is nothing to audit.",
  emptyNotice: (month: string) => `No tickets were closed in ${month}, so there is nothing to audit.`,
  unassigned: "not assigned",
  drawnNotice: (month: string, drawn: number, closed: number) =>
    `The ticket audit for ${month} is drawn: ${drawn} of ${closed} closed tickets (20 % of each post, rounded up). Please check each against the paper register, the electronic ledger and the follow-up record.`,
  itemHeader: (position: number, total: number, number: string, title: string, post: string, clerk: string) =>
    `Ticket ${position}/${total}: ${number} (${title}, ${post}, handled by ${clerk})`,
  itemSummary: (summary: string) => `About: ${summary}`,
  askCheck: (check: string) => `Does the ${check} match the ticket?`,
  answerCheck: (check: string) => `Please reply "Matches" or "Problem" (${check}).`,
  askNote: 'A note (optional): one sentence, or reply "None".',
  recorded: (number: string, problems: string | undefined) =>
    problems
      ? `Recorded ${number}: problem with the ${problems}; the clerk is on the retraining list.`
      : `Recorded ${number}: all three match.`,
  allDone: (month: string, problems: number) =>
    `The audit for ${month} is complete: ${problems} with problems. Reply "retraining" for the retraining list.`,
  paused: 'Checking paused; reply "audit check" to go on.',
  nothingToCheck: "There is no audit ticket left to check this month.",
  retrainingTitle: "Retraining list (clerks whose audited tickets had problems):",
  retrainingEmpty: "The retraining list is empty: the audits found no problems yet.",
  retrainingClerk: (clerk: string, count: number) => `${clerk}: ${count}`,
  retrainingItem: (month: string, number: string, checks: string, note: string | null) =>
    `  · ${month} ${number} problem: ${checks}${note ? ` (${note})` : ""}`,
  listSeparator: ", ",
};
