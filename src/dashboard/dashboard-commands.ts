import { type CommandOutcome, type CommandScope, say } from "../services/command-scope.js";
import { afterCommandWord } from "../understanding/command-words.js";
import { looksLikePeriod, parseReportPeriod } from "../understanding/parsers/report-period.js";
import { viewerOf } from "./dashboard-access.js";
import type { DashboardKeys } from "./dashboard-keys.js";
import { dashboardTexts } from "./texts/index.js";

export type DashboardCommand = { kind: "dashboard" } | { kind: "export"; period: string };

const dashboardWords = ["看板", "仪表盘", "数据看板", "dashboard"];
const exportWords = ["导出", "export"];
// Every message passes here; one precompiled test turns nearly all of them away.
const startsLikeCommand = new RegExp(`^(?:${[...dashboardWords, ...exportWords].join("|")})`, "i");

/** `看板` / `dashboard`; `导出 上月` / `export last month` (a period word, dates, or nothing for this month). */
export function parseDashboardCommand(text: string): DashboardCommand | undefined {
  const trimmed = text.trim();
  if (!startsLikeCommand.test(trimmed)) return undefined;
  if (dashboardWords.includes(trimmed.toLowerCase())) return { kind: "dashboard" };
  const rest = afterCommandWord(trimmed, exportWords);
  // "导出成绩单" is a request for someone else, not an export of tickets.
  if (rest === undefined || (rest.trim() !== "" && !looksLikePeriod(rest))) return undefined;
  return { kind: "export", period: rest };
}

/**
 * Answers with one-time links: a dashboard sign-in, or a CSV and an Excel download of a period's tickets. The
 * office head and clerks only; anyone else gets a polite no.
 */
export function runDashboardCommand(
  scope: CommandScope,
  command: DashboardCommand,
  keys: DashboardKeys,
): CommandOutcome {
  const { ctx, tx, person, locale } = scope;
  const t = dashboardTexts(locale);
  if (!viewerOf(person)) return say(t.notAllowed);
  const now = ctx.clock();
  const base = ctx.publicUrl?.() ?? "http://localhost:3000";
  if (command.kind === "dashboard") {
    const token = keys.issue(tx, person.id, locale, { kind: "dashboard" }, now);
    return say(t.dashboardLink(`${base}/dashboard/login?token=${token}`, keys.linkMinutes));
  }
  const parsed = parseReportPeriod(command.period, {
    now,
    timeZone: ctx.settings.timeZone,
    semesters: ctx.directory.semesters,
  });
  if (!parsed.ok) return say(parsed.error[locale]);
  const period = { from: parsed.value.from, to: parsed.value.to };
  const link = (format: "csv" | "xlsx") =>
    `${base}/dashboard/export?token=${keys.issue(tx, person.id, locale, { kind: "export", ...period, format }, now)}`;
  const label = t.periodLabel(period.from, period.to);
  return say(t.exportLinks(label, link("csv"), link("xlsx"), keys.linkMinutes));
}
