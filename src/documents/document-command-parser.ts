import { leadingTicketNumber } from "../tickets/ticket-command-parser.js";
import { afterCommandWord, wordsFrom } from "../understanding/command-words.js";
import { documentCommandWords } from "./document-command-words.js";

export type DocumentCommand =
  | { kind: "sign"; number: string }
  | { kind: "register"; direction: "receive" | "send" };

/** Reads "签收 综合办-…" / "sign 综合办-…", "收文登记" / "incoming register", "发文登记" / "outgoing register". */
export function parseDocumentCommand(input: string): DocumentCommand | undefined {
  const text = input.trim().replace(/\s+/g, " ");
  const lower = text.toLowerCase();
  if (wordsFrom(documentCommandWords, "incoming").includes(lower))
    return { kind: "register", direction: "receive" };
  if (wordsFrom(documentCommandWords, "outgoing").includes(lower))
    return { kind: "register", direction: "send" };
  const rest = afterCommandWord(text, wordsFrom(documentCommandWords, "sign"));
  const found = rest === undefined ? undefined : leadingTicketNumber(rest);
  return found && found.after === "" ? { kind: "sign", number: found.number } : undefined;
}
