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
