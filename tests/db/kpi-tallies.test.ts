import { afterEach, describe, expect, it } from "vitest";
import { kpiRows, kpiRowsUntallied } from "../../src/db/queries/kpi.js";
import { kpiBreakdown, kpiFigures } from "../../src/domain/kpi.js";
import { complaintRules } from "../../src/supervision/kpi-report.js";
import {
  type EngineHarness,
  openEngineHarness,
  shanghai,
  ticketNumberIn,
} from "../support/engine-harness.js";

let h: EngineHarness;
afterEach(async () => h?.close());

function repair(teacher: string, place: string): string {
  const user = h.user(teacher);
  user.say(`报修\n地点: ${place}\n问题: 灯不亮\n类别: 水电\n紧急: 否\n联系方式: 分机 8021`);
  return ticketNumberIn(user.say("确认"));
}

describe("KPI tallies (kept by SQLite triggers)", () => {
  it("add up to exactly what counting the tickets gives, through every kind of change, for any range", async () => {
    h = await openEngineHarness({ now: shanghai("2026-11-02 09:10") });
    const clerk = h.user("刘师傅");
    const n = Array.from({ length: 9 }, (_, i) => repair(i % 2 ? "赵老师" : "王老师", `教学楼B1${i}`));
    h.clock.set(shanghai("2026-11-03 14:25"));
    clerk.say(`接单 ${n[0]}`);
    clerk.say(`完成 ${n[0]} 已修好`);
    h.user("王老师").say(`评价 ${n[0]} 3`);
    clerk.say(`退回 ${n[1]} 不属于报修`);
    h.user("王老师").say(`撤销 ${n[2]}`);
    clerk.say(`询问 ${n[3]} 具体是哪一盏灯？`);
    clerk.say(`转交 ${n[4]} 文印岗 不是水电问题`);
    h.clock.set(shanghai("2026-11-05 10:40"));
    h.user("赵老师").say(`补充 ${n[3]} 靠窗那一盏`);
    clerk.say(`完成 ${n[5]} 已更换`);
    h.user("赵老师").say(`评价 ${n[5]} 2 太慢`);
    h.clock.set(shanghai("2026-11-09 16:05"));
    h.user("赵老师").say(`重开 ${n[5]} 又坏了`);
    h.user("王老师").say(`评价 ${n[0]} 5 后来又来看了`);
    clerk.say(`转介 ${n[6]} 请找信息中心`);
    h.clock.set(shanghai("2026-11-12 11:20"));
    clerk.say(`完成 ${n[3]} 已修好`);

    const now = h.clock.read();
    const rules = complaintRules(h.app.context.flows);
    const ranges: Array<[string, string]> = [
      ["2026-11-01 00:00", "2026-12-01 00:00"],
      ["2026-11-02 09:30", "2026-11-06 13:45"],
      ["2026-11-05 00:00", "2026-11-12 11:45"],
      ["2026-11-12 11:05", "2026-11-12 11:50"],
      ["2026-10-01 00:00", "2026-11-01 00:00"],
    ];
    for (const [from, to] of ranges) {
      const range = { from: shanghai(from), to: shanghai(to) };
      const tallied = kpiRows(h.db, range, now, rules);
      const counted = kpiRowsUntallied(h.db, range, now, rules);
      expect(kpiFigures(tallied), `${from} – ${to}`).toEqual(kpiFigures(counted));
      expect(kpiBreakdown(tallied, "postId")).toEqual(kpiBreakdown(counted, "postId"));
      expect(kpiBreakdown(tallied, "type")).toEqual(kpiBreakdown(counted, "type"));
      const houqin = { ...range, postIds: ["houqin"] };
      expect(kpiFigures(kpiRows(h.db, houqin, now, rules))).toEqual(
        kpiFigures(kpiRowsUntallied(h.db, houqin, now, rules)),
      );
    }
    const month = kpiFigures(
      kpiRows(h.db, { from: shanghai("2026-11-01 00:00"), to: shanghai("2026-12-01 00:00") }, now, rules),
    );
    // Refused, withdrawn and referred are out; the rest are due in November.
    expect(month.onTime.due).toBe(6);
    expect(month.opened).toBe(9);
    expect(month.satisfaction.count).toBe(2);
  });
});
