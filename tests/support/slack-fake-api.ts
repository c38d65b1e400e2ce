import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One Web API call the bot made, with its arguments decoded (blocks, view, attachments parsed from JSON). */
export interface SlackCall {
  method: string;
  args: Record<string, unknown>;
  /** What the fake answered (a posted message's `ts` is here). */
  response: Record<string, unknown>;
}

/** The bot token the tests configure; shared files are served only to it. */
export const testBotToken = "xoxb-0000-test";

export const fakeBot = { userId: "U0OFFICEBOT", botId: "B0OFFICEBOT", teamId: "T0SCHOOL01" } as const;

interface Failure {
  error?: string;
  status?: number;
  /** Seconds in a Retry-After header (Slack's rate limit answers 429 with one). */
  retryAfter?: number;
  /** Fail only a call to this channel (chat.*) or user. */
  to?: string;
}

// The Web API client sends objects as JSON strings inside the form body.
const jsonArguments = new Set(["blocks", "attachments", "view", "metadata", "files"]);

/** A file shared through files.uploadV2, once its upload is completed into a conversation. */
export interface SharedUpload {
  fileId: string;
  filename: string;
  title: string | undefined;
  data: Buffer;
  channel: string;
  threadTs: string | undefined;
}

interface PendingUpload {
  filename: string;
  length: number;
  data?: Buffer;
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString("utf8");
  if ((req.headers["content-type"] ?? "").includes("application/json"))
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = jsonArguments.has(key) ? JSON.parse(value) : value;
  }
  return args;
}

/**
 * A local stand-in for Slack's Web API (https://slack.com/api/…) on 127.0.0.1: it records every call, answers
 * like Slack does for the methods the bot uses, and can be told to fail the next call of a method.
 */
export class FakeSlackApi {
  readonly calls: SlackCall[] = [];
  /** Downloads of shared files, with the Authorization header they carried. */
  readonly downloads: { path: string; authorization: string | undefined }[] = [];
  readonly #files = new Map<string, Buffer>();
  /** Files uploaded with files.uploadV2 and completed into a conversation. */
  readonly shared: SharedUpload[] = [];
  readonly #uploads = new Map<string, PendingUpload>();
  #fileIds = 0;
  readonly #failures = new Map<string, Failure[]>();
  /** Socket Mode: the WebSocket URL `apps.connections.open` hands out; unset, the call fails. */
  socketModeUrl: string | undefined;
  readonly #silent = new Map<string, (string | undefined)[]>();
  readonly #stalls = new Map<string, (string | undefined)[]>();
  readonly #stalledFiles = new Set<string>();
  /** Downloads of stalled files waiting, served when their file is released. */
  readonly #waitingDownloads: { path: string; serve: () => void }[] = [];
  readonly #held = new Map<string, Promise<void>[]>();
  /** Calls held by `stallNext`: received, never carried out, never answered. */
  readonly stalled: SlackCall[] = [];
  #ts = 1_764_000_000;
  #views = 0;
  readonly #watchers = new Set<(call: SlackCall) => void>();
  readonly #delays = new Map<string, number>();

  private constructor(
    readonly server: Server,
    readonly url: string,
    readonly users: Map<string, string>,
  ) {}

