import { DateTime } from "luxon";
import type { SlaCalendar } from "../domain/sla-calendar.js";

/** A span of the school year: its key and its instants [from, to) in the school's zone. */
export interface Term {
  key: string;
  from: Date;
  to: Date;
}

const startOf = (year: number, month: number, zone: string) =>
  DateTime.fromObject({ year, month, day: 1 }, { zone });

/**
 * The semester of a local date: spring is February to July ("2027-spring"), autumn August to January
 * ("2026-autumn", which ends in January of the next year).
 */
export function semesterOf(localDate: string, timeZone: string): Term {
  const year = Number(localDate.slice(0, 4));
  const month = Number(localDate.slice(5, 7));
  if (month >= 2 && month <= 7) {
    const from = startOf(year, 2, timeZone);
    return { key: `${year}-spring`, from: from.toJSDate(), to: from.plus({ months: 6 }).toJSDate() };
  }
  const autumnYear = month === 1 ? year - 1 : year;
  const from = startOf(autumnYear, 8, timeZone);
  return { key: `${autumnYear}-autumn`, from: from.toJSDate(), to: from.plus({ months: 6 }).toJSDate() };
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
