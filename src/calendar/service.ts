import type { Service } from "../services/service.js";
import { afterCommandWord } from "../understanding/command-words.js";
import { type CalendarRequest, calendarCommand, readCalendarRequest } from "./calendar-command.js";

const calendarWords = ["工作日历", "日历", "calendar"];

function parse(text: string): CalendarRequest | undefined {
  const rest = afterCommandWord(text.trim(), calendarWords);
  return rest === undefined ? undefined : readCalendarRequest(rest);
}

/** The working-day calendar: `日历 2027`, `日历 2027-02`, `calendar`; anyone may look. */
export function calendarService(): Service {
  return {
    id: "calendar",
    commands: { parse, run: calendarCommand },
  };
}
