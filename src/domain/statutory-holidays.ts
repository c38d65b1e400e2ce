import { LunarDay, SolarDay, SolarTerm } from "tyme4ts";

/** One statutory day off: a local date and the holiday it belongs to. */
export interface StatutoryHoliday {
  /** "YYYY-MM-DD". */
  date: string;
  name: string;
  nameEn: string;
}

const iso = (day: SolarDay): string =>
  `${day.getYear()}-${String(day.getMonth()).padStart(2, "0")}-${String(day.getDay()).padStart(2, "0")}`;

const lunar = (year: number, month: number, day: number): SolarDay =>
  LunarDay.fromYmd(year, month, day).getSolarDay();

function run(start: SolarDay, days: number, name: string, nameEn: string): StatutoryHoliday[] {
  return Array.from({ length: days }, (_, i) => ({ date: iso(start.next(i)), name, nameEn }));
}

/**
 * The days off that 《全国年节及纪念日放假办法》 (as amended in 2024) fixes for every Gregorian year, before
 * any 调休: 元旦 1 day, 春节 4 (除夕 and 初一–初三), 清明 1 (the solar term's day), 劳动节 2, 端午 1, 中秋 1,
 * 国庆 3. 除夕 is the day before 正月初一, so it is 腊月廿九 in years whose twelfth month is short. The
 * lunar dates and the solar term come from `tyme4ts` (computed, so any year works). 正月初一 always falls between
 * 21 January and 20 February, so every 春节 lies inside its Gregorian year.
 *
 * ```ts
 * statutoryHolidays(2027).filter((h) => h.name === "春节").map((h) => h.date);
 * // ["2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08"]
 * ```
 */
export function statutoryHolidays(year: number): StatutoryHoliday[] {
  const springFestival = lunar(year, 1, 1);
  return [
    ...run(SolarDay.fromYmd(year, 1, 1), 1, "元旦", "New Year's Day"),
    ...run(springFestival.next(-1), 4, "春节", "Spring Festival"),
    ...run(SolarTerm.fromName(year, "清明").getJulianDay().getSolarDay(), 1, "清明节", "Tomb-sweeping Day"),
    ...run(SolarDay.fromYmd(year, 5, 1), 2, "劳动节", "Labour Day"),
    ...run(lunar(year, 5, 5), 1, "端午节", "Dragon Boat Festival"),
    ...run(lunar(year, 8, 15), 1, "中秋节", "Mid-autumn Festival"),
    ...run(SolarDay.fromYmd(year, 10, 1), 3, "国庆节", "National Day"),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
