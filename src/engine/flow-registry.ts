import { readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { FlowDefinition } from "./flow-kit/types.js";

export const defaultFlowsDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../flows");

/** The service types the bot offers, in menu order, with intent matching over free text. */
export class FlowRegistry {
  readonly #flows: FlowDefinition[];

  constructor(flows: readonly FlowDefinition[]) {
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
  for (const file of files) {
    const module = (await import(pathToFileURL(join(dir, file)).href)) as { default?: FlowDefinition };
    if (!module.default?.id) throw new Error(`flows/${file} must "export default defineFlow({...})"`);
    flows.push(module.default);
  }
  return new FlowRegistry(flows);
}
