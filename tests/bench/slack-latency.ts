// Slack's first reply: the time from POSTing a signed message event to a bot until the fake Web API receives the
// chat.postMessage that answers it. A bare Bolt echo app and office-desk's real Slack channel on the real app run
// here, in the same process and run; Slack's side (the fake Web APIs and the teachers sending) runs on a worker
// thread, as the real Slack is another machine. One message at a time for p50, the two bots interleaved; then 50
// teachers × 20 messages at once, each teacher sending the next when the last is answered, on connections already
// open (Slack keeps its own); and, apart, the burst of 50 first messages on 50 new connections, which Node accepts
// one per turn of its event loop.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { App, LogLevel } from "@slack/bolt";
import { pino } from "pino";
import { testBotToken } from "../support/slack-fake-api.js";
import { signingSecret } from "../support/slack-harness.js";
import type { Teacher } from "../support/slack-requests.js";
import { ensureCompiled } from "./cold-start.js";
import type { LoadAnswer, LoadRequest, LoadRun, LoadSetup, Timings } from "./slack-load-worker.js";

export interface Spread {
  p50: number;
  p99: number;
  max: number;
  count: number;
}

export interface SlackLatency {
  /** office-desk, one message at a time. */
  desk: Spread;
  /** The bare Bolt echo app, the same messages interleaved with office-desk's. */
  bare: Spread;
  /** office-desk's 200 to those messages: it answers first and acknowledges after posting the reply. */
  deskAck: Spread;
  /** First messages from teachers office-desk has never seen (their users.info takes a real round trip). */
  deskNewUsers: Spread;
  /**
   * 50 teachers × 20 messages at once, on connections already open: the round with the median p99 of
   * `crowdRounds`, the two bots' rounds alternating.
   */
  deskCrowd: Spread;
  bareCrowd: Spread;
  /** Each round's p99, in the order run. */
  crowdP99s: { desk: number[]; bare: number[] };
  /** One message from each of the 50 teachers at once, each on a connection opened for it. */
  deskBurst: Spread;
  bareBurst: Spread;
  crowd: string;
  usersInfoMs: number;
  /** CPU of the bots' thread per message, one at a time (Linux only): steadier than times on a busy machine. */
  cpuPerMessageMs: { desk: number; bare: number } | undefined;
}

const usersInfoMs = 80;
/**
 * Rounds of the crowd per bot. A round takes a second or two, and a shared machine's speed drifts by more than
 * the two bots differ over that long: alternating rounds give both the same drift.
 */
const crowdRounds = 5;
/** Between one message at a time: each finds both bots idle, as a teacher's message usually does. */
const pauseMs = 5;
/** What teachers say: each gets exactly one reply, so a reply is told by the DM it goes to. */
const texts = ["菜单", "我的工单"];
const [bareFake, deskFake] = [0, 1];

const percentile = (xs: readonly number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))] ?? Number.NaN;
const spread = (xs: readonly number[]): Spread => ({
  p50: Number(percentile(xs, 0.5).toFixed(2)),
  p99: Number(percentile(xs, 0.99).toFixed(2)),
  max: Number(Math.max(...xs).toFixed(2)),
  count: xs.length,
});

