import { archivePage } from "../db/queries/archive.js";
import { keepsRegister } from "../documents/document-register-list.js";
import { type CommandOutcome, type CommandScope, say } from "../services/command-scope.js";
import { fileTitle } from "./archive-filing.js";
import { archiveTexts } from "./texts/index.js";

/** How many files `档案` shows (newest first); the heading gives the full count. */
export const archiveListSize = 20;

/** "档案": the archive, newest first, bounded, with category, retention, both copies and status. */
export function listArchive(scope: CommandScope): CommandOutcome {
  const t = archiveTexts(scope.locale);
  if (!keepsRegister(scope)) return say(t.deskOnly);
  const { total, files } = archivePage(scope.tx, archiveListSize);
  const lines = [t.listTitle(files.length, total)];
  for (const f of files) {
    lines.push(
      t.listLine(
        f.number,
        fileTitle(scope.tx, { id: f.ticketId, summary: f.summary }),
        t.category[f.category] ?? f.category,
        t.retention(f.retentionYears),
        f.expiresOn ?? "",
        t.status[f.status] ?? f.status,
      ),
      t.whereLine(f.location, f.backupLocation),
    );
  }
  return say(lines.join("\n"));
}
