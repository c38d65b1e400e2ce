import { leadingTicketNumber } from "../tickets/ticket-command-parser.js";
import { afterCommandWord } from "../understanding/command-words.js";
import { looksLikePeriod } from "../understanding/parsers/report-period.js";

export type ReportCadence = "weekly" | "monthly";

export type SupervisionCommand =
  /** `统计 上月`: the KPIs of a period (the text after the word; "" is this month). */
  | { kind: "kpi"; period: string }
  /** `周报` / `月报`: last week's or last month's report, or that of the period named after the word. */
  | { kind: "report"; cadence: ReportCadence; period: string }
  /** `原因 …`: the cause analysis of the period flagged last. */
  | { kind: "cause"; text: string }
  /** `操作失误 <no>`: a complaint caused by an operator mistake (G16 error rate). */
  | { kind: "operator-error"; number: string };

const kpiWords = ["统计", "服务指标", "指标", "kpis", "kpi"];
const reportWords: ReadonlyArray<[ReportCadence, readonly string[]]> = [
  ["weekly", ["周报", "weekly report"]],
  ["monthly", ["月报", "monthly report"]],
];
const errorWords = ["操作失误", "operator-error", "operator error"];
// "原因是…" in an answer is no command: the word must stand apart (a space or a colon after it).
const causePattern =
  /^(?:原因分析|原因|cause(?: analysis)?)(?:\s*[:：]\s*|\s+)([\s\S]*)$|^(?:原因分析|原因|cause)$/iu;

/**
 * The text after a command word when it is one: the word alone, the word then a space or a colon, or the word
 * run into a period ("统计上月"). "统计表格打印20份" is a printing request, not a command.
 */
function periodAfter(text: string, words: readonly string[]): string | undefined {
  const rest = afterCommandWord(text, words);
  if (rest === undefined) return undefined;
  const separated =
    rest === "" || /^[:：]/u.test(rest) || /\s/u.test(text.charAt(text.length - rest.length - 1));
  if (separated || looksLikePeriod(rest)) return rest.replace(/^[:：]\s*/u, "").trim();
  return undefined;
}

/** Reads the office head's supervision commands; undefined for anything else. */
export function parseSupervisionCommand(input: string): SupervisionCommand | undefined {
  const text = input.trim();
  const cause = causePattern.exec(text);
  if (cause) return { kind: "cause", text: (cause[1] ?? "").trim() };
  for (const [cadence, words] of reportWords) {
    const rest = periodAfter(text, words);
    if (rest !== undefined) return { kind: "report", cadence, period: rest };
  }
  const errorRest = afterCommandWord(text, errorWords);
  if (errorRest !== undefined) {
    const found = leadingTicketNumber(errorRest);
    return found ? { kind: "operator-error", number: found.number } : undefined;
  }
  const kpiRest = periodAfter(text, kpiWords);
  if (kpiRest !== undefined) return { kind: "kpi", period: kpiRest };
  return undefined;
}
