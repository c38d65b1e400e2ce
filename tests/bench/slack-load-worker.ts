// The Slack side of the Slack bench, on its own thread so it does not take the bots' CPU: the fake Web APIs the
// two bots answer through, and the teachers who send them signed events and time the first reply.
import { Agent, request } from "node:http";
import { parentPort, workerData } from "node:worker_threads";
import { FakeSlackApi } from "../support/slack-fake-api.js";
import { signingSecret } from "../support/slack-harness.js";
import { SlackRequests, type SlackTransport, type Teacher } from "../support/slack-requests.js";

export interface LoadSetup {
  users: Record<string, string>;
  /** users.info on office-desk's fake answers after this long, like a round trip to the real Slack. */
  usersInfoMs: number;
}

/** One run of messages: `perTeacher` from each teacher, each sent when the last is answered, teachers at once. */
export interface LoadRun {
  /** Bots' /slack/events URLs and the fake (index in `apiUrls`) each answers through; each message goes to every
   * bot in turn, the first one first, so both see the same moments of a shared machine. */
  bots: { url: string; fake: number }[];
  teachers: Teacher[];
  perTeacher: number;
  texts: string[];
  /** Drops the connections kept from earlier runs: this run opens new ones, which later runs keep using. */
  newConnections?: boolean;
  /**
   * A pause after each reply before the next message: a bot still handling the last one's aftermath (the Web
   * API's answer to its post) would otherwise slow the other bot's next message, not its own.
   */
  pauseMs?: number;
}

/** Per bot in `LoadRun.bots`, per message: ms until its first reply reached the Web API, and until the bot's 200. */
export interface Timings {
  replies: number[][];
  acks: number[][];
}

export type LoadRequest = { id: number; kind: "run"; run: LoadRun } | { id: number; kind: "close" };

export type LoadAnswer =
  | { id: number; kind: "ready"; apiUrls: string[] }
  | { id: number; kind: "done"; timings: Timings }
  | { id: number; kind: "failed"; error: string };

/**
 * Requests over kept-alive node:http connections, as Slack keeps its own: `fetch` costs several times more per
 * request, and the bench would measure its own load rather than the bots.
 */
function keptAlive(agent: Agent): SlackTransport {
  const post: SlackTransport = (url, headers, body) =>
    new Promise((resolve, reject) => {
      const sent = request(
        url,
        { method: "POST", agent, headers: { ...headers, "content-length": Buffer.byteLength(body) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () =>
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }),
          );
          res.on("error", reject);
        },
      );
      sent.on("error", (error: NodeJS.ErrnoException) => {
        // A kept-alive connection the server closed as it was reused (Node's documented race): send again on a
        // new one, as Slack would retry.
        if (sent.reusedSocket && error.code === "ECONNRESET") post(url, headers, body).then(resolve, reject);
        else reject(error);
      });
      sent.end(body);
    });
  return post;
}

/** Resolves each message's first reply as a fake Web API receives it; one message in flight per DM. */
class ReplyWatch {
  readonly #waiting = new Map<string, () => void>();
  /** Replies that came with no message waiting for them (a second reply would spoil the matching). */
  unexpected = 0;

  constructor(fake: FakeSlackApi) {
    fake.watch((call) => {
      if (call.method !== "chat.postMessage") return;
      const channel = String(call.args.channel);
      const done = this.#waiting.get(channel);
      if (!done) {
        this.unexpected++;
        return;
      }
      this.#waiting.delete(channel);
      done();
    });
  }

  /**
   * Sends `text` from `who`; resolves with the ms until its reply reached the Web API and until the bot's 200,
   * in whichever order they came (the teacher sees the reply; the 200 only has to be within Slack's 3 s).
   */
  async firstReply(
    requests: SlackRequests,
    who: Teacher,
    text: string,
  ): Promise<{ reply: number; ack: number }> {
    if (this.#waiting.has(who.dm)) throw new Error(`${who.id} already has a message in flight`);
    const began = performance.now();
    const replied = new Promise<number>((resolve) =>
      this.#waiting.set(who.dm, () => resolve(performance.now())),
    );
    const response = await requests.dm(who, text);
    const ack = performance.now() - began;
    if (response.status !== 200) throw new Error(`the bot answered ${response.status} to ${who.id}`);
    return { reply: (await replied) - began, ack };
  }
}

const setup = workerData as LoadSetup;
const fakes = await Promise.all([FakeSlackApi.start(setup.users), FakeSlackApi.start(setup.users)]);
fakes[1]!.delay("users.info", setup.usersInfoMs);
const watches = fakes.map((fake) => new ReplyWatch(fake));
let agent = new Agent({ keepAlive: true });
let transport = keptAlive(agent);

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function run({
  bots,
  teachers,
  perTeacher,
  texts,
  newConnections,
  pauseMs,
}: LoadRun): Promise<Timings> {
  // Slack keeps no record for the bench to read: the fakes' call logs would only grow this thread's heap.
  for (const fake of fakes) fake.calls.length = 0;
  if (newConnections) {
    agent.destroy();
    agent = new Agent({ keepAlive: true });
    transport = keptAlive(agent);
  }
  const senders = bots.map((b) => ({
    requests: new SlackRequests(b.url, signingSecret, transport),
    watch: watches[b.fake]!,
  }));
  const timings: Timings = { replies: bots.map(() => []), acks: bots.map(() => []) };
  await Promise.all(
    teachers.map(async (who, t) => {
      for (let m = 0; m < perTeacher; m++) {
        const text = texts[(t + m) % texts.length]!;
        for (const [b, { requests, watch }] of senders.entries()) {
          const { reply, ack } = await watch.firstReply(requests, who, text);
          timings.replies[b]!.push(reply);
          timings.acks[b]!.push(ack);
          if (pauseMs) await sleep(pauseMs);
        }
      }
    }),
  );
  const unexpected = watches.reduce((n, w) => n + w.unexpected, 0);
  if (unexpected > 0)
    throw new Error(`${unexpected} replies matched no message; first replies cannot be told`);
  return timings;
}

const port = parentPort!;
port.on("message", (message: LoadRequest) => {
  if (message.kind === "close") {
    void Promise.all(fakes.map((f) => f.close())).then(() => port.close());
    return;
  }
  run(message.run).then(
    (timings) => port.postMessage({ id: message.id, kind: "done", timings } satisfies LoadAnswer),
    (error: Error) =>
      port.postMessage({ id: message.id, kind: "failed", error: error.message } satisfies LoadAnswer),
  );
});
port.postMessage({ id: 0, kind: "ready", apiUrls: fakes.map((f) => f.url) } satisfies LoadAnswer);
