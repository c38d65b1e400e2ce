import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  type CalendarOverride,
  formatSpan,
  SlaCalendar,
  type WorkingSpan,
} from "../../src/domain/sla-calendar.js";

const SCHOOL_ZONE = "Asia/Shanghai";

function wallTime(wall: string, zone: string): Date {
  const dt = DateTime.fromFormat(wall, "yyyy-MM-dd HH:mm", { zone });
  if (!dt.isValid) throw new Error(`bad wall time in test: ${wall}`);
  return dt.toJSDate();
}

/** A Date from Asia/Shanghai wall time, e.g. sh("2026-10-09 17:00"). */
function sh(wall: string): Date {
  return wallTime(wall, SCHOOL_ZONE);
}

/** Asia/Shanghai wall time of an instant, "yyyy-MM-dd HH:mm". */
function fmt(at: Date, zone = SCHOOL_ZONE): string {
  return DateTime.fromJSDate(at, { zone }).toFormat("yyyy-MM-dd HH:mm");
}

/** A year the chinese-days data will not reach for a long time: statutory holidays, Mon–Fri and overrides apply. */
const FAR_YEAR = 2099;

const directoryOverrides: CalendarOverride[] = [
  { date: "2026-12-07", to: "2026-12-08", working: false, reason: "校运会停课" },
  { date: "2026-12-12", working: true, reason: "补课日" },
  { date: "2099-03-02", to: "2099-03-03", working: false, reason: "校舍检修" },
  { date: "2099-03-07", working: true, reason: "补班" },
];

const cal = new SlaCalendar();
const office = new SlaCalendar({ overrides: directoryOverrides });
const shortDay = new SlaCalendar({ workStart: "09:00", workEnd: "17:00" });
const berlin = new SlaCalendar({ timeZone: "Europe/Berlin" });

const due = (c: SlaCalendar, from: string, span: WorkingSpan) => () => fmt(c.add(sh(from), span));
const starts = (c: SlaCalendar, at: string) => () => fmt(c.nextWorkingMinute(sh(at)));
const working = (c: SlaCalendar, date: string) => () => c.isWorkingDay(date);
const between = (from: string, to: string) => () => cal.workingMinutesBetween(sh(from), sh(to));
const resumed = (deadline: string, pausedAt: string, resumedAt: string) => () =>
  fmt(cal.resumeDeadline(sh(deadline), sh(pausedAt), sh(resumedAt)));

interface Case {
  name: string;
  actual: () => unknown;
  expected: unknown;
}

const nationalDay2026: Case[] = [1, 2, 3, 4, 5, 6, 7].map((day) => ({
  name: `National Day holiday 2026-10-0${day} is not a working day`,
  actual: working(cal, `2026-10-0${day}`),
  expected: false,
}));

