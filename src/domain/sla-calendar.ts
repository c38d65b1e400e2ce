import { createRequire } from "node:module";
import { DateTime, IANAZone } from "luxon";
import { localEpochDay, schoolZone } from "./school-zone.js";
import { statutoryHolidays } from "./statutory-holidays.js";

/** An SLA duration measured in working time. `{ days: 1 }` means `minutesPerDay` working minutes. */
export type WorkingSpan = { minutes: number } | { hours: number } | { days: number };

/**
 * A local exception from the office directory. Wins over the national holiday data.
 *
 * ```ts
 * { date: "2026-12-07", to: "2026-12-08", working: false, reason: "校运会" }
 * ```
 */
export interface CalendarOverride {
  /** "YYYY-MM-DD" in the school's zone. */
  date: string;
  /** Inclusive end of a range, "YYYY-MM-DD". */
  to?: string;
  working: boolean;
  reason?: string;
}

/**
 * A year's official holiday arrangement (国务院办公厅 部分节假日安排的通知): the days off and the make-up
 * working days (调休上班). Its dates win over the holiday data and the statutory computation.
 *
 * ```ts
 * { year: 2027, holidays: [{ date: "2027-02-05", to: "2027-02-12", name: "春节" }],
 *   workdays: [{ date: "2027-02-20", name: "春节" }] }
 * ```
 */
export interface HolidayArrangement {
  year: number;
  holidays: ReadonlyArray<{ date: string; to?: string | undefined; name?: string | undefined }>;
  workdays: ReadonlyArray<{ date: string; name?: string | undefined }>;
  /** Where it comes from, e.g. the notice's title or the file it was loaded from. */
  source?: string | undefined;
}

/**
 * Where a year's holidays come from: the `chinese-days` data, an official arrangement loaded by the office,
 * or the statutory days computed from the law (provisional: the 调休 are not known yet).
 */
export type YearSource = "holiday-data" | "official" | "statutory";

/** Where a non-ordinary day's status comes from; `directory` is the directory's own `calendar`. */
export type DaySource = YearSource | "directory";

export interface SlaCalendarOptions {
  /** IANA name, default "Asia/Shanghai". */
  timeZone?: string;
  /** "HH:MM", default "08:30". */
  workStart?: string;
  /** "HH:MM", default "17:30". */
  workEnd?: string;
  /** Local exceptions; later entries win over earlier ones for the same date. */
  overrides?: CalendarOverride[];
  /** Official arrangements, one per year; a year listed here is no longer provisional. */
  arrangements?: readonly HolidayArrangement[];
  /**
   * Called once per year (per calendar) the first time a date is evaluated in a year that neither the holiday
   * data nor an arrangement covers (its holidays are then the statutory ones, computed).
   */
  onUncoveredYear?: (year: number) => void;
}

export type DayReason = "weekday" | "weekend" | "holiday" | "makeup-workday" | "override";

export interface DayInfo {
  working: boolean;
  reason: DayReason;
  /** Holiday name in Chinese (e.g. "国庆节") or the override's reason. */
  name?: string;
  /** Holiday name in English, from the holiday data. */
  nameEn?: string;
  /** Where a holiday, make-up day or override comes from; absent on ordinary weekdays and weekends. */
  source?: DaySource;
  /** The day's year has only the computed statutory holidays: its 调休 may still change it. */
  provisional?: true;
}

interface HolidayName {
  zh: string;
  en: string;
}

interface Window {
  start: number;
  end: number;
}

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const MAX_SEARCH_DAYS = 3660;
const WINDOW_CACHE_LIMIT = 4096;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

function parseIsoDate(value: string): number | undefined {
  const m = ISO_DATE.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    return undefined;
  }
  return d.getTime() / MS_PER_DAY;
}

function formatEpochDay(epochDay: number): string {
  return new Date(epochDay * MS_PER_DAY).toISOString().slice(0, 10);
}

function yearOf(epochDay: number): number {
  return new Date(epochDay * MS_PER_DAY).getUTCFullYear();
}

