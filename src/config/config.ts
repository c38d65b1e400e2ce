import { z } from "zod";

const logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const timeZone = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  },
  { message: "expected an IANA time zone such as Asia/Shanghai" },
);

const clock = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "expected a time as HH:MM, e.g. 08:30" });

const minutes = z.coerce
  .number()
  .int()
  .positive({ message: "expected a whole number of minutes greater than 0" });

/** Every environment variable the bot reads, with its default. README's configuration table mirrors this. */
export const configSchema = z.object({
  DATABASE_PATH: z.string().min(1).default("./data/office.db"),
  OFFICE_DIRECTORY: z.string().min(1).default("./examples/directory.yaml"),
  OFFICE_TIMEZONE: timeZone.default("Asia/Shanghai"),
  TICKET_PREFIX: z
    .string()
    .regex(/^[^\s-]{1,12}$/, { message: "expected 1–12 characters without spaces or '-', e.g. 综合办" })
    .default("综合办"),
  LOG_LEVEL: z.enum(logLevels).default("info"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  WORK_START: clock.default("08:30"),
  WORK_END: clock.default("17:30"),
  DEFAULT_LOCALE: z.enum(["zh", "en"]).default("zh"),
  CONVERSATION_TIMEOUT_MINUTES: minutes.default(60),
  REMINDER_SHARE: z.coerce
    .number()
    .gt(0, { message: "expected a share between 0 and 1, e.g. 0.8" })
    .max(1, { message: "expected a share between 0 and 1, e.g. 0.8" })
    .default(0.8),
  ESCALATION_AFTER_HOURS: z.coerce
    .number()
    .positive({ message: "expected a number of working hours > 0" })
    .default(1),
  ALERT_DIGEST_THRESHOLD: z.coerce
    .number()
    .int()
    .min(1, { message: "expected a whole number ≥ 1" })
    .default(3),
  RATING_REMINDER_AFTER_DAYS: z.coerce
    .number()
    .positive({ message: "expected a number of working days > 0" })
    .default(1),
  SURVEY_REMINDER_AFTER_DAYS: z.coerce
    .number()
    .positive({ message: "expected a number of working days > 0" })
    .default(3),
  DAILY_DIGEST_TIME: optionalText.pipe(clock.optional()),
  BOOKING_CHECKIN_MINUTES: minutes.default(15),
  CALENDAR_TOKEN: optionalText,
  /** Default: a `backups` folder beside DATABASE_PATH. */
  BACKUP_DIR: optionalText,
  BACKUP_KEEP_DAYS: z.coerce
    .number()
    .int()
    .min(1, { message: "expected a whole number of days ≥ 1" })
    .default(14),
  /** Sent outbox messages older than this are deleted nightly (kept at least the rating reminder's 30 days). */
  OUTBOX_KEEP_DAYS: z.coerce
    .number()
    .int()
    .min(31, { message: "expected a whole number of days ≥ 31 (the rating reminder looks back 30 days)" })
    .default(90),
  UNSURE_KEEP_DAYS: z.coerce
    .number()
    .int()
    .min(1, { message: "expected a whole number of days ≥ 1" })
    .default(90),
  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_API_URL: optionalText.pipe(
    z.url({ message: "expected a URL such as https://slack.com/api/" }).optional(),
  ),
  SLACK_SLASH_COMMAND: z
    .string()
    .regex(/^\/[a-z0-9_-]{1,31}$/, { message: "expected a slash command such as /office" })
    .default("/office"),
  WECHATY_PUPPET: optionalText,
  WECHAT_CONTACT_MATCH: z.enum(["alias-then-name", "alias", "name"]).default("alias-then-name"),
  /** Where people reach the bot's HTTP port; default `http://localhost:<PORT>`. */
  PUBLIC_URL: optionalText.pipe(
    z.url({ message: "expected the bot's public address, e.g. https://office.example.edu" }).optional(),
  ),
  /** Signs dashboard and export links and sessions; unset: a random one is generated and kept in the database. */
  DASHBOARD_SECRET: optionalText.pipe(
    z.string().min(32, { message: "expected at least 32 characters (e.g. openssl rand -hex 32)" }).optional(),
  ),
  DASHBOARD_LINK_MINUTES: minutes.default(10),
  DASHBOARD_SESSION_HOURS: z.coerce
    .number()
    .positive({ message: "expected a number of hours > 0" })
    .default(8),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * Parses the environment once. A wrong value throws a ConfigError naming the variable and what it expects.
 *
 * ```ts
 * const config = loadConfig(process.env);
 * config.OFFICE_TIMEZONE; // "Asia/Shanghai"
 * ```
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse(env);
  if (result.success) {
    const config = result.data;
    if (config.WORK_END <= config.WORK_START) {
      throw new ConfigError("WORK_END must be later than WORK_START (e.g. WORK_START=08:30, WORK_END=17:30)");
    }
    if (Boolean(config.SLACK_BOT_TOKEN) !== Boolean(config.SLACK_SIGNING_SECRET)) {
      throw new ConfigError("SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET must be set together to enable Slack");
    }
    return config;
  }
  const lines = result.error.issues.map((issue) => {
    const name = issue.path.join(".");
    return `${name}: ${issue.message} (got ${JSON.stringify(env[name] ?? "")})`;
  });
  throw new ConfigError(`Invalid configuration:\n  ${lines.join("\n  ")}`);
}
