import { describe, expect, it } from "vitest";
import { statutoryHolidays } from "../../src/domain/statutory-holidays.js";

const datesOf = (year: number, name: string) =>
  statutoryHolidays(year)
    .filter((h) => h.name === name)
    .map((h) => h.date);

describe("statutory holidays (全国年节及纪念日放假办法, 2024)", () => {
  it("gives 2027 its 13 days off: 元旦 1, 春节 4, 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3", () => {
    expect(statutoryHolidays(2027).map((h) => `${h.date} ${h.name}`)).toEqual([
      "2027-01-01 元旦",
      "2027-02-05 春节",
      "2027-02-06 春节",
      "2027-02-07 春节",
      "2027-02-08 春节",
      "2027-04-05 清明节",
      "2027-05-01 劳动节",
      "2027-05-02 劳动节",
      "2027-06-09 端午节",
      "2027-09-15 中秋节",
      "2027-10-01 国庆节",
      "2027-10-02 国庆节",
      "2027-10-03 国庆节",
    ]);
  });

  it("starts 春节 on 除夕, the day before 正月初一, also when that is 腊月廿九", () => {
    // 2025: 正月初一 was 29 January and the twelfth month had 29 days, so 除夕 was 腊月廿九, 28 January.
    expect(datesOf(2025, "春节")).toEqual(["2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31"]);
    expect(datesOf(2026, "春节")).toEqual(["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19"]);
  });

  it("puts 清明 on the day of the solar term, which moves between 4 and 5 April", () => {
    expect(datesOf(2024, "清明节")).toEqual(["2024-04-04"]);
    expect(datesOf(2026, "清明节")).toEqual(["2026-04-05"]);
    expect(datesOf(2028, "清明节")).toEqual(["2028-04-04"]);
  });

  it("agrees with the published 2025 and 2026 lunar holidays", () => {
    expect(datesOf(2025, "端午节")).toEqual(["2025-05-31"]);
    expect(datesOf(2025, "中秋节")).toEqual(["2025-10-06"]);
    expect(datesOf(2026, "端午节")).toEqual(["2026-06-19"]);
    expect(datesOf(2026, "中秋节")).toEqual(["2026-09-25"]);
  });
});
