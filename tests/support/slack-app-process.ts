import { type ChildProcess, spawn } from "node:child_process";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { testBotToken } from "./slack-fake-api.js";
import { signingSecret } from "./slack-harness.js";
import { SlackRequests } from "./slack-requests.js";

const repo = resolve(fileURLToPath(new URL("../..", import.meta.url)));

/**
 * The real bot (`src/main.ts`, as `npm start` runs it) in its own process, in Slack HTTP mode on a free port of
 * 127.0.0.1 with its Web API pointed at a fake Slack. A test sends signed requests to it and can kill it with
 * SIGKILL at any moment, as a crash or an OOM killer would.
 */
export class SlackAppProcess {
  readonly #child: ChildProcess;
  readonly exited: Promise<number | null>;
  #stderr = "";

  private constructor(
    child: ChildProcess,
    readonly requests: SlackRequests,
  ) {
    this.#child = child;
    this.exited = new Promise((done) => child.once("exit", (code) => done(code)));
  }

  static async start(options: { databasePath: string; slackApiUrl: string }): Promise<SlackAppProcess> {
    const env = {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      DATABASE_PATH: options.databasePath,
      SLACK_BOT_TOKEN: testBotToken,
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: options.slackApiUrl,
      PORT: "0",
      LOG_LEVEL: "info",
    };
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: repo,
      env,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    const port = await new Promise<number>((found, fail) => {
      child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
        stderr += chunk;
        const started = /"port":(\d+)[^\n]*"msg":"Slack channel started"/.exec(stderr);
        if (started) found(Number(started[1]));
      });
      child.once("exit", (code) =>
        fail(new Error(`the bot exited with ${code} before listening:\n${stderr}`)),
      );
    });
    const running = new SlackAppProcess(
      child,
      new SlackRequests(`http://127.0.0.1:${port}/slack/events`, signingSecret),
    );
    running.#stderr = stderr;
    child.stderr?.on("data", (chunk: string) => {
      running.#stderr += chunk;
    });
    return running;
  }

  /** The bot's log so far (JSON lines). */
  get log(): string {
    return this.#stderr;
  }

  /** kill -9: no handler runs, nothing is flushed or finished. */
  async kill(): Promise<void> {
    if (this.#child.exitCode === null && this.#child.signalCode === null) this.#child.kill("SIGKILL");
    await this.exited;
  }

  /** A clean stop (SIGTERM), as systemd or Ctrl-C does. */
  async stop(): Promise<number | null> {
    if (this.#child.exitCode === null && this.#child.signalCode === null) this.#child.kill("SIGTERM");
    return this.exited;
  }
}

/** Polls `condition` every 20 ms for up to `ms`; true once it holds. */
export async function eventually(condition: () => boolean, ms = 10_000): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return condition();
}
