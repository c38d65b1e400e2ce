import { type ChildProcess, spawn } from "node:child_process";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repo = resolve(fileURLToPath(new URL("../..", import.meta.url)));

/**
 * The bot as a newcomer runs it (`npm run dev`: the same program as `npm start`, through tsx, so a test never
 * waits for a compile): no chat credentials, so the console channel reads stdin. The test writes
 * lines, waits for what the bot prints, and reads the whole transcript at the end.
 */
export class ConsoleProcess {
  readonly #child: ChildProcess;
  #stdout = "";
  #stderr = "";
  #waiters: { pattern: RegExp; resolve: (match: RegExpMatchArray) => void }[] = [];
  readonly exited: Promise<number | null>;

  constructor(databasePath: string) {
    // Only what npm needs, so chat credentials in the developer's environment cannot switch the console off.
    const env = {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      DATABASE_PATH: databasePath,
      LOG_LEVEL: "silent",
      PORT: "0",
    };
    this.#child = spawn("npm", ["run", "dev", "--silent"], {
      cwd: repo,
      env,
      stdio: ["pipe", "pipe", "pipe"],
    });
    this.#child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      this.#stdout += chunk;
      this.#check();
    });
    this.#child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      this.#stderr += chunk;
    });
    this.exited = new Promise((done, fail) => {
      this.#child.once("error", fail);
      this.#child.once("exit", (code) => done(code));
    });
  }

  get stdout(): string {
    return this.#stdout;
  }

  get stderr(): string {
    return this.#stderr;
  }

  /** Types lines as a person would, each followed by Enter. */
  type(...lines: string[]): void {
    this.#child.stdin?.write(`${lines.join("\n")}\n`);
  }

  /** Resolves with the first match of `pattern` in everything printed so far or later. */
  waitFor(pattern: RegExp): Promise<RegExpMatchArray> {
    return new Promise((resolve) => {
      this.#waiters.push({ pattern, resolve });
      this.#check();
    });
  }

  /** Closes stdin (the end of a piped script); the app then stops on its own. */
  end(): Promise<number | null> {
    this.#child.stdin?.end();
    return this.exited;
  }

  kill(): void {
    if (this.#child.exitCode === null) this.#child.kill("SIGTERM");
  }

  #check(): void {
    this.#waiters = this.#waiters.filter((w) => {
      const match = this.#stdout.match(w.pattern);
      if (match) w.resolve(match);
      return !match;
    });
  }
}
