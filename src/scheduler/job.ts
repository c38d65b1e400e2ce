import type { EngineContext } from "../engine/context.js";

/**
 * A scheduled job: a small module with a name, a cron expression in the school's time zone, and a run that
 * reads the current time from the one clock. Jobs write the outbox; the dispatcher sends.
 */
export interface Job {
  name: string;
  /** node-cron expression, evaluated in the school's time zone (e.g. "* * * * *" every minute). */
  schedule: string;
  run(ctx: EngineContext, now: Date): void | Promise<void>;
}
