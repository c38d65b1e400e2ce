import { describe, expect, it } from "vitest";
import { readSupplyLine } from "../../src/supplies/supply-lines.js";

const catalogue = [
  { id: 1, name: "A4纸", nameEn: "A4 paper", unit: "包", aliases: ["复印纸"] },
  { id: 2, name: "签字笔", nameEn: "gel pen", unit: "支", aliases: ["中性笔"] },
  { id: 3, name: "白板笔", nameEn: null, unit: "支", aliases: [] },
];

describe("reading 'item and quantity' against the catalogue", () => {
  it.each([
    ["A4纸2包", 1, 2],
    ["A4纸×2包", 1, 2],
    ["a4纸 20 包", 1, 20],
    ["两包复印纸", 1, 2],
    ["中性笔十支", 2, 10],
    ["签字笔×10", 2, 10],
    ["A4 paper 3", 1, 3],
    ["白板笔5支", 3, 5],
  ])("%s", (text, id, quantity) => {
    expect(readSupplyLine(text, catalogue)).toMatchObject({ ok: true, item: { id }, quantity });
  });

  it("says what is wrong: unknown item, no quantity, zero or negative, another unit", () => {
    expect(readSupplyLine("订书机1个", catalogue)).toEqual({ ok: false, problem: "unknown", name: "订书机" });
    expect(readSupplyLine("A4纸", catalogue)).toMatchObject({ ok: false, problem: "no-quantity" });
    expect(readSupplyLine("A4纸0包", catalogue)).toMatchObject({ ok: false, problem: "not-positive" });
    expect(readSupplyLine("A4纸 -5包", catalogue)).toMatchObject({ ok: false, problem: "not-positive" });
    expect(readSupplyLine("A4纸 1.5包", catalogue)).toMatchObject({ ok: false, problem: "not-positive" });
    expect(readSupplyLine("签字笔1盒", catalogue)).toMatchObject({
      ok: false,
      problem: "wrong-unit",
      unit: "盒",
    });
  });
});
