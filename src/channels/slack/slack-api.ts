import type { types, webApi } from "@slack/bolt";
import type { Logger } from "pino";

type PostMessage = webApi.ChatPostMessageArguments;
type Context = Record<string, unknown>;

/** The parts of a Web API error worth a log line: Slack's error code, rate-limit wait, HTTP status. */
export function describeSlackError(error: unknown): Context {
  const e = error as {
    code?: string;
    data?: { error?: string };
    retryAfter?: number;
    statusCode?: number;
    message?: string;
  };
  return {
    code: e.code,
    ...(e.data?.error ? { slackError: e.data.error } : {}),
    ...(e.retryAfter !== undefined ? { retryAfter: e.retryAfter } : {}),
    ...(e.statusCode !== undefined ? { status: e.statusCode } : {}),
    err: e.message ?? String(error),
  };
}

/**
 * A message's blocks, attachments and metadata as the JSON text Slack's form fields carry. WebClient sends
 * them so anyway, but first walks each object twice, for debug lines it builds even when debug is off (a
 * redacted copy, then its JSON): a few percent of the bot's CPU per message for a reply with a menu. The
 * request goes out byte for byte the same.
 */
function asFormFields<T extends { blocks?: unknown; attachments?: unknown; metadata?: unknown }>(args: T): T {
  const fields: Record<string, unknown> = { ...args };
  for (const key of ["blocks", "attachments", "metadata"] as const)
    if (fields[key] !== undefined && typeof fields[key] !== "string")
      fields[key] = JSON.stringify(fields[key]);
  return fields as T;
}

/**
 * The Web API calls the channel makes. Each failure is logged with what was being done (method, channel,
 * user, ticket) and Slack's error code, then rethrown so the caller decides (the outbox retries a message).
 */
export class SlackApi {
  readonly #names = new Map<string, string | undefined>();
  readonly #lookups = new Map<string, Promise<string | undefined>>();

  constructor(
    readonly client: webApi.WebClient,
    readonly log: Logger,
  ) {}

  async #call<T>(method: string, context: Context, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      this.log.warn({ method, ...context, ...describeSlackError(error) }, "Slack Web API call failed");
      throw error;
    }
  }

  postMessage(args: PostMessage & { channel: string }, context: Context = {}): Promise<unknown> {
    return this.#call("chat.postMessage", { channel: args.channel, ...context }, () =>
      this.client.chat.postMessage(asFormFields(args)),
    );
  }

  update(args: webApi.ChatUpdateArguments, context: Context = {}): Promise<unknown> {
    return this.#call("chat.update", { channel: args.channel, ts: args.ts, ...context }, () =>
      this.client.chat.update(asFormFields(args)),
    );
  }

  /**
   * Uploads files into a conversation (a thread when `threadTs` is set) with files.uploadV2: an upload URL per
   * file (files.getUploadURLExternal), the bytes, then files.completeUploadExternal. A user id is first turned
   * into their DM's id, as the files methods take conversation ids only.
   */
  async uploadFiles(
    where: { channel: string; threadTs?: string | undefined },
    files: readonly { name: string; data: Buffer }[],
    context: Context = {},
  ): Promise<void> {
    let channel = where.channel;
    if (/^[UW]/.test(channel)) {
      const dm = await this.#call("conversations.open", { user: channel, ...context }, () =>
        this.client.conversations.open({ users: where.channel }),
      );
      channel = dm.channel?.id ?? channel;
    }
    await this.#call("files.uploadV2", { channel, files: files.length, ...context }, () =>
      this.client.filesUploadV2({
        channel_id: channel,
        ...(where.threadTs ? { thread_ts: where.threadTs } : {}),
        file_uploads: files.map((f) => ({ file: f.data, filename: f.name, title: f.name })),
      }),
    );
  }

  ephemeral(channel: string, user: string, text: string): Promise<unknown> {
    return this.#call("chat.postEphemeral", { channel, user }, () =>
      this.client.chat.postEphemeral({ channel, user, text }),
    );
  }

  openView(triggerId: string, view: types.ModalView, context: Context = {}): Promise<unknown> {
    return this.#call("views.open", context, () => this.client.views.open({ trigger_id: triggerId, view }));
  }

  publishHome(user: string, view: types.HomeView): Promise<unknown> {
    return this.#call("views.publish", { user }, () => this.client.views.publish({ user_id: user, view }));
  }

  /** A user's display name from `users.info`, asked once per user; undefined when Slack fails. */
  userName(user: string): Promise<string | undefined> {
    let lookup = this.#lookups.get(user);
    if (!lookup) {
      lookup = this.#lookUp(user);
      this.#lookups.set(user, lookup);
    }
    return lookup;
  }

  /** Whether the user's name has been asked for (it may still be on its way). */
  asked(user: string): boolean {
    return this.#lookups.has(user);
  }

  async #lookUp(user: string): Promise<string | undefined> {
    try {
      const result = await this.#call("users.info", { user }, () => this.client.users.info({ user }));
      const profile = result.user?.profile;
      const name =
        profile?.display_name ||
        profile?.real_name ||
        result.user?.real_name ||
        result.user?.name ||
        undefined;
      this.#names.set(user, name);
      return name;
    } catch {
      // Asked again with the user's next message.
      this.#lookups.delete(user);
      return undefined;
    }
  }

  /** The name already known for a user, without asking Slack (inside the 3-second window). */
  knownName(user: string): string | undefined {
    return this.#names.get(user);
  }
}
