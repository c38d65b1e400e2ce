import { DateTime } from "luxon";
import { groupBy } from "../core/group-by.js";
import { auditProblems } from "../db/queries/audit.js";
import { type CommandOutcome, type CommandScope, say } from "../services/command-scope.js";
import { afterCommandWord } from "../understanding/command-words.js";
import { mayAudit } from "./audit-access.js";
import { startChecking } from "./audit-checking.js";
import { type Month, monthOf, previousMonth, readMonth } from "./audit-months.js";
import { type AuditProgress, auditProgress, problemsOf } from "./audit-progress.js";
import { type AuditTexts, auditTexts } from "./texts/index.js";

export type AuditCommand =
  | { kind: "show"; month?: Month }
  | { kind: "check" }
  | { kind: "retraining" }
  | { kind: "usage" };

const auditWords = ["抽查", "audit"];
const checkWords = ["核对", "check"];
const retrainingWords = ["重训名单", "重训", "再培训", "retraining"];

/** `抽查`, `抽查 2026-11`, `抽查 核对`, `重训`; other text after 抽查 ("抽查一下…") is no audit command. */
export function parseAuditCommand(text: string): AuditCommand | undefined {
  const trimmed = text.trim();
  if (afterCommandWord(trimmed, retrainingWords) === "") return { kind: "retraining" };
  const rest = afterCommandWord(trimmed, auditWords)?.trim();
  if (rest === undefined) return undefined;
  if (rest === "") return { kind: "show" };
  if (checkWords.includes(rest.toLowerCase())) return { kind: "check" };
  if (!/^\d/.test(rest)) return undefined;
  const month = readMonth(rest);
  return month === "unreadable" ? { kind: "usage" } : { kind: "show", month };
}

/** The sample being worked this month: last month's, or the one before while this month's is not drawn yet. */
function currentProgress(scope: CommandScope): AuditProgress | undefined {
  const thisMonth = monthOf(scope.ctx.calendar.localDate(scope.ctx.clock()));
  const last = previousMonth(thisMonth);
  return auditProgress(scope.tx, last) ?? auditProgress(scope.tx, previousMonth(last));
}

export function runAuditCommand(scope: CommandScope, command: AuditCommand): CommandOutcome {
  const t = auditTexts(scope.locale);
  if (!mayAudit(scope.ctx, scope.person)) return say(t.refused);
  switch (command.kind) {
    case "usage":
      return say(t.usage);
    case "retraining":
      return say(retrainingList(scope, t));
    case "check": {
      const progress = currentProgress(scope);
      if (!progress) return say(t.nothingToCheck);
      return startChecking(scope, progress.month, progress.sampleId);
    }
    case "show": {
      const progress = command.month ? auditProgress(scope.tx, command.month) : currentProgress(scope);
      if (!progress) {
        return say(
          t.noSample(
            command.month ?? previousMonth(monthOf(scope.ctx.calendar.localDate(scope.ctx.clock()))),
          ),
        );
      }
      const open = progress.checked < progress.drawn;
      return {
        replies: [
          {
            text: sampleText(scope, progress, t),
            ...(open ? { choices: [{ label: t.startChecking, value: t.checkCommand }] } : {}),
          },
        ],
      };
    }
  }
}

function sampleText(scope: CommandScope, p: AuditProgress, t: AuditTexts): string {
  const drawnOn = DateTime.fromJSDate(p.drawnAt, { zone: scope.ctx.settings.timeZone }).toISODate() ?? "";
  const lines = [t.sampleTitle(p.month, drawnOn)];
  if (p.drawn === 0) return [...lines, t.emptySample].join("\n");
  lines.push(t.sampleRule(p.closed, p.drawn, p.seed));
  for (const post of p.posts) {
    const name = scope.locale === "en" ? (post.postNameEn ?? post.postName) : post.postName;
    lines.push(t.postLine(name, post.closed, post.drawn));
    for (const item of p.items.filter((i) => i.postId === post.postId)) {
      const problems = problemsOf(item).map((c) => t.checks[c]);
      const status = !item.checkedAt
        ? t.unchecked
        : problems.length > 0
          ? t.checkedProblems(problems.join(t.listSeparator))
          : t.checkedOk;
      lines.push(t.itemLine(item.number, item.summary, item.clerkName ?? t.unassigned, status));
    }
  }
  lines.push(t.progress(p.checked, p.drawn, p.problems));
  if (p.checked < p.drawn) lines.push(t.continueHint);
  return lines.join("\n");
}

/** Per clerk, the audited tickets with problems (G18: problems lead to retraining). */
export function retrainingList(scope: CommandScope, t: AuditTexts): string {
  const rows = auditProblems(scope.tx);
  if (rows.length === 0) return t.retrainingEmpty;
  const byClerk = groupBy(rows, (row) => row.clerkName ?? t.unassigned);
  const lines = [t.retrainingTitle];
  for (const [clerk, items] of byClerk) {
    lines.push(t.retrainingClerk(clerk, items.length));
    for (const item of items) {
      const checks = problemsOf(item)
        .map((c) => t.checks[c])
        .join(t.listSeparator);
      lines.push(t.retrainingItem(item.month, item.number, checks, item.note));
    }
  }
  return lines.join("\n");
}
