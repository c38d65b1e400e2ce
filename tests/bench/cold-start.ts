// The bot started as production starts it (compiled `dist/` when built, else through tsx), on a given
// database, console channel only: how long until it logs "office-desk started", and its resident memory then.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repo = resolve(fileURLToPath(new URL("../..", import.meta.url)));

export interface ColdStart {
  readyMs: number;
  rssMb: number;
  /** "dist" (compiled JavaScript) or "tsx" (TypeScript compiled at start). */
  runs: "dist" | "tsx";
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

export async function coldStart(databasePath: string): Promise<ColdStart> {
  const compiled = join(repo, "dist", "src", "main.js");
  const runs = existsSync(compiled) ? "dist" : "tsx";
  const args = runs === "dist" ? [compiled] : ["--import", "tsx", join(repo, "src", "main.ts")];
  const env = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    DATABASE_PATH: databasePath,
    LOG_LEVEL: "info",
    PORT: "0",
    BACKUP_DIR: join(databasePath, "..", "backups"),
  };
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: repo, env, stdio: ["pipe", "ignore", "pipe"] });
  try {
    const readyMs = await new Promise<number>((done, fail) => {
      let log = "";
      child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
        log += chunk;
        if (log.includes("office-desk started")) done(performance.now() - started);
      });
      child.once("exit", (code) => fail(new Error(`the bot exited (${code}) before starting:\n${log}`)));
    });
    // Resident memory once start-up work (and any catch-up it kicked off) has settled.
    await new Promise((done) => setTimeout(done, 1500));
    return { readyMs, rssMb: rssMb(child.pid!), runs };
  } finally {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once("exit", done));
      child.kill("SIGTERM");
      await exited;
    }
  }
}
