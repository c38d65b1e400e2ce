import { z } from "zod";
import type { CommandScope } from "../services/command-scope.js";
import type { Service } from "../services/service.js";
import type { ArchiveCommand } from "./archive-command-parser.js";
import { parseArchiveCommand } from "./archive-command-parser.js";
import { decideDestruction, requestDestruction } from "./archive-destruction.js";
import { archiveServiceId, continueArchiving, startArchiving } from "./archive-filing.js";
import { listArchive } from "./archive-list.js";
import { archiveReviewJob } from "./jobs/archive-review-job.js";

const parts = ["category", "retentionYears", "location", "backupLocation"] as const;
const draftSchema = z.object({
  number: z.string(),
  args: z.object({
    category: z.enum(["admin", "teaching", "finance"]).optional(),
    retentionYears: z.number().nullable().optional(),
    location: z.string().optional(),
    backupLocation: z.string().optional(),
  }),
  asking: z.enum(parts).optional(),
});

function runArchiveCommand(scope: CommandScope, command: ArchiveCommand) {
  switch (command.kind) {
    case "archive":
      return startArchiving(scope, command.number, command.rest);
    case "list":
      return listArchive(scope);
    case "destroy":
      return requestDestruction(scope, command.number);
    case "approve":
      return decideDestruction(scope, command.number, { approve: true });
    case "refuse":
      return decideDestruction(scope, command.number, { approve: false, reason: command.reason });
  }
}

export interface ArchiveServiceOptions {
  /** When the quarterly review goes to the head on a working morning ("HH:mm"). */
  reviewAt: string;
}

/**
 * The archive (G2): 归档 files a document with category, retention and two copies (asking for what is
 * missing), 档案 lists it, a quarterly review lists expired files to the head, and 销毁 is done only after the
 * head approves in chat, with who and when recorded.
 */
export function archiveService(options: ArchiveServiceOptions): Service {
  return {
    id: archiveServiceId,
    commands: { parse: parseArchiveCommand, run: runArchiveCommand },
    followUp(scope, data, text, startsSomething) {
      const draft = draftSchema.safeParse(data);
      if (!draft.success || startsSomething) return undefined;
      return continueArchiving(scope, draft.data, text);
    },
    jobs: [archiveReviewJob(options.reviewAt)],
  };
}
