import type { Locale } from "../../core/locale.js";
import type { Reply } from "../../core/messages.js";
import type { Tx } from "../../db/database.js";
import type { PersonWithPosts } from "../../db/queries/people.js";
import type { TicketAction } from "../../domain/ticket-status.js";
import type { EngineContext } from "../context.js";

/** Who runs a command, inside which transaction, in which language. */
export interface CommandScope {
  ctx: EngineContext;
  tx: Tx;
  person: PersonWithPosts;
  locale: Locale;
}

/** What a command asks of the conversation afterwards (e.g. wait for the note a resolve needs). */
export interface CommandOutcome {
  replies: Reply[];
  pending?: { action: TicketAction; number: string; target?: string };
  awaitRatingComment?: number;
}

export const say = (text: string): CommandOutcome => ({ replies: [{ text }] });
