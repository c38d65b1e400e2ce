import { readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { routeToPost } from "../domain/routing.js";
import { defaultServiceId } from "../services/service-registry.js";
import type { FlowDefinition } from "./flow-kit/types.js";

export const defaultFlowsDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../flows");

/** The service types the bot offers, in menu order, with intent matching over free text. */
export class FlowRegistry {
  readonly #flows: FlowDefinition[];
  readonly #files = new Map<string, string>();

  /** `files` names the file each flow came from (by flow id), for start-up errors. */
  constructor(flows: readonly FlowDefinition[], files: ReadonlyMap<string, string> = new Map()) {
    for (const [id, file] of files) this.#files.set(id, file);
    this.#flows = [...flows].sort((a, b) => (a.order ?? 100) - (b.order ?? 100) || a.id.localeCompare(b.id));
    const ids = new Set<string>();
    for (const flow of this.#flows) {
      if (ids.has(flow.id)) throw new Error(`two flows share the id "${flow.id}"`);
      ids.add(flow.id);
    }
  }

  all(): readonly FlowDefinition[] {
    return this.#flows;
  }

  /** Where a flow was defined ("flows/repair.ts"), or its id when it was not loaded from a file. */
  fileOf(id: string): string {
    return this.#files.get(id) ?? id;
  }

  /**
   * Checks that every flow can run here: its post (or the post the directory routes it to) is in the
   * directory, and the service it names is one the app has. Throws naming the flow file and what is missing,
   * so a wrong flow stops start-up rather than failing at its first 确认.
   */
  check(
    postIds: ReadonlySet<string>,
    routes: Readonly<Record<string, string>>,
    serviceIds: ReadonlySet<string>,
  ): void {
    for (const flow of this.#flows) {
      // The flow's own post must exist even while the directory routes it elsewhere: routes change.
      const post = [flow.post, routeToPost(flow.id, flow.post, routes)].find((p) => !postIds.has(p));
      if (post !== undefined) {
        throw new Error(
          `${this.fileOf(flow.id)}: post "${post}" is not in the office directory (posts: ${[...postIds].join(", ")})`,
        );
      }
      const service = flow.service ?? defaultServiceId;
      if (!serviceIds.has(service)) throw new Error(`${this.fileOf(flow.id)}: no service "${service}"`);
    }
  }

  get(id: string): FlowDefinition | undefined {
    return this.#flows.find((f) => f.id === id);
  }

  /** Finds a flow by its title ("报修", "Repair"). */
  byTitle(text: string): FlowDefinition | undefined {
    const wanted = text.trim().toLowerCase();
    return this.#flows.find(
      (f) => f.title.zh === wanted || f.title.en.toLowerCase() === wanted || f.id === wanted,
    );
  }
}

/** Imports every flow file in `dir` (one file per service type; adding a file adds a service). */
export async function loadFlows(dir: string = defaultFlowsDir): Promise<FlowRegistry> {
  const files = readdirSync(dir)
    .filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith(".d.ts"))
    .sort();
  const flows: FlowDefinition[] = [];
  const origins = new Map<string, string>();
  for (const file of files) {
    const module = (await import(pathToFileURL(join(dir, file)).href)) as { default?: FlowDefinition };
    if (!module.default?.id) throw new Error(`flows/${file} must "export default defineFlow({...})"`);
    flows.push(module.default);
    origins.set(module.default.id, `flows/${file}`);
  }
  return new FlowRegistry(flows, origins);
}
