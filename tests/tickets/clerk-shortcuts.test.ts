import { describe, expect, it } from "vitest";
import { getTicketByNumber } from "../../src/db/queries/tickets.js";
import { engineHarnessPerTest } from "../support/engine-harness.js";

const h = engineHarnessPerTest();

function report(teacher: string, text: string) {
  const user = h.user(teacher);
  user.say(text);
  user.say("分机 8021");
  user.say("否");
  return user.say("确认");
}

describe("clerk shortcuts", () => {
  it("'接单 001' accepts today's -001", () => {
    report("王老师", "A301的投影仪不亮");
    expect(h.user("刘师傅").say("接单 001")).toContain("综合办-20261126-001");
    expect(getTicketByNumber(h.db, "综合办-20261126-001")?.status).toBe("accepted");
  });

  it("a bare '接单' takes the only ticket it can mean, and lists the candidates when there are several", () => {
    report("王老师", "A301的投影仪不亮");
    expect(h.user("刘师傅").say("接单")).toContain("综合办-20261126-001");
    expect(getTicketByNumber(h.db, "综合办-20261126-001")?.status).toBe("accepted");

    report("李老师", "B204的电脑开不了机");
    report("赵老师", "C105的投影仪没反应");
    const [which] = h.user("刘师傅").send("接单");
    expect(which?.text).toBe("您指的是哪张工单？");
    expect(which?.choices?.map((c) => c.value)).toEqual([
      "接单 综合办-20261126-002",
      "接单 综合办-20261126-003",
    ]);
  });

  it("a clerk's unknown command gets the clerk's command help, not the teachers' menu", () => {
    const reply = h.user("刘师傅").say("接着办吧嗯");
    expect(reply).toContain("没有识别这条指令");
    expect(reply).toContain("接单 001");
  });
});
