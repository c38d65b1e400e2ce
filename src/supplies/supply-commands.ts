import { type CommandOutcome, type CommandScope, say } from "../services/command-scope.js";
import { leadingTicketNumber } from "../tickets/ticket-command-parser.js";
import { afterCommandWord } from "../understanding/command-words.js";
import { countStock, receiveStock, showPurchaseList, showStock } from "./stock-commands.js";
import { decisionWords } from "./supply-command-words.js";
import { decideTeaching, declineRequest, issueRequest } from "./supply-decisions.js";
import { suppliesTexts } from "./texts/index.js";

export type SuppliesCommand =
  | { kind: "stock" }
  | { kind: "purchase-list" }
  | { kind: "receive" | "count"; rest: string }
  | { kind: "issue" | "decline" | "endorse" | "deny"; number?: string; note: string };

const exact: ReadonlyArray<[SuppliesCommand, readonly string[]]> = [
  [{ kind: "stock" }, ["库存", "查库存", "物资库存", "stock"]],
  [{ kind: "purchase-list" }, ["采购清单", "采购单", "purchase list"]],
];
const withRest: ReadonlyArray<["receive" | "count", readonly string[]]> = [
  ["receive", ["入库", "receive"]],
  ["count", ["盘点", "count"]],
];
// Longer words first where one starts another (不同意领用 before 同意领用).
const decisions: ReadonlyArray<["issue" | "decline" | "endorse" | "deny", readonly string[]]> = (
  ["deny", "endorse", "decline", "issue"] as const
).map((kind) => [kind, [decisionWords[kind].zh, decisionWords[kind].en]]);

/**
 * `库存`, `入库 A4纸 20包`, `盘点 [A4纸 18包]`, `采购清单`, `发放 <no>`, `不予发放 <no> 原因`, `同意领用 <no>`,
 * `不同意领用 <no> 原因` (and English words). A decision word with something other than a ticket number after it
 * is no command ("发放时间是几点").
 */
export function parseSuppliesCommand(input: string): SuppliesCommand | undefined {
  const text = input.trim();
  const lower = text.toLowerCase();
  for (const [command, words] of exact) if (words.includes(lower)) return command;
  for (const [kind, words] of withRest) {
    const rest = afterCommandWord(text, words);
    // "count" alone in English is too common a word to take without an item after it.
    if (
      rest !== undefined &&
      !(kind === "count" && rest === "" && lower !== "盘点" && lower !== "count stock")
    )
      return { kind, rest };
  }
  if (lower === "count stock") return { kind: "count", rest: "" };
  for (const [kind, words] of decisions) {
    const rest = afterCommandWord(text, words);
    if (rest === undefined) continue;
    if (rest === "") return { kind, note: "" };
    const found = leadingTicketNumber(rest);
    if (found) return { kind, number: found.number, note: found.after };
    return undefined;
  }
  return undefined;
}

export function runSuppliesCommand(scope: CommandScope, command: SuppliesCommand): CommandOutcome {
  switch (command.kind) {
    case "stock":
      return showStock(scope);
    case "purchase-list":
      return showPurchaseList(scope);
    case "receive":
      return receiveStock(scope, command.rest);
    case "count":
      return countStock(scope, command.rest);
  }
  if (command.number === undefined) return say(suppliesTexts(scope.locale).issueUsage);
  switch (command.kind) {
    case "issue":
      return issueRequest(scope, command.number);
    case "decline":
      return declineRequest(scope, command.number, command.note);
    case "endorse":
      return decideTeaching(scope, command.number, { approve: true });
    case "deny":
      return decideTeaching(scope, command.number, { approve: false, reason: command.note });
  }
}
