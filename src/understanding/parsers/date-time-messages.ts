/** Polite replies in Chinese and English for dates and times that cannot be used; each shows what would work. */
import type { DateTime } from "luxon";
import type { Message } from "../../core/locale.js";
import {
  daysInMonth,
  EN_MONTHS,
  EN_MONTHS_LONG,
  EN_WEEKDAYS_LONG,
  ZH_WEEKDAYS,
} from "./date-time-day-words.js";
import type { Env } from "./date-time-env.js";
import { formatDay } from "./date-time-format.js";
import type { ParseResult } from "./parse-result.js";

export function fail<T>(error: Message): ParseResult<T> {
  return { ok: false, error };
}

function day(dt: DateTime, env: Env): { zh: string; en: string } {
  return { zh: formatDay(dt, "zh", env.now.year), en: formatDay(dt, "en", env.now.year) };
}

function dayTime(dt: DateTime, env: Env): { zh: string; en: string } {
  const d = day(dt, env);
  const hm = dt.toFormat("HH:mm");
  return { zh: `${d.zh} ${hm}`, en: `${d.en} ${hm}` };
}

export function tooLongMessage(): Message {
  return {
    zh: "这条消息太长了，我没法从中找出时间。请只发送日期和时间，例如“11月30日 14:00-15:30”。",
    en: "That message is too long for me to find a time in. Please send just the date and time, e.g. “30 Nov 14:00-15:30”.",
  };
}

/** `year` is shown when given; `max` (the month's length) defaults to that of `year` or of a leap year. */
export function invalidDateMessage(
  year: number | undefined,
  month: number,
  dayOfMonth: number,
  max?: number,
): Message {
  if (month < 1 || month > 12) {
    return {
      zh: `没有${month}月这个月份，请检查一下日期，例如“11月30日”。`,
      en: `There is no month ${month}. Please check the date, e.g. “30 Nov”.`,
    };
  }
  const days = max ?? daysInMonth(year ?? 2024, month);
  const monthName = EN_MONTHS_LONG[month - 1];
  const short = EN_MONTHS[month - 1];
  return {
    zh: `${year === undefined ? "" : `${year}年`}${month}月只有${days}天，没有${dayOfMonth}日。请检查一下日期，例如“${month}月${days}日”。`,
    en: `${monthName}${year === undefined ? "" : ` ${year}`} has only ${days} days, so there is no ${dayOfMonth} ${short}. Please check the date, e.g. “${days} ${short}”.`,
  };
}

export function invalidTimeMessage(text: string): Message {
  return {
    zh: `“${text}”不是有效的时间，请检查一下，例如“14:30”或“下午2点半”。`,
    en: `“${text}” is not a valid time. Please check it, e.g. “14:30” or “2:30pm”.`,
  };
}

export function weekdayMismatchMessage(
  date: DateTime,
  claim: number,
  suggestion: DateTime,
  env: Env,
): Message {
  const given = day(date, env);
  const other = day(suggestion, env);
  const zhDate = `${date.year === env.now.year ? "" : `${date.year}年`}${date.month}月${date.day}日`;
  const enDate = `${date.day} ${EN_MONTHS[date.month - 1]}${date.year === env.now.year ? "" : ` ${date.year}`}`;
  return {
    zh: `${zhDate}是周${ZH_WEEKDAYS[date.weekday - 1]}，不是周${ZH_WEEKDAYS[claim - 1]}。请确认您要的是“${given.zh}”还是“${other.zh}”。`,
    en: `${enDate} is a ${EN_WEEKDAYS_LONG[date.weekday - 1]}, not a ${EN_WEEKDAYS_LONG[claim - 1]}. Please tell me which one you mean: “${given.en}” or “${other.en}”.`,
  };
}

export function datePassedMessage(date: DateTime, env: Env, yearWasGuessed: boolean): Message {
  const given = day(date, env);
  const tomorrow = day(env.today.plus({ days: 1 }), env);
  const next = date.year + 1;
  return {
    zh: `${given.zh}已经过去了，请告诉我今天或以后的日期，例如“${tomorrow.zh}”。${
      yearWasGuessed ? `如果您指的是明年，请写上年份，例如“${next}年${date.month}月${date.day}日”。` : ""
    }`,
    en: `${given.en} has already passed. Please give me today or a later date, e.g. “${tomorrow.en}”.${
      yearWasGuessed
        ? ` If you mean next year, please add the year, e.g. “${date.day} ${EN_MONTHS[date.month - 1]} ${next}”.`
        : ""
    }`,
  };
}

export function timePassedMessage(start: DateTime, env: Env): Message {
  const given = dayTime(start, env);
  const now = env.now.toFormat("HH:mm");
  const hm = start.toFormat("HH:mm");
  return {
    zh: `${given.zh}已经过去了（现在是${now}）。请告诉我一个将来的时间，例如“明天 ${hm}”。`,
    en: `${given.en} has already passed (it is now ${now}). Please give me a time in the future, e.g. “tomorrow ${hm}”.`,
  };
}

export function needTimeMessage(date: DateTime, env: Env): Message {
  const d = day(date, env);
  return {
    zh: `请告诉我具体几点，例如“${d.zh} 14:00”。`,
    en: `Please tell me the exact time as well, e.g. “${d.en} 14:00”.`,
  };
}

export function needTimeRangeMessage(date: DateTime, env: Env): Message {
  const d = day(date, env);
  return {
    zh: `请告诉我具体的时间段，例如“${d.zh} 14:00-15:30”，也可以说“上午”“下午”或“全天”。`,
    en: `Please tell me the time range as well, e.g. “${d.en} 14:00-15:30”, or say “morning”, “afternoon” or “all day”.`,
  };
}

export function needStartTimeMessage(): Message {
  return {
    zh: "请告诉我开始时间，例如“14:00-15:30”。",
    en: "Please tell me the start time as well, e.g. “14:00-15:30”.",
  };
}

export function needEndTimeMessage(): Message {
  return {
    zh: "请告诉我结束时间，例如“14:00-15:30”。",
    en: "Please tell me the end time as well, e.g. “14:00-15:30”.",
  };
}

export function needDateMessage(): Message {
  return {
    zh: "请告诉我是哪一天，例如“11月30日”或“下周三”。",
    en: "Please tell me which day, e.g. “30 Nov” or “next Wednesday”.",
  };
}

export function endNotAfterStartMessage(start: DateTime, end: DateTime, env: Env): Message {
  const sameDay = start.hasSame(end, "day");
  const s = sameDay ? { zh: start.toFormat("HH:mm"), en: start.toFormat("HH:mm") } : dayTime(start, env);
  const e = sameDay ? { zh: end.toFormat("HH:mm"), en: end.toFormat("HH:mm") } : dayTime(end, env);
  return {
    zh: `结束时间（${e.zh}）需要晚于开始时间（${s.zh}），请重新告诉我时间段，例如“14:00-15:30”。`,
    en: `The end time (${e.en}) must be later than the start time (${s.en}). Please send the time range again, e.g. “14:00-15:30”.`,
  };
}