/** CPU ms this thread has used, from /proc (Linux); undefined elsewhere. */
function threadCpuMs(): number | undefined {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    // utime and stime, in clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

const teachers = (prefix: string, count: number): Teacher[] =>
  Array.from({ length: count }, (_, i) => {
    const n = `${prefix}${String(i).padStart(4, "0")}`;
    return { id: `U0${n}`, dm: `D0${n}`, name: `老师${n}` };
  });

/** The worker that plays Slack: fake Web APIs at `apiUrls`, and runs of messages on request. */
class SlackSide {
  #next = 1;
  readonly #answers = new Map<number, (answer: LoadAnswer) => void>();

  private constructor(
    readonly worker: Worker,
    readonly apiUrls: string[],
  ) {
    worker.on("message", (answer: LoadAnswer) => this.#answers.get(answer.id)?.(answer));
  }

  static async start(setup: LoadSetup): Promise<SlackSide> {
    // The worker is TypeScript too: it is loaded through tsx's API (Node 20's workers take no --import).
    const file = new URL("./slack-load-worker.ts", import.meta.url).href;
    const worker = new Worker(
      `import("tsx/esm/api").then((tsx) => tsx.tsImport(${JSON.stringify(file)}, ${JSON.stringify(file)}))`,
      { eval: true, workerData: setup },
    );
    const ready = await new Promise<LoadAnswer>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
    });
    if (ready.kind !== "ready") throw new Error("the Slack side did not start");
    return new SlackSide(worker, ready.apiUrls);
  }

  /** Milliseconds to each first reply, per bot in `run.bots`. */
  async run(run: LoadRun): Promise<number[][]> {
    return (await this.timed(run)).replies;
  }

  /** Milliseconds to each first reply and to each 200, per bot in `run.bots`. */
  async timed(run: LoadRun): Promise<Timings> {
    const id = this.#next++;
    const answer = await new Promise<LoadAnswer>((resolve) => {
      this.#answers.set(id, resolve);
      this.worker.postMessage({ id, kind: "run", run } satisfies LoadRequest);
    });
    this.#answers.delete(id);
    if (answer.kind === "failed") throw new Error(answer.error);
    if (answer.kind !== "done") throw new Error(`unexpected answer ${answer.kind}`);
    return answer.timings;
  }

  async close(): Promise<void> {
    const exited = new Promise((resolve) => this.worker.once("exit", resolve));
    this.worker.postMessage({ id: 0, kind: "close" } satisfies LoadRequest);
    await exited;
  }
}

/** A bare Bolt app over HTTP that echoes every message with `say`: the floor for a first reply. */
async function bareBolt(apiUrl: string): Promise<{ url: string; stop: () => Promise<unknown> }> {
  const app = new App({
    token: testBotToken,
    signingSecret,
    clientOptions: { slackApiUrl: apiUrl, retryConfig: { retries: 0 } },
    logLevel: LogLevel.ERROR,
  });
  app.message(async ({ message, say }) => {
    if ("text" in message && message.text) await say(message.text);
  });
  const server = (await app.start({ port: 0, host: "127.0.0.1" })) as { address(): AddressInfo };
  return { url: `http://127.0.0.1:${server.address().port}/slack/events`, stop: () => app.stop() };
}

/**
 * office-desk as production runs it: the compiled `dist/` (built first when stale), configured for Slack over
 * HTTP as the deployment sets it, with the Web API at `apiUrl`.
 */
