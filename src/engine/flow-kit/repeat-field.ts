import { z } from "zod";
import { maxOccurrences } from "../../rooms/domain/booking-recurrence.js";
import {
  CHINESE_NUMERAL_CHARS,
  parseChineseNumber,
  parseEnglishNumber,
} from "../../understanding/parsers/numbers.js";
import type { FieldSpec } from "./fields.js";
import type { Field, ParseResult } from "./types.js";

/** How a booking repeats; `skip` holds dates the requester agreed to leave out, valid for the start `skipFor`. */
export interface RepeatValue {
  unit: "week" | "day";
  interval: number;
  count: number;
  skip?: string[] | undefined;
  skipFor?: string | undefined;
}

const repeatSchema = z.object({
  unit: z.enum(["week", "day"]),
  interval: z.number().int().min(1).max(4),
  count: z.number().int().min(2).max(maxOccurrences),
  skip: z.array(z.string()).optional(),
  skipFor: z.string().optional(),
});

const none =
  /^(?:不重复|不用重复|无需重复|只一次|一次|单次|否|不|无|no|none|once|no repeat|not recurring)[。.!！]?$/i;
const everyOther =
  /每两周|每隔一周|隔周|双周|\bevery\s+(?:other|second|two)\s+weeks?\b|\bbi-?weekly\b|\bfortnightly\b/i;
const weekly =
  /每(?:个)?(?:周|星期|礼拜)|\bevery\s+(?:week|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\bweekly\b|\beach\s+(?:week|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/i;
const daily = /每天|每日|每个工作日|每一个工作日|\bevery\s+(?:working\s+|work\s+|week)?day\b|\bdaily\b/i;
const number = `([0-9]+|[${CHINESE_NUMERAL_CHARS}]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|sixteen|twenty)`;
const countZh = new RegExp(
  `(共|连续|持续|一共|总共|重复)?\\s*(?<![每隔])${number}\\s*(周|个星期|个礼拜|星期|次|天|个工作日)`,
  "g",
);
const countEn = new RegExp(
  `\\b(for\\s+)?${number}\\s+(weeks?|times|sessions|days|working days|occurrences)\\b`,
  "gi",
);

/** A direct answer that is just a count ("8周", "for 8 weeks"): in a longer message "3天后" is not a repeat. */
const onlyCount =
  /^(?:共|连续|一共|总共|重复|for)?\s*\S{1,6}\s*(?:周|个星期|次|天|个工作日|weeks?|times|days|working days)$/i;

const fail = (zh: string, en: string): ParseResult<never> => ({ ok: false, error: { zh, en } });

interface Counted {
  count: number;
  unit: "week" | "day" | undefined;
  prefixed: boolean;
}

/** The repeat count: "共8周" or "for 8 weeks" first, otherwise the largest count ("每周一次，8周" → 8). */
function readCount(text: string): Counted | undefined {
  const found = [...text.matchAll(countZh), ...text.matchAll(countEn)].flatMap((match): Counted[] => {
    const raw = match[2]!.toLowerCase();
    const count = parseEnglishNumber(raw) ?? parseChineseNumber(raw);
    if (count === undefined) return [];
    const word = match[3]!.toLowerCase();
    const unit = /周|星期|礼拜|week/.test(word) ? "week" : /天|工作日|day/.test(word) ? "day" : undefined;
    return [{ count, unit, prefixed: match[1] !== undefined }];
  });
  return found.sort((a, b) => Number(b.prefixed) - Number(a.prefixed) || b.count - a.count)[0];
}

/**
 * Reads a repetition: "每周一 14:00-15:30 共8周", "隔周 共4次", "每个工作日 共5天", "every Monday for 8 weeks",
 * "weekly, 6 times". "不重复"/"no" means none (null). A bare "8周" is weekly. undefined when the text says
 * nothing about repeating.
 */
export function parseRepeat(text: string): ParseResult<RepeatValue | null> | undefined {
  const s = text.normalize("NFKC").trim();
  if (none.test(s)) return { ok: true, value: null };
  const counted = readCount(s);
  const unit = daily.test(s)
    ? "day"
    : everyOther.test(s) || weekly.test(s)
      ? "week"
      : onlyCount.test(s)
        ? counted?.unit
        : undefined;
  if (!unit) return undefined;
  const interval = unit === "week" && everyOther.test(s) ? 2 : 1;
  if (!counted) {
    return fail(
      "请说明一共重复几次，例如“每周一 14:00-15:30 共8周”或“共8次”。",
      'Please say how many times it repeats, e.g. "every Monday 14:00-15:30 for 8 weeks" or "8 times".',
    );
  }
  if (counted.count < 2 || counted.count > maxOccurrences) {
    return fail(
      `重复次数需要在 2 到 ${maxOccurrences} 次之间，您写的是 ${counted.count}。`,
      `It can repeat 2 to ${maxOccurrences} times; you wrote ${counted.count}.`,
    );
  }
  return { ok: true, value: { unit, interval, count: counted.count } };
}

/**
 * A booking's repetition ("每周一 共8周"). It is never asked for: it is picked out of the first message or set
 * with "修改 重复" at the review, and only then shown. A single booking stays a one-question-shorter form.
 */
export function repeat(key: string, spec: Omit<FieldSpec, "required">): Field<RepeatValue | null> {
  return {
    key,
    kind: "text",
    label: spec.label,
    prompt: spec.prompt,
    help: spec.help,
    example: spec.example,
    required: (values) => values[key] !== undefined && values[key] !== null,
    schema: repeatSchema.nullable(),
    parse: (input) =>
      parseRepeat(input) ??
      fail(
        `抱歉，我没有看懂重复方式，请这样写：${spec.example.zh}；不需要重复请回复“不重复”。`,
        `Sorry, I could not read how it repeats; please write it like: ${spec.example.en}, or "no" for a single booking.`,
      ),
    extract(input) {
      const result = parseRepeat(input);
      return result?.ok && result.value ? result.value : undefined;
    },
    format(value, ctx) {
      if (!value) return ctx.locale === "zh" ? "不重复" : "no";
      const skipped = value.skip?.length ?? 0;
      if (ctx.locale === "zh") {
        const every = value.unit === "day" ? "每个工作日" : value.interval === 2 ? "每两周" : "每周";
        return `${every}，共 ${value.count} 次${skipped > 0 ? `（跳过有冲突的 ${skipped} 个日期）` : ""}`;
      }
      const every =
        value.unit === "day" ? "every working day" : value.interval === 2 ? "every other week" : "weekly";
      return `${every}, ${value.count} times${skipped > 0 ? ` (skipping ${skipped} conflicting dates)` : ""}`;
    },
  };
}