const cases: Case[] = [
  // Which days count
  {
    name: "make-up Saturday before Spring Festival (2026-02-14) is a working day",
    actual: working(cal, "2026-02-14"),
    expected: true,
  },
  {
    name: "make-up Saturday after Spring Festival (2026-02-28) is a working day",
    actual: working(cal, "2026-02-28"),
    expected: true,
  },
  {
    name: "Labour Day make-up Saturday (2026-05-09) is a working day",
    actual: working(cal, "2026-05-09"),
    expected: true,
  },
  {
    name: "National Day make-up Sunday (2026-09-20) is a working day",
    actual: working(cal, "2026-09-20"),
    expected: true,
  },
  {
    name: "National Day make-up Saturday (2026-10-10) is a working day",
    actual: working(cal, "2026-10-10"),
    expected: true,
  },
  {
    name: "New Year make-up Sunday (2026-01-04) is a working day",
    actual: working(cal, "2026-01-04"),
    expected: true,
  },
  ...nationalDay2026,
  {
    name: "Thursday 2026-10-08 after National Day is a working day",
    actual: working(cal, "2026-10-08"),
    expected: true,
  },
  {
    name: "Spring Festival Monday (2026-02-16) is not a working day",
    actual: working(cal, "2026-02-16"),
    expected: false,
  },
  {
    name: "ordinary Saturday (2026-11-28) is not a working day",
    actual: working(cal, "2026-11-28"),
    expected: false,
  },
  {
    name: "ordinary Sunday (2026-11-29) is not a working day",
    actual: working(cal, "2026-11-29"),
    expected: false,
  },
  {
    name: "ordinary Wednesday (2026-11-25) is a working day",
    actual: working(cal, "2026-11-25"),
    expected: true,
  },

  // When the clock starts
  {
    name: "request at 07:45 on a weekday starts at 08:30 that day",
    actual: starts(cal, "2026-11-24 07:45"),
    expected: "2026-11-24 08:30",
  },
  {
    name: "request exactly at 08:30 starts immediately",
    actual: starts(cal, "2026-11-24 08:30"),
    expected: "2026-11-24 08:30",
  },
  {
    name: "request at 17:29 is still within working hours",
    actual: starts(cal, "2026-11-24 17:29"),
    expected: "2026-11-24 17:29",
  },
  {
    name: "request exactly at 17:30 starts next morning",
    actual: starts(cal, "2026-11-24 17:30"),
    expected: "2026-11-25 08:30",
  },
  {
    name: "request at 18:10 on Tuesday starts Wednesday 08:30",
    actual: starts(cal, "2026-11-24 18:10"),
    expected: "2026-11-25 08:30",
  },
  {
    name: "request on Saturday noon starts Monday 08:30",
    actual: starts(cal, "2026-11-28 12:00"),
    expected: "2026-11-30 08:30",
  },
  {
    name: "request at 23:00 on National Day eve starts 2026-10-08 08:30",
    actual: starts(cal, "2026-09-30 23:00"),
    expected: "2026-10-08 08:30",
  },
  {
    name: "request Friday evening before a make-up Saturday starts Saturday 08:30",
    actual: starts(cal, "2026-10-09 18:00"),
    expected: "2026-10-10 08:30",
  },

  // Deadlines
  {
    name: "repair reported Friday 17:00 with 2 h to respond is due Monday 10:00",
    actual: due(cal, "2026-11-27 17:00", { hours: 2 }),
    expected: "2026-11-30 10:00",
  },
  {
    name: "repair reported Friday 17:00 before a make-up Saturday is due Saturday 10:00",
    actual: due(cal, "2026-10-09 17:00", { hours: 2 }),
    expected: "2026-10-10 10:00",
  },
  {
    name: "request at 23:00 on National Day eve with 2 h is due 2026-10-08 10:30",
    actual: due(cal, "2026-09-30 23:00", { hours: 2 }),
    expected: "2026-10-08 10:30",
  },
  {
    name: "2 h from Friday 15:30 ends at 17:30 the same day, not Monday morning",
    actual: due(cal, "2026-11-27 15:30", { hours: 2 }),
    expected: "2026-11-27 17:30",
  },
  {
    name: "30 min from 17:15 is next morning 08:45",
    actual: due(cal, "2026-11-24 17:15", { minutes: 30 }),
    expected: "2026-11-25 08:45",
  },
  {
    name: "0 min from Sunday evening is Monday 08:30",
    actual: due(cal, "2026-11-29 20:00", { minutes: 0 }),
    expected: "2026-11-30 08:30",
  },
  {
    name: "1 working day from Monday 10:00 is Tuesday 10:00",
    actual: due(cal, "2026-11-23 10:00", { days: 1 }),
    expected: "2026-11-24 10:00",
  },
  {
    name: "5 working days from Tuesday before National Day land on Monday 2026-10-12",
    actual: due(cal, "2026-09-29 10:00", { days: 5 }),
    expected: "2026-10-12 10:00",
  },
  {
    name: "24 working hours from Thursday 14:00 span the weekend to Tuesday 11:00",
    actual: due(cal, "2026-11-26 14:00", { hours: 24 }),
    expected: "2026-12-01 11:00",
  },
  {
    name: "1 working day from the Friday before Spring Festival is the make-up Saturday",
    actual: due(cal, "2026-02-13 10:00", { days: 1 }),
    expected: "2026-02-14 10:00",
  },
  {
    name: "2 working days from the Friday before Spring Festival skip the whole holiday",
    actual: due(cal, "2026-02-13 10:00", { days: 2 }),
    expected: "2026-02-24 10:00",
  },

  // Working minutes elapsed
  {
    name: "09:00 to 11:15 on a weekday is 135 working minutes",
    actual: between("2026-11-24 09:00", "2026-11-24 11:15"),
    expected: 135,
  },
  {
    name: "Monday 16:30 to Tuesday 09:30 across the night is 120 minutes",
    actual: between("2026-11-23 16:30", "2026-11-24 09:30"),
    expected: 120,
  },
  {
    name: "Friday 17:00 to Monday 09:00 across the weekend is 60 minutes",
    actual: between("2026-11-27 17:00", "2026-11-30 09:00"),
    expected: 60,
  },
  {
    name: "Sept 30 16:30 to Oct 8 09:30 across National Day is 120 minutes",
    actual: between("2026-09-30 16:30", "2026-10-08 09:30"),
    expected: 120,
  },
  {
    name: "a whole ordinary week is 5 × 540 minutes",
    actual: between("2026-11-23 00:00", "2026-11-30 00:00"),
    expected: 2700,
  },
  {
    name: "a weekend has no working minutes",
    actual: between("2026-11-28 00:00", "2026-11-29 23:59"),
    expected: 0,
  },
  {
    name: "an end before the start gives 0",
    actual: between("2026-11-24 12:00", "2026-11-24 10:00"),
    expected: 0,
  },

  // Pausing while waiting on the requester
  {
    name: "pause of 3 working hours on Monday moves Tuesday 15:00 to Wednesday 09:00",
    actual: resumed("2026-11-24 15:00", "2026-11-23 10:00", "2026-11-23 13:00"),
    expected: "2026-11-25 09:00",
  },
  {
    name: "pause over a night (16:30 → 10:30 next day) moves the deadline by 3 h",
    actual: resumed("2026-11-25 12:00", "2026-11-23 16:30", "2026-11-24 10:30"),
    expected: "2026-11-25 15:00",
  },
  {
    name: "pause over a weekend (Fri 16:00 → Mon 10:00) moves the deadline by 3 h",
    actual: resumed("2026-12-01 11:00", "2026-11-27 16:00", "2026-11-30 10:00"),
    expected: "2026-12-01 14:00",
  },
  {
    name: "ticket already overdue when paused is due as soon as it resumes",
    actual: resumed("2026-11-23 10:00", "2026-11-23 11:00", "2026-11-23 14:00"),
    expected: "2026-11-23 14:00",
  },
  {
    name: "ticket resumed in the evening keeps its remaining 2 h for next morning",
    actual: resumed("2026-11-23 12:00", "2026-11-23 10:00", "2026-11-23 20:00"),
    expected: "2026-11-24 10:30",
  },

  // Beyond the holiday data
  {
    name: `${FAR_YEAR}-01-02 (Friday) beyond the data is an ordinary working day`,
    actual: working(cal, "2099-01-02"),
    expected: true,
  },
  {
    name: `${FAR_YEAR}-01-01 (Thursday, 元旦) beyond the data is a statutory day off`,
    actual: working(cal, "2099-01-01"),
    expected: false,
  },
  {
    name: `a Saturday in ${FAR_YEAR} beyond the data is not a working day`,
    actual: working(cal, "2099-01-03"),
    expected: false,
  },
  {
    name: `directory closure in ${FAR_YEAR} is honoured beyond the data`,
    actual: working(office, "2099-03-02"),
    expected: false,
  },
  {
    name: `directory make-up Saturday in ${FAR_YEAR} is honoured beyond the data`,
    actual: working(office, "2099-03-07"),
    expected: true,
  },
  {
    name: `Friday 17:00 + 2 h before a ${FAR_YEAR} closure skips to Wednesday`,
    actual: due(office, "2099-02-27 17:00", { hours: 2 }),
    expected: "2099-03-04 10:00",
  },
  {
    name: `Friday 17:00 + 2 h before a ${FAR_YEAR} make-up Saturday is due Saturday`,
    actual: due(office, "2099-03-06 17:00", { hours: 2 }),
    expected: "2099-03-07 10:00",
  },

  // Directory overrides
  {
    name: "school closure Monday (range start) is not a working day",
    actual: working(office, "2026-12-07"),
    expected: false,
  },
  {
    name: "school closure Tuesday (range end) is not a working day",
    actual: working(office, "2026-12-08"),
    expected: false,
  },
  {
    name: "day after the school closure is a working day again",
    actual: working(office, "2026-12-09"),
    expected: true,
  },
  {
    name: "directory make-up Saturday is a working day",
    actual: working(office, "2026-12-12"),
    expected: true,
  },
  {
    name: "repair Friday 17:00 + 2 h before a Mon–Tue closure is due Wednesday 10:00",
    actual: due(office, "2026-12-04 17:00", { hours: 2 }),
    expected: "2026-12-09 10:00",
  },

  // Custom working hours and zones
  {
    name: "09:00–17:00 office: request at 08:45 starts at 09:00",
    actual: starts(shortDay, "2026-11-24 08:45"),
    expected: "2026-11-24 09:00",
  },
  {
    name: "09:00–17:00 office: 1 working day from Monday 09:00 ends Monday 17:00",
    actual: due(shortDay, "2026-11-23 09:00", { days: 1 }),
    expected: "2026-11-23 17:00",
  },
  {
    name: "09:00–17:00 office: 17:00 is already after hours",
    actual: () => shortDay.isWorkingTime(sh("2026-11-24 17:00")),
    expected: false,
  },
  {
    name: "Berlin office: 07:00 local on a winter Monday starts at 08:30 CET",
    actual: () => berlin.nextWorkingMinute(wallTime("2026-11-30 07:00", "Europe/Berlin")).toISOString(),
    expected: "2026-11-30T07:30:00.000Z",
  },
  {
    name: "Berlin office: Friday 17:00 CET + 1 h across the DST switch is Monday 09:00 CEST",
    actual: () => berlin.add(wallTime("2026-03-27 17:00", "Europe/Berlin"), { hours: 1 }).toISOString(),
    expected: "2026-03-30T07:00:00.000Z",
  },
  {
    name: "Berlin office: 23:30 UTC on Oct 9 is already Oct 10 locally",
    actual: () => berlin.localDate(new Date("2026-10-09T23:30:00Z")),
    expected: "2026-10-10",
  },
];

