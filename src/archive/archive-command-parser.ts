import { leadingTicketNumber } from "../tickets/ticket-command-parser.js";
import { afterCommandWord, wordsFrom } from "../understanding/command-words.js";
import { archiveCommandWords } from "./archive-command-words.js";

export type ArchiveCommand =
  | { kind: "archive"; number: string; rest: string }
  | { kind: "list" }
  | { kind: "destroy"; number: string }
  | { kind: "approve"; number: string }
  | { kind: "refuse"; number: string; reason: string };

/**
 * Reads "归档 <no> 类别 行政 保管期限 10年 位置 …", "档案", "销毁 <no>", "同意销毁 <no>", "不同意销毁 <no> 原因"
 * (and the English words). A word without a ticket number ("请把这批文件归档") is not an archive command.
 */
export function parseArchiveCommand(input: string): ArchiveCommand | undefined {
  const text = input.trim().replace(/\s+/g, " ");
  if (wordsFrom(archiveCommandWords, "list").includes(text.toLowerCase())) return { kind: "list" };
  const numbered = (word: keyof typeof archiveCommandWords) => {
    const rest = afterCommandWord(text, wordsFrom(archiveCommandWords, word));
    return rest === undefined ? undefined : leadingTicketNumber(rest);
  };
  const refuse = numbered("refuse");
  if (refuse) return { kind: "refuse", number: refuse.number, reason: refuse.after };
  const approve = numbered("approve");
  if (approve) return { kind: "approve", number: approve.number };
  const destroy = numbered("destroy");
  if (destroy) return { kind: "destroy", number: destroy.number };
  const archive = numbered("archive");
  if (archive) return { kind: "archive", number: archive.number, rest: archive.after };
  return undefined;
}
