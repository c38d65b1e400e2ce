import { describe, expect, it } from "vitest";
import { splitMessage, WECHAT_MESSAGE_LIMIT } from "../../../src/channels/wechat/split-message.js";

const sentence = (n: number) => `第${n}条：投影仪已经修好，请老师上课前试用一下。`;

describe("long WeChat replies", () => {
  it("sends a reply under the limit as one message, unchanged", () => {
    expect(splitMessage("已受理，工单号：综合办-20261126-001。\n可随时查询进度。")).toEqual([
      "已受理，工单号：综合办-20261126-001。\n可随时查询进度。",
    ]);
  });

  it("splits between paragraphs first, packing as many whole paragraphs as fit", () => {
    const paragraphs = ["甲".repeat(40), "乙".repeat(40), "丙".repeat(40)];
    expect(splitMessage(paragraphs.join("\n\n"), 90)).toEqual([
      `${paragraphs[0]}\n\n${paragraphs[1]}`,
      paragraphs[2],
    ]);
  });

  it("splits a paragraph that is too long between its lines", () => {
    const lines = Array.from(
      { length: 6 },
      (_, i) => `综合办-20261126-00${i}｜报修｜教学楼A30${i} 投影仪不亮｜待受理`,
    );
    const pieces = splitMessage(lines.join("\n"), 100);
    expect(pieces.every((p) => p.length <= 100)).toBe(true);
    expect(pieces.join("\n")).toBe(lines.join("\n"));
    expect(pieces.flatMap((p) => p.split("\n"))).toEqual(lines);
  });

  it("splits a line that is too long between sentences, Chinese or English", () => {
    const line = Array.from({ length: 10 }, (_, i) => sentence(i)).join("");
    const pieces = splitMessage(line, 80);
    expect(pieces.every((p) => p.length <= 80 && p.endsWith("。"))).toBe(true);
    expect(pieces.join("")).toBe(line);
    expect(splitMessage("The projector works again. Please try it before class. Thanks!", 40)).toEqual([
      "The projector works again.",
      "Please try it before class. Thanks!",
    ]);
  });

  it("cuts a single sentence longer than the limit without breaking an emoji", () => {
    const text = `${"好".repeat(9)}😀${"好".repeat(10)}`;
    const pieces = splitMessage(text, 10);
    expect(pieces).toEqual(["好".repeat(9), `😀${"好".repeat(8)}`, "好好"]);
    expect(pieces.join("")).toBe(text);
  });

  it("keeps every piece of a very long reply under WeChat's practical limit", () => {
    const reply = Array.from({ length: 400 }, (_, i) =>
      i % 7 === 6 ? `${sentence(i)}\n\n` : `${sentence(i)}\n`,
    ).join("");
    const pieces = splitMessage(reply);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((p) => p.length <= WECHAT_MESSAGE_LIMIT)).toBe(true);
    expect(pieces.join("").replace(/\s/g, "")).toBe(reply.replace(/\s/g, ""));
  });
});
