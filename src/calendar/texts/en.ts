import type { CalendarTexts } from "./zh.js";

export const en: CalendarTexts = {
  source: {
    "holiday-data": "holiday data",
    official: "official arrangement",
    statutory: "statutory (computed)",
    directory: "school calendar",
  },
  yearNote: {
    "holiday-data": "Holidays and make-up days come from the chinese-days holiday data.",
    official: "Holidays and make-up days come from the official arrangement loaded by the office.",
    statutory:
      "No official arrangement loaded yet: only the statutory holidays are computed; this may change once the make-up days are published.",
  },
  yearTitle: (year) => `Working-day calendar ${year}`,
  monthTitle: (year, month) => `Working-day calendar ${year}-${String(month).padStart(2, "0")}`,
  monthCount: (month, working) =>
    `${["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][month - 1]} ${working}`,
  workingDaysLine: (counts, total) => `Working days: ${counts} (${total} in the year)`,
  specialTitle: "Holidays, make-up days and school days:",
  noSpecial: "(no holidays or make-up days recorded for this year)",
  day: (date, weekday) => `${date} ${weekday}`,
  dateOf: (month, day) => `${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
  weekdays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
  working: "working",
  off: "off",
  weekend: "weekend",
  makeup: "make-up working day",
  line: (day, status, name, source) =>
    `${day} ${status}${name ? ` ${name}` : ""}${source ? ` | ${source}` : ""}`,
  usage: 'Please give a year or a month, e.g. "calendar 2027" or "calendar 2027-02".',
  outOfRange: (from, to) => `The calendar covers the years ${from} to ${to}.`,
};
