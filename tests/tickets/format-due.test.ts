import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadDirectory } from "../../src/directory/load-directory.js";
import {
  type EngineHarness,
  openEngineHarness,
  shanghai,
  ticketNumberIn,
} from "../support/engine-harness.js";

const provisional = "（按法定假日推算，调休安排公布后可能调整）";

let h: EngineHarness | undefined;
let folder: string | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
});

function reportProjector(harness: EngineHarness, name = "王老师"): string {
  const teacher = harness.user(name);
  teacher.say("投影仪坏了");
  teacher.say("教学楼A301");
  teacher.say("分机 8021");
  return teacher.say("确认");
}

describe("deadlines in a year without holiday data", () => {
  it("a repair reported 2027-02-04 17:00 skips 除夕 and 春节, and says the deadline is provisional", async () => {
    h = await openEngineHarness({ now: shanghai("2027-02-04 17:00") });
    const done = reportProjector(h);
    // Thursday 17:00–17:30 counts 30 minutes; 2月5日 (除夕) to 2月8日 (初三) are off; Tuesday 9 February goes on.
    expect(done).toContain(`后勤将在 2 个工作小时内响应，预计2月9日(周二) 10:00前${provisional}。`);
    expect(done).toContain(`到场：2月9日(周二) 17:00前${provisional}`);
    // Resolution within 3 working days: 30 + 540 + 540 minutes to Wednesday evening, 510 more on Thursday.
    expect(done).toContain(`办结：2月11日(周四) 17:00前${provisional}`);
    expect(done).not.toContain("2月5日");

    const status = h.user("王老师").say(`查询 ${ticketNumberIn(done)}`);
    expect(status).toContain(`响应：2月9日(周二) 10:00前${provisional}`);
  });

  it("a repair reported 2026-12-31 16:30 is not due on New Year's Day 2027", async () => {
    h = await openEngineHarness({ now: shanghai("2026-12-31 16:30") });
    const done = reportProjector(h);
    // The example directory closes 31 December (校庆日); 1 January is 元旦 and 2–3 January the weekend, so the
    // clock starts on Monday 4 January 08:30: response 10:30, on site one working day later (17:30 the same day).
    expect(done).toContain(`预计2027年1月4日(周一) 10:30前${provisional}`);
    expect(done).toContain(`到场：2027年1月4日(周一) 17:30前${provisional}`);
    expect(done).toContain(`办结：2027年1月6日(周三) 17:30前${provisional}`);
    expect(done).not.toMatch(/明天|1月1日/);
  });

  it("says it in English too", async () => {
    h = await openEngineHarness({ now: shanghai("2027-02-04 17:00") });
    const teacher = h.user("Ms Green");
    teacher.say("the projector in room A301 is broken");
    const replies = [teacher.say("room A301"), teacher.say("ext 8021"), teacher.say("confirm")].join("\n");
    expect(replies).toContain(
      "(estimated from the statutory holidays; may change once the official make-up days are published)",
    );
  });

  it("a deadline in a year with holiday data carries no such note", async () => {
    h = await openEngineHarness({ now: shanghai("2026-11-26 10:00") });
    expect(reportProjector(h)).not.toContain("按法定假日推算");
  });

  it("an official 2027 arrangement beside the directory file moves the deadline and drops the note", async () => {
    folder = mkdtempSync(join(tmpdir(), "office-desk-holidays-"));
    copyFileSync("examples/directory.yaml", join(folder, "directory.yaml"));
    writeFileSync(
      join(folder, "holidays-2027.yaml"),
      [
        "year: 2027",
        "source: 2027年部分节假日安排（测试用）",
        "holidays:",
        '  - { date: "2027-01-01", to: "2027-01-03", name: 元旦 }',
        '  - { date: "2027-02-05", to: "2027-02-12", name: 春节 }',
        "workdays:",
        '  - { date: "2027-02-20", name: 春节 }',
      ].join("\n"),
    );
    h = await openEngineHarness({
      now: shanghai("2027-02-19 17:00"),
      directory: loadDirectory(join(folder, "directory.yaml")),
    });
    const done = reportProjector(h);
    // Friday 17:00–17:30 gives 30 minutes; Saturday 20 February is a make-up working day.
    expect(done).toContain("后勤将在 2 个工作小时内响应，预计明天 10:00前。");
    expect(done).not.toContain("按法定假日推算");
  });
});