function isWeekend(epochDay: number): boolean {
  const dow = (((epochDay + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
  return dow === 0 || dow === 6;
}

function loadHolidayData(): {
  holidays: Map<number, HolidayName>;
  makeupDays: Map<number, HolidayName>;
  covered: { from: number; to: number };
} {
  const raw: unknown = createRequire(import.meta.url)("chinese-days/dist/chinese-days.json");
  const section = (key: string): Map<number, HolidayName> => {
    const obj = (raw as Record<string, unknown> | null)?.[key];
    if (typeof obj !== "object" || obj === null) {
      throw new Error(`sla-calendar: chinese-days data has no "${key}" map`);
    }
    const map = new Map<number, HolidayName>();
    for (const [date, value] of Object.entries(obj)) {
      const epochDay = parseIsoDate(date);
      if (epochDay === undefined || typeof value !== "string") continue;
      const [en = "", zh = ""] = value.split(",");
      map.set(epochDay, { zh: zh || en, en });
    }
    return map;
  };
  const holidays = section("holidays");
  const makeupDays = section("workdays");

  // A year counts as covered only if it has a real schedule, not just a stray cross-year entry.
  const perYear = new Map<number, number>();
  for (const epochDay of holidays.keys()) {
    const year = yearOf(epochDay);
    perYear.set(year, (perYear.get(year) ?? 0) + 1);
  }
  const years = [...perYear].filter(([, count]) => count >= 5).map(([year]) => year);
  if (years.length === 0) throw new Error("sla-calendar: chinese-days data contains no holidays");
  return { holidays, makeupDays, covered: { from: Math.min(...years), to: Math.max(...years) } };
}

const DATA = loadHolidayData();

function parseClock(value: string, label: string): number {
  const m = CLOCK.exec(value);
  if (!m) throw new Error(`SlaCalendar: ${label} must be "HH:MM" (24-hour clock), got "${value}"`);
  return Number(m[1]) * 60 + Number(m[2]);
}

function toMillis(at: Date, label: string): number {
  const ms = at instanceof Date ? at.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new TypeError(`SlaCalendar: ${label} is not a valid Date`);
  return ms;
}

function checkAmount(value: number, label: string): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`SlaCalendar: ${label} must be a finite number >= 0, got ${value}`);
  }
}

/**
 * Working-time calendar for SLA clocks: working hours on working days, Chinese public holidays and make-up
 * working days (调休) from `chinese-days`, official arrangements the office loads for later years, the
 * statutory holidays computed from the law for a year that has neither (provisional), plus local overrides.
 *
 * ```ts
 * const cal = new SlaCalendar({ overrides: [{ date: "2026-12-07", working: false, reason: "校运会" }] });
 * const due = cal.add(receivedAt, { hours: 2 });
 * ```
 */
export class SlaCalendar {
  readonly timeZone: string;
  readonly workStart: string;
  readonly workEnd: string;
  /** Nominal working minutes in a working day (540 for 08:30–17:30). */
  readonly minutesPerDay: number;
  /** Years present in the `chinese-days` data. */
  readonly coveredYears: { readonly from: number; readonly to: number };

  readonly #startMinute: number;
  readonly #endMinute: number;
  readonly #overrides = new Map<number, { working: boolean; reason?: string }>();
  readonly #onUncoveredYear: ((year: number) => void) | undefined;
  readonly #notifiedYears = new Set<number>();
  readonly #windows = new Map<number, Window | null>();
  readonly #officialYears = new Set<number>();
  readonly #officialDays = new Map<number, { working: boolean; name?: string }>();
  readonly #statutoryYears = new Map<number, Map<number, HolidayName>>();

