import { noticeOfTicket } from "../db/queries/notices.js";
import { getTicketByNumber, type Ticket } from "../db/queries/tickets.js";
import { ticketVisibility } from "../domain/routing.js";
import { texts } from "../engine/texts/index.js";
import { type CommandOutcome, type CommandScope, say } from "../services/command-scope.js";
import { leadingTicketNumber } from "../tickets/ticket-command-parser.js";
import { afterCommandWord, wordsFrom } from "../understanding/command-words.js";
import { newsDigestCommand } from "./news-digest.js";
import { type NoticeCommandWord, noticeCommandWords } from "./notice-command-words.js";
import { markPublished } from "./notice-publishing.js";
import { approveNotice, sendBackNotice } from "./notice-review.js";
import { noticeTexts } from "./texts/index.js";

export const noticesServiceId = "notices";

export type NoticeCommand =
  | { kind: "approve" | "signOff" | "sendBack" | "published"; number: string; rest: string; text: string }
  | { kind: "digest"; period: "week" | "month" };

const wordsOf = (word: NoticeCommandWord) => wordsFrom(noticeCommandWords, word);
const monthWords = ["月", "本月", "月度", "month", "monthly"];

/** "通过 <no>", "签发 <no>", "退回 <no> 意见", "已发布 <no> 电子屏", "新闻汇总 [本月]". */
export function parseNoticeCommand(input: string): NoticeCommand | undefined {
  const text = input.trim();
  const digest = afterCommandWord(text, wordsOf("digest"));
  if (digest !== undefined)
    return { kind: "digest", period: monthWords.includes(digest.trim().toLowerCase()) ? "month" : "week" };
  for (const kind of ["approve", "signOff", "sendBack", "published"] as const) {
    const rest = afterCommandWord(text, wordsOf(kind));
    const found = rest === undefined ? undefined : leadingTicketNumber(rest);
    if (found) return { kind, number: found.number, rest: found.after, text };
  }
  return undefined;
}

export function runNoticeCommand(scope: CommandScope, command: NoticeCommand): CommandOutcome {
  if (command.kind === "digest") return newsDigestCommand(scope, command.period);
  const ticket = getTicketByNumber(scope.tx, command.number);
  const notice = ticket ? noticeOfTicket(scope.tx, ticket.id) : undefined;
  if (!ticket || !notice) {
    // "退回 <no> 原因" on any other ticket is a booking's rejection or a clerk's refusal.
    const other = command.kind === "sendBack" ? passOn(scope, command.text) : undefined;
    if (other) return other;
    if (!ticket) return say(texts(scope.locale).ticketNotFound(command.number));
    return say(noticeTexts(scope.locale).notANotice(command.number));
  }
  if (!visible(scope, ticket, notice.reviewerId))
    return say(texts(scope.locale).ticketHidden(command.number));
  switch (command.kind) {
    case "approve":
    case "signOff":
      return approveNotice(scope, ticket, notice);
    case "sendBack":
      if (notice.stage !== "review" && notice.stage !== "sign-off") {
        const other = passOn(scope, command.text);
        if (other) return other;
      }
      return sendBackNotice(scope, ticket, notice, command.rest);
    case "published":
      return markPublished(scope, ticket, notice, command.rest);
  }
}

/** Runs the text as the next service after this one that reads it (a word this service shares with others). */
function passOn(scope: CommandScope, text: string): CommandOutcome | undefined {
  const services = scope.ctx.services.all();
  for (const service of services.slice(services.findIndex((s) => s.id === noticesServiceId) + 1)) {
    const command = service.commands?.parse(text);
    if (command !== undefined) return service.commands!.run(scope, command);
  }
  return undefined;
}

/** The leader asked to sign a notice off may see it, besides those who may see any ticket. */
function visible(scope: CommandScope, ticket: Ticket, reviewerId: number | null): boolean {
  if (reviewerId === scope.person.id) return true;
  const viewer = { personId: scope.person.id, postIds: scope.person.postIds, isHead: scope.person.isHead };
  return ticketVisibility(viewer, ticket) !== "none";
}
