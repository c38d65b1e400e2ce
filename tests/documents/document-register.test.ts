import { describe, expect, it } from "vitest";
import { registeredDocument } from "../../src/db/queries/documents.js";
import { personByAddress } from "../../src/db/queries/people.js";
import { getTicketByNumber } from "../../src/db/queries/tickets.js";
import { receiveDocument } from "../support/document-harness.js";
import { engineHarnessPerTest, shanghai, ticketNumberIn, wall } from "../support/engine-harness.js";

const h = engineHarnessPerTest(); // Thursday 2026-11-26 10:00

const receive = (who: string, title: string, unit = "区教育局") =>
  receiveDocument(h, who, { title, unit, referenceNo: "区教发〔2026〕12号" });

function send(who: string, recipient: string): string {
  const user = h.user(who);
  user.say("向区教育局发文，内部，5页");
  user.say("关于申报先进集体的报告");
  user.say("跳过");
  user.say(recipient);
  expect(user.say("跳过")).toContain("签收人：");
  return ticketNumberIn(user.say("确认"));
}

describe("the document register (G1)", () => {
  it("registers an incoming document under its ticket number and lists the incoming register, newest first", () => {
    const first = receive("王老师", "关于开展冬季安全检查的通知");
    h.clock.advanceMinutes(30);
    const second = receive("赵老师", "关于期末考试安排的通知", "市教研室");
    const entry = registeredDocument(h.db, getTicketByNumber(h.db, first)!.id);
    expect(entry).toMatchObject({
      direction: "receive",
      title: "关于开展冬季安全检查的通知",
      referenceNo: "区教发〔2026〕12号",
      unit: "区教育局",
      classification: "internal",
      pages: 12,
      registeredOn: "2026-11-26",
    });

    expect(h.user("李文员").say("收文登记")).toBe(
      [
        "收文登记簿（共 2 条，显示最新 2 条）：",
        `· ${second}  11月26日(周四)  《关于期末考试安排的通知》 区教发〔2026〕12号  市教研室  内部  12页`,
        `· ${first}  11月26日(周四)  《关于开展冬季安全检查的通知》 区教发〔2026〕12号  区教育局  内部  12页`,
      ].join("\n"),
    );
    expect(h.user("李文员").say("发文登记")).toBe("发文登记簿暂无记录。");
    expect(h.user("Emma Clark").say("incoming register")).toBe(
      "Sorry, only the documents desk and the office head can see the register.",
    );
    expect(h.user("王老师").say("收文登记")).toBe("抱歉，登记簿只有文印岗和办公室负责人可以查看。");
  });

  it("asks the recipient of an outgoing document to sign in chat and records who signed and when", async () => {
    const number = send("王老师", "张主任");
    const sent = await h.delivered();
    const request = sent.find((d) => d.to === "张主任")?.message;
    expect(request?.text).toBe(
      `【发文签收】${number}：《关于申报先进集体的报告》（区教育局，5页），经办人：王老师。收到后请点“签收”或回复“签收 ${number}”。`,
    );
    expect(request?.choices).toEqual([{ label: "签收", value: `签收 ${number}`, style: "primary" }]);
    expect(h.user("李文员").say("发文登记")).toContain("  待 张主任 签收");

    expect(h.user("李文员").say(`签收 ${number}`)).toBe(`抱歉，${number} 应由 张主任 签收。`);
    h.clock.set(shanghai("2026-11-26 11:05"));
    expect(h.user("张主任").say(`签收 ${number}`)).toBe(
      `已签收 ${number}（11月26日(周四) 11:05），台账已记录。`,
    );
    const entry = registeredDocument(h.db, getTicketByNumber(h.db, number)!.id)!;
    expect(entry.signedById).toBe(personByAddress(h.db, "name", "张主任")?.id);
    expect(wall(entry.signedAt!)).toBe("2026-11-26 11:05");

    const told = await h.delivered();
    expect(told.map((d) => d.to).sort()).toEqual(["李文员", "王老师", "陈编辑"].sort());
    expect(told.find((d) => d.to === "王老师")?.text).toBe(
      `发文 ${number}《关于申报先进集体的报告》已由 张主任 于 11月26日(周四) 11:05 签收。`,
    );
    expect(h.user("李文员").say("发文登记")).toContain("  签收：张主任 11月26日(周四) 11:05");
    expect(h.user("张主任").say(`签收 ${number}`)).toBe(
      `${number} 已由 张主任 于 11月26日(周四) 11:05 签收。`,
    );
  });

  it("asks again, politely, for a recipient who is not in the directory, and registers nothing", () => {
    const user = h.user("王老师");
    user.say("向区教育局发文，内部，5页");
    user.say("关于申报先进集体的报告");
    user.say("跳过");
    user.say("钱某某");
    user.say("跳过");
    const reply = user.say("确认");
    expect(reply).toBe("抱歉，通讯录里找不到“钱某某”。请写签收人在通讯录中的姓名。");
    expect(h.user("李文员").say("发文登记")).toBe("发文登记簿暂无记录。");
    expect(user.say("李文员")).toContain("签收人：李文员");
    expect(user.say("确认")).toContain("已请 李文员 在聊天中确认签收，签收后会通知您。");
  });

  it("answers 签收 of an unknown ticket or of an incoming document politely", () => {
    expect(h.user("张主任").say("签收 综合办-20261126-042")).toBe(
      "找不到工单 综合办-20261126-042，请核对编号。",
    );
    const incoming = receive("王老师", "关于开展冬季安全检查的通知");
    expect(h.user("张主任").say(`签收 ${incoming}`)).toBe(`${incoming} 不是需要签收的发文登记。`);
  });
});
