import type { Logger } from "pino";
import type { Locale } from "../../core/locale.js";
import type { EngineViews } from "../../engine/views/engine-views.js";
import type { ConversationRelay } from "./conversation-relay.js";
import type { HomePublisher } from "./home-publisher.js";
import type { SlackApi } from "./slack-api.js";
import type { ThreadMemory } from "./thread-memory.js";

/** What the Slack listeners share; built once by the channel. */
export interface SlackRuntime {
  api: SlackApi;
  relay: ConversationRelay;
  home: HomePublisher;
  views: () => EngineViews;
  threads: ThreadMemory;
  slashCommand: string;
  defaultLocale: Locale;
  log: Logger;
  /**
   * Runs work after the ack (a listener returns once the message is stored, and the ack waits for that),
   * tracked so `settled()` and `stop()` wait for it. Its failure is already logged where it happened.
   */
  later: (work: Promise<unknown>) => void;
}

/** The word that opens the service menu in a language. */
export const menuWord = (locale: Locale) => (locale === "en" ? "menu" : "菜单");
