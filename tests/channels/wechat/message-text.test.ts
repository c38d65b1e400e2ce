import { describe, expect, it } from "vitest";
import { deliveryText, replyText } from "../../../src/channels/wechat/message-text.js";

const number = "综合办-20261126-001";

describe("WeChat message text", () => {
  it("numbers a reply's choices with a hint in the reply's language", () => {
    const choices = [
      { label: "确认", value: "确认" },
      { label: "修改", value: "修改" },
    ];
    expect(replyText({ text: "请核对信息。", choices, locale: "zh", kind: "review" })).toBe(
      "请核对信息。\n1. 确认\n2. 修改\n（回复 1 或 2）",
    );
    expect(replyText({ text: "Please check the details.", choices, locale: "en", kind: "review" })).toBe(
      "Please check the details.\n1. 确认\n2. 修改\n(reply 1 or 2)",
    );
  });

  it("adds only the hint when the text already numbers its choices, as the menu does", () => {
    const choices = [
      { label: "报修", value: "报修" },
      { label: "会议室预约", value: "会议室预约" },
    ];
    expect(
      replyText({
        text: "请回复编号：\n1. 报修：设备问题\n2. 会议室预约：借会议室",
        choices,
        locale: "zh",
        kind: "menu",
      }),
    ).toBe("请回复编号：\n1. 报修：设备问题\n2. 会议室预约：借会议室\n（回复 1 或 2）");
  });

  it("writes out a notice's commands to copy, except those the text already shows", () => {
    const text = `【新工单】后勤：${number}\n接单：接单 ${number}\n完成：完成 ${number} 处理说明`;
    const choices = [
      { label: "接单", value: `接单 ${number}` },
      { label: "完成", value: `完成 ${number}` },
    ];
    expect(deliveryText({ text, choices }, "zh")).toBe(text);

    const stars = [4, 5].map((score) => ({ label: "★".repeat(score), value: `评价 ${number} ${score}` }));
    expect(deliveryText({ text: "请为本次服务打分。", choices: stars }, "zh")).toBe(
      `请为本次服务打分。\n复制以下内容回复即可：\n★★★★：评价 ${number} 4\n★★★★★：评价 ${number} 5`,
    );
  });

  it("marks an urgent message red once", () => {
    expect(deliveryText({ text: "工单即将超时", urgent: true }, "zh")).toBe("🔴 工单即将超时");
    expect(deliveryText({ text: "🔴 【新工单】", urgent: true }, "zh")).toBe("🔴 【新工单】");
  });
});
