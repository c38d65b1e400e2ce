import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  looksLikePeriod,
  parseReportPeriod,
  periodInstants,
  previousPeriod,
  type ReportPeriod,
} from "../../../src/understanding/parsers/report-period.js";

const zone = "Asia/Shanghai";
const at = (wall: string) => DateTime.fromFormat(wall, "yyyy-MM-dd HH:mm", { zone }).toJSDate();
const ctx = (wall: string) => ({ now: at(wall), timeZone: zone });

function period(text: string, wall: string): ReportPeriod {
  const parsed = parseReportPeriod(text, ctx(wall));
  if (!parsed.ok) throw new Error(parsed.error.en);
  return parsed.value;
}
const span = (p: ReportPeriod) => [p.from, p.to];

describe("reporting periods (统计 上月, kpi last week …)", () => {
  it("weeks run Monday to Sunday in Shanghai, also just after midnight there (still Sunday evening in UTC)", () => {
    // 2026-11-30 00:10 in Shanghai is Sunday 2026-11-29 16:10 UTC: it is already Monday at school.
    expect(span(period("本周", "2026-11-30 00:10"))).toEqual(["2026-11-30", "2026-12-06"]);
    expect(span(period("上周", "2026-11-30 00:10"))).toEqual(["2026-11-23", "2026-11-29"]);
    expect(span(period("this week", "2026-11-29 23:50"))).toEqual(["2026-11-23", "2026-11-29"]);
    expect(span(period("last week", "2026-12-02 10:00"))).toEqual(["2026-11-23", "2026-11-29"]);
  });

  it("months are whole calendar months at school, whatever the day", () => {
    expect(span(period("本月", "2026-12-02 10:00"))).toEqual(["2026-12-01", "2026-12-31"]);
    expect(span(period("上月", "2026-12-01 00:05"))).toEqual(["2026-11-01", "2026-11-30"]);
    expect(span(period("上个月", "2026-03-15 10:00"))).toEqual(["2026-02-01", "2026-02-28"]);
    expect(span(period("last month", "2027-01-05 10:00"))).toEqual(["2026-12-01", "2026-12-31"]);
    expect(span(period("", "2026-12-07 10:00"))).toEqual(["2026-12-01", "2026-12-31"]);
    expect(span(period("2026-11", "2026-12-07 10:00"))).toEqual(["2026-11-01", "2026-11-30"]);
    expect(span(period("2026年2月", "2026-12-07 10:00"))).toEqual(["2026-02-01", "2026-02-28"]);
  });

  it("semesters: autumn 09-01…01-31 and spring 02-01…08-31, unless the directory lists its own", () => {
    expect(span(period("本学期", "2026-12-07 10:00"))).toEqual(["2026-09-01", "2027-01-31"]);
    expect(span(period("本学期", "2027-01-20 10:00"))).toEqual(["2026-09-01", "2027-01-31"]);
    expect(span(period("this semester", "2027-03-01 10:00"))).toEqual(["2027-02-01", "2027-08-31"]);
    expect(span(period("上学期", "2026-12-07 10:00"))).toEqual(["2026-02-01", "2026-08-31"]);
    const semesters = [{ name: "2026秋季学期", from: "2026-08-31", to: "2027-01-22" }];
    const own = parseReportPeriod("本学期", { ...ctx("2026-12-07 10:00"), semesters });
    expect(own).toEqual({
      ok: true,
      value: { kind: "this-semester", from: "2026-08-31", to: "2027-01-22", name: "2026秋季学期" },
    });
  });

  it("custom ranges include both days, with any usual separator", () => {
    for (const text of [
      "2026-09-01 2026-12-31",
      "2026-09-01 至 2026-12-31",
      "2026-09-01到2026-12-31",
      "2026/9/1 - 2026/12/31",
      "2026年9月1日~2026年12月31日",
      "2026-09-01 to 2026-12-31",
    ])
      expect(span(period(text, "2026-12-07 10:00")), text).toEqual(["2026-09-01", "2026-12-31"]);
    expect(span(period("２０２６－１１－０５", "2026-12-07 10:00"))).toEqual(["2026-11-05", "2026-11-05"]);
  });

  it("a bad range gets a polite reply in both languages", () => {
    const bad = (text: string) => {
      const parsed = parseReportPeriod(text, ctx("2026-12-07 10:00"));
      if (parsed.ok) throw new Error(`${text} was read as a period`);
      return parsed.error;
    };
    expect(bad("2026-12-31 2026-09-01").zh).toBe(
      "结束日期 2026-09-01 早于开始日期 2026-12-31，请先写开始日期，再写结束日期。",
    );
    expect(bad("2026-12-31 2026-09-01").en).toContain("is before the start date");
    expect(bad("2026-02-30").zh).toContain("不是有效的日期");
    expect(bad("2026-13").zh).toContain("不是有效的日期");
    expect(bad("2020-01-01 2026-01-01").zh).toContain("最长 400 天");
    expect(bad("下下个月").zh).toContain("请写明统计期");
  });

  it("the instants of a period are the school's midnights", () => {
    const { start, end } = periodInstants({ kind: "month", from: "2026-11-01", to: "2026-11-30" }, zone);
    expect(start.toISOString()).toBe("2026-10-31T16:00:00.000Z");
    expect(end.toISOString()).toBe("2026-11-30T16:00:00.000Z");
  });

  it("the period before is the week, month or semester before, or a range as long", () => {
    expect(span(previousPeriod(period("上周", "2026-12-07 10:00")))).toEqual(["2026-11-23", "2026-11-29"]);
    expect(span(previousPeriod(period("2026-03", "2026-12-07 10:00")))).toEqual(["2026-02-01", "2026-02-28"]);
    expect(span(previousPeriod(period("本学期", "2026-12-07 10:00")))).toEqual(["2026-02-01", "2026-08-31"]);
    expect(span(previousPeriod(period("2026-11-11 2026-11-20", "2026-12-07 10:00")))).toEqual([
      "2026-11-01",
      "2026-11-10",
    ]);
  });

  it("tells a period from other words after a command", () => {
    expect(looksLikePeriod("上月")).toBe(true);
    expect(looksLikePeriod("2026-02-30")).toBe(true);
    expect(looksLikePeriod("表格打印20份")).toBe(false);
  });
});
