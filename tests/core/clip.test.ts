import { expect, it } from "vitest";
import { clip } from "../../src/core/clip.js";

it("clip keeps text that fits and ends cut text with an ellipsis within the limit", () => {
  expect(clip("投影仪不亮", 5)).toBe("投影仪不亮");
  expect(clip("教学楼A301 投影仪不亮", 6)).toBe("教学楼A3…");
  expect(clip("教学楼A301 投影仪不亮", 6)).toHaveLength(6);
});
