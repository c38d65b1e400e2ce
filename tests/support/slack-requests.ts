import { createHmac } from "node:crypto";
import type { SlackCall } from "./slack-fake-api.js";
import { fakeBot } from "./slack-fake-api.js";

/** Slack's request signature: `v0=` + HMAC-SHA256 of `v0:{timestamp}:{raw body}` with the signing secret. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export interface SendOptions {
  /** Sign with another secret (a forged request). */
  secret?: string;
  /** Seconds since the epoch for X-Slack-Request-Timestamp (default now). */
  timestamp?: number;
  /** Slack's retry headers. */
  retryNum?: number;
}

export interface SlackResponse {
  status: number;
  body: string;
}

/** How a request reaches the bot: `fetch` by default; the bench uses a cheaper keep-alive client. */
export type SlackTransport = (
  url: string,
  headers: Record<string, string>,
  body: string,
) => Promise<SlackResponse>;

const fetchTransport: SlackTransport = async (url, headers, body) => {
  const response = await fetch(url, { method: "POST", headers, body });
  return { status: response.status, body: await response.text() };
};

let sequence = 0;
const nextId = (prefix: string) =>
  `${prefix}${Date.now().toString(36).toUpperCase()}${(++sequence).toString().padStart(4, "0")}`;
let tsCounter = 1_764_050_000;
/** A message timestamp as Slack writes them ("1764050001.000200"). */
export const nextTs = () => `${++tsCounter}.000200`;

export interface Teacher {
  id: string;
  dm: string;
  name: string;
}

/**
 * Sends requests to the bot's /slack/events endpoint exactly as Slack does: Events API envelopes as JSON,
 * slash commands as form fields, interactions as a form field `payload` — each signed with the secret.
 */
export class SlackRequests {
  constructor(
    readonly url: string,
    readonly secret: string,
    readonly transport: SlackTransport = fetchTransport,
  ) {}

  async send(body: string, contentType: string, options: SendOptions = {}): Promise<SlackResponse> {
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = {
      "content-type": contentType,
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": slackSignature(options.secret ?? this.secret, timestamp, body),
    };
    if (options.retryNum !== undefined) {
      headers["x-slack-retry-num"] = String(options.retryNum);
      headers["x-slack-retry-reason"] = "http_timeout";
    }
    return this.transport(this.url, headers, body);
  }

  /** An Events API `event_callback` envelope around `event`; returns the body so a retry can resend it. */
  eventBody(event: Record<string, unknown>, eventId = nextId("Ev")): string {
    return JSON.stringify({
      token: "legacy-verification-token",
      team_id: fakeBot.teamId,
      api_app_id: "A0OFFICE01",
      event,
      type: "event_callback",
      event_id: eventId,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [
        {
          enterprise_id: null,
          team_id: fakeBot.teamId,
          user_id: fakeBot.userId,
          is_bot: true,
          is_enterprise_install: false,
        },
      ],
      is_ext_shared_channel: false,
      event_context: `4-${eventId}`,
    });
  }

  event(event: Record<string, unknown>, options: SendOptions = {}): Promise<SlackResponse> {
    return this.send(this.eventBody(event), "application/json", options);
  }

  /** A direct message from a teacher to the bot (`message.im`). */
  dm(from: Teacher, text: string, options: SendOptions = {}): Promise<SlackResponse> {
    return this.event(dmEvent(from, text), options);
  }

  command(
    fields: { user: string; text: string; command?: string; channel?: string; channelName?: string },
    options: SendOptions = {},
  ) {
    const form = new URLSearchParams({
      token: "legacy-verification-token",
      team_id: fakeBot.teamId,
      team_domain: "school",
      channel_id: fields.channel ?? "C0GENERAL01",
      channel_name: fields.channelName ?? "general",
      user_id: fields.user,
      user_name: fields.user.toLowerCase(),
      command: fields.command ?? "/office",
      text: fields.text,
      api_app_id: "A0OFFICE01",
      is_enterprise_install: "false",
      response_url: "https://hooks.slack.com/commands/T0SCHOOL01/1/abc",
      trigger_id: nextId("trigger."),
    });
    return this.send(form.toString(), "application/x-www-form-urlencoded", options);
  }

  interaction(payload: Record<string, unknown>, options: SendOptions = {}): Promise<SlackResponse> {
    const form = new URLSearchParams({ payload: JSON.stringify(payload) });
    return this.send(form.toString(), "application/x-www-form-urlencoded", options);
  }

