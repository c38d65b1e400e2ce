import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Logger } from "pino";

const levels: readonly LogLevel[] = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];

/** Bolt's logger interface over pino, so Bolt's own messages land in the app's structured log. */
export function boltLogger(log: Logger): BoltLogger {
  const line = (...msg: unknown[]) =>
    msg
      .map((m) => (typeof m === "string" ? m : m instanceof Error ? m.message : JSON.stringify(m)))
      .join(" ");
  let name = "bolt";
  return {
    debug: (...msg) => log.debug({ component: name }, line(...msg)),
    info: (...msg) => log.info({ component: name }, line(...msg)),
    warn: (...msg) => log.warn({ component: name }, line(...msg)),
    error: (...msg) => log.error({ component: name }, line(...msg)),
    setLevel: () => undefined,
    getLevel: () => levels.find((l) => l === log.level) ?? LogLevel.INFO,
    setName: (n) => {
      name = n;
    },
  };
}
