import { describe, expect, it } from "vitest";
import { mulberry32 } from "../../src/domain/seeded-random.js";

describe("the seeded generator behind the audit draw and the intent model's training", () => {
  it("mulberry32 gives the published sequence for seed 42", () => {
    const next = mulberry32(42);
    expect(next()).toBe(0.6011037519201636);
    expect(next()).toBe(0.44829055899754167);
  });

  it("two generators with the same seed give the same numbers, in [0, 1)", () => {
    const a = mulberry32(3141592653);
    const b = mulberry32(3141592653);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(b()).toBe(x);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});
