import { setImmediate as nextTurn } from "node:timers/promises";
import { expireConversations } from "../../engine/conversation-expiry.js";
import type { Job } from "../job.js";
import { batchSize } from "../queue-messages.js";

/**
 * Every five minutes: conversations idle longer than the timeout are ended with a short notice. After a long
 * outage that can be thousands at once: they end in batches, so messages are answered in between.
 */
export function conversationTimeoutJob(): Job {
  return {
    name: "conversation-timeout",
    schedule: "*/5 * * * *",
    run: async (ctx, now) => {
      while (expireConversations(ctx, now, batchSize) === batchSize) await nextTurn();
    },
  };
}
