import { describe, expect, it } from "vitest";
import {
  differencePercent,
  isLow,
  stocktakeFlagged,
  suggestedPurchase,
} from "../../../src/supplies/domain/stock-rules.js";

describe("the stocktake's 3 % rule (G8: ledger vs stock error ≤ 3 %)", () => {
  it("does not flag exactly 3 %, either way", () => {
    expect(stocktakeFlagged(100, 97)).toBe(false);
    expect(stocktakeFlagged(100, 103)).toBe(false);
    expect(stocktakeFlagged(1000, 970)).toBe(false);
    expect(stocktakeFlagged(200, 194)).toBe(false);
  });
  it("flags just over 3 %", () => {
    expect(stocktakeFlagged(1000, 969)).toBe(true);
    expect(stocktakeFlagged(1000, 1031)).toBe(true);
    expect(stocktakeFlagged(100, 96)).toBe(true);
    expect(stocktakeFlagged(200, 193)).toBe(true);
  });
  it("an empty book: nothing counted is fine, anything counted is flagged", () => {
    expect(stocktakeFlagged(0, 0)).toBe(false);
    expect(stocktakeFlagged(0, 1)).toBe(true);
    expect(differencePercent(0, 1)).toBeUndefined();
    expect(differencePercent(200, 193)).toBe(3.5);
  });
});

describe("stock levels and the purchase suggestion", () => {
  it("is low only below the minimum", () => {
    expect(isLow(9, 10)).toBe(true);
    expect(isLow(10, 10)).toBe(false);
  });
  it("suggests minimum + expected usage − current stock, never below zero", () => {
    expect(suggestedPurchase(10, 35, 5)).toBe(40);
    expect(suggestedPurchase(50, 0, 200)).toBe(0);
    expect(suggestedPurchase(10, 30, 40)).toBe(0);
    expect(suggestedPurchase(10, 30, 39)).toBe(1);
  });
});
