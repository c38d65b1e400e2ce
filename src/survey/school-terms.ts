import { DateTime } from "luxon";
import type { SlaCalendar } from "../domain/sla-calendar.js";
import { semesterOf as reportSemesterOf, type Semester } from "../understanding/parsers/report-period.js";

/** A span of the school year: its key and its instants [from, to) in the school's zone. */
export interface Term {
  key: string;
  from: Date;
  to: Date;
}

const startOf = (year: number, month: number, zone: string) =>
  DateTime.fromObject({ year, month, day: 1 }, { zone });

/**
 * The semester of a local date, as the KPIs see it (`semesterOf` of the report periods: the directory's
 * `semesters`, else autumn 09-01…01-31 and spring 02-01…08-31). Its key is the directory's name, else
 * "2026-autumn" / "2027-spring".
 */
export function semesterOf(localDate: string, timeZone: string, semesters: readonly Semester[] = []): Term {
  const semester = reportSemesterOf(localDate, semesters);
  const season = Number(semester.from.slice(5, 7)) >= 7 ? "autumn" : "spring";
  const from = DateTime.fromISO(semester.from, { zone: timeZone });
  const to = DateTime.fromISO(semester.to, { zone: timeZone }).plus({ days: 1 });
  return {
    key: semester.name ?? `${semester.from.slice(0, 4)}-${season}`,
    from: from.toJSDate(),
    to: to.toJSDate(),
  };
}

/** The calendar quarter of a local date, "2026-Q4". */
export function quarterOf(localDate: string, timeZone: string): Term {
  const year = Number(localDate.slice(0, 4));
  const quarter = Math.floor((Number(localDate.slice(5, 7)) - 1) / 3) + 1;
  const from = startOf(year, quarter * 3 - 2, timeZone);
  return { key: `${year}-Q${quarter}`, from: from.toJSDate(), to: from.plus({ months: 3 }).toJSDate() };
}

/** The quarter before a quarter. */
export function previousQuarter(quarter: Term, timeZone: string): Term {
  const day = DateTime.fromJSDate(quarter.from, { zone: timeZone }).minus({ days: 1 }).toISODate()!;
  return quarterOf(day, timeZone);
}

/** The last working day of a quarter ("YYYY-MM-DD"), by the SLA calendar. */
export function lastWorkingDayOf(calendar: SlaCalendar, quarter: Term): string {
  let day = DateTime.fromJSDate(quarter.to, { zone: calendar.timeZone }).minus({ days: 1 });
  while (!calendar.isWorkingDay(day.toISODate()!)) day = day.minus({ days: 1 });
  return day.toISODate()!;
}