  static async start(users: Record<string, string> = {}): Promise<FakeSlackApi> {
    let api: FakeSlackApi | undefined;
    const server = createServer((req, res) => {
      if (req.url?.startsWith("/files/")) {
        api!.#serveFile(req.url, req.headers.authorization, res);
        return;
      }
      if (req.url?.startsWith("/upload/")) {
        void api!.#receiveUpload(req, res);
        return;
      }
      void api!
        .#handle(req)
        .catch((error: Error) => ({
          status: 500,
          body: { ok: false, error: error.message },
          silent: false,
          retryAfter: undefined,
        }))
        .then(({ status, body, silent, retryAfter }) => {
          // Slack did the work, but the answer never comes back (the bot's process dies waiting for it).
          if (silent) return;
          res.writeHead(status, {
            "content-type": "application/json",
            ...(retryAfter === undefined ? {} : { "retry-after": String(retryAfter) }),
          });
          res.end(JSON.stringify(body));
        });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    api = new FakeSlackApi(server, `http://127.0.0.1:${port}/api/`, new Map(Object.entries(users)));
    return api;
  }

  /** Serves `data` as a shared file (Slack's `url_private_download`) and returns its URL. */
  addFile(name: string, data: Buffer): string {
    this.#files.set(`/files/${name}`, data);
    return `${this.url.replace(/\/api\/$/, "")}/files/${name}`;
  }

  /** The next call of `method` (to `to`) fails: with Slack's `ok: false` and this error code, or an HTTP status. */
  failNext(method: string, failure: Failure): void {
    this.#failures.set(method, [...(this.#failures.get(method) ?? []), failure]);
  }

  /** The next call of `method` (to `to`) is carried out like any other but never answered. */
  neverAnswerNext(method: string, to?: string): void {
    this.#silent.set(method, [...(this.#silent.get(method) ?? []), to]);
  }

  /** The next call of `method` (to `to`) never reaches Slack: it is held, not carried out and not answered. */
  stallNext(method: string, to?: string): void {
    this.#stalls.set(method, [...(this.#stalls.get(method) ?? []), to]);
  }

  /** The next call of `method` waits until the returned function is called, then is answered as usual. */
  holdNext(method: string): () => void {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.#held.set(method, [...(this.#held.get(method) ?? []), held]);
    return release;
  }

  /** Downloads of the file `name` hang from now on (until `releaseFile`). */
  stallFile(name: string): void {
    this.#stalledFiles.add(`/files/${name}`);
  }

  /** Downloads of `name` go through again, and those left hanging are answered now. */
  releaseFile(name: string): void {
    const path = `/files/${name}`;
    this.#stalledFiles.delete(path);
    for (const waiting of this.#waitingDownloads.filter((w) => w.path === path)) {
      this.#waitingDownloads.splice(this.#waitingDownloads.indexOf(waiting), 1);
      waiting.serve();
    }
  }

  /** Calls `watcher` with every call as it is carried out (before it is answered); returns how to stop. */
  watch(watcher: (call: SlackCall) => void): () => void {
    this.#watchers.add(watcher);
    return () => this.#watchers.delete(watcher);
  }

  /** Every call of `method` from now on is answered after `ms` (a round trip to the real Slack). */
  delay(method: string, ms: number): void {
    this.#delays.set(method, ms);
  }

  of(method: string): SlackCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Messages posted to a channel or user id (chat.postMessage). */
  postedTo(channel: string): SlackCall[] {
    return this.of("chat.postMessage").filter((c) => c.args.channel === channel && c.response.ok === true);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  async #handle(
    req: IncomingMessage,
  ): Promise<{ status: number; body: unknown; silent?: boolean; retryAfter?: number }> {
    const method = (req.url ?? "").replace(/^\/api\//, "").split("?")[0] ?? "";
    const args = await readBody(req);
    const held = this.#held.get(method)?.shift();
    if (held) await held;
    const delay = this.#delays.get(method);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    const stalls = this.#stalls.get(method) ?? [];
    const stall = stalls.findIndex((to) => to === undefined || to === args.channel);
    if (stall >= 0) {
      stalls.splice(stall, 1);
      this.stalled.push({ method, args, response: {} });
      return new Promise(() => {});
    }
    const failure = this.#takeFailure(method, args);
    const status = failure?.status ?? 200;
    const response = failure
      ? { ok: false, ...(failure.error ? { error: failure.error } : {}) }
      : this.#answer(method, args);
    const call = { method, args, response };
    this.calls.push(call);
    for (const watcher of this.#watchers) watcher(call);
    const silent = this.#silent.get(method) ?? [];
    const index = silent.findIndex((to) => to === undefined || to === args.channel);
    if (index >= 0) {
      silent.splice(index, 1);
      return { status, body: response, silent: true };
    }
    return {
      status,
      body: response,
      ...(failure?.retryAfter === undefined ? {} : { retryAfter: failure.retryAfter }),
    };
  }

  /** The bot's messages in a DM ("D" + user id) or channel, newest first, as conversations.history gives them. */
  #history(channel: string): Record<string, unknown>[] {
    const user = channel.startsWith("D") ? channel.slice(1) : channel;
    return this.of("chat.postMessage")
      .filter((c) => c.response.ok === true && (c.args.channel === user || c.args.channel === channel))
      .map((c) => ({
        ...(c.response.message as Record<string, unknown>),
        ...(c.args.metadata ? { metadata: c.args.metadata } : {}),
        ...(c.args.thread_ts ? { thread_ts: c.args.thread_ts } : {}),
      }))
      .reverse();
  }

  /**
   * The upload URL step of files.uploadV2: the bytes, raw or as a multipart form (as the Node SDK sends them).
   * Slack answers 200 "OK - <bytes>"; an unknown URL is a 404.
   */
  async #receiveUpload(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const id = (req.url ?? "").slice("/upload/".length);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const pending = this.#uploads.get(id);
    if (!pending) {
      res.writeHead(404).end();
      return;
    }
    const type = req.headers["content-type"] ?? "";
    let data = raw;
    if (type.startsWith("multipart/form-data")) {
      const form = await new Response(raw, { headers: { "content-type": type } }).formData();
      const file = [...form.values()].find((v): v is File => typeof v !== "string");
      data = file ? Buffer.from(await file.arrayBuffer()) : Buffer.alloc(0);
    }
    pending.data = data;
    res.writeHead(200, { "content-type": "text/plain" }).end(`OK - ${data.length}`);
  }

  /** files.completeUploadExternal: every file must have been uploaded with the length announced. */
  #completeUploads(args: Record<string, unknown>): Record<string, unknown> {
    const files = Array.isArray(args.files) ? (args.files as { id: string; title?: string }[]) : [];
    if (files.length === 0) return { ok: false, error: "invalid_arguments" };
    const done: Record<string, unknown>[] = [];
    for (const f of files) {
      const pending = this.#uploads.get(f.id);
      if (!pending?.data) return { ok: false, error: "file_not_found" };
      if (pending.data.length !== pending.length) return { ok: false, error: "file_upload_size_mismatch" };
    }
    for (const f of files) {
      const pending = this.#uploads.get(f.id)!;
      this.#uploads.delete(f.id);
      const channel = args.channel_id === undefined ? "" : String(args.channel_id);
      this.shared.push({
        fileId: f.id,
        filename: pending.filename,
        title: f.title,
        data: pending.data!,
        channel,
        threadTs: args.thread_ts === undefined ? undefined : String(args.thread_ts),
      });
      done.push({ id: f.id, title: f.title ?? pending.filename, name: pending.filename });
    }
    return { ok: true, files: done };
  }

  #serveFile(path: string, authorization: string | undefined, res: ServerResponse): void {
    this.downloads.push({ path, authorization });
    if (this.#stalledFiles.has(path)) {
      this.#waitingDownloads.push({ path, serve: () => this.#sendFile(path, authorization, res) });
      return;
    }
    this.#sendFile(path, authorization, res);
  }

