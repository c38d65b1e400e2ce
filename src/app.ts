import { dirname, resolve } from "node:path";
import type { Logger } from "pino";
import { archiveService } from "./archive/service.js";
import { auditService } from "./audit/service.js";
import { calendarService } from "./calendar/service.js";
import type { Channel } from "./channels/channel.js";
import type { Config } from "./config/config.js";
import { dashboardService } from "./dashboard/service.js";
import { checkpointInBackground } from "./db/background-checkpoints.js";
import { defaultBackupDir } from "./db/backup.js";
import { closeDatabase, type Db, openDatabase } from "./db/database.js";
import { syncDirectory } from "./db/queries/directory-sync.js";
import { learntExampleTexts } from "./db/queries/traffic.js";
import type { Directory } from "./directory/directory-schema.js";
import { loadDirectory } from "./directory/load-directory.js";
import { directoryReferrals } from "./directory/referrals.js";
import { documentsService } from "./documents/service.js";
import { SlaCalendar } from "./domain/sla-calendar.js";
import { defaultSettings, type EngineContext, type EngineSettings } from "./engine/context.js";
import { Engine } from "./engine/engine.js";
import { loadFlows } from "./engine/flow-registry.js";
import { type EngineViews, engineViews } from "./engine/views/engine-views.js";
import { healthRoute } from "./http/health-route.js";
import type { MountedRoute } from "./http/http-server.js";
import { type RunningHttpServer, startHttpServer } from "./http/http-server.js";
import { leadsService } from "./leads/service.js";
import { learningService } from "./learning/service.js";
import { meetingsService } from "./meetings/service.js";
import { noticesService } from "./notices/service.js";
import { roomsService } from "./rooms/service.js";
import { defaultJobs } from "./scheduler/default-jobs.js";
import { Inbox } from "./scheduler/inbox.js";
import { databaseBackupJob } from "./scheduler/jobs/database-backup.js";
import { OutboxDispatcher } from "./scheduler/outbox-dispatcher.js";
import { Scheduler } from "./scheduler/scheduler.js";
import type { Service } from "./services/service.js";
import { ServiceRegistry } from "./services/service-registry.js";
import { supervisionService } from "./supervision/service.js";
import { suppliesService } from "./supplies/service.js";
import { surveyService } from "./survey/service.js";
import { placeOpenReports } from "./tickets/duplicate-intake.js";
import { ticketsService } from "./tickets/service.js";
import { ServiceIntents } from "./understanding/service-intents.js";

export interface AppOptions {
  config: Config;
  log: Logger;
  /** The one clock for the engine and jobs; tests pass a fake one. */
  clock?: () => Date;
  /** Channels to run; by default chosen from the configuration. */
  channels?: (setup: ChannelSetup) => Promise<Channel[]>;
  directory?: Directory;
  flowsDir?: string;
  /**
   * The feature modules, in the order the engine asks them; by default room booking, then tickets. Add a
   * service by listing it here (tests) or in `defaultServices` (the app).
   */
  services?: (config: Config) => Service[];
  /**
   * Run the catch-up pass after start-up, in the background (default true). Tests that drive a fake clock
   * pass false, so `start()` returns with what was missed already handled.
   */
  catchUpInBackground?: boolean;
}

/**
 * The app's services in asking order: the office's own commands (布置完成, 签收, 归档; a notice's review words 通过, 退回, which pass other
 * tickets on) first, then room
 * booking's words (取消, 驳回) before the ticket commands.
 */
export function defaultServices(config: Config): Service[] {
  const morningAt = config.DAILY_DIGEST_TIME ?? config.WORK_START;
  return [
    meetingsService(),
    documentsService(),
    archiveService({ reviewAt: config.WORK_START }),
    noticesService(),
    roomsService({ calendarToken: config.CALENDAR_TOKEN }),
    ticketsService(),
    leadsService(),
    calendarService(),
    suppliesService(),
    auditService({ morningAt }),
    surveyService({ morningAt, remindAfter: { days: config.SURVEY_REMINDER_AFTER_DAYS } }),
    learningService({ keepDays: config.UNSURE_KEEP_DAYS }),
    supervisionService({ reportAt: config.DAILY_DIGEST_TIME ?? config.WORK_START }),
    dashboardService(config),
  ];
}

