/** Local dates ("YYYY-MM-DD") and working days, for the reminders that hang on a booking's date (G3/G6). */
const shift = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The `n`th working day before a date: `workingDaysBefore("2026-11-30", 3, isWorkingDay)` is Wednesday
 * 2026-11-25 for a Monday meeting (G3: set up 3 days ahead).
 */
export function workingDaysBefore(date: string, n: number, isWorkingDay: (date: string) => boolean): string {
  let day = date;
  for (let found = 0, guard = 0; found < n && guard < 366; guard++) {
    day = shift(day, -1);
    if (isWorkingDay(day)) found++;
  }
  return day;
}

/**
 * Whether today is the working day before `date` (G6: equipment confirmed the day before): today is a working
 * day and no working day lies between it and the date. A Monday booking is asked about on Friday.
 */
export function isWorkingDayBefore(
  today: string,
  date: string,
  isWorkingDay: (date: string) => boolean,
): boolean {
  if (!isWorkingDay(today) || date <= today) return false;
  return workingDaysBefore(date, 1, isWorkingDay) === today;
}
