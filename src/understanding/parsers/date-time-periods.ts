/** Periods of the day (上午, 下午, 全天, morning, all day) and durations (2小时, 一个半小时, for 90 minutes). */
import type { Env } from "./date-time-env.js";
import { firstMatch } from "./date-time-text.js";
import { parseChineseNumber, parseEnglishNumber } from "./numbers.js";

export type Period = "morning" | "noon" | "afternoon" | "evening" | "allDay";

export const PERIOD_RE =
  /(一整天|全天|整天|上午|早上|早晨|清晨|今早|明早|中午|午间|下午|傍晚|晚上|今晚|明晚|昨晚|夜里)|\b(all[\s-]day|whole day|full day|entire day|morning|noon|lunchtime|afternoon|evening|tonight)\b/gi;
const PERIODS: Readonly<Record<string, Period>> = {
  一整天: "allDay",
  全天: "allDay",
  整天: "allDay",
  上午: "morning",
  早上: "morning",
  早晨: "morning",
  清晨: "morning",
  今早: "morning",
  明早: "morning",
  中午: "noon",
  午间: "noon",
  下午: "afternoon",
  傍晚: "evening",
  晚上: "evening",
  今晚: "evening",
  明晚: "evening",
  昨晚: "evening",
  夜里: "evening",
  "all day": "allDay",
  "all-day": "allDay",
  "whole day": "allDay",
  "full day": "allDay",
  "entire day": "allDay",
  morning: "morning",
  noon: "noon",
  lunchtime: "noon",
  afternoon: "afternoon",
  evening: "evening",
  tonight: "evening",
};

export function readPeriod(text: string): Period | undefined {
  const match = firstMatch(text, [PERIOD_RE]);
  if (!match) return undefined;
  return PERIODS[match[0].toLowerCase().replace(/\s+/g, " ")];
}

export function periodBounds(period: Period, env: Env): [number, number] {
  switch (period) {
    case "morning":
      return [env.workStart, 12 * 60];
    case "noon":
      return [12 * 60, 14 * 60];
    case "afternoon":
      return [14 * 60, env.workEnd];
    case "evening":
      return [18 * 60, 21 * 60];
    case "allDay":
      return [env.workStart, env.workEnd];
  }
}

const ZH_NUM = `\\d+(?:\\.\\d+)?|[零一二两三四五六七八九十百]+`;
export const ZH_DURATION_RE = new RegExp(
  `(?:(${ZH_NUM})\\s*个?\\s*(半)?\\s*(?:小时|钟头)(?:\\s*零?\\s*(\\d+|[一二三四五六七八九十]+)\\s*分(?:钟)?)?|(半)\\s*个?\\s*(?:小时|钟头)|(${ZH_NUM})\\s*分钟)`,
  "g",
);
export const EN_DURATION_RE =
  /\b(?:(\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight)\s*(?:hours?|hrs?|h)\b(?:\s*(?:and\s+)?(?:(a half)|(\d+)\s*(?:minutes?|mins?|m)\b))?|(half an? hour)|(\d+)\s*(?:minutes?|mins?)\b)/gi;

/** "2小时", "两个小时", "一个半小时", "90分钟", "for 2 hours", "an hour and a half" → minutes. */
export function findDuration(s: string): number | undefined {
  const zh = firstMatch(s, [ZH_DURATION_RE]);
  const en = firstMatch(s, [EN_DURATION_RE]);
  const m = zh && (!en || zh.index <= en.index) ? zh : en;
  if (!m) return undefined;
  let minutes: number | undefined;
  if (m === zh) {
    if (m[1] !== undefined) {
      const hours = parseChineseNumber(m[1]);
      const extra = m[3] === undefined ? 0 : (parseChineseNumber(m[3]) ?? 0);
      minutes = hours === undefined ? undefined : hours * 60 + (m[2] ? 30 : 0) + extra;
    } else if (m[4] !== undefined) minutes = 30;
    else if (m[5] !== undefined) minutes = parseChineseNumber(m[5]);
  } else if (m[1] !== undefined) {
    const word = m[1].toLowerCase();
    const hours = parseEnglishNumber(word) ?? Number(word);
    minutes = hours * 60 + (m[2] ? 30 : 0) + (m[3] === undefined ? 0 : Number(m[3]));
  } else if (m[4] !== undefined) minutes = 30;
  else if (m[5] !== undefined) minutes = Number(m[5]);
  if (minutes === undefined || !Number.isFinite(minutes) || minutes <= 0) return undefined;
  return Math.round(minutes);
}
