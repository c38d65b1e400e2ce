import type { App } from "@slack/bolt";
import type { SharedFile } from "./shared-files.js";
import { menuWord, type SlackRuntime } from "./slack-runtime.js";

/** A message's id that survives Slack's retries and is shared by its `message` and `app_mention` events. */
const messageId = (channel: string, ts: string) => `${channel}:${ts}`;

/** "<@U0BOT> 报修" → "报修"; a bare mention asks for the menu. */
function withoutMention(text: string, botUserId: string | undefined, rt: SlackRuntime): string {
  const stripped = (botUserId ? text.split(`<@${botUserId}>`).join(" ") : text).replace(/\s+/g, " ").trim();
  return stripped || menuWord(rt.defaultLocale);
}

/**
 * Direct messages go to the engine; an @mention in a channel starts or continues a conversation in a thread
 * (threadId = the thread's ts), and later messages in that thread need no mention. Each listener only stores
 * the message (`take`) and returns, and Slack's ack follows.
 */
export function registerMessageListeners(app: App, rt: SlackRuntime): void {
  app.event("message", async ({ event, context }) => {
    if ((event.subtype !== undefined && event.subtype !== "file_share") || !event.user) return;
    if ("bot_id" in event && event.bot_id) return;
    const text = event.text ?? "";
    const files = event.subtype === "file_share" ? (event.files as SharedFile[] | undefined) : undefined;
    const dm = event.channel_type === "im";
    if (!dm) {
      // In a channel, a message that mentions the bot is handled as an app_mention; otherwise only threads the
      // bot is already in count.
      const mentioned = context.botUserId !== undefined && text.includes(`<@${context.botUserId}>`);
      if (!event.thread_ts || mentioned || !rt.threads.has(event.channel, event.thread_ts)) return;
    }
    rt.relay.take({
      user: event.user,
      text,
      eventId: messageId(event.channel, event.ts),
      where: { channel: event.channel, threadTs: event.thread_ts, dm },
      files,
    });
  });

  app.event("app_mention", async ({ event, context }) => {
    if (event.bot_id || !event.user) return;
    const threadTs = event.thread_ts ?? event.ts;
    rt.threads.remember(event.channel, threadTs);
    rt.relay.take({
      user: event.user,
      text: withoutMention(event.text, context.botUserId, rt),
      eventId: messageId(event.channel, event.ts),
      where: { channel: event.channel, threadTs, dm: false },
      files: event.files as SharedFile[] | undefined,
    });
  });

  app.event("app_home_opened", async ({ event }) => {
    if (event.tab === "home") rt.later(rt.home.opened(event.user));
  });
}