export interface App {
  db: Db;
  engine: Engine;
  /** Where the channels hand messages over; they are answered from there. */
  inbox: Inbox;
  dispatcher: OutboxDispatcher;
  scheduler: Scheduler;
  channels: Channel[];
  context: EngineContext;
  /** The port of the bot's own HTTP server (health, calendars) when it runs one, i.e. when Slack does not. */
  readonly httpPort: number | undefined;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface ChannelSetup {
  config: Config;
  log: Logger;
  /** Forms and App Home from the engine; channels call it only after start (the engine is built after them). */
  views: () => EngineViews;
  /** The bot's other HTTP routes; a channel that owns PORT (Slack) serves them, otherwise the bot's own server. */
  httpRoutes: readonly MountedRoute[];
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
    reminderShare: config.REMINDER_SHARE,
    bookingCheckInMinutes: config.BOOKING_CHECKIN_MINUTES,
  };
}

/** Channels the configuration enables; the console runs only when no chat channel is configured. */
export async function configuredChannels({
  config,
  log,
  views,
  httpRoutes,
}: ChannelSetup): Promise<Channel[]> {
  const channels: Channel[] = [];
  if (config.SLACK_BOT_TOKEN && config.SLACK_SIGNING_SECRET) {
    const { SlackChannel } = await import("./channels/slack/slack-channel.js");
    const { boltRoutes } = await import("./channels/slack/http-routes.js");
    channels.push(
      new SlackChannel({
        token: config.SLACK_BOT_TOKEN,
        signingSecret: config.SLACK_SIGNING_SECRET,
        appToken: config.SLACK_APP_TOKEN,
        apiUrl: config.SLACK_API_URL,
        port: config.PORT,
        slashCommand: config.SLACK_SLASH_COMMAND,
        defaultLocale: config.DEFAULT_LOCALE,
        log: log.child({ channel: "slack" }),
        views,
        customRoutes: boltRoutes(httpRoutes, log),
      }),
    );
  }
  if (config.WECHATY_PUPPET) {
    // wechaty loads only when WeChat is enabled; the puppet and its options come from wechaty's own variables.
    const { WechatChannel } = await import("./channels/wechat/wechat-channel.js");
    channels.push(
      new WechatChannel({
        log: log.child({ channel: "wechat" }),
        name: "office-desk",
        contactMatch: config.WECHAT_CONTACT_MATCH,
        defaultLocale: config.DEFAULT_LOCALE,
      }),
    );
  }
  if (channels.length === 0) {
    const { ConsoleChannel } = await import("./channels/console/console-channel.js");
    channels.push(
      new ConsoleChannel({
        onEnd: () => process.kill(process.pid, "SIGTERM"),
        // A ticket's attachments asked for on the console are saved beside the database.
        filesDir: resolve(dirname(config.DATABASE_PATH), "attachments"),
      }),
    );
  }
  log.debug({ channels: channels.map((c) => c.name) }, "channels configured");
  return channels;
}

/**
 * The composition root: config → database (migrated) → directory → calendar, flows and services → context →
 * engine → outbox dispatcher → channels. Nothing runs until `start()`.
 */
