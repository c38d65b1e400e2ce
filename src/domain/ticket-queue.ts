export type Priority = "urgent" | "important" | "normal";

/**
 * Queue order (G13): urgent (red label) first, important items jump ordinary ones, then the earlier deadline,
 * then first come first served. Queries order by this rank, then the deadline, then the creation time.
 */
export const priorityRank: Record<Priority, number> = { urgent: 0, important: 1, normal: 2 };

/** The visible label of a priority: red for urgent (G13). */
export function priorityMark(priority: Priority): string {
  return priority === "urgent" ? "🔴" : priority === "important" ? "🟠" : "";
}
