import { describe, expect, it } from "vitest";
import { choices } from "../../../src/engine/flow-kit/index.js";
import type { FieldContext } from "../../../src/engine/flow-kit/types.js";

const field = choices("channels", {
  label: { zh: "发布渠道", en: "channels" },
  prompt: { zh: "在哪里发布？", en: "Where?" },
  help: { zh: "可多选", en: "several are fine" },
  example: { zh: "1、2", en: "1, 2" },
  options: [
    { value: "bulletin", label: { zh: "公告栏", en: "Bulletin board" }, words: ["公告栏"] },
    { value: "screen", label: { zh: "电子屏", en: "E-screen" }, words: ["电子屏", "大屏"] },
    { value: "account", label: { zh: "公众号", en: "Official account" }, words: ["公众号"] },
    { value: "all", label: { zh: "全部渠道", en: "All channels" }, words: ["全部渠道"], everything: true },
  ],
});
const ctx = { locale: "zh" } as FieldContext;
const parsed = (text: string) => {
  const result = field.parse(text, ctx);
  return result?.ok ? result.value : result?.error.zh;
};

describe("several options at once (choices)", () => {
  it("reads names joined the ways people join them, in the options' order", () => {
    expect(parsed("公告栏和电子屏")).toEqual(["bulletin", "screen"]);
    expect(parsed("电子屏、公告栏")).toEqual(["bulletin", "screen"]);
    expect(parsed("1 3")).toEqual(["bulletin", "account"]);
    expect(parsed("2,3")).toEqual(["screen", "account"]);
    expect(parsed("Bulletin board and official account")).toEqual(["bulletin", "account"]);
  });

  it("one option alone, or 'all' for every option", () => {
    expect(parsed("电子屏")).toEqual(["screen"]);
    expect(parsed("4")).toEqual(["bulletin", "screen", "account"]);
  });

  it("refuses an answer with something that is not an option, naming the options", () => {
    expect(parsed("公告栏和广播")).toContain("不是可选项");
    expect(parsed("公告栏和广播")).toContain("1. 公告栏");
  });

  it("reads what the opening message names and shows the labels joined", () => {
    expect(field.extract?.("请在公告栏和大屏上发个停水通知", ctx)).toEqual(["bulletin", "screen"]);
    expect(field.format(["bulletin", "account"], ctx)).toBe("公告栏、公众号");
  });
});
