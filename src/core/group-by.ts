/**
 * The items grouped by `keyOf`, groups in the order their first item came, items in their order (Node 20 has no
 * `Map.groupBy`).
 *
 * ```ts
 * groupBy(alerts, (a) => a.recipient.id); // Map { 7 => [alert, alert], 9 => [alert] }
 * ```
 */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
