import { type Logger, pino } from "pino";

export type { Logger };

/**
 * JSON lines in production; pino-pretty when writing to a terminal. Logs go to stderr so the console channel
 * keeps stdout for the conversation.
 */
export function createLogger(level: string, pretty = process.stderr.isTTY === true): Logger {
  if (pretty) {
    return pino({
      level,
      transport: {
        target: "pino-pretty",
        options: { colorize: true, translateTime: "SYS:standard", destination: 2 },
      },
    });
  }
  return pino({ level }, pino.destination(2));
}
