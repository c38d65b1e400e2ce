/**
 * Shortens text to at most `max` characters, ending in "…" when it was cut.
 *
 * ```ts
 * clip("教学楼A301 投影仪不亮", 6); // "教学楼A3…"
 * ```
 */
export const clip = (text: string, max: number): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;
