// The compiled bot (dist/) and whether it is older than its sources: shared by `npm start` (scripts/start.mjs)
// and the start-up benchmark, so both run what production runs. Plain JavaScript: it runs before any build.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The compiled entry point, `dist/src/main.js`. */
export const compiledMain = join(root, "dist", "src", "main.js");

/** The newest modification time among the files under `path`. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

const sources = ["src", "flows", "tsconfig.json", "tsconfig.build.json", "package.json"].map((p) => join(root, p));

/** Whether `dist/` is missing or older than any source file. */
export function compiledIsStale() {
  return !existsSync(compiledMain) || Math.max(...sources.map(newest)) > statSync(compiledMain).mtimeMs;
}

/**
 * Compiles the TypeScript to `dist/` with tsc (`npm run build`) when it is missing or stale; returns false when
 * the compiler failed (its errors are printed).
 */
export function buildWhenStale() {
  if (!compiledIsStale()) return true;
  console.error("office-desk: compiling TypeScript to dist/ (once after each change; takes a little while)…");
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  const build = spawnSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], { stdio: "inherit" });
  return build.status === 0;
}