  /**
   * A `block_actions` payload for pressing the button labelled `label` on a message the bot posted
   * (as captured by the fake Web API), with the message's blocks as Slack would send them back.
   */
  press(
    user: string,
    posted: SlackCall,
    label: string,
    state: Record<string, unknown> = {},
  ): Promise<SlackResponse> {
    const message = {
      type: "message",
      user: fakeBot.userId,
      bot_id: fakeBot.botId,
      ts: posted.response.ts,
      text: posted.args.text,
      blocks: posted.args.blocks,
      ...(posted.args.attachments ? { attachments: posted.args.attachments } : {}),
      ...(posted.args.thread_ts ? { thread_ts: posted.args.thread_ts } : {}),
    };
    const found = findButton(posted, label);
    const channel = String(posted.args.channel).startsWith("U")
      ? `D${String(posted.args.channel).slice(1)}`
      : String(posted.args.channel);
    return this.interaction({
      type: "block_actions",
      user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: fakeBot.teamId },
      api_app_id: "A0OFFICE01",
      token: "legacy-verification-token",
      container: {
        type: "message",
        message_ts: posted.response.ts,
        channel_id: channel,
        is_ephemeral: false,
      },
      trigger_id: nextId("trigger."),
      team: { id: fakeBot.teamId, domain: "school" },
      enterprise: null,
      is_enterprise_install: false,
      channel: { id: channel, name: channel.startsWith("D") ? "directmessage" : "general" },
      message,
      state: { values: state },
      response_url: "https://hooks.slack.com/actions/T0SCHOOL01/1/abc",
      actions: [{ ...found.button, block_id: found.blockId, action_ts: `${Date.now() / 1000}` }],
    });
  }

  /** A `view_submission` payload for a modal the bot opened, with the inputs' state as Slack sends it. */
  submitView(
    user: string,
    opened: SlackCall,
    values: Record<string, Record<string, unknown>>,
    viewId = nextId("V"),
  ) {
    const view = opened.args.view as Record<string, unknown>;
    return this.interaction({
      type: "view_submission",
      team: { id: fakeBot.teamId, domain: "school" },
      user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: fakeBot.teamId },
      api_app_id: "A0OFFICE01",
      token: "legacy-verification-token",
      trigger_id: nextId("trigger."),
      view: {
        id: viewId,
        team_id: fakeBot.teamId,
        type: "modal",
        blocks: view.blocks,
        private_metadata: view.private_metadata,
        callback_id: view.callback_id,
        state: { values },
        hash: "1764050000.abcd",
        title: view.title,
        clear_on_close: false,
        notify_on_close: false,
        close: view.close,
        submit: view.submit,
        previous_view_id: null,
        root_view_id: viewId,
        app_id: "A0OFFICE01",
        external_id: "",
        app_installed_team_id: fakeBot.teamId,
        bot_id: fakeBot.botId,
      },
      response_urls: [],
      is_enterprise_install: false,
      enterprise: null,
    });
  }
}

export function dmEvent(from: Teacher, text: string, ts = nextTs()): Record<string, unknown> {
  return {
    client_msg_id: nextId("msg-"),
    type: "message",
    text,
    user: from.id,
    ts,
    blocks: [
      {
        type: "rich_text",
        block_id: "b1",
        elements: [{ type: "rich_text_section", elements: [{ type: "text", text }] }],
      },
    ],
    team: fakeBot.teamId,
    channel: from.dm,
    event_ts: ts,
    channel_type: "im",
  };
}

/**
 * A DM with a photo shared in it, as Slack sends a `file_share` message; `url` is where the file downloads from
 * (a file of the fake Web API), `name` "projector.jpg" unless given.
 */
export function photoDmEvent(
  from: Teacher,
  text: string,
  {
    url,
    size,
    id = "F0PHOTO001",
    name = "projector.jpg",
  }: { url: string; size: number; id?: string; name?: string },
): Record<string, unknown> {
  return {
    ...dmEvent(from, text),
    subtype: "file_share",
    upload: false,
    files: [
      {
        id,
        name,
        title: name,
        mimetype: "image/jpeg",
        filetype: "jpg",
        size,
        mode: "hosted",
        url_private: url,
        url_private_download: url,
      },
    ],
  };
}

interface FoundButton {
  blockId: string;
  button: Record<string, unknown>;
}

/** The button with this label (or action id) in a posted message, also inside an urgent message's attachment. */
export function findButton(posted: SlackCall, label: string): FoundButton {
  const attachments = (posted.args.attachments as { blocks?: unknown[] }[] | undefined) ?? [];
  const blocks = [
    ...((posted.args.blocks as unknown[]) ?? []),
    ...attachments.flatMap((a) => a.blocks ?? []),
  ] as {
    type: string;
    block_id?: string;
    elements?: { action_id?: string; text?: { text?: string } }[];
  }[];
  for (const block of blocks) {
    if (block.type !== "actions") continue;
    const button = block.elements?.find((e) => e.text?.text === label || e.action_id === label);
    if (button) return { blockId: block.block_id ?? "", button: button as Record<string, unknown> };
  }
  throw new Error(`no button "${label}" in message: ${String(posted.args.text).slice(0, 80)}`);
}

/** Every button label of a posted message, in order. */
export function buttonLabels(posted: SlackCall | { args: Record<string, unknown> }): string[] {
  const attachments = (posted.args.attachments as { blocks?: unknown[] }[] | undefined) ?? [];
  const blocks = [
    ...((posted.args.blocks as unknown[]) ?? []),
    ...attachments.flatMap((a) => a.blocks ?? []),
  ] as {
    type: string;
    elements?: { type: string; text?: { text?: string } }[];
  }[];
  return blocks.flatMap((b) =>
    b.type === "actions"
      ? (b.elements ?? []).filter((e) => e.type === "button").map((e) => e.text?.text ?? "")
      : [],
  );
}
