import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { afterEach, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import { loadConfig } from "../../src/config/config.js";
import { copyFlows } from "../support/engine-flow-copy.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

it("a flow whose post is not in the directory stops start-up, naming the flow file and the post", async () => {
  const dir = mkdtempSync(join(tmpdir(), "office-desk-flows-"));
  dirs.push(dir);
  const flowsDir = copyFlows(dir, (id, source) =>
    id === "repair" ? source.replace('post: "houqin"', 'post: "weixiuzu"') : source,
  );
  const config = loadConfig({ DATABASE_PATH: join(dir, "office.db") });
  await expect(
    createApp({ config, log: pino({ level: "silent" }), flowsDir, channels: async () => [] }),
  ).rejects.toThrow(/flows\/repair\.ts: post "weixiuzu" is not in the office directory/);
});
