// `npm start`: runs the compiled bot (dist/), compiling it first with tsc when dist/ is missing or older than
// the sources, so a fresh clone needs only `npm ci && npm start`. Plain JavaScript: it runs before any build.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const main = join(root, "dist", "src", "main.js");

/** The newest modification time among the files under `path`. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

const sources = ["src", "flows", "tsconfig.json", "tsconfig.build.json", "package.json"].map((p) => join(root, p));
if (!existsSync(main) || Math.max(...sources.map(newest)) > statSync(main).mtimeMs) {
  console.error("office-desk: compiling TypeScript to dist/ (once after each change; takes a little while)…");
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  const build = spawnSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
await import(pathToFileURL(main).href);
