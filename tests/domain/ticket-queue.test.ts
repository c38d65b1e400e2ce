import { describe, expect, it } from "vitest";
import { priorityMark, priorityRank } from "../../src/domain/ticket-queue.js";

describe("queue order (G13)", () => {
  it("ranks urgent first, important next, then ordinary tickets", () => {
    const ranked = [...(["normal", "urgent", "important"] as const)].sort(
      (a, b) => priorityRank[a] - priorityRank[b],
    );
    expect(ranked).toEqual(["urgent", "important", "normal"]);
  });

  it("marks urgent tickets red", () => {
    expect(priorityMark("urgent")).toBe("🔴");
    expect(priorityMark("normal")).toBe("");
  });
});
