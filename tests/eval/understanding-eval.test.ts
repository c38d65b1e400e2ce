import { describe, expect, it } from "vitest";
import { devSetPath, evaluate, figures, loadCases } from "./understanding-eval.js";

// The development set lives beside the repository (../shared/understanding/dev-set.json); a missing file fails
// loudly rather than skipping.
describe("understanding on the development set, through the real engine", () => {
  it("starts the right service, asks at most once, is rarely confidently wrong and keeps the stated facts", async () => {
    const cases = loadCases(devSetPath);
    expect(cases.length).toBeGreaterThan(50);
    const f = figures(await evaluate(cases));
    expect(f.firstTime / f.cases).toBeGreaterThanOrEqual(0.95);
    expect(f.resolved / f.cases).toBeGreaterThanOrEqual(0.98);
    expect(f.confidentlyWrong / f.cases).toBeLessThanOrEqual(0.02);
    expect(f.factsTaken / f.facts).toBeGreaterThanOrEqual(0.9);
  }, 60_000);
});
