import type { Locale } from "../core/locale.js";
import type { Tx } from "../db/database.js";
import type { Ticket } from "../db/queries/tickets.js";
import type { EngineContext } from "../engine/context.js";
import type { FlowDefinition, Values } from "../engine/flow-kit/types.js";
import type { MountedRoute } from "../http/http-server.js";
import type { Job } from "../scheduler/job.js";
import type { CommandOutcome, CommandScope } from "./command-scope.js";
import type { ConfirmInput, ConfirmOutcome, HomeParts, Service } from "./service.js";

/** The service a flow names when it names none. */
export const defaultServiceId = "tickets";

/** A command one of the services recognised, ready to run. */
export interface ParsedCommand {
  service: Service;
  command: unknown;
}

/** How many texts known to be no command are kept; the set starts again when full. */
const noCommandMemo = 2_000;

/**
 * The services in their declared order. The engine asks it, never a service by name: the first service whose
 * parser accepts a message runs it, and a flow's `service` (tickets by default) confirms it.
 *
 * ```ts
 * const services = new ServiceRegistry([roomsService(), ticketsService()]);
 * services.parse("我的预约")?.service.id; // "rooms"
 * ```
 */
export class ServiceRegistry {
  readonly #services: readonly Service[];
  /**
   * Texts no service reads as a command. Parsers see only the text, so the answer never changes, and most
   * messages are answers that recur word for word ("否", "确认", "1", "菜单"): each is parsed by every service once.
   */
  readonly #noCommand = new Set<string>();

  constructor(services: readonly Service[]) {
    const ids = new Set<string>();
    for (const s of services) {
      if (ids.has(s.id)) throw new Error(`two services share the id "${s.id}"`);
      ids.add(s.id);
    }
    this.#services = services;
  }

  all(): readonly Service[] {
    return this.#services;
  }

  get(id: string): Service | undefined {
    return this.#services.find((s) => s.id === id);
  }

  parse(text: string): ParsedCommand | undefined {
    if (this.#noCommand.has(text)) return undefined;
    for (const service of this.#services) {
      const command = service.commands?.parse(text);
      if (command !== undefined) return { service, command };
    }
    if (this.#noCommand.size >= noCommandMemo) this.#noCommand.clear();
    this.#noCommand.add(text);
    return undefined;
  }

  run(scope: CommandScope, parsed: ParsedCommand): CommandOutcome {
    return parsed.service.commands!.run(scope, parsed.command);
  }

  followUp(
    scope: CommandScope,
    awaiting: { service: string; data: unknown },
    text: string,
    startsSomething: boolean,
  ): CommandOutcome | undefined {
    return this.get(awaiting.service)?.followUp?.(scope, awaiting.data, text, startsSomething);
  }

  /** The service that confirms a flow; start-up checks every flow has one (`checkFlows`). */
  forFlow(flow: FlowDefinition): Service {
    const service = this.get(flow.service ?? defaultServiceId);
    if (!service?.confirm) throw new Error(`flow "${flow.id}" names no service that confirms it`);
    return service;
  }

  /** The confirming service's look at a form's values before it goes on (see `Service.precheck`). */
  precheck(scope: CommandScope, flow: FlowDefinition, values: Values): CommandOutcome | undefined {
    return this.forFlow(flow).precheck?.(scope, flow, values);
  }

  confirm(ctx: EngineContext, tx: Tx, input: ConfirmInput): ConfirmOutcome {
    return this.forFlow(input.flow).confirm!(ctx, tx, input);
  }

  ticketDetails(scope: CommandScope, ticket: Ticket): string[] {
    return this.#services.flatMap((s) => s.ticketDetails?.(scope, ticket) ?? []);
  }

  /** The assignment notice's hint and buttons from the service that confirms the ticket's flow, if it has them. */
  assignment(flow: FlowDefinition | undefined, ticket: Ticket, locale: Locale, ctx: EngineContext) {
    return flow ? this.get(flow.service ?? defaultServiceId)?.assignment?.(ticket, locale, ctx) : undefined;
  }

  home(scope: CommandScope & { now: Date }): Partial<HomeParts> {
    return Object.assign({}, ...this.#services.map((s) => s.home?.(scope) ?? {}));
  }

  jobs(): Job[] {
    return this.#services.flatMap((s) => s.jobs ?? []);
  }

  routes(ctx: EngineContext): MountedRoute[] {
    return this.#services.flatMap((s) => s.routes?.(ctx) ?? []);
  }

  /** Starts every service's background work; the returned function stops it all. */
  startBackground(ctx: EngineContext): () => void {
    const stops = this.#services.map((s) => s.background?.(ctx));
    return () => {
      for (const stop of stops) stop?.();
    };
  }
}
