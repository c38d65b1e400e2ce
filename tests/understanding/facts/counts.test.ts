import { describe, expect, it } from "vitest";
import { countWithUnit } from "../../../src/understanding/facts/counts.js";

describe("counts with their units", () => {
  it.each([
    ["明天十来个人开个会", ["人"], 10],
    ["大概12个人", ["人"], 12],
    ["约一百五十人参加", ["人"], 150],
    ["for 6 people", ["people"], 6],
    ["复印讲义，三十份", ["份"], 30],
    ["装订40本作业本", ["本"], 40],
    ["Please make 25 copies", ["copies"], 25],
  ])("'%s' → %d", (text, units, n) => {
    expect(countWithUnit(text, units)).toBe(n);
  });

  it("never takes a room number or a time as a count", () => {
    expect(countWithUnit("A301的人说", ["人"])).toBeUndefined();
    expect(countWithUnit("下午3点开会", ["人"])).toBeUndefined();
  });
});
