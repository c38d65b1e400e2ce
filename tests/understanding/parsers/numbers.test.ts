import { describe, expect, it } from "vitest";
import type { Message } from "../../../src/core/locale.js";
import { parseChineseNumber, parseCount } from "../../../src/understanding/parsers/numbers.js";
import type { ParseResult } from "../../../src/understanding/parsers/parse-result.js";

function errorOf(result: ParseResult<number> | undefined, input: string): Message {
  if (result === undefined) throw new Error(`expected an error for ${JSON.stringify(input)}, got undefined`);
  if (result.ok) throw new Error(`expected an error for ${JSON.stringify(input)}, got ${result.value}`);
  return result.error;
}

/** A polite sentence in both languages with a quoted example of a right answer. */
function expectGoodMessage(message: Message): void {
  expect(message.zh).toMatch(/请.*“[^”]+”。$/);
  expect(message.en).toMatch(/^[A-Z].*“[^”]+”\.$/);
}

describe("parseChineseNumber", () => {
  it.each([
    ["十二", 12],
    ["二十五", 25],
    ["一百零五", 105],
    ["两", 2],
    ["3", 3],
    ["１２", 12],
    ["十", 10],
    ["零", 0],
    ["九十九", 99],
    ["一百二十三", 123],
    ["两千", 2000],
    ["一千零五十", 1050],
    ["一千零一十", 1010],
    ["十一万", 110_000],
    ["二十一万三千", 213_000],
    ["一亿零一", 100_000_001],
    ["壹佰贰拾", 120],
    ["三百五", 350],
    ["一万二", 12_000],
    ["二〇二六", 2026],
    ["三零一", 301],
    ["3万", 30_000],
    ["1.5", 1.5],
    [" 30 ", 30],
  ])("“%s” is %d", (text, expected) => {
    expect(parseChineseNumber(text)).toBe(expected);
  });

  it.each([
    "",
    "abc",
    "百",
    "十百",
    "二三十",
    "两三",
    "一二",
    "半",
    "3点",
    "-5",
    "🙂",
    "'; DROP TABLE tickets; --",
    "一".repeat(10_000),
  ])("“%s” is not a number", (text) => {
    expect(parseChineseNumber(text)).toBeUndefined();
  });
});

describe("parseCount", () => {
  const people = { min: 1, max: 200, unitWords: ["人", "份", "页", "个", "张"] };

  it.each([
    ["30人", 30],
    ["三十个人", 30],
    ["for 30 people", 30],
    ["复印 50 份", 50],
    ["大概三十个", 30],
    ["30", 30],
    ["三十", 30],
    ["３０人", 30],
    ["一个人", 1],
    ["两百人", 200],
    ["30多人", 30],
    ["约 45 位老师", 45],
    ["thirty people", 30],
    ["twenty-five", 25],
    ["a dozen copies", 12],
    ["about 40", 40],
    ["40 or so", 40],
  ])("“%s” is %d", (text, expected) => {
    expect(parseCount(text, people)).toEqual({ ok: true, value: expected });
  });

  it("a number with a unit word wins over times and rooms in the same message", () => {
    expect(parseCount("明天下午3点 30人", people)).toEqual({ ok: true, value: 30 });
    expect(parseCount("301会议室，30人", people)).toEqual({ ok: true, value: 30 });
    expect(parseCount("帮我复印一下，50份", people)).toEqual({ ok: true, value: 50 });
    expect(parseCount("11月30日要打印20页", people)).toEqual({ ok: true, value: 20 });
  });

  it("times, dates and room numbers alone are not counts", () => {
    expect(parseCount("3点", people)).toBeUndefined();
    expect(parseCount("11月30日", people)).toBeUndefined();
    expect(parseCount("301会议室", people)).toBeUndefined();
    expect(parseCount("14:30", people)).toBeUndefined();
  });

  it("works without options and with thousands separators", () => {
    expect(parseCount("1,000份")).toEqual({ ok: true, value: 1000 });
    expect(parseCount("0")).toEqual({ ok: true, value: 0 });
  });

  it("above the maximum: names the allowed range and suggests the maximum with the user's unit", () => {
    const error = errorOf(parseCount("500人", people), "500人");
    expect(error.zh).toBe("数量需要在 1 到 200 之间，您给的是 500。请重新告诉我，例如“200人”。");
    expect(error.en).toContain("between 1 and 200");
    expectGoodMessage(error);
  });

  it("below the minimum: names the allowed range", () => {
    const error = errorOf(parseCount("0人", people), "0人");
    expect(error.zh).toContain("1 到 200");
    expectGoodMessage(error);
  });

  it("only a minimum or only a maximum is named on its own", () => {
    expect(errorOf(parseCount("0份", { min: 1 }), "0份").zh).toContain("至少是 1");
    expect(errorOf(parseCount("600份", { max: 500 }), "600份").en).toContain("at most 500");
  });

  it("a range such as “20-30人” asks for one exact number", () => {
    for (const text of ["20-30人", "二十到三十人", "20~30 people"]) {
      const error = errorOf(parseCount(text, people), text);
      expect(error.zh).toContain("确切的数字");
      expect(error.zh).toContain("30");
      expectGoodMessage(error);
    }
  });

  it("a fraction asks for a whole number", () => {
    const error = errorOf(parseCount("1.5份", people), "1.5份");
    expect(error.zh).toContain("整数");
    expect(error.zh).toContain("“2份”");
    expectGoodMessage(error);
  });

  it.each([
    "",
    "   ",
    "🙂🙂",
    "'; DROP TABLE tickets; --",
    "没有人",
    "一起去",
    "hello",
    "<script>alert('hi')</script>",
  ])("“%s” has no count", (text) => {
    expect(parseCount(text, people)).toBeUndefined();
  });

  it("very long input is read without throwing", () => {
    expect(parseCount("1 ".repeat(5_000), people)).toEqual({ ok: true, value: 1 });
    expect(parseCount(`${"x".repeat(10_000)}30人`, people)).toEqual({ ok: true, value: 30 });
    expect(parseCount("三".repeat(10_000), people)).toBeUndefined();
  });
});
