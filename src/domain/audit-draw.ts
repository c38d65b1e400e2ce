/**
 * The monthly audit's draw (G18): a seeded, reproducible sample of at least 20 % of each post's closed tickets.
 * Pure: the same seed and the same population always give the same sample.
 */

/** The share of closed tickets the guide asks to check each month. */
export const auditShare = 0.2;

/**
 * mulberry32, a small well-known 32-bit PRNG (Tommy Ettinger's public-domain generator): uniform numbers in
 * [0, 1) from a 32-bit seed. Not for secrets; it only has to be reproducible and evenly spread.
 *
 * ```ts
 * const next = mulberry32(42);
 * next(); // 0.6011037519201636, and the same again for seed 42
 * ```
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