  #sendFile(path: string, authorization: string | undefined, res: ServerResponse): void {
    // A download left hanging may have been given up by a bot that has since stopped.
    if (res.destroyed) return;
    const data = this.#files.get(path);
    if (!data || authorization !== `Bearer ${testBotToken}`) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": "application/octet-stream" }).end(data);
  }

  #takeFailure(method: string, args: Record<string, unknown>): Failure | undefined {
    const failures = this.#failures.get(method) ?? [];
    const index = failures.findIndex(
      (f) => f.to === undefined || f.to === args.channel || f.to === args.user,
    );
    return index < 0 ? undefined : failures.splice(index, 1)[0];
  }

  #answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case "auth.test":
        return {
          ok: true,
          url: "https://school.slack.com/",
          team: "School",
          user: "office-desk",
          team_id: fakeBot.teamId,
          user_id: fakeBot.userId,
          bot_id: fakeBot.botId,
        };
      case "chat.postMessage": {
        const ts = `${++this.#ts}.000100`;
        return {
          ok: true,
          channel: args.channel,
          ts,
          message: {
            type: "message",
            user: fakeBot.userId,
            bot_id: fakeBot.botId,
            ts,
            text: args.text,
            blocks: args.blocks,
          },
        };
      }
      case "files.getUploadURLExternal": {
        const length = Number(args.length);
        if (!args.filename || !Number.isInteger(length) || length < 1)
          return { ok: false, error: "invalid_arguments" };
        const fileId = `F0UPLOAD${++this.#fileIds}`;
        this.#uploads.set(fileId, { filename: String(args.filename), length });
        return {
          ok: true,
          upload_url: `${this.url.replace(/\/api\/$/, "")}/upload/${fileId}`,
          file_id: fileId,
        };
      }
      case "files.completeUploadExternal":
        return this.#completeUploads(args);
      case "conversations.open":
        return { ok: true, channel: { id: `D${String(args.users)}` } };
      case "conversations.history":
        return { ok: true, messages: this.#history(String(args.channel)), has_more: false };
      case "conversations.replies":
        return {
          ok: true,
          messages: this.#history(String(args.channel)).filter((m) => m.thread_ts === args.ts),
          has_more: false,
        };
      case "apps.connections.open":
        return this.socketModeUrl
          ? { ok: true, url: this.socketModeUrl }
          : { ok: false, error: "not_allowed_token_type" };
      case "chat.update":
        return { ok: true, channel: args.channel, ts: args.ts, text: args.text };
      case "chat.postEphemeral":
        return { ok: true, message_ts: `${++this.#ts}.000200` };
      case "views.open":
      case "views.publish":
        return { ok: true, view: { id: `V0VIEW${++this.#views}`, ...(args.view as object) } };
      case "users.info": {
        const name = this.users.get(String(args.user));
        if (!name) return { ok: false, error: "user_not_found" };
        return {
          ok: true,
          user: { id: args.user, name, real_name: name, profile: { display_name: name, real_name: name } },
        };
      }
      default:
        return { ok: true };
    }
  }
}
