import { leadingTicketNumber } from "../tickets/ticket-command-parser.js";
import { afterCommandWord, wordsFrom } from "../understanding/command-words.js";
import { meetingCommandWords } from "./meeting-command-words.js";

export type MeetingCommand =
  | { kind: "setup-done"; number: string }
  | { kind: "minutes"; number: string; text: string }
  | { kind: "cleanup"; number: string; note: string };

/**
 * Reads a meetings-team command: "布置完成 综合办-20261211-001", "纪要 综合办-… 一、…", "清场 综合办-…".
 * A command word without a ticket number is not a meeting command (it may be an answer in a form).
 */
export function parseMeetingCommand(input: string): MeetingCommand | undefined {
  const text = input.trim();
  const numbered = (word: keyof typeof meetingCommandWords) => {
    const rest = afterCommandWord(text, wordsFrom(meetingCommandWords, word));
    return rest === undefined ? undefined : leadingTicketNumber(rest);
  };
  const setup = numbered("setupDone");
  if (setup) return { kind: "setup-done", number: setup.number };
  const minutes = numbered("minutes");
  if (minutes) return { kind: "minutes", number: minutes.number, text: minutes.after };
  const cleanup = numbered("cleanup");
  if (cleanup) return { kind: "cleanup", number: cleanup.number, note: cleanup.after };
  return undefined;
}
