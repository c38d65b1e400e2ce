import { DateTime } from "luxon";
import { schoolZone } from "../../domain/school-zone.js";
import type { Interval } from "./booking-slot.js";

/** "Every week, 8 times" or "every working day, 5 times"; `interval` 2 means every other week. */
export interface Recurrence {
  unit: "week" | "day";
  interval: number;
  count: number;
}

/** How the calendar sees a day: a working day, an ordinary weekend, or a holiday/closure (incl. the school's). */
export type DayKind = "working" | "weekend" | "holiday";

export interface Occurrence extends Interval {
  /** Local date "YYYY-MM-DD". */
  date: string;
}

export interface Expansion {
  occurrences: Occurrence[];
  /** Dates the pattern fell on but the calendar closes (holidays; for a weekday series also weekends). */
  skipped: { date: string; kind: DayKind }[];
}

export interface ExpandOptions {
  timeZone: string;
  dayKind(localDate: string): DayKind;
}

/** Longest a series may run, whatever it asks for (a school year of weeks). */
export const maxOccurrences = 40;

/**
 * The dates a recurring booking covers, at the first occurrence's wall-clock time. A weekly series on a working
 * day skips holidays (and a make-up Saturday does not move it); a weekly series on a weekend day skips only
 * holidays; a daily series counts working days, make-up days included.
 *
 * ```ts
 * expandRecurrence(mon1400to1530, { unit: "week", interval: 1, count: 8 }, { timeZone, dayKind });
 * ```
 */
export function expandRecurrence(first: Interval, rule: Recurrence, options: ExpandOptions): Expansion {
  const start = DateTime.fromJSDate(first.start, { zone: schoolZone(options.timeZone) });
  const length = first.end.getTime() - first.start.getTime();
  const count = Math.min(Math.max(rule.count, 1), maxOccurrences);
  const at = (day: DateTime): Occurrence => {
    const s = day.set({ hour: start.hour, minute: start.minute, second: 0, millisecond: 0 });
    return { date: s.toISODate()!, start: s.toJSDate(), end: new Date(s.toMillis() + length) };
  };
  const occurrences: Occurrence[] = [];
  const skipped: Expansion["skipped"] = [];
  if (rule.unit === "week") {
    const firstKind = options.dayKind(start.toISODate()!);
    for (let k = 0; k < count; k++) {
      const day = start.plus({ weeks: k * rule.interval });
      const date = day.toISODate()!;
      const kind = options.dayKind(date);
      const closed = kind === "holiday" || (firstKind === "working" && kind !== "working");
      if (closed) skipped.push({ date, kind });
      else occurrences.push(at(day));
    }
    return { occurrences, skipped };
  }
  for (let k = 0; occurrences.length < count && k < count * 3 + 30; k += rule.interval) {
    const day = start.plus({ days: k });
    const date = day.toISODate()!;
    const kind = options.dayKind(date);
    if (kind === "working") occurrences.push(at(day));
    else if (kind === "holiday") skipped.push({ date, kind });
  }
  return { occurrences, skipped };
}
