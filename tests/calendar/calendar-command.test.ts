import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadDirectory } from "../../src/directory/load-directory.js";
import { type EngineHarness, openEngineHarness, shanghai } from "../support/engine-harness.js";

let h: EngineHarness | undefined;
let folder: string | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
});

describe("日历 / calendar", () => {
  it("日历 2027 lists the computed statutory days off, each marked as computed, and says the year is provisional", async () => {
    h = await openEngineHarness({ now: shanghai("2026-12-02 10:00") });
    const year = h.user("王老师").say("日历 2027");
    expect(year).toContain("2027年工作日历");
    expect(year).toContain("只按法定假日推算，调休安排公布后可能调整");
    expect(year).toContain("1月1日(周五) 休息 元旦｜法定假日推算");
    expect(year).toContain("2月5日(周五) 休息 春节｜法定假日推算");
    expect(year).toContain("4月5日(周一) 休息 清明节｜法定假日推算");
    expect(year).toContain("10月3日(周日) 休息 国庆节｜法定假日推算");
    // 261 weekdays in 2027, less the 7 statutory days that fall on one (1/1, 2/5, 2/8, 4/5, 6/9, 9/15, 10/1) → 254.
    expect(year).toContain("全年 254 天");
    expect(year).toContain("2月 18天");
  });

  it("日历 2027-02 shows the month day by day", async () => {
    h = await openEngineHarness({ now: shanghai("2026-12-02 10:00") });
    const month = h.user("王老师").say("日历 2027-02");
    expect(month).toContain("2027年2月工作日历");
    expect(month).toContain("2月4日(周四) 上班");
    expect(month).toContain("2月8日(周一) 休息 春节｜法定假日推算");
    expect(month).toContain("2月13日(周六) 休息 周末");
    expect(month.split("\n")).toHaveLength(2 + 28);
  });

  it("names the directory's own days and the holiday data as sources", async () => {
    h = await openEngineHarness({ now: shanghai("2026-12-02 10:00") });
    const december = h.user("王老师").say("日历 2026-12");
    expect(december).toContain("12月31日(周四) 休息 校庆日放假｜本校日历");
    expect(december).toContain("12月26日(周六) 上班 期末工作日（补班）｜本校日历");
    const october = h.user("Ms Green").say("calendar 2026-10");
    expect(october).toContain("10-01 Thu off National Day | holiday data");
    expect(october).toContain("10-10 Sat make-up working day National Day | holiday data");
  });

  it("shows an official arrangement as such, with its make-up Saturday working", async () => {
    folder = mkdtempSync(join(tmpdir(), "office-desk-holidays-"));
    copyFileSync("examples/directory.yaml", join(folder, "directory.yaml"));
    writeFileSync(
      join(folder, "holidays-2027.yaml"),
      'year: 2027\nholidays:\n  - { date: "2027-02-05", to: "2027-02-12", name: 春节 }\nworkdays:\n  - { date: "2027-02-20", name: 春节 }\n',
    );
    h = await openEngineHarness({
      now: shanghai("2026-12-02 10:00"),
      directory: loadDirectory(join(folder, "directory.yaml")),
    });
    const month = h.user("王老师").say("日历 2027年2月");
    expect(month).toContain("节假日与调休来自已载入的国务院安排。");
    expect(month).toContain("2月12日(周五) 休息 春节｜国务院安排");
    expect(month).toContain("2月20日(周六) 调休上班 春节｜国务院安排");
    expect(month).not.toContain("法定假日推算");
  });

  it("answers a month or year it cannot show politely, and leaves other sentences alone", async () => {
    h = await openEngineHarness({ now: shanghai("2026-12-02 10:00") });
    const teacher = h.user("王老师");
    expect(teacher.say("日历 2027-13")).toBe("请写明年份或月份，例如“日历 2027”或“日历 2027-02”。");
    expect(teacher.say("日历 1850")).toBe("日历只能查看 2000 年到 2100 年。");
    expect(teacher.say("日历 20270")).toContain("请写明年份或月份");
    expect(teacher.say("日历")).toContain("2026年12月工作日历");
    expect(teacher.say("日历上的会议室坏了")).not.toContain("工作日历");
  });
});
