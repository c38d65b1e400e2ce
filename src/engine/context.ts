import type { Logger } from "pino";
import type { Locale } from "../core/locale.js";
import type { Db } from "../db/database.js";
import type { Directory } from "../directory/directory-schema.js";
import type { SlaCalendar } from "../domain/sla-calendar.js";
import type { ServiceRegistry } from "../services/service-registry.js";
import type { ServiceIntents } from "../understanding/service-intents.js";
import type { FlowRegistry } from "./flow-registry.js";

export interface EngineSettings {
  ticketPrefix: string;
  timeZone: string;
  workStart: string;
  workEnd: string;
  defaultLocale: Locale;
  conversationTimeoutMinutes: number;
  /** Share of an SLA span after which the assignee gets a reminder (default 0.8). */
  reminderShare: number;
  /** Largest attachment kept with a ticket, in bytes (G11: 5 MB). */
  maxAttachmentBytes: number;
  wechatContactMatch: "alias-then-name" | "alias" | "name";
  /** Minutes after a booking's start without a check-in before the room is released (default 15). */
  bookingCheckInMinutes: number;
}

/** Everything the engine needs from the outside, handed in by the composition root. */
export interface EngineContext {
  db: Db;
  flows: FlowRegistry;
  /** Which service a free-text message asks for (trained at start-up from the flows and the referral table). */
  understanding: ServiceIntents;
  /** The feature modules (tickets, rooms, …) in the order the engine asks them. */
  services: ServiceRegistry;
  calendar: SlaCalendar;
  directory: Directory;
  settings: EngineSettings;
  /** The one clock: tests move it to run days of office time in milliseconds. */
  clock: () => Date;
  log: Logger;
  /** Called after a transaction queued outgoing messages, so the dispatcher can send them now. */
  onOutbox?: () => void;
  /** The address people open the bot's HTTP pages at (`PUBLIC_URL`, or `http://localhost:<port>`). */
  publicUrl?: () => string;
}

export const defaultSettings: EngineSettings = {
  ticketPrefix: "综合办",
  timeZone: "Asia/Shanghai",
  workStart: "08:30",
  workEnd: "17:30",
  defaultLocale: "zh",
  conversationTimeoutMinutes: 60,
  reminderShare: 0.8,
  maxAttachmentBytes: 5 * 1024 * 1024,
  wechatContactMatch: "alias-then-name",
  bookingCheckInMinutes: 15,
};
