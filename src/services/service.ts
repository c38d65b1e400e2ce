import type { Locale } from "../core/locale.js";
import type { ReplyDraft } from "../core/messages.js";
import type { Tx } from "../db/database.js";
import type { PersonWithPosts } from "../db/queries/people.js";
import type { Ticket } from "../db/queries/tickets.js";
import type { EngineContext } from "../engine/context.js";
import type { FlowDefinition, Values } from "../engine/flow-kit/types.js";
import type { FormState } from "../engine/form-runtime/form-runtime.js";
import type { HomeView } from "../engine/views/home-view.js";
import type { MountedRoute } from "../http/http-server.js";
import type { Job } from "../scheduler/job.js";
import type { CommandOutcome, CommandScope } from "./command-scope.js";

/** The parts of a person's home page a service may fill. */
export type HomeParts = Pick<HomeView, "tickets" | "queue" | "bookings">;

/** Typed commands a service understands: `parse` reads one message, `run` acts on it in the turn's transaction. */
export interface CommandSet<C> {
  parse(text: string): C | undefined;
  run(scope: CommandScope, command: C): CommandOutcome;
}

export interface ConfirmInput {
  flow: FlowDefinition;
  values: Values;
  person: PersonWithPosts;
  locale: Locale;
  channel: string;
  conversationId?: number | undefined;
}

/** After "确认": what was created, or "not yet" (back to the form at `state.step`, with the reasons). */
export type ConfirmOutcome =
  | { created: true; replies: ReplyDraft[]; ticketNumber: string }
  | { created: false; replies: ReplyDraft[]; values: Values; state: Partial<FormState> };

/** A service's own part of confirming: "not yet" (back to the form), or what to write once the ticket exists. */
export type ConfirmStep =
  | { ok: false; replies: ReplyDraft[]; values: Values; state: Partial<FormState> }
  | {
      ok: true;
      commit(ticket: Ticket): string[];
      /** The post that gets the new ticket first instead of its route (a notice goes to the head for review). */
      postId?: string;
    };

/**
 * A feature module behind the engine: tickets, rooms, or one you add. Every member is optional except `id`;
 * the engine asks the services in the order they are listed (the first whose command parser accepts a
 * message runs it), and a flow's `service` names the one that confirms it.
 *
 * ```ts
 * const loans: Service = { id: "loans", commands: { parse, run }, confirm: lendItem, jobs: [overdueLoans] };
 * ```
 */
export interface Service {
  readonly id: string;
  // biome-ignore lint/suspicious/noExplicitAny: each service has its own command type; the set checks it.
  readonly commands?: CommandSet<any>;
  /** The next message after a command asked for it (`awaiting`); undefined hands it back to the engine. */
  followUp?(
    scope: CommandScope,
    data: unknown,
    text: string,
    startsSomething: boolean,
  ): CommandOutcome | undefined;
  /**
   * Looks at a flow's values after each answer, before confirming: may answer first (e.g. "A301的投影仪已在
   * 09:12报修") and wait for the reply through `followUp`. Asked until it answers once per form.
   */
  precheck?(scope: CommandScope, flow: FlowDefinition, values: Values): CommandOutcome | undefined;
  /** Creates what a confirmed flow of this service asks for, inside the turn's write transaction. */
  confirm?(ctx: EngineContext, tx: Tx, input: ConfirmInput): ConfirmOutcome;
  /** Extra lines under a ticket's details ("查询 <no>"), e.g. the rooms it booked. */
  ticketDetails?(scope: CommandScope, ticket: Ticket): string[];
  /** A clerk's assignment notice for tickets of this service's flows: the hint line and the buttons. */
  assignment?(
    ticket: Ticket,
    locale: Locale,
    ctx: EngineContext,
  ): (Pick<ReplyDraft, "choices"> & { hint: string }) | undefined;
  /** Its part of a person's home page. */
  home?(scope: CommandScope & { now: Date }): Partial<HomeParts>;
  readonly jobs?: readonly Job[];
  /** HTTP routes it serves (e.g. room calendars); they read the context per request. */
  routes?(ctx: EngineContext): readonly MountedRoute[];
  /** Runs beside the scheduler while the app is up; returns how to stop it. */
  background?(ctx: EngineContext): () => void;
}
