import { describe, expect, it } from "vitest";
import { parseRepeat } from "../../../src/engine/flow-kit/repeat-field.js";

describe("reading how a booking repeats", () => {
  it("reads weekly, every-other-week and daily series with their count", () => {
    expect(parseRepeat("每周一 14:00-15:30 共8周")).toEqual({
      ok: true,
      value: { unit: "week", interval: 1, count: 8 },
    });
    expect(parseRepeat("每周一次，共8周")).toEqual({
      ok: true,
      value: { unit: "week", interval: 1, count: 8 },
    });
    expect(parseRepeat("隔周周三下午 4次")).toEqual({
      ok: true,
      value: { unit: "week", interval: 2, count: 4 },
    });
    expect(parseRepeat("每个工作日 8:00-9:00 共5天")).toEqual({
      ok: true,
      value: { unit: "day", interval: 1, count: 5 },
    });
    expect(parseRepeat("every Monday 14:00-15:30 for 8 weeks")).toEqual({
      ok: true,
      value: { unit: "week", interval: 1, count: 8 },
    });
    expect(parseRepeat("every other week, six times")).toEqual({
      ok: true,
      value: { unit: "week", interval: 2, count: 6 },
    });
    expect(parseRepeat("8周")).toEqual({ ok: true, value: { unit: "week", interval: 1, count: 8 } });
  });

  it("reads 'no repeat' as none and ignores messages that do not repeat", () => {
    expect(parseRepeat("不重复")).toEqual({ ok: true, value: null });
    expect(parseRepeat("明天下午借301会议室")).toBeUndefined();
    expect(parseRepeat("借301会议室 3天后下午")).toBeUndefined();
  });

  it("asks for the count, and keeps it between 2 and 40", () => {
    expect(parseRepeat("每周一下午")).toMatchObject({
      ok: false,
      error: { zh: expect.stringContaining("共8周") },
    });
    expect(parseRepeat("每周 共50周")).toMatchObject({
      ok: false,
      error: { zh: "重复次数需要在 2 到 40 次之间，您写的是 50。" },
    });
  });
});