  constructor(options: SlaCalendarOptions = {}) {
    const timeZone = options.timeZone ?? "Asia/Shanghai";
    if (typeof timeZone !== "string" || !IANAZone.isValidZone(timeZone)) {
      throw new Error(
        `SlaCalendar: unknown time zone "${timeZone}" (expected an IANA name like "Asia/Shanghai")`,
      );
    }
    this.timeZone = timeZone;
    this.workStart = options.workStart ?? "08:30";
    this.workEnd = options.workEnd ?? "17:30";
    this.#startMinute = parseClock(this.workStart, "workStart");
    this.#endMinute = parseClock(this.workEnd, "workEnd");
    if (this.#endMinute <= this.#startMinute) {
      throw new Error(
        `SlaCalendar: workEnd (${this.workEnd}) must be later than workStart (${this.workStart})`,
      );
    }
    this.minutesPerDay = this.#endMinute - this.#startMinute;
    this.coveredYears = Object.freeze({ ...DATA.covered });
    this.#onUncoveredYear = options.onUncoveredYear;

    for (const [i, o] of (options.overrides ?? []).entries()) {
      const from = parseIsoDate(o.date);
      if (from === undefined) {
        throw new Error(
          `SlaCalendar: overrides[${i}].date must be a real "YYYY-MM-DD" date, got "${o.date}"`,
        );
      }
      const to = o.to === undefined ? from : parseIsoDate(o.to);
      if (to === undefined) {
        throw new Error(`SlaCalendar: overrides[${i}].to must be a real "YYYY-MM-DD" date, got "${o.to}"`);
      }
      if (to < from) {
        throw new Error(`SlaCalendar: overrides[${i}] ends (${o.to}) before it starts (${o.date})`);
      }
      if (to - from >= MAX_SEARCH_DAYS) {
        throw new Error(`SlaCalendar: overrides[${i}] spans more than ${MAX_SEARCH_DAYS} days`);
      }
      if (typeof o.working !== "boolean") {
        throw new Error(`SlaCalendar: overrides[${i}].working must be a boolean`);
      }
      const entry =
        o.reason === undefined ? { working: o.working } : { working: o.working, reason: o.reason };
      for (let d = from; d <= to; d++) this.#overrides.set(d, entry);
    }
    for (const [i, a] of (options.arrangements ?? []).entries())
      this.#addArrangement(a, `arrangements[${i}]`);
  }

  #addArrangement(a: HolidayArrangement, label: string): void {
    if (!Number.isInteger(a.year)) throw new Error(`SlaCalendar: ${label}.year must be a whole year`);
    if (this.#officialYears.has(a.year)) throw new Error(`SlaCalendar: ${label} repeats the year ${a.year}`);
    this.#officialYears.add(a.year);
    const day = (value: string | undefined, where: string): number => {
      const epochDay = value === undefined ? undefined : parseIsoDate(value);
      // An arrangement may reach into the neighbouring years (元旦 from 31 December), never further.
      if (epochDay === undefined || Math.abs(yearOf(epochDay) - a.year) > 1) {
        throw new Error(`SlaCalendar: ${label}.${where} must be a real "YYYY-MM-DD" date near ${a.year}`);
      }
      return epochDay;
    };
    const named = (working: boolean, name: string | undefined) =>
      name === undefined ? { working } : { working, name };
    a.holidays.forEach((h, j) => {
      const from = day(h.date, `holidays[${j}].date`);
      const to = h.to === undefined ? from : day(h.to, `holidays[${j}].to`);
      if (to < from) throw new Error(`SlaCalendar: ${label}.holidays[${j}] ends before it starts`);
      for (let d = from; d <= to; d++) this.#officialDays.set(d, named(false, h.name));
    });
    a.workdays.forEach((w, j) => {
      this.#officialDays.set(day(w.date, `workdays[${j}].date`), named(true, w.name));
    });
  }

