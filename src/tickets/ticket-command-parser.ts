import { findTicketNumber, ticketNumberOf } from "../domain/ticket-number.js";
import type { TicketAction } from "../domain/ticket-status.js";
import { afterCommandWord } from "../understanding/command-words.js";
import { ticketActionWords } from "./ticket-command-words.js";

export type Command =
  | {
      kind: "ticket-action";
      action: TicketAction;
      /** "" when the clerk gave only the number's end ("接单 001") or none ("接单"): resolved against their queue. */
      number: string;
      note: string;
      target?: string;
      suffix?: string;
    }
  | { kind: "status"; number: string }
  | { kind: "rate"; number: string; score?: number; comment: string }
  /** "合并 A B": B is closed into A. Either number may be missing or malformed: the command answers with its use. */
  | { kind: "merge"; keep?: string; merge?: string }
  | { kind: "my-tickets" }
  | { kind: "queue" }
  | { kind: "attachments"; number: string };

const actionWords = Object.entries(ticketActionWords).map(
  ([action, words]) => [action as TicketAction, [...words.zh, ...words.en]] as const,
);

const plainCommands: ReadonlyArray<[Command, readonly string[]]> = [
  [{ kind: "my-tickets" }, ["我的工单", "我的申请", "我的预约", "my tickets", "my requests", "tickets"]],
  [{ kind: "queue" }, ["待办", "队列", "我的待办", "queue", "my queue"]],
];

/** A ticket number right at the start of `rest`, and what follows it. */
export function leadingTicketNumber(rest: string): { number: string; after: string } | undefined {
  const parts = findTicketNumber(rest);
  if (!parts) return undefined;
  const at = rest.indexOf(parts.text);
  if (at < 0 || rest.slice(0, at).trim() !== "") return undefined;
  return { number: ticketNumberOf(parts), after: rest.slice(at + parts.text.length).trim() };
}

const statusWords = ["查询", "进度", "status", "查看"];
const attachmentWords = ["附件", "查看附件", "attachments", "files"];
const rateWords = ["评价", "评分", "rate"];
const mergeWords = ["合并", "merge"];

/**
 * Reads a command such as "完成 综合办-20261127-003 已更换灯泡" or "my tickets". Returns undefined for
 * anything else, so ordinary answers are never mistaken for commands: a ticket command needs a ticket number.
 */
export function parseCommand(input: string): Command | undefined {
  const text = input.trim();
  const lower = text.toLowerCase();
  for (const [command, words] of plainCommands) if (words.includes(lower)) return command;
  const statusRest = afterCommandWord(text, statusWords);
  if (statusRest !== undefined) {
    const found = leadingTicketNumber(statusRest);
    if (found) return { kind: "status", number: found.number };
  }
  const filesRest = afterCommandWord(text, attachmentWords);
  if (filesRest !== undefined) {
    const found = leadingTicketNumber(filesRest);
    if (found) return { kind: "attachments", number: found.number };
  }
  const rateRest = afterCommandWord(text, rateWords);
  if (rateRest !== undefined) {
    const found = leadingTicketNumber(rateRest);
    if (found) {
      const match = /^([1-5])(?:\s*分)?(?:\s+|$)(.*)$/su.exec(found.after);
      return match
        ? { kind: "rate", number: found.number, score: Number(match[1]), comment: (match[2] ?? "").trim() }
        : { kind: "rate", number: found.number, comment: found.after };
    }
  }
  const mergeRest = afterCommandWord(text, mergeWords);
  if (mergeRest !== undefined) {
    const first = leadingTicketNumber(mergeRest);
    // "合并两个班的家长会" is a request, not a command: only a number (or nothing) after the word makes one.
    if (first) return { kind: "merge", keep: first.number, merge: leadingTicketNumber(first.after)?.number };
    if (mergeRest.trim() === "") return { kind: "merge" };
  }
  for (const [action, words] of actionWords) {
    const rest = afterCommandWord(text, words);
    if (rest === undefined) continue;
    const found = leadingTicketNumber(rest);
    if (!found) {
      const short = shortReference(action, rest, text);
      if (short) return short;
      continue;
    }
    if (action === "transfer") {
      const [target = "", ...reason] = found.after.split(/\s+/);
      return { kind: "ticket-action", action, number: found.number, target, note: reason.join(" ") };
    }
    return { kind: "ticket-action", action, number: found.number, note: found.after };
  }
  return undefined;
}

// Clerk shortcuts work for the staff's own actions; "开始/start" alone stays the menu word.
const shortActions = new Set<TicketAction>(["accept", "start", "resolve", "plan", "refuse", "refer", "ask"]);
const menuLike = new Set(["开始", "start"]);

/** "接单 001" (today's -001) or a bare "接单": a ticket named by the end of its number, or by nothing at all. */
function shortReference(action: TicketAction, rest: string, text: string): Command | undefined {
  if (!shortActions.has(action)) return undefined;
  const m = /^(\d{1,3})(?:\s+([\s\S]*))?$/.exec(rest.trim());
  if (m)
    return {
      kind: "ticket-action",
      action,
      number: "",
      suffix: m[1]!.padStart(3, "0"),
      note: (m[2] ?? "").trim(),
    };
  if (rest.trim() === "" && !menuLike.has(text.trim().toLowerCase()))
    return { kind: "ticket-action", action, number: "", note: "" };
  return undefined;
}
