export type Priority = "urgent" | "important" | "normal";

const rank: Record<Priority, number> = { urgent: 0, important: 1, normal: 2 };

export interface QueueItem {
  priority: Priority;
  createdAt: Date;
  /** Earliest unmet deadline, if any. */
  nextDueAt?: Date | null | undefined;
}

/**
 * Queue order (G13): urgent (red label) first, important items jump ordinary ones, then the earlier deadline,
 * then first come first served.
 */
export function compareQueue(a: QueueItem, b: QueueItem): number {
  return (
    rank[a.priority] - rank[b.priority] ||
    (a.nextDueAt?.getTime() ?? Number.POSITIVE_INFINITY) -
      (b.nextDueAt?.getTime() ?? Number.POSITIVE_INFINITY) ||
    a.createdAt.getTime() - b.createdAt.getTime()
  );
}

export function sortQueue<T extends QueueItem>(items: readonly T[]): T[] {
  return [...items].sort(compareQueue);
}

/** The visible label of a priority: red for urgent (G13). */
export function priorityMark(priority: Priority): string {
  return priority === "urgent" ? "🔴" : priority === "important" ? "🟠" : "";
}
