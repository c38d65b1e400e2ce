import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, expect, it } from "vitest";
import { defaultServices } from "../../src/app.js";
import { say } from "../../src/services/command-scope.js";
import type { Service } from "../../src/services/service.js";
import { confirmTicket } from "../../src/tickets/confirm-ticket.js";
import { copyFlows } from "../support/engine-flow-copy.js";
import { type EngineHarness, openEngineHarness, ticketNumberIn } from "../support/engine-harness.js";

const flowKit = resolve(fileURLToPath(new URL("../../src/engine/flow-kit/index.ts", import.meta.url)));

// A flow file as a newcomer would write it: data only, naming what it creates and the service that handles it.
const laptopLoanFlow = `
import { defineFlow, respond, text, workingHours } from ${JSON.stringify(flowKit)};
export default defineFlow({
  id: "laptop-loan",
  version: 1,
  title: { zh: "借用电脑", en: "Laptop loan" },
  description: { zh: "借用笔记本电脑", en: "Borrow a laptop" },
  intents: ["笔记本电脑", "laptop"],
  examples: [
    "想借一台笔记本电脑用两天",
    "信息中心还有空闲的电脑可以借吗",
    "下周出差需要借个笔记本",
    "能不能借台电脑给学生做展示",
    "借用笔记本电脑，上公开课用",
    "I need to borrow a laptop for tomorrow",
    "can I borrow a laptop for the open day",
    "laptop loan for a workshop please",
    "is there a spare notebook computer I could take home",
    "borrow a laptop for the parents' meeting",
  ],
  post: "xinxi",
  creates: "loan",
  service: "loans",
  fields: [
    text("purpose", {
      label: { zh: "用途", en: "purpose" },
      prompt: { zh: "请问借去做什么？", en: "What is it for?" },
      help: { zh: "写一句用途。", en: "One line on what it is for." },
      example: { zh: "家长会演示", en: "parents' evening slides" },
    }),
  ],
  sla: () => [respond(workingHours(2))],
  priority: () => "normal",
  summary: (v) => String(v.purpose ?? ""),
});
`;

/** A service that is more than a ticket: its own command, its own step on confirm, its own ticket lines. */
function loansService(): Service & { lent: Map<string, string> } {
  const lent = new Map<string, string>();
  return {
    id: "loans",
    lent,
    commands: {
      parse: (text) => (text === "我的借用" ? "mine" : undefined),
      run: () => say(lent.size === 0 ? "没有借用记录。" : [...lent].map(([n, p]) => `${n} ${p}`).join("\n")),
    },
    confirm: (ctx, tx, input) =>
      confirmTicket(ctx, tx, input, {
        ok: true,
        commit(ticket) {
          lent.set(ticket.number, String(input.values.purpose));
          return ["请凭工单号到信息中心领取电脑。"];
        },
      }),
    ticketDetails: (_scope, ticket) => (lent.has(ticket.number) ? ["借出：笔记本电脑 1 台"] : []),
    assignment: (ticket) => ({
      hint: `借出后回复“完成 ${ticket.number}”。`,
      choices: [{ label: "完成", value: `完成 ${ticket.number}` }],
    }),
  };
}

let h: EngineHarness;
let loans: ReturnType<typeof loansService>;
beforeEach(async () => {
  loans = loansService();
  h = await openEngineHarness({ services: (config) => [loans, ...defaultServices(config)] });
  const flowsDir = copyFlows(h.dir);
  writeFileSync(join(flowsDir, "laptop-loan.ts"), laptopLoanFlow);
  await h.restart({ flowsDir });
});
afterEach(() => h.close());

it("a service defined outside the engine is asked for its commands, confirms its flow, and adds its lines", async () => {
  const teacher = h.user("王老师");
  expect(teacher.say("我想借一台笔记本电脑")).toContain("请问借去做什么？");
  expect(teacher.say("家长会演示")).toContain("用途：家长会演示");
  const receipt = teacher.say("确认");
  const number = ticketNumberIn(receipt);
  expect(receipt).toContain("请凭工单号到信息中心领取电脑。");
  expect(loans.lent.get(number)).toBe("家长会演示");
  expect(teacher.say("我的借用")).toBe(`${number} 家长会演示`);
  expect(teacher.say(`查询 ${number}`)).toContain("借出：笔记本电脑 1 台");
  const notices = await h.delivered();
  const assignment = notices.find((d) => d.text.includes(number));
  expect(assignment?.text).toContain(`借出后回复“完成 ${number}”。`);
  expect(assignment?.message.choices).toEqual([{ label: "完成", value: `完成 ${number}` }]);
  // The services it did not replace work as before.
  expect(teacher.say("投影仪坏了")).toContain("请问在哪里？");
});