export async function createApp(options: AppOptions): Promise<App> {
  const { config, log } = options;
  const clock = options.clock ?? (() => new Date());
  const db = openDatabase(config.DATABASE_PATH);
  const directory = options.directory ?? loadDirectory(config.OFFICE_DIRECTORY);
  syncDirectory(db, directory);
  const warned = new Set<number>();
  const calendar: SlaCalendar = new SlaCalendar({
    timeZone: config.OFFICE_TIMEZONE,
    workStart: config.WORK_START,
    workEnd: config.WORK_END,
    overrides: directory.calendar,
    arrangements: directory.holiday_arrangements,
    onUncoveredYear: (year) => {
      if (warned.has(year)) return;
      warned.add(year);
      log.warn(
        { year, covered: calendar.coveredYears },
        `no holiday data or official arrangement for this year: using the statutory holidays computed from the law (deadlines are shown as provisional); add holidays-${year}.yaml beside the directory file`,
      );
    },
  });
  const flows = await loadFlows(options.flowsDir);
  // Examples the office head adopted from traffic (`采纳`) train the model from the start, too.
  const understanding = ServiceIntents.train(flows.all(), directoryReferrals(directory), {
    learnt: learntExampleTexts(db),
  });
  const services = new ServiceRegistry((options.services ?? defaultServices)(config));
  try {
    flows.check(
      new Set(directory.posts.map((p) => p.id)),
      directory.routes,
      new Set(services.all().map((s) => s.id)),
    );
  } catch (error) {
    closeDatabase(db);
    throw error;
  }
  placeOpenReports(db, flows.all());
  const stopCheckpoints = checkpointInBackground(db, config.DATABASE_PATH, (error) =>
    log.warn({ error }, "background WAL checkpoint failed"),
  );
  const context: EngineContext = {
    db,
    flows,
    understanding,
    services,
    calendar,
    directory,
    settings: engineSettings(config),
    clock,
    log,
  };
  // Filled once the channels exist; the dispatcher reads it on every run.
  const channels: Channel[] = [];
  const dispatcher = new OutboxDispatcher({ db, channels, clock, log, defaultLocale: config.DEFAULT_LOCALE });
  // After the current event-loop turn; the turns run in one tick share a single run.
  let kickQueued = false;
  context.onOutbox = () => {
    if (kickQueued) return;
    kickQueued = true;
    setImmediate(() => {
      kickQueued = false;
      dispatcher.kick();
    });
  };
  const views = engineViews(context);
  const startedAt = new Date();
  let schedulerRunning = false;
  const httpRoutes: MountedRoute[] = [
    ...services.routes(context),
    {
      path: "/healthz",
      route: healthRoute({ db, channels, clock, startedAt, schedulerRunning: () => schedulerRunning }),
    },
  ];
  channels.push(
    ...(await (options.channels ?? configuredChannels)({ config, log, views: () => views, httpRoutes })),
  );
  const engine = new Engine(context);
  const inbox = new Inbox({ db, engine, dispatcher, channels, clock, log });
  const scheduler = new Scheduler({
    ctx: context,
    dispatcher,
    clock,
    jobs: [
      ...defaultJobs(context.settings, {
        escalateAfter: { minutes: Math.round(config.ESCALATION_AFTER_HOURS * 60) },
        digestThreshold: config.ALERT_DIGEST_THRESHOLD,
        ratingReminderAfter: { days: config.RATING_REMINDER_AFTER_DAYS },
        morningAt: config.DAILY_DIGEST_TIME,
        outboxKeepDays: config.OUTBOX_KEEP_DAYS,
        directoryFolder: dirname(resolve(config.OFFICE_DIRECTORY)),
      }),
      ...services.jobs(),
      databaseBackupJob({
        dir: config.BACKUP_DIR ?? defaultBackupDir(config.DATABASE_PATH),
        keepDays: config.BACKUP_KEEP_DAYS,
      }),
    ],
  });
  // Slack's receiver owns PORT when Slack runs and serves the routes itself; otherwise the bot opens its own
  // (for /healthz at least, so the console-only and WeChat-only bot can be monitored too).
  const ownsHttp = !channels.some((c) => c.name === "slack");
  let http: RunningHttpServer | undefined;
  context.publicUrl = () =>
    (config.PUBLIC_URL ?? `http://localhost:${http?.port ?? config.PORT}`).replace(/\/+$/, "");
  let stopBackground: (() => void) | undefined;
  return {
    db,
    engine,
    inbox,
    dispatcher,
    scheduler,
    channels,
    context,
    get httpPort() {
      return http?.port;
    },
    async start() {
      // What a previous run took and did not answer or deliver goes first, before anything new.
      dispatcher.recover();
      inbox.recover();
      for (const channel of channels) await channel.start(inbox);
      inbox.open();
      if (ownsHttp) {
        // The chat keeps working without it; the monitor sees /healthz unreachable and the log says why.
        http = await startHttpServer({
          port: config.PORT,
          routes: httpRoutes.map((r) => r.route),
          log,
        }).catch((error: Error) => {
          log.error(
            { err: error.message, port: config.PORT },
            "cannot open the HTTP port (health, calendars)",
          );
          return undefined;
        });
      }
      log.info(
        {
          channels: channels.map((c) => c.name),
          database: config.DATABASE_PATH,
          flows: flows.all().map((f) => f.id),
          holidayData: calendar.coveredYears,
          holidayArrangements: directory.holiday_arrangements.map((a) => a.year),
        },
        "office-desk started",
      );
      // Only now the jobs: what was missed while the bot was down runs after start-up, yielding between batches.
      await scheduler.start({ catchUpInBackground: options.catchUpInBackground ?? true });
      schedulerRunning = true;
      stopBackground = services.startBackground(context);
      dispatcher.kick();
    },
    async stop() {
      stopBackground?.();
      await http?.close();
      schedulerRunning = false;
      await scheduler.stop();
      // Messages still being answered are finished; any taken from now on wait in the inbox for the restart.
      await inbox.stop();
      // The last delivery goes out while the channels are still up.
      await dispatcher.stop();
      for (const channel of channels) await channel.stop();
      await stopCheckpoints();
      closeDatabase(db);
    },
  };
}
