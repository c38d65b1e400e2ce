import { describe, expect, test } from "vitest";
import { afterPress, renderMessage, urgentColor } from "../../../src/channels/slack/message-blocks.js";

type Block = {
  type: string;
  block_id?: string;
  text?: { text: string };
  elements?: { action_id?: string; value?: string; style?: string; text?: { text: string } }[];
};
const blocksOf = (value: unknown) => value as Block[];
const buttons = (blocks: Block[]) =>
  blocks.filter((b) => b.type === "actions").flatMap((b) => b.elements ?? []);

describe("engine messages as Block Kit", () => {
  test("choices become buttons whose value is the text the engine would get typed", () => {
    const message = renderMessage(
      {
        text: "请核对",
        choices: [
          { label: "确认", value: "确认", style: "primary" },
          { label: "取消", value: "取消", style: "danger" },
        ],
      },
      { locale: "zh", mode: "reply" },
    );
    expect(
      buttons(blocksOf(message.blocks)).map((b) => [b.action_id, b.text?.text, b.value, b.style]),
    ).toEqual([
      ["choice:0", "确认", "确认", "primary"],
      ["choice:1", "取消", "取消", "danger"],
    ]);
    expect(message.text).toBe("请核对");
  });

  test("a long text is split into sections Slack accepts, and many choices into several button rows", () => {
    const text = Array.from({ length: 200 }, (_, i) => `第 ${i} 行：${"很长的说明".repeat(5)}`).join("\n");
    const choices = Array.from({ length: 30 }, (_, i) => ({ label: `选项${i}`, value: `${i}` }));
    const blocks = blocksOf(renderMessage({ text, choices }, { locale: "zh", mode: "reply" }).blocks);
    const sections = blocks.filter((b) => b.type === "section").map((b) => b.text?.text ?? "");
    expect(sections.length).toBeGreaterThan(1);
    expect(sections.every((s) => s.length <= 3000)).toBe(true);
    expect(sections.join("\n")).toBe(text);
    expect(blocks.filter((b) => b.type === "actions").map((b) => b.elements?.length)).toEqual([25, 5]);
  });

  test("an urgent notice has a red header and a red edge, its buttons inside", () => {
    const message = renderMessage(
      {
        text: "🔴 【新工单】",
        urgent: true,
        choices: [{ label: "接单", value: "接单 综合办-20261125-001" }],
      },
      { locale: "zh", mode: "notice" },
    );
    expect(blocksOf(message.blocks)).toEqual([
      { type: "header", text: { type: "plain_text", text: "🔴 紧急", emoji: true } },
    ]);
    expect(message.attachments?.[0]?.color).toBe(urgentColor);
    expect(buttons(blocksOf(message.attachments?.[0]?.blocks)).map((b) => b.action_id)).toEqual(["once:0"]);
  });

  test("a question about a time range carries date and time pickers", () => {
    const blocks = blocksOf(
      renderMessage(
        { text: "什么时间？", field: { key: "time", kind: "timerange" } },
        { locale: "en", mode: "reply" },
      ).blocks,
    );
    expect(blocks.find((b) => b.block_id === "pick:timerange")?.elements?.map((e) => e.action_id)).toEqual([
      "pick:date",
      "pick:start",
      "pick:end",
      "pick:use",
    ]);
  });
});

describe("after a button is pressed", () => {
  test("a reply loses its choices and pickers, keeps its form buttons, and says what was chosen", () => {
    const message = renderMessage(
      { text: "菜单", choices: [{ label: "报修", value: "报修" }], field: { key: "time", kind: "date" } },
      { locale: "zh", mode: "reply", owner: "U1", forms: [{ flowId: "repair", title: "报修" }] },
    );
    const updated = blocksOf(
      afterPress(message as unknown as Record<string, unknown>, {
        actionId: "choice:0",
        label: "报修",
        user: "U1",
        locale: "zh",
      }).blocks,
    );
    expect(buttons(updated).map((b) => b.action_id)).toEqual(["form:repair"]);
    expect(JSON.stringify(updated.at(-1))).toContain("<@U1> 选择了：报修");
  });

  test("a notice loses only the pressed button, also inside a red attachment", () => {
    const choices = ["接单", "完成", "退回"].map((w) => ({ label: w, value: `${w} 综合办-20261125-001` }));
    const message = renderMessage(
      { text: "新工单", urgent: true, choices },
      { locale: "zh", mode: "notice" },
    );
    const updated = afterPress(message as unknown as Record<string, unknown>, {
      actionId: "once:0",
      label: "接单",
      user: "U2",
      locale: "zh",
    });
    expect(buttons(blocksOf(updated.attachments?.[0]?.blocks)).map((b) => b.text?.text)).toEqual([
      "完成",
      "退回",
    ]);
    expect(updated.attachments?.[0]?.color).toBe(urgentColor);
  });

  test("the chosen label is shown literally, never as Slack markup", () => {
    const updated = afterPress(
      { blocks: [] },
      { actionId: "choice:0", label: "<!channel> & co", user: "U3", locale: "en" },
    );
    expect(JSON.stringify(updated.blocks)).toContain("&lt;!channel&gt; &amp; co");
  });
});
