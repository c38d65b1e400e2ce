import { type ChildProcess, spawn } from "node:child_process";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { compiledMain } from "../../scripts/compiled-main.mjs";

const repo = resolve(fileURLToPath(new URL("../..", import.meta.url)));

export interface ConsoleProcessOptions {
  /** Run the compiled `dist/` as production does (the caller builds it first) instead of `npm run dev`. */
  compiled?: boolean;
  /** Default "silent"; the log goes to stderr. */
  logLevel?: string;
  backupDir?: string;
}

/**
 * The bot as a newcomer runs it (`npm run dev`: the same program as `npm start`, through tsx, so a test never
 * waits for a compile): no chat credentials, so the console channel reads stdin. The test writes
 * lines, waits for what the bot prints, and reads the whole transcript at the end.
 */
export class ConsoleProcess {
  readonly #child: ChildProcess;
  #stdout = "";
  #stderr = "";
  /** Conditions waited for; each returns true once it held (and its promise is resolved). */
  #waiters: (() => boolean)[] = [];
  readonly exited: Promise<number | null>;

  constructor(databasePath: string, options: ConsoleProcessOptions = {}) {
    // Only what npm needs, so chat credentials in the developer's environment cannot switch the console off.
    const env = {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      DATABASE_PATH: databasePath,
      LOG_LEVEL: options.logLevel ?? "silent",
      PORT: "0",
      ...(options.backupDir ? { BACKUP_DIR: options.backupDir } : {}),
    };
    const [command, args] = options.compiled
      ? [process.execPath, [compiledMain]]
      : ["npm", ["run", "dev", "--silent"]];
    this.#child = spawn(command, args, { cwd: repo, env, stdio: ["pipe", "pipe", "pipe"] });
    this.#child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      this.#stdout += chunk;
      this.#check();
    });
    this.#child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      this.#stderr += chunk;
      this.#check();
    });
    this.exited = new Promise((done, fail) => {
      this.#child.once("error", fail);
      this.#child.once("exit", (code) => done(code));
    });
  }

  get pid(): number | undefined {
    return this.#child.pid;
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
  async waitFor(pattern: RegExp): Promise<RegExpMatchArray> {
    await this.until(() => this.#stdout.match(pattern) !== null);
    return this.#stdout.match(pattern)!;
  }

  /** Resolves once `condition` holds (it reads `stdout` / `stderr`); checked again on every output. */
  until(condition: () => boolean): Promise<void> {
    return new Promise((resolve) => {
      const check = () => {
        if (!condition()) return false;
        resolve();
        return true;
      };
      if (!check()) this.#waiters.push(check);
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
    this.#waiters = this.#waiters.filter((held) => !held());
  }
}