async function compiledDesk(apiUrl: string): Promise<{ url: string; stop: () => Promise<unknown> }> {
  ensureCompiled();
  const load = (path: string) => import(new URL(`../../dist/src/${path}`, import.meta.url).href);
  const { createApp } = (await load("app.js")) as typeof import("../../src/app.js");
  const { loadConfig } = (await load("config/config.js")) as typeof import("../../src/config/config.js");
  const dir = mkdtempSync(join(tmpdir(), "office-desk-slack-bench-"));
  const config = loadConfig({
    DATABASE_PATH: join(dir, "office.db"),
    LOG_LEVEL: "silent",
    SLACK_BOT_TOKEN: testBotToken,
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_API_URL: apiUrl,
    PORT: "0",
  });
  const app = await createApp({ config, log: pino({ level: "silent" }) });
  await app.start();
  const slack = app.channels.find((c) => c.name === "slack") as { port?: number } | undefined;
  if (!slack?.port) throw new Error("the compiled bot did not start Slack over HTTP");
  return {
    url: `http://127.0.0.1:${slack.port}/slack/events`,
    stop: async () => {
      await app.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function measureSlackLatency(small: boolean): Promise<SlackLatency> {
  const sequential = small ? 60 : 300;
  const [atOnce, perTeacher] = small ? [50, 4] : [50, 20];
  const regulars = teachers("SEQ", 10);
  const newcomers = teachers("NEW", small ? 10 : 30);
  const crowd = teachers("MANY", atOnce);
  const users = Object.fromEntries([...regulars, ...newcomers, ...crowd].map((t) => [t.id, t.name]));
  const slack = await SlackSide.start({ users, usersInfoMs });
  const bare = await bareBolt(slack.apiUrls[bareFake]!);
  const desk = await compiledDesk(slack.apiUrls[deskFake]!);
  try {
    const both = [
      { url: bare.url, fake: bareFake },
      { url: desk.url, fake: deskFake },
    ];
    const deskOnly = both.slice(1);
    // Warm-up: JIT, auth.test, connections; the regulars and the crowd become people office-desk knows.
    await slack.run({ bots: both, teachers: regulars, perTeacher: 2, texts });
    await slack.run({ bots: both, teachers: crowd, perTeacher: 1, texts });
    const sequentialRun = await slack.timed({
      bots: both,
      teachers: regulars.slice(0, 1),
      perTeacher: sequential,
      texts,
      pauseMs,
    });
    const [bareTimes, deskTimes] = sequentialRun.replies;
    const [newUserTimes] = await slack.run({
      bots: deskOnly,
      teachers: newcomers.slice(0, 1),
      perTeacher: 1,
      texts,
    });
    for (const t of newcomers.slice(1))
      newUserTimes!.push(...(await slack.run({ bots: deskOnly, teachers: [t], perTeacher: 1, texts }))[0]!);
    const cpuOf = async (bot: (typeof both)[number]) => {
      const before = threadCpuMs();
      await slack.run({ bots: [bot], teachers: regulars.slice(1, 2), perTeacher: sequential, texts });
      const after = threadCpuMs();
      return before === undefined || after === undefined ? undefined : (after - before) / sequential;
    };
    const [bareCpu, deskCpu] = [await cpuOf(both[0]!), await cpuOf(both[1]!)];
    const burstOf = async (bot: (typeof both)[number]) => {
      const [burst] = await slack.run({
        bots: [bot],
        teachers: crowd,
        perTeacher: 1,
        texts,
        newConnections: true,
      });
      return burst!;
    };
    const bareBurst = await burstOf(both[0]!);
    const deskBurst = await burstOf(both[1]!);
    // The second burst started the teachers on new connections: open theirs to the first bot again. A round
    // of the crowd not counted then warms both bots up for it (the first was slower by half for either).
    await slack.run({ bots: both, teachers: crowd, perTeacher: 1, texts });
    for (const bot of both) await slack.run({ bots: [bot], teachers: crowd, perTeacher, texts });
    const crowdRuns: { bare: Spread[]; desk: Spread[] } = { bare: [], desk: [] };
    for (let round = 0; round < crowdRounds; round++)
      for (const name of ["bare", "desk"] as const) {
        const bot = name === "bare" ? both[0]! : both[1]!;
        const [load] = await slack.run({ bots: [bot], teachers: crowd, perTeacher, texts });
        crowdRuns[name].push(spread(load!));
      }
    const medianRound = (runs: Spread[]) => [...runs].sort((a, b) => a.p99 - b.p99)[runs.length >> 1]!;
    return {
      desk: spread(deskTimes!),
      bare: spread(bareTimes!),
      deskAck: spread(sequentialRun.acks[1]!),
      deskNewUsers: spread(newUserTimes!),
      deskCrowd: medianRound(crowdRuns.desk),
      bareCrowd: medianRound(crowdRuns.bare),
      crowdP99s: { desk: crowdRuns.desk.map((r) => r.p99), bare: crowdRuns.bare.map((r) => r.p99) },
      deskBurst: spread(deskBurst),
      bareBurst: spread(bareBurst),
      crowd: `${atOnce} × ${perTeacher}`,
      usersInfoMs,
      cpuPerMessageMs:
        bareCpu === undefined || deskCpu === undefined
          ? undefined
          : { desk: Number(deskCpu.toFixed(2)), bare: Number(bareCpu.toFixed(2)) },
    };
  } finally {
    await desk.stop();
    await bare.stop();
    await slack.close();
  }
}

/** `npx tsx tests/bench/slack-latency.ts [--small]`: this part of the bench alone. */
if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await measureSlackLatency(
    process.env.BENCH_SMALL === "1" || process.argv.includes("--small"),
  );
  console.log(JSON.stringify(result));
}
