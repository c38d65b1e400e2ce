import { describe, expect, it } from "vitest";
import { auditQuota, drawAuditSample } from "../../src/domain/audit-draw.js";

const ids = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

describe("the monthly audit draw (G18)", () => {
  it("each post gets 20 % of its closed tickets, rounded up", () => {
    expect([0, 1, 4, 5, 6, 10, 11, 23].map(auditQuota)).toEqual([0, 1, 1, 1, 2, 2, 3, 5]);
    const population = { houqin: ids(1, 11), wenyin: ids(100, 3), huiwu: ids(200, 10) };
    const sample = drawAuditSample(population, 7);
    expect(Object.fromEntries(Object.entries(sample).map(([post, s]) => [post, s.length]))).toEqual({
      houqin: 3,
      wenyin: 1,
      huiwu: 2,
    });
    // 6 of 24 = 25 %: never below 20 % overall, because Σ⌈nᵢ/5⌉ ≥ ⌈Σnᵢ/5⌉.
    const drawn = Object.values(sample).flat();
    expect(drawn.length).toBeGreaterThanOrEqual(Math.ceil(24 * 0.2));
    for (const [post, chosen] of Object.entries(sample)) {
      expect(new Set(chosen).size).toBe(chosen.length);
      for (const id of chosen) expect(population[post as keyof typeof population]).toContain(id);
    }
  });

  it("the same seed and the same ticket list give the same draw; the list's order does not matter", () => {
    const population = { houqin: ids(1, 40), wenyin: ids(100, 17) };
    const first = drawAuditSample(population, 20261201);
    const shuffled = { wenyin: [...population.wenyin].reverse(), houqin: [...population.houqin].reverse() };
    expect(drawAuditSample(shuffled, 20261201)).toEqual(first);
    expect(drawAuditSample(population, 20261202)).not.toEqual(first);
  });

  it("over many seeds every ticket of a post is drawn about equally often", () => {
    const counts = new Array<number>(10).fill(0);
    for (let seed = 0; seed < 5000; seed++) {
      for (const id of drawAuditSample({ p: ids(0, 10) }, seed).p ?? []) counts[id]!++;
    }
    // Expected 1000 each (2 of 10 per draw).
    for (const count of counts) expect(count).toBeGreaterThan(880);
    for (const count of counts) expect(count).toBeLessThan(1120);
  });
});
