import { describe, expect, it } from "vitest";
import { problemKey, sameProblem } from "../../src/understanding/same-problem.js";

const same = (a: [string, string], b: [string, string]) => {
  const x = problemKey(...a);
  const y = problemKey(...b);
  return x !== undefined && y !== undefined && sameProblem(x, y);
};

describe("two reports of the same problem", () => {
  it("match on the room code and the thing, whichever words name them", () => {
    expect(same(["教学楼A301", "投影仪打不开了"], ["A301", "投影不亮"])).toBe(true);
    expect(same(["room 305", "The projector won't turn on"], ["305教室", "投影仪坏了"])).toBe(true);
    expect(same(["三楼男厕所", "水龙头一直漏水"], ["教学楼3楼男厕所", "水龙头拧不紧"])).toBe(true);
  });

  it("differ in another room or about another thing", () => {
    expect(same(["A301", "投影仪不亮"], ["A302", "投影仪不亮"])).toBe(false);
    expect(same(["A301", "投影仪不亮"], ["A301", "空调不制冷"])).toBe(false);
    expect(same(["三楼男厕所", "水龙头漏水"], ["三楼女厕所", "水龙头漏水"])).toBe(false);
  });

  it("say nothing when the report names no thing or no place", () => {
    expect(problemKey("A301", "有点问题")).toBeUndefined();
    expect(problemKey("", "投影仪不亮")).toBeUndefined();
  });
});
