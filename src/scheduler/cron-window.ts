import { IANAZone } from "luxon";
import { parse, type ScheduledTask } from "node-cron";

const minute = 60_000;
/** Zone offsets change only at instants on a quarter hour, so one lookup serves a whole quarter. */
const quarter = 15 * minute;

/**
 * Answers "did this schedule fire at a whole minute in (since, until]?" for the catch-up logic, latest minute
 * first. node-cron's own `match` decides; the cron's minute and hour fields only rule out minutes that cannot
 * match (each `match` costs about 80 µs), which keeps a restart after days of downtime, and tests moving the
 * clock through a week, cheap. When the day fields are unrestricted ("* * *"), minute and hour decide alone.
 *
 * ```ts
 * new CronWindow(task, "30 8 * * *", "Asia/Shanghai").firedBetween(yesterday1700, today0900); // true
 * ```
 */
export class CronWindow {
  readonly #minutes: ReadonlySet<number>;
  readonly #hours: ReadonlySet<number>;
  readonly #everyDay: boolean;
  readonly #zone: IANAZone;
  readonly #offsets = new Map<number, number>();

  constructor(
    readonly task: Pick<ScheduledTask, "match">,
    schedule: string,
    timeZone: string,
  ) {
    const fields = parse(schedule);
    this.#minutes = new Set(fields.minute);
    this.#hours = new Set(fields.hour);
    this.#everyDay =
      fields.dayOfMonth.length === 31 && fields.month.length === 12 && fields.dayOfWeek.length >= 7;
    this.#zone = IANAZone.create(timeZone);
  }

  firedBetween(since: number, until: number): boolean {
    for (let at = Math.floor(until / minute) * minute; at > since; at -= minute) {
      if (!this.#possible(at)) continue;
      if (this.#everyDay || this.task.match(new Date(at))) return true;
    }
    return false;
  }

  #possible(at: number): boolean {
    const local = at + this.#offsetMinutes(at) * minute;
    const ofDay = ((local % 86_400_000) + 86_400_000) % 86_400_000;
    return (
      this.#hours.has(Math.floor(ofDay / 3_600_000)) && this.#minutes.has(Math.floor(ofDay / minute) % 60)
    );
  }

  #offsetMinutes(at: number): number {
    const key = Math.floor(at / quarter);
    let offset = this.#offsets.get(key);
    if (offset === undefined) {
      if (this.#offsets.size > 4096) this.#offsets.clear();
      offset = this.#zone.offset(key * quarter);
      this.#offsets.set(key, offset);
    }
    return offset;
  }
}
