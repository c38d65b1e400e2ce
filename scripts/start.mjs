// `npm start`: runs the compiled bot (dist/), compiling it first with tsc when dist/ is missing or older than
// the sources, so a fresh clone needs only `npm ci && npm start`. Plain JavaScript: it runs before any build.
import { pathToFileURL } from "node:url";
import { buildWhenStale, compiledMain } from "./compiled-main.mjs";

if (!buildWhenStale()) process.exit(1);
await import(pathToFileURL(compiledMain).href);
