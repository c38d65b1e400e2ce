import { DateTime } from "luxon";
import type { DbOrTx } from "../db/database.js";
import { archivedFile, insertArchivedFile } from "../db/queries/archive.js";
import { registeredDocument } from "../db/queries/documents.js";
import { getTicketByNumber, type Ticket } from "../db/queries/tickets.js";
import { keepsRegister } from "../documents/document-register-list.js";
import { controlWords, isWord } from "../engine/form-runtime/form-runtime.js";
import { type CommandOutcome, type CommandScope, say } from "../services/command-scope.js";
import {
  type ArchiveArgs,
  type ArchiveCategory,
  type ArchivePart,
  missingParts,
  readArchiveArgs,
  readCategory,
  readRetention,
} from "./domain/archive-args.js";
import { archiveTexts } from "./texts/index.js";

/** The archive service's id, under which a half-finished archiving conversation waits. */
export const archiveServiceId = "archive";

/** What an archiving conversation has so far, kept with the conversation between messages. */
export interface ArchiveDraft {
  number: string;
  args: ArchiveArgs;
  /** The part asked last. */
  asking?: ArchivePart;
}

/** A file's title for lists: its register title when it was registered, else the ticket's summary. */
export function fileTitle(db: DbOrTx, ticket: Pick<Ticket, "id" | "summary">): string {
  return registeredDocument(db, ticket.id)?.title ?? ticket.summary;
}

/**
 * "归档 <no> 类别 … 保管期限 … 位置 … 备份 …" (G2): files a ticket's document in the archive with its category,
 * retention period and two recorded copies (where the paper is and where the backup is). Whatever is missing
 * is asked one question at a time; a value that cannot be read is asked again with the reason.
 */
export function startArchiving(scope: CommandScope, number: string, rest: string): CommandOutcome {
  const t = archiveTexts(scope.locale);
  if (!keepsRegister(scope)) return say(t.deskOnly);
  const ticket = getTicketByNumber(scope.tx, number);
  if (!ticket) return say(t.missing(number));
  const existing = archivedFile(scope.tx, ticket.id);
  if (existing) return say(t.alreadyArchived(number, t.status[existing.status] ?? existing.status));
  const { args, bad } = readArchiveArgs(rest);
  return next(scope, { number: ticket.number, args }, bad[0]);
}

/** The next message of an archiving conversation: the answer to the question asked last. */
export function continueArchiving(scope: CommandScope, draft: ArchiveDraft, text: string): CommandOutcome {
  const t = archiveTexts(scope.locale);
  if (isWord(text, controlWords.cancel)) return say(t.cancelled);
  const part = draft.asking ?? missingParts(draft.args)[0];
  if (!part) return next(scope, draft);
  const answer = text.trim();
  const args = { ...draft.args };
  if (part === "category") {
    const category: ArchiveCategory | undefined = readCategory(answer);
    if (!category) return next(scope, draft, part);
    args.category = category;
  } else if (part === "retentionYears") {
    const years = readRetention(answer);
    if (years === undefined) return next(scope, draft, part);
    args.retentionYears = years;
  } else if (answer) {
    args[part] = answer.slice(0, 100);
  } else {
    return next(scope, draft, part);
  }
  return next(scope, { number: draft.number, args });
}

function next(scope: CommandScope, draft: ArchiveDraft, bad?: ArchivePart): CommandOutcome {
  const t = archiveTexts(scope.locale);
  const missing = missingParts(draft.args);
  const asking = bad ?? missing[0];
  if (asking) {
    const text = bad ? `${t.bad[bad]}\n${t.ask[bad]}` : t.ask[asking];
    const data: ArchiveDraft = { number: draft.number, args: draft.args, asking };
    return { replies: [{ text }], awaiting: { service: archiveServiceId, data } };
  }
  return file(scope, draft);
}

function file(scope: CommandScope, draft: ArchiveDraft): CommandOutcome {
  const { ctx, tx, person, locale } = scope;
  const t = archiveTexts(locale);
  const ticket = getTicketByNumber(tx, draft.number);
  if (!ticket) return say(t.missing(draft.number));
  const { category, retentionYears, location, backupLocation } = draft.args;
  if (!category || retentionYears === undefined || !location || !backupLocation)
    return say(t.archiveUsage(draft.number));
  const now = ctx.clock();
  const archivedOn = ctx.calendar.localDate(now);
  const expiresOn =
    retentionYears === null ? null : DateTime.fromISO(archivedOn).plus({ years: retentionYears }).toISODate();
  insertArchivedFile(tx, {
    ticketId: ticket.id,
    category,
    retentionYears,
    location,
    backupLocation,
    archivedOn,
    expiresOn,
    archivedAt: now,
    archivedById: person.id,
  });
  return say(
    t.archived(
      ticket.number,
      t.category[category] ?? category,
      t.retention(retentionYears),
      expiresOn ?? "",
      location,
      backupLocation,
    ),
  );
}