describe("SlaCalendar", () => {
  it("has at least 35 calendar cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(35);
  });

  it.each(cases)("$name", ({ actual, expected }) => {
    expect(actual()).toEqual(expected);
  });

  it("exposes defaults and the covered years of the holiday data", () => {
    expect(cal.timeZone).toBe("Asia/Shanghai");
    expect(cal.minutesPerDay).toBe(540);
    expect(shortDay.minutesPerDay).toBe(480);
    expect(cal.coveredYears.from).toBeLessThanOrEqual(2026);
    expect(cal.coveredYears.to).toBeGreaterThanOrEqual(2026);
    expect(cal.coveredYears.to).toBeLessThan(FAR_YEAR);
  });

  it("explains why a day is or isn't working", () => {
    expect(cal.dayInfo("2026-10-01")).toEqual({
      working: false,
      reason: "holiday",
      name: "国庆节",
      nameEn: "National Day",
      source: "holiday-data",
    });
    expect(cal.dayInfo("2026-10-10")).toEqual({
      working: true,
      reason: "makeup-workday",
      name: "国庆节",
      nameEn: "National Day",
      source: "holiday-data",
    });
    expect(cal.dayInfo("2026-11-28")).toEqual({ working: false, reason: "weekend" });
    expect(cal.dayInfo("2026-11-25")).toEqual({ working: true, reason: "weekday" });
    expect(cal.dayInfo("2099-01-01")).toEqual({
      working: false,
      reason: "holiday",
      name: "元旦",
      nameEn: "New Year's Day",
      source: "statutory",
      provisional: true,
    });
    expect(cal.dayInfo("2099-01-02")).toEqual({ working: true, reason: "weekday", provisional: true });
    expect(cal.dayInfo("2099-01-03")).toEqual({ working: false, reason: "weekend", provisional: true });
    expect(office.dayInfo("2026-12-07")).toEqual({
      working: false,
      reason: "override",
      name: "校运会停课",
      source: "directory",
    });
  });

  it("lets a directory override win over national holiday data", () => {
    const duty = new SlaCalendar({ overrides: [{ date: "2026-10-02", working: true }] });
    expect(duty.dayInfo("2026-10-02")).toEqual({ working: true, reason: "override", source: "directory" });
    expect(fmt(duty.nextWorkingMinute(sh("2026-09-30 23:00")))).toBe("2026-10-02 08:30");
  });

  it("reports an uncovered year once per calendar, however many dates are evaluated", () => {
    const years: number[] = [];
    const c = new SlaCalendar({ onUncoveredYear: (y) => years.push(y), overrides: directoryOverrides });
    c.isWorkingDay("2026-11-25");
    expect(years).toEqual([]);
    for (let d = Date.UTC(2099, 0, 1); d < Date.UTC(2100, 0, 1); d += 86_400_000) {
      c.dayInfo(new Date(d).toISOString().slice(0, 10));
    }
    c.add(sh("2099-06-01 09:00"), { days: 20 });
    c.workingMinutesBetween(sh("2099-01-01 00:00"), sh("2099-12-31 00:00"));
    expect(c.isWorkingDay("2099-03-07")).toBe(true);
    expect(years).toEqual([FAR_YEAR]);

    const other: number[] = [];
    new SlaCalendar({ onUncoveredYear: (y) => other.push(y) }).isWorkingDay("2099-05-05");
    expect(other).toEqual([FAR_YEAR]);
  });

  it("keeps add and workingMinutesBetween consistent", () => {
    let seed = 42;
    const rand = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const base = sh("2026-01-01 00:00").getTime();
    for (let i = 0; i < 300; i++) {
      const from = new Date(base + Math.floor(rand() * 360 * 24 * 60) * 60_000);
      const minutes = Math.floor(rand() * 5 * 540);
      const to = cal.addWorkingMinutes(from, minutes);
      const start = cal.nextWorkingMinute(from);
      expect(cal.workingMinutesBetween(from, to)).toBe(minutes);
      expect(cal.workingMinutesBetween(start, to)).toBe(minutes);
      expect(to.getTime()).toBeGreaterThanOrEqual(start.getTime());
    }
  });

  it("finds the next working day and the start of a working day", () => {
    expect(cal.nextWorkingDay("2026-09-30")).toBe("2026-10-08");
    expect(cal.nextWorkingDay("2026-10-09")).toBe("2026-10-10");
    expect(cal.nextWorkingDay("2026-11-27")).toBe("2026-11-30");
    expect(cal.startOfWorkingDay("2026-11-24").toISOString()).toBe("2026-11-24T00:30:00.000Z");
    expect(cal.localDate(new Date("2026-09-30T16:30:00Z"))).toBe("2026-10-01");
    expect(cal.isWorkingTime(sh("2026-10-10 09:00"))).toBe(true);
    expect(cal.isWorkingTime(sh("2026-10-03 09:00"))).toBe(false);
  });

  it("gives up instead of looping forever when no working day exists", () => {
    // The longest closure an override may describe: 3660 days.
    const closed = new SlaCalendar({ overrides: [{ date: "2030-01-01", to: "2040-01-08", working: false }] });
    expect(() => closed.nextWorkingDay("2029-12-31")).toThrow(/no working day within 3660 days/);
    expect(() => closed.add(sh("2029-12-31 18:00"), { hours: 1 })).toThrow(/no working day/);
    expect(closed.nextWorkingDay("2030-01-01")).toBe("2040-01-09");
    expect(
      () => new SlaCalendar({ overrides: [{ date: "2030-01-01", to: "2040-01-09", working: false }] }),
    ).toThrow(/spans more than 3660 days/);
  });

  it.each([
    [{ workStart: "8:30" }, /workStart must be "HH:MM"/],
    [{ workEnd: "25:00" }, /workEnd must be "HH:MM"/],
    [{ workStart: "17:30", workEnd: "08:30" }, /workEnd \(08:30\) must be later than workStart \(17:30\)/],
    [{ workStart: "09:00", workEnd: "09:00" }, /must be later than workStart/],
    [{ timeZone: "Mars/Olympus_Mons" }, /unknown time zone "Mars\/Olympus_Mons"/],
    [
      { overrides: [{ date: "2026-02-30", working: false }] },
      /overrides\[0\]\.date must be a real "YYYY-MM-DD" date/,
    ],
    [
      { overrides: [{ date: "2026-12-08", to: "2026-12-07", working: false }] },
      /overrides\[0\] ends \(2026-12-07\) before it starts/,
    ],
  ])("rejects invalid options %j", (options, message) => {
    expect(() => new SlaCalendar(options)).toThrow(message);
  });

  it("rejects invalid arguments", () => {
    expect(() => cal.isWorkingDay("2026/10/01")).toThrow(/expected a "YYYY-MM-DD" date/);
    expect(() => cal.addWorkingMinutes(sh("2026-11-24 09:00"), -5)).toThrow(
      /minutes must be a finite number >= 0/,
    );
    expect(() => cal.add(sh("2026-11-24 09:00"), { hours: Number.NaN })).toThrow(
      /span must be a finite number/,
    );
    expect(() => cal.nextWorkingMinute(new Date("nope"))).toThrow(/not a valid Date/);
  });
});

