import type { Logger } from "pino";
import type { Channel, InboundHandler } from "./channels/channel.js";
import type { Config } from "./config/config.js";
import { closeDatabase, type Db, openDatabase } from "./db/database.js";
import { syncDirectory } from "./db/queries/directory-sync.js";
import type { Directory } from "./directory/directory-schema.js";
import { loadDirectory } from "./directory/load-directory.js";
import { SlaCalendar } from "./domain/sla-calendar.js";
import { defaultSettings, type EngineContext, type EngineSettings } from "./engine/context.js";
import { Engine } from "./engine/engine.js";
import { loadFlows } from "./engine/flow-registry.js";
import { OutboxDispatcher } from "./scheduler/outbox-dispatcher.js";

export interface AppOptions {
  config: Config;
  log: Logger;
  /** The one clock for the engine and jobs; tests pass a fake one. */
  clock?: () => Date;
  /** Channels to run; by default chosen from the configuration. */
  channels?: (ctx: { config: Config; log: Logger }) => Promise<Channel[]>;
  directory?: Directory;
  flowsDir?: string;
}

export interface App {
  db: Db;
  engine: Engine;
  dispatcher: OutboxDispatcher;
  channels: Channel[];
  context: EngineContext;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function engineSettings(config: Config): EngineSettings {
  return {
    ...defaultSettings,
    ticketPrefix: config.TICKET_PREFIX,
    timeZone: config.OFFICE_TIMEZONE,
    workStart: config.WORK_START,
    workEnd: config.WORK_END,
    defaultLocale: config.DEFAULT_LOCALE,
    conversationTimeoutMinutes: config.CONVERSATION_TIMEOUT_MINUTES,
    wechatContactMatch: config.WECHAT_CONTACT_MATCH,
  };
}

/** Channels the configuration enables; the console runs only when no chat channel is configured. */
export async function configuredChannels({
  config,
  log,
}: {
  config: Config;
  log: Logger;
}): Promise<Channel[]> {
  const channels: Channel[] = [];
  if (channels.length === 0) {
    const { ConsoleChannel } = await import("./channels/console/console-channel.js");
    channels.push(new ConsoleChannel({ onEnd: () => process.kill(process.pid, "SIGTERM") }));
  }
  log.debug({ channels: channels.map((c) => c.name) }, "channels configured");
  return channels;
}

/**
 * The composition root: config → database (migrated) → directory → calendar → flows → engine → channels and
 * the outbox dispatcher. Nothing runs until `start()`.
 */
export async function createApp(options: AppOptions): Promise<App> {
  const { config, log } = options;
  const clock = options.clock ?? (() => new Date());
  const directory = options.directory ?? loadDirectory(config.OFFICE_DIRECTORY);
  const db = openDatabase(config.DATABASE_PATH);
  syncDirectory(db, directory);
  const warned = new Set<number>();
  const calendar = new SlaCalendar({
    timeZone: config.OFFICE_TIMEZONE,
    workStart: config.WORK_START,
    workEnd: config.WORK_END,
    overrides: directory.calendar,
    onUncoveredYear: (year) => {
      if (warned.has(year)) return;
      warned.add(year);
      log.warn(
        { year, covered: calendar.coveredYears },
        "no Chinese holiday data for this year: using Mon–Fri plus the directory's calendar overrides; add the year's holidays to the directory or update chinese-days",
      );
    },
  });
  const flows = await loadFlows(options.flowsDir);
  const channels = await (options.channels ?? configuredChannels)({ config, log });
  const dispatcher = new OutboxDispatcher({ db, channels, clock, log, defaultLocale: config.DEFAULT_LOCALE });
  const context: EngineContext = {
    db,
    flows,
    calendar,
    directory,
    settings: engineSettings(config),
    clock,
    log,
    onOutbox: () => setImmediate(() => dispatcher.kick()),
  };
  const engine = new Engine(context);
  const handler: InboundHandler = async (inbound) => {
    try {
      return engine.handle(inbound);
    } catch (error) {
      log.error({ err: error, channel: inbound.sender.channel }, "engine failed on a message");
      const zh = (inbound.text ?? "").match(/[\u3400-\u9fff]/) || config.DEFAULT_LOCALE === "zh";
      return [
        {
          text: zh
            ? "抱歉，系统出了点问题，您的内容没有保存，请稍后再试。"
            : "Sorry, something went wrong and nothing was saved; please try again shortly.",
        },
      ];
    }
  };
  return {
    db,
    engine,
    dispatcher,
    channels,
    context,
    async start() {
      for (const channel of channels) await channel.start(handler);
      log.info(
        {
          channels: channels.map((c) => c.name),
          database: config.DATABASE_PATH,
          flows: flows.all().map((f) => f.id),
          holidayData: calendar.coveredYears,
        },
        "office-desk started",
      );
      dispatcher.kick();
    },
    async stop() {
      for (const channel of channels) await channel.stop();
      await dispatcher.dispatchDue().catch(() => undefined);
      closeDatabase(db);
    },
  };
}
