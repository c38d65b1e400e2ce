import type { Locale } from "../core/locale.js";
import type { ReplyDraft } from "../core/messages.js";
import type { Tx } from "../db/database.js";
import type { PersonWithPosts } from "../db/queries/people.js";
import type { EngineContext } from "../engine/context.js";

/** Who runs a command, inside which transaction, in which language. */
export interface CommandScope {
  ctx: EngineContext;
  tx: Tx;
  person: PersonWithPosts;
  locale: Locale;
}

/**
 * What a command answers, and whether its service wants the sender's next message (e.g. the note a resolve
 * needs). `awaiting.data` is the service's own; it is kept with the conversation and handed back to its
 * `followUp`.
 */
export interface CommandOutcome {
  replies: ReplyDraft[];
  awaiting?: { service: string; data: unknown };
  /**
   * What becomes of a form in progress: "end" closes it (the request was settled another way), "resume" asks
   * its current question again after these replies. Absent: the form is left as it is.
   */
  form?: "end" | "resume";
}

export const say = (text: string): CommandOutcome => ({ replies: [{ text }] });