  /**
   * Where a year's holidays come from. A `statutory` year's deadlines are provisional.
   *
   * ```ts
   * cal.yearSource(2026); // "holiday-data"
   * cal.yearSource(2027); // "statutory" until the office loads the 2027 arrangement
   * ```
   */
  yearSource(year: number): YearSource {
    if (this.#officialYears.has(year)) return "official";
    if (year >= DATA.covered.from && year <= DATA.covered.to) return "holiday-data";
    return "statutory";
  }

  /** Whether the working calendar on the local day of `at` is computed from the law and may still change. */
  isProvisional(at: Date): boolean {
    return this.yearSource(yearOf(this.#localEpochDay(toMillis(at, "at")))) === "statutory";
  }

  /** Whether a local date ("YYYY-MM-DD") is a working day. */
  isWorkingDay(localDate: string): boolean {
    return this.#dayInfo(this.#parseDate(localDate)).working;
  }

  /**
   * Why a local date is or isn't a working day.
   *
   * ```ts
   * cal.dayInfo("2026-10-10"); // { working: true, reason: "makeup-workday", name: "国庆节", nameEn: "National Day" }
   * ```
   */
  dayInfo(localDate: string): DayInfo {
    return this.#dayInfo(this.#parseDate(localDate));
  }

  /** Whether `at` falls in [workStart, workEnd) on a working day. */
  isWorkingTime(at: Date): boolean {
    const t = toMillis(at, "at");
    const w = this.#window(this.#localEpochDay(t));
    return w !== null && t >= w.start && t < w.end;
  }

  /** The same instant if it is working time, otherwise the start of the next working period. */
  nextWorkingMinute(at: Date): Date {
    return new Date(this.#locate(toMillis(at, "at")).t);
  }

  /**
   * Adds working minutes. The clock starts at `nextWorkingMinute(from)`; a result landing exactly
   * on workEnd stays there.
   *
   * ```ts
   * cal.addWorkingMinutes(fri1700, 120); // next working day 10:00
   * ```
   */
  addWorkingMinutes(from: Date, minutes: number): Date {
    checkAmount(minutes, "minutes");
    let remaining = minutes * MS_PER_MINUTE;
    let { epochDay, t } = this.#locate(toMillis(from, "from"));
    for (;;) {
      const w = this.#window(epochDay)!;
      const available = w.end - t;
      if (remaining <= available) return new Date(t + remaining);
      remaining -= available;
      epochDay = this.#nextWorkingEpochDay(epochDay);
      t = this.#window(epochDay)!.start;
    }
  }

  /**
   * Adds a working span: an hour is 60 working minutes, a day is `minutesPerDay` working minutes.
   *
   * ```ts
   * cal.add(mon1000, { days: 1 }); // Tue 10:00
   * ```
   */
  add(from: Date, span: WorkingSpan): Date {
    return this.addWorkingMinutes(from, this.toWorkingMinutes(span));
  }

  /** The span in working minutes. */
  toWorkingMinutes(span: WorkingSpan): number {
    const minutes =
      "minutes" in span ? span.minutes : "hours" in span ? span.hours * 60 : span.days * this.minutesPerDay;
    checkAmount(minutes, "span");
    return minutes;
  }

  /** Working minutes in [from, to); 0 if `to <= from`. Fractional if the inputs aren't on whole minutes. */
  workingMinutesBetween(from: Date, to: Date): number {
    const a = toMillis(from, "from");
    const b = toMillis(to, "to");
    if (b <= a) return 0;
    let total = 0;
    const last = this.#localEpochDay(b);
    for (let d = this.#localEpochDay(a); d <= last; d++) {
      const w = this.#window(d);
      if (w === null) continue;
      const start = Math.max(a, w.start);
      const end = Math.min(b, w.end);
      if (end > start) total += end - start;
    }
    return total / MS_PER_MINUTE;
  }

  /**
   * New deadline after a pause (e.g. waiting on the requester): the working time that was left at
   * `pausedAt` (0 if already overdue) is added from `resumedAt`.
   */
  resumeDeadline(deadline: Date, pausedAt: Date, resumedAt: Date): Date {
    return this.addWorkingMinutes(resumedAt, this.workingMinutesBetween(pausedAt, deadline));
  }

  /** "YYYY-MM-DD" of an instant in the calendar's zone. */
  localDate(at: Date): string {
    return formatEpochDay(this.#localEpochDay(toMillis(at, "at")));
  }

  /** The first working day strictly after `localDate`. */
  nextWorkingDay(localDate: string): string {
    return formatEpochDay(this.#nextWorkingEpochDay(this.#parseDate(localDate)));
  }

  /** The instant of workStart on a local date (whether or not it is a working day). */
  startOfWorkingDay(localDate: string): Date {
    return new Date(this.#computeWindow(this.#parseDate(localDate)).start);
  }

  #parseDate(localDate: string): number {
    const epochDay = typeof localDate === "string" ? parseIsoDate(localDate) : undefined;
    if (epochDay === undefined)
      throw new Error(`SlaCalendar: expected a "YYYY-MM-DD" date, got "${localDate}"`);
    return epochDay;
  }

  #dayInfo(epochDay: number): DayInfo {
    const year = yearOf(epochDay);
    const source = this.yearSource(year);
    const provisional = source === "statutory" ? ({ provisional: true } as const) : {};
    if (source === "statutory" && !this.#notifiedYears.has(year)) {
      this.#notifiedYears.add(year);
      this.#onUncoveredYear?.(year);
    }
    const override = this.#overrides.get(epochDay);
    if (override) {
      const name = override.reason === undefined ? {} : { name: override.reason };
      return { working: override.working, reason: "override", ...name, source: "directory", ...provisional };
    }
    const official = this.#officialDays.get(epochDay);
    if (official) {
      const reason = official.working ? "makeup-workday" : "holiday";
      const name = official.name === undefined ? {} : { name: official.name };
      return { working: official.working, reason, ...name, source: "official" };
    }
    const weekend = isWeekend(epochDay);
    const ordinary: DayInfo = weekend
      ? { working: false, reason: "weekend" }
      : { working: true, reason: "weekday" };
    if (source === "statutory") {
      const holiday = this.#statutory(year).get(epochDay);
      if (!holiday) return { ...ordinary, ...provisional };
      const names = { name: holiday.zh, nameEn: holiday.en };
      return { working: false, reason: "holiday", ...names, source, ...provisional };
    }
    if (source === "official") return ordinary;
    const holiday = DATA.holidays.get(epochDay);
    if (holiday) return { working: false, reason: "holiday", name: holiday.zh, nameEn: holiday.en, source };
    const makeup = DATA.makeupDays.get(epochDay);
    if (makeup) {
      return { working: true, reason: "makeup-workday", name: makeup.zh, nameEn: makeup.en, source };
    }
    return ordinary;
  }

  #statutory(year: number): Map<number, HolidayName> {
    let days = this.#statutoryYears.get(year);
    if (!days) {
      days = new Map();
      for (const h of statutoryHolidays(year)) days.set(parseIsoDate(h.date)!, { zh: h.name, en: h.nameEn });
      this.#statutoryYears.set(year, days);
    }
    return days;
  }

  #window(epochDay: number): Window | null {
    const cached = this.#windows.get(epochDay);
    if (cached !== undefined) return cached;
    const w = this.#dayInfo(epochDay).working ? this.#computeWindow(epochDay) : null;
    if (this.#windows.size >= WINDOW_CACHE_LIMIT) this.#windows.clear();
    this.#windows.set(epochDay, w);
    return w;
  }

  #computeWindow(epochDay: number): Window {
    const d = new Date(epochDay * MS_PER_DAY);
    const day = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
    const zone = { zone: schoolZone(this.timeZone) };
    const start = DateTime.fromObject(
      { ...day, hour: Math.floor(this.#startMinute / 60), minute: this.#startMinute % 60 },
      zone,
    ).toMillis();
    const end = DateTime.fromObject(
      { ...day, hour: Math.floor(this.#endMinute / 60), minute: this.#endMinute % 60 },
      zone,
    ).toMillis();
    return { start, end: Math.max(start, end) };
  }

  #localEpochDay(t: number): number {
    return localEpochDay(this.timeZone, t);
  }

  #nextWorkingEpochDay(epochDay: number): number {
    for (let d = epochDay + 1; d <= epochDay + MAX_SEARCH_DAYS; d++) {
      if (this.#window(d) !== null) return d;
    }
    throw new Error(
      `SlaCalendar: no working day within ${MAX_SEARCH_DAYS} days after ${formatEpochDay(epochDay)}`,
    );
  }

  /** The next working instant at or after `t`, with its local date. */
  #locate(t: number): { epochDay: number; t: number } {
    const epochDay = this.#localEpochDay(t);
    const w = this.#window(epochDay);
    if (w !== null && t < w.end) return { epochDay, t: Math.max(t, w.start) };
    const next = this.#nextWorkingEpochDay(epochDay);
    return { epochDay: next, t: this.#window(next)!.start };
  }
}

const ZH_UNITS = { minute: "工作分钟", hour: "工作小时", day: "工作日" } as const;

/**
 * Human-readable span.
 *
 * ```ts
 * formatSpan({ hours: 2 }, "zh"); // "2 个工作小时"
 * formatSpan({ days: 1 }, "en"); // "1 working day"
 * ```
 */
export function formatSpan(span: WorkingSpan, locale: "zh" | "en"): string {
  const [value, unit] =
    "minutes" in span
      ? [span.minutes, "minute" as const]
      : "hours" in span
        ? [span.hours, "hour" as const]
        : [span.days, "day" as const];
  if (locale === "zh") return `${value} 个${ZH_UNITS[unit]}`;
  return `${value} working ${unit}${value === 1 ? "" : "s"}`;
}
