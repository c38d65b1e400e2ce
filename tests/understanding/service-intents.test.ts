import { describe, expect, it } from "vitest";
import { loadFlows } from "../../src/engine/flow-registry.js";
import { ServiceIntents } from "../../src/understanding/service-intents.js";

const finance = {
  id: "caiwu",
  department: { zh: "财务处", en: "Finance office" },
  topics: ["报销", "发票", "reimbursement"],
  contact: { zh: "电话 8108", en: "ext. 8108" },
  examples: ["打车费怎么报", "发票丢了还能报吗"],
};

describe("service intents from the shipped flows", async () => {
  const flows = await loadFlows();
  const intents = ServiceIntents.train(flows.all(), [finance]);
  const top = (text: string) => intents.interpret(text).candidates[0];

  it.each([
    ["科技楼三楼的水龙头关不住", "repair"],
    ["周四上午想借报告厅开年级大会", "room-booking"],
    ["窗口老师办事拖拖拉拉，太让人失望了", "complaint"],
    ["帮我复印试卷35份", "printing"],
    ["区教育局的来文需要收文登记", "document"],
    ["下周三开中层干部会，请布置会场摆桌签", "meeting"],
    ["在公众号推送一条运动会通知", "notice"],
    ["领两盒粉笔和一个板擦", "supplies"],
    ["The tap in the staff toilet is dripping", "repair"],
  ])("'%s' → %s", (text, id) => {
    expect(top(text)).toMatchObject({ kind: "flow", id });
  });

  it("names the department of an out-of-scope request", () => {
    const first = top("上个月的打车票报销怎么弄");
    expect(first?.kind).toBe("referral");
    expect(first?.kind === "referral" && first.referral.department.zh).toBe("财务处");
  });

  it("learns an adopted example after a retrain", () => {
    const text = "小卖部能不能开到晚上";
    const before = intents.interpret(text).candidates[0];
    const learnt = ServiceIntents.train(flows.all(), [finance], {
      learnt: [{ serviceId: "complaint", text }],
    });
    expect(learnt.interpret(text).candidates[0]).toMatchObject({ kind: "flow", id: "complaint" });
    expect(before).toBeDefined();
  });

  it("every flow declares at least 40 examples", () => {
    for (const flow of flows.all()) expect(flow.examples.length, flow.id).toBeGreaterThanOrEqual(40);
  });
});
