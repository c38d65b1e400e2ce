import { afterEach, describe, expect, it } from "vitest";
import { EngineHarness, shanghai } from "../support/engine-harness.js";
import { reportRepair, signInLinkIn } from "./dashboard-fixtures.js";

let h: EngineHarness;
afterEach(async () => h?.close());

/** The text of each KPI tile on `name`'s dashboard, e.g. "按时响应率 50.0% 1 / 2 件 …". */
async function tiles(name: string): Promise<string[]> {
  const link = signInLinkIn(h.user(name).say("看板"));
  const signIn = await fetch(link, { redirect: "manual" });
  const cookie = signIn.headers.get("set-cookie")!.split(";")[0]!;
  const page = await (await fetch(new URL("/dashboard/live", link), { headers: { cookie } })).text();
  return [...page.matchAll(/<div class="tile tile-\w+">([\s\S]*?)<\/div>\n<\/div>/g)].map((m) =>
    m[1]!
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ")
      .replaceAll("&lt;", "<")
      .trim(),
  );
}

describe("the dashboard's KPI tiles match figures computed by hand (G16)", () => {
  it("two repairs: one accepted in time and resolved, one left unanswered past its 2-hour response", async () => {
    h = await EngineHarness.open({ now: shanghai("2026-11-26 10:00"), http: true });
    const first = reportRepair(h);
    reportRepair(h, "赵老师", "实验楼302");
    h.clock.set(shanghai("2026-11-26 10:30"));
    h.user("刘师傅").say(`接单 ${first}`);
    h.clock.set(shanghai("2026-11-26 13:00"));
    h.user("刘师傅").say(`完成 ${first} 已更换灯泡`);
    const [onTime, response, errors, satisfaction] = await tiles("张主任");
    // resolution clocks (3 working days) are due 12-01: not in this month's period yet, whatever their state
    expect(onTime).toBe("按时办结率 暂无数据 0 / 0 件 目标 ≥ 90%");
    // response: due 12:00; the first met at 10:30, the second overdue → 1 of 2, below 85 %
    expect(response).toBe("按时响应率 50.0% 1 / 2 件 目标 ≥ 90% ✗ 低于 85%，需要原因分析");
    expect(errors).toBe("差错率 暂无数据 0 / 0 件投诉 目标 < 5%");
    expect(satisfaction).toBe("满意度 暂无数据 0 条评价");
    // 文印岗 has no tickets: its clerk's tiles are empty, not the office's
    expect((await tiles("李文员"))[1]).toBe("按时响应率 暂无数据 0 / 0 件 目标 ≥ 90%");
  });
});
