import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repo = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const flowKit = join(repo, "src/engine/flow-kit/index.ts");

/**
 * Copies flows/ into `dir` (a redeploy's flows), with the import of the flow kit made absolute so the copy
 * loads from anywhere, and `change(id, source)` applied to each file (e.g. to bump a flow's version; undefined
 * leaves the file out).
 */
export function copyFlows(
  dir: string,
  change: (id: string, source: string) => string | undefined = (_, s) => s,
): string {
  const target = join(dir, "flows");
  mkdirSync(target, { recursive: true });
  for (const file of readdirSync(join(repo, "flows")).filter((f) => f.endsWith(".ts"))) {
    const source = readFileSync(join(repo, "flows", file), "utf8").replace(
      "../src/engine/flow-kit/index.js",
      flowKit,
    );
    const changed = change(file.replace(/\.ts$/, ""), source);
    if (changed !== undefined) writeFileSync(join(target, file), changed);
  }
  return target;
}

/** A `copyFlows` change that bumps one flow's `version: N` to N + 1. */
export function bumpVersion(flowId: string) {
  return (id: string, source: string) => {
    if (id !== flowId) return source;
    const bumped = source.replace(/\bversion:\s*(\d+)/, (_, n: string) => `version: ${Number(n) + 1}`);
    if (bumped === source) throw new Error(`flows/${id}.ts has no "version:"`);
    return bumped;
  };
}

/** A `copyFlows` change that leaves one flow out (the service was withdrawn). */
export function withoutFlow(flowId: string) {
  return (id: string, source: string) => (id === flowId ? undefined : source);
}
