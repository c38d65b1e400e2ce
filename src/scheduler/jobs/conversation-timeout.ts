import { expireConversations } from "../../engine/conversation-expiry.js";
import type { Job } from "../job.js";

/** Every five minutes: conversations idle longer than the timeout are ended with a short notice. */
export function conversationTimeoutJob(): Job {
  return {
    name: "conversation-timeout",
    schedule: "*/5 * * * *",
    run: (ctx, now) => void expireConversations(ctx, now),
  };
}
