/**
 * The monthly audit's draw (G18): a seeded, reproducible sample of at least 20 % of each post's closed tickets.
 * Pure: the same seed and the same population always give the same sample.
 */

import { mulberry32 } from "./seeded-random.js";

/** The share of closed tickets the guide asks to check each month. */
export const auditShare = 0.2;

/**
 * How many of `closed` tickets to check: ⌈20 %⌉, so a post with 1–5 closed tickets gets 1, 6–10 get 2. Computed
 * in whole numbers (⌈n / 5⌉) so no floating-point rounding can ever drop below 20 %.
 */
export function auditQuota(closed: number): number {
  return Math.ceil(closed / 5);
}

/**
 * Draws each post's quota from its ticket ids with one generator seeded by `seed`: posts in id order, each
 * post's ids sorted ascending, then a partial Fisher–Yates shuffle. Rounding up per post makes the total at
 * least ⌈20 %⌉ of all closed tickets (Σ⌈nᵢ/5⌉ ≥ ⌈Σnᵢ/5⌉).
 *
 * ```ts
 * drawAuditSample({ houqin: [1, 2, 3, 4, 5, 6], wenyin: [7] }, 123); // { houqin: [two ids], wenyin: [7] }
 * ```
 */
export function drawAuditSample(
  population: Readonly<Record<string, readonly number[]>>,
  seed: number,
): Record<string, number[]> {
  const next = mulberry32(seed);
  const sample: Record<string, number[]> = {};
  for (const post of Object.keys(population).sort()) {
    const ids = [...(population[post] ?? [])].sort((a, b) => a - b);
    const quota = auditQuota(ids.length);
    for (let i = 0; i < quota; i++) {
      const j = i + Math.floor(next() * (ids.length - i));
      [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    }
    if (quota > 0) sample[post] = ids.slice(0, quota).sort((a, b) => a - b);
  }
  return sample;
}
