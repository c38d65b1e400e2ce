import { leadingTicketNumber } from "../tickets/ticket-command-parser.js";
import { afterCommandWord, wordsFrom } from "../understanding/command-words.js";
import { type BookingCommandWord, bookingCommandWords } from "./booking-command-words.js";

export type BookingCommand =
  | { kind: "approve"; number: string; note: string }
  | { kind: "reject"; number: string; reason: string }
  | { kind: "check-in"; number?: string }
  | { kind: "confirm-equipment"; number: string; note: string }
  /** `viaTicketWord`: typed as a ticket withdrawal (撤销), which stays a ticket command for other tickets. */
  | { kind: "cancel"; number?: string; rest: string; viaTicketWord: boolean }
  | { kind: "reschedule"; number: string; rest: string }
  | { kind: "my-bookings" }
  | { kind: "waitlist"; rest: string }
  | { kind: "emergency"; rest: string }
  | { kind: "free-rooms"; text: string };

const wordsOf = (word: BookingCommandWord): readonly string[] => wordsFrom(bookingCommandWords, word);

// "明天下午有哪些空会议室", "有没有空教室", "空闲会议室有哪些？", "free rooms tomorrow", "which rooms are free".
const freeRoomQuestion =
  /(?:有哪些|哪些|哪个|哪间|有没有|有什么|还有|查一?下|查询|查找|找一?下?)[^，,。；;]{0,12}?空(?:闲|着)?的?(?:会议室|教室|场地|房间|报告厅|会场)|空(?:闲|着)?的?(?:会议室|教室|场地|房间|报告厅)(?:有哪些|有吗|吗|[?？])|\b(?:free|available|empty|open)\s+(?:meeting\s+)?(?:rooms?|classrooms?|halls?)\b|\bwhich\s+rooms?\s+(?:is|are)\s+(?:free|available)\b|\bany\s+rooms?\s+(?:free|available)\b/i;

/** Ticket refusal and withdrawal words; on a booking ticket they act on the booking too. */
const ticketRefuseWords = ["退回", "拒绝", "refuse"];
const ticketWithdrawWords = ["撤销", "withdraw"];
const rejectWords = [...wordsFrom(bookingCommandWords, "reject"), ...ticketRefuseWords];

/**
 * Reads a booking command: "批准 综合办-20261127-003", "reject 综合办-… too many people", "签到 综合办-…",
 * "取消预约 综合办-… 12月7日", "改期 综合办-… 明天15:00-16:00", "候补 301 明天14:00-15:00",
 * "紧急调配 报告厅 明天9:00-12:00 消防演练", "我的预约", or a free-room question. undefined for anything else.
 */
export function parseBookingCommand(input: string): BookingCommand | undefined {
  const text = input.trim();
  const lower = text.toLowerCase().replace(/\s+/g, " ");
  if (wordsOf("myBookings").includes(lower)) return { kind: "my-bookings" };

  const numbered = (word: BookingCommandWord, alsoTicketWords?: readonly string[]) => {
    const rest = afterCommandWord(text, alsoTicketWords ?? wordsOf(word));
    return rest === undefined ? undefined : { rest, found: leadingTicketNumber(rest) };
  };
  const approve = numbered("approve");
  if (approve?.found) return { kind: "approve", number: approve.found.number, note: approve.found.after };
  const reject = numbered("reject", rejectWords);
  if (reject?.found) return { kind: "reject", number: reject.found.number, reason: reject.found.after };
  const checkIn = numbered("checkIn");
  if (checkIn && (checkIn.found || checkIn.rest === "")) {
    return checkIn.found ? { kind: "check-in", number: checkIn.found.number } : { kind: "check-in" };
  }
  const equipment = numbered("confirmEquipment");
  if (equipment?.found)
    return { kind: "confirm-equipment", number: equipment.found.number, note: equipment.found.after };
  const cancel = numbered("cancel");
  if (cancel) {
    return cancel.found
      ? { kind: "cancel", number: cancel.found.number, rest: cancel.found.after, viaTicketWord: false }
      : { kind: "cancel", rest: cancel.rest, viaTicketWord: false };
  }
  const withdraw = afterCommandWord(text, ticketWithdrawWords);
  const withdrawn = withdraw === undefined ? undefined : leadingTicketNumber(withdraw);
  if (withdrawn)
    return { kind: "cancel", number: withdrawn.number, rest: withdrawn.after, viaTicketWord: true };
  const reschedule = numbered("reschedule");
  if (reschedule?.found)
    return { kind: "reschedule", number: reschedule.found.number, rest: reschedule.found.after };
  const waitlist = afterCommandWord(text, wordsOf("waitlist"));
  if (waitlist !== undefined) return { kind: "waitlist", rest: waitlist };
  const emergency = afterCommandWord(text, wordsOf("emergency"));
  if (emergency !== undefined) return { kind: "emergency", rest: emergency };
  if (freeRoomQuestion.test(text)) return { kind: "free-rooms", text };
  return undefined;
}
