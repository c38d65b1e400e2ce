/** How the date/time readers see a message: normalised text, and the first match among several patterns. */

export function normalize(text: string): string {
  return (
    text
      .normalize("NFKC")
      .replace(/[\u2010-\u2015\u2212]/g, "-")
      .replace(/\u301c/g, "~")
      // chrono rejects "下午14:00" (it adds 12 to 14); the 24-hour clock already says it all.
      .replace(/(?:下午|晚上|傍晚|中午)\s*(?=(?:1[3-9]|2[0-4])\s*[:点时])/g, "")
      .replace(/\s+/g, " ")
      // Quarters: "10点一刻" is 10:15 and "4点三刻" 4:45; chrono knows only minutes.
      .replace(/([点點])\s*一刻/g, "$115分")
      .replace(/([点點])\s*三刻/g, "$145分")
      // chrono reads a number after a clock time as seconds or minutes ("14:00 90分钟" → no time at all,
      // "3点 30人" → 03:30); a comma keeps them apart.
      .replace(/(\d:\d{2}|[点时])\s+(?=\d)/g, "$1, ")
      .trim()
  );
}

/** The earliest match of any of `patterns`; their `g` flag (and so their lastIndex) is ignored. */
export function firstMatch(text: string, patterns: RegExp[]): RegExpExecArray | undefined {
  let best: RegExpExecArray | undefined;
  for (const re of patterns) {
    const copy = new RegExp(re.source, re.flags.replace("g", ""));
    const m = copy.exec(text);
    if (m && (!best || m.index < best.index)) best = m;
  }
  return best;
}
