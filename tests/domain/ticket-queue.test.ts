import { describe, expect, it } from "vitest";
import { priorityMark, sortQueue } from "../../src/domain/ticket-queue.js";

const at = (hhmm: string) => new Date(`2026-11-27T${hhmm}:00+08:00`);

describe("queue order (G13)", () => {
  it("puts urgent first, important next, then first come first served", () => {
    const queue = sortQueue([
      { id: "a", priority: "normal" as const, createdAt: at("08:40") },
      { id: "b", priority: "important" as const, createdAt: at("09:30") },
      { id: "c", priority: "urgent" as const, createdAt: at("10:00") },
      { id: "d", priority: "normal" as const, createdAt: at("08:35") },
    ]);
    expect(queue.map((q) => q.id)).toEqual(["c", "b", "d", "a"]);
  });

  it("orders tickets of the same priority by the earlier deadline", () => {
    const queue = sortQueue([
      { id: "late", priority: "normal" as const, createdAt: at("08:40"), nextDueAt: at("16:00") },
      { id: "soon", priority: "normal" as const, createdAt: at("09:00"), nextDueAt: at("11:00") },
      { id: "none", priority: "normal" as const, createdAt: at("08:31"), nextDueAt: null },
    ]);
    expect(queue.map((q) => q.id)).toEqual(["soon", "late", "none"]);
  });

  it("marks urgent tickets red", () => {
    expect(priorityMark("urgent")).toBe("🔴");
    expect(priorityMark("normal")).toBe("");
  });
});
