import { attachmentsOf } from "../db/queries/attachments.js";
import type { Ticket } from "../db/queries/tickets.js";
import { type CommandOutcome, type CommandScope, say } from "../services/command-scope.js";

/**
 * "附件 <no>": the ticket's photos and files, sent back as files (a Slack upload, a WeChat file, a saved path on
 * the console) to anyone who may see the ticket.
 */
export function ticketFiles(scope: CommandScope, ticket: Ticket): CommandOutcome {
  const files = attachmentsOf(scope.tx, ticket.id);
  const zh = scope.locale === "zh";
  if (files.length === 0)
    return say(zh ? `工单 ${ticket.number} 没有附件。` : `Ticket ${ticket.number} has no attachments.`);
  const kb = (size: number) => `${Math.max(1, Math.round(size / 1024))} KB`;
  const lines = files.map((f, i) =>
    zh ? `${i + 1}. ${f.name}（${kb(f.size)}）` : `${i + 1}. ${f.name} (${kb(f.size)})`,
  );
  const title = zh
    ? `工单 ${ticket.number} 的附件 ${files.length} 个：`
    : `Ticket ${ticket.number}: ${files.length} attachment(s):`;
  return {
    replies: [
      {
        text: [title, ...lines].join("\n"),
        files: files.map((f) => ({
          attachmentId: f.id,
          name: f.name,
          mimeType: f.mimeType,
          folder: ticket.number,
        })),
      },
    ],
  };
}
