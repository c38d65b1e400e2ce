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

/** How many texts are remembered with the service that reads them; the memo starts again when full. */
const parserMemo = 2_000;

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
   * Which service reads a text as a command (its index), or -1 for none. Parsers see only the text, so the
   * answer never changes, and most messages recur word for word ("否", "确认", "菜单", "我的工单"): each is tried
   * on every service once, and afterwards only on the service that reads it.
   */
  readonly #parser = new Map<string, number>();

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
    const known = this.#parser.get(text);
    if (known === -1) return undefined;
    const services = known === undefined ? this.#services : [this.#services[known]!];
    for (const service of services) {
      const command = service.commands?.parse(text);
      if (command === undefined) continue;
      if (known === undefined) this.#remember(text, this.#services.indexOf(service));
      return { service, command };
    }
    this.#remember(text, -1);
    return undefined;
  }

  #remember(text: string, index: number): void {
    if (this.#parser.size >= parserMemo) this.#parser.clear();
    this.#parser.set(text, index);
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