describe("formatSpan", () => {
  it.each<[WorkingSpan, string, string]>([
    [{ hours: 2 }, "2 个工作小时", "2 working hours"],
    [{ days: 5 }, "5 个工作日", "5 working days"],
    [{ minutes: 30 }, "30 个工作分钟", "30 working minutes"],
    [{ days: 1 }, "1 个工作日", "1 working day"],
    [{ hours: 1 }, "1 个工作小时", "1 working hour"],
  ])("formats %j", (span, zh, en) => {
    expect(formatSpan(span, "zh")).toBe(zh);
    expect(formatSpan(span, "en")).toBe(en);
  });
});

describe("SlaCalendar past the holiday data (2027)", () => {
  const plain = new SlaCalendar();

  it("has no chinese-days data for 2027, so 2027 is provisional and 2026 is not", () => {
    expect(plain.yearSource(2026)).toBe("holiday-data");
    expect(plain.yearSource(2027)).toBe("statutory");
    expect(plain.isProvisional(sh("2026-12-31 16:30"))).toBe(false);
    expect(plain.isProvisional(sh("2027-01-04 09:30"))).toBe(true);
  });

  it("a repair reported 2026-12-31 16:30 is not due on New Year's Day 2027", () => {
    // Thursday 16:30–17:30 gives 60 minutes; 1 January (元旦) and the weekend are off; Monday 4 January goes on.
    expect(fmt(plain.add(sh("2026-12-31 16:30"), { hours: 2 }))).toBe("2027-01-04 09:30");
    expect(fmt(plain.add(sh("2026-12-31 16:30"), { days: 1 }))).toBe("2027-01-04 16:30");
    expect(fmt(plain.add(sh("2026-12-31 16:30"), { days: 3 }))).toBe("2027-01-06 16:30");
  });

  it("a repair reported 2027-02-04 17:00 is not due on 除夕 (2027-02-05)", () => {
    // Thursday 17:00–17:30 gives 30 minutes; Friday 除夕, the weekend (初一, 初二) and Monday 初三 are off.
    expect(plain.dayInfo("2027-02-05")).toMatchObject({ working: false, name: "春节", source: "statutory" });
    expect(plain.dayInfo("2027-02-08")).toMatchObject({ working: false, name: "春节", source: "statutory" });
    expect(fmt(plain.add(sh("2027-02-04 17:00"), { hours: 2 }))).toBe("2027-02-09 10:00");
    expect(fmt(plain.add(sh("2027-02-04 17:00"), { days: 1 }))).toBe("2027-02-09 17:00");
  });

  it("an official 2027 arrangement moves deadlines: longer 春节, a make-up Saturday becomes working", () => {
    const official = new SlaCalendar({
      arrangements: [
        {
          year: 2027,
          holidays: [
            { date: "2027-01-01", to: "2027-01-03", name: "元旦" },
            { date: "2027-02-05", to: "2027-02-12", name: "春节" },
          ],
          workdays: [{ date: "2027-02-20", name: "春节" }],
        },
      ],
    });
    expect(official.yearSource(2027)).toBe("official");
    expect(official.isProvisional(sh("2027-02-15 10:00"))).toBe(false);
    // Off until Friday 12 February: Thursday's 30 minutes, then Monday 15 February 08:30 + 90 minutes.
    expect(fmt(official.add(sh("2027-02-04 17:00"), { hours: 2 }))).toBe("2027-02-15 10:00");
    // Friday 19 February 17:00 + 2 h: 30 minutes on Friday, the rest on the make-up Saturday.
    expect(fmt(official.add(sh("2027-02-19 17:00"), { hours: 2 }))).toBe("2027-02-20 10:00");
    expect(official.dayInfo("2027-02-20")).toEqual({
      working: true,
      reason: "makeup-workday",
      name: "春节",
      source: "official",
    });
    // Without the arrangement that Saturday is off and the deadline is Monday.
    expect(fmt(plain.add(sh("2027-02-19 17:00"), { hours: 2 }))).toBe("2027-02-22 10:00");
    // A statutory day the arrangement does not list is an ordinary day again (here: none is missing).
    expect(official.dayInfo("2027-04-05")).toEqual({ working: true, reason: "weekday" });
  });

  it("lets the directory's own closure win over an official arrangement", () => {
    const c = new SlaCalendar({
      overrides: [{ date: "2027-02-20", working: false, reason: "校舍检修" }],
      arrangements: [{ year: 2027, holidays: [{ date: "2027-01-01" }], workdays: [{ date: "2027-02-20" }] }],
    });
    expect(c.dayInfo("2027-02-20")).toEqual({
      working: false,
      reason: "override",
      name: "校舍检修",
      source: "directory",
    });
  });

  it("refuses an arrangement with a date far from its year or a repeated year", () => {
    expect(
      () =>
        new SlaCalendar({ arrangements: [{ year: 2027, holidays: [{ date: "2029-01-01" }], workdays: [] }] }),
    ).toThrow(/near 2027/);
    const a = { year: 2027, holidays: [{ date: "2027-01-01" }], workdays: [] };
    expect(() => new SlaCalendar({ arrangements: [a, a] })).toThrow(/repeats the year 2027/);
  });
});
