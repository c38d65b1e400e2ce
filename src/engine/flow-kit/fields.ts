import { DateTime } from "luxon";
import { z } from "zod";
import { schoolZone } from "../../domain/school-zone.js";
import { countWithUnit } from "../../understanding/facts/counts.js";
import {
  formatDateTime,
  formatTimeRange,
  parseDate,
  parseDateTime,
  parseTimeRange,
} from "../../understanding/parsers/date-time.js";
import { parseCount } from "../../understanding/parsers/numbers.js";
import { type Cue, cueHolds, type ListFact, listFact, type TextFact, textFact } from "./fact-sources.js";
import type { ChoiceOption, Field, FieldContext, ParseResult, RoomInfo, Text, Values } from "./types.js";

/** What every field declares: its label, the question, help with an example, and whether it is required. */
export interface FieldSpec {
  label: Text;
  prompt: Text;
  help: Text;
  example: Text;
  required?: boolean | ((values: Values) => boolean);
}

const fail = (zh: string, en: string): ParseResult<never> => ({ ok: false, error: { zh, en } });

function base<T>(key: string, kind: Field["kind"], spec: FieldSpec) {
  return {
    key,
    kind,
    label: spec.label,
    prompt: spec.prompt,
    help: spec.help,
    example: spec.example,
    required: spec.required ?? true,
  } as const satisfies Partial<Field<T>>;
}

/** Free text, e.g. a location or a description. */
export function text(
  key: string,
  spec: FieldSpec & {
    min?: number;
    max?: number;
    /**
     * What in the opening message answers this field, e.g. "place" or "message" (the description itself);
     * several are tried in order.
     */
    fills?: TextFact | readonly TextFact[];
  },
): Field<string> {
  const min = spec.min ?? 1;
  const max = spec.max ?? 500;
  const fills = spec.fills === undefined ? undefined : ([] as TextFact[]).concat(spec.fills);
  return {
    ...base<string>(key, "text", spec),
    schema: z.string().min(min).max(max),
    parse(input) {
      const value = input.trim();
      if (value.length < min) {
        return fail(
          `“${spec.label.zh}”至少需要 ${min} 个字，请再具体一点，例如：${spec.example.zh}`,
          `The ${spec.label.en} needs at least ${min} characters; please be a little more specific, e.g. ${spec.example.en}`,
        );
      }
      if (value.length > max) {
        return fail(
          `“${spec.label.zh}”最多 ${max} 个字，请精简后再发，例如：${spec.example.zh}`,
          `The ${spec.label.en} can be at most ${max} characters; please shorten it, e.g. ${spec.example.en}`,
        );
      }
      return { ok: true, value };
    },
    ...(fills
      ? {
          extract(input: string, ctx: FieldContext) {
            for (const fact of fills) {
              const value = textFact(fact, input, ctx)?.trim().slice(0, max);
              if (value !== undefined && value.length >= min) return value;
            }
            return undefined;
          },
        }
      : {}),
    format: (value) => value,
  };
}

/**
 * A phone number or extension to call back on (3–60 characters). A mobile number or "分机 8021" in the first
 * message is picked up without asking.
 *
 * ```ts
 * contact("contact", { label: { zh: "联系方式", en: "contact" }, prompt, help, example });
 * ```
 */
export function contact(key: string, spec: FieldSpec): Field<string> {
  return text(key, { min: 3, max: 60, ...spec, fills: "contact" });
}

const normalize = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ");

function matchOption(input: string, options: readonly ChoiceOption[]): ChoiceOption | undefined {
  const wanted = normalize(input);
  if (!wanted) return undefined;
  const index = Number(wanted);
  if (Number.isInteger(index) && index >= 1 && index <= options.length) return options[index - 1];
  const exact = options.find((o) =>
    [o.value, o.label.zh, o.label.en, ...(o.words ?? [])].some((w) => normalize(w) === wanted),
  );
  if (exact) return exact;
  const prefixed = options.filter((o) =>
    [o.label.zh, o.label.en].some((w) => normalize(w).startsWith(wanted) && wanted.length >= 1),
  );
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

function listOptions(options: readonly ChoiceOption[], locale: "zh" | "en"): string {
  return options.map((o, i) => `${i + 1}. ${o.label[locale]}`).join(locale === "zh" ? "；" : "; ");
}

/** One of a fixed set of options; accepts the number, the label or a clear prefix of it. */
export function choice(key: string, spec: FieldSpec & { options: readonly ChoiceOption[] }): Field<string> {
  const { options } = spec;
  return {
    ...base<string>(key, "choice", spec),
    options,
    schema: z.string().refine((v) => options.some((o) => o.value === v)),
    parse(input) {
      const option = matchOption(input, options);
      if (option) return { ok: true, value: option.value };
      return fail(
        `抱歉，“${input.trim().slice(0, 20)}”不是可选项。请回复编号或名称：${listOptions(options, "zh")}`,
        `Sorry, “${input.trim().slice(0, 20)}” is not one of the options. Reply with a number or a name: ${listOptions(options, "en")}`,
      );
    },
    extract(input) {
      // A cue the message states ("收到…来文" → receive) decides before plain words do.
      const cued = options.filter((o) => o.when !== undefined && cueHolds(o.when, input));
      if (cued.length === 1) return cued[0]!.value;
      // Several options' words: the thing named first is what the message is about ("空调漏水" → air conditioning).
      const lower = input.toLowerCase();
      let first: { option: ChoiceOption; at: number } | undefined;
      for (const option of options) {
        for (const word of option.words ?? []) {
          const at = lower.indexOf(word.toLowerCase());
          if (at >= 0 && (!first || at < first.at)) first = { option, at };
        }
      }
      if (first) return first.option.value;
      return undefined;
    },
    ...(options.find((o) => o.otherwise) ? { fallback: options.find((o) => o.otherwise)!.value } : {}),
    format: (value, ctx) => options.find((o) => o.value === value)?.label[ctx.locale] ?? value,
  };
}

// Between the options of a several-at-once answer: "公告栏和电子屏", "1、2", "bulletin and e-screen"; a plain
// space ("1 3") only when the parts read as options without it failing ("official account" is one option).
const optionSeparators = [/\s*(?:[,，、;；/+&]|\band\b|以及|和|及|与|还有)\s*/iu, /\s+/u];

/**
 * Several of a fixed set of options at once ("公告栏和电子屏", "1、2", "1 3"); an option marked `everything`
 * ("全部渠道") stands for all the others. The value is the chosen options' values in the options' order.
 *
 * ```ts
 * choices("channels", { label, prompt, help, example, options: [bulletin, screen, { ...all, everything: true }] });
 * ```
 */
export function choices(
  key: string,
  spec: FieldSpec & { options: readonly ChoiceOption[] },
): Field<string[]> {
  const { options } = spec;
  const real = options.filter((o) => !o.everything);
  const ordered = (picked: readonly ChoiceOption[]): string[] => {
    const all = picked.some((o) => o.everything);
    return real.filter((o) => all || picked.includes(o)).map((o) => o.value);
  };
  const pick = (input: string): string[] | undefined => {
    const whole = matchOption(input, options);
    if (whole) return ordered([whole]);
    for (const separator of optionSeparators) {
      const parts = input.split(separator).filter((p) => p.trim() !== "");
      if (parts.length < 2) continue;
      const picked = parts.map((p) => matchOption(p, options));
      if (picked.every((o) => o !== undefined)) return ordered(picked as ChoiceOption[]);
    }
    return undefined;
  };
  return {
    ...base<string[]>(key, "choice", spec),
    options,
    schema: z.array(z.string().refine((v) => real.some((o) => o.value === v))).min(1),
    parse(input) {
      const value = pick(input);
      if (value) return { ok: true, value };
      return fail(
        `抱歉，“${input.trim().slice(0, 20)}”不是可选项。请回复一个或几个编号或名称（如“1、2”）：${listOptions(options, "zh")}`,
        `Sorry, “${input.trim().slice(0, 20)}” is not among the options. Reply with one or more numbers or names (e.g. "1, 2"): ${listOptions(options, "en")}`,
      );
    },
    extract(input) {
      const lower = input.toLowerCase();
      const named = options.filter((o) => (o.words ?? []).some((w) => lower.includes(w.toLowerCase())));
      return named.length > 0 ? ordered(named) : undefined;
    },
    format: (value, ctx) =>
      value
        .map((v) => options.find((o) => o.value === v)?.label[ctx.locale] ?? v)
        .join(ctx.locale === "zh" ? "、" : ", "),
  };
}

const yesWords = ["是", "是的", "对", "要", "需要", "有", "好", "y", "yes", "true", "1"];
const noWords = ["否", "不", "不是", "不用", "不需要", "没有", "无", "n", "no", "false", "2"];

/** Yes or no. `words` are free-text signals that mean yes when the conversation starts (e.g. "紧急", "urgent"). */
export function yesNo(
  key: string,
  spec: FieldSpec & {
    words?: readonly string[];
    default?: boolean;
    /** A cue in the opening message that means yes ("urgent": a class soon or a safety risk). */
    when?: Cue;
  },
): Field<boolean> {
  return {
    ...base<boolean>(key, "yesno", spec),
    options: [
      { value: "yes", label: { zh: "是", en: "Yes" } },
      { value: "no", label: { zh: "否", en: "No" } },
    ],
    schema: z.boolean(),
    ...(spec.default === undefined ? {} : { defaultValue: spec.default }),
    parse(input) {
      const answer = normalize(input).replace(/[。.!！]+$/, "");
      if (yesWords.includes(answer) || answer === "是 yes") return { ok: true, value: true };
      if (noWords.includes(answer)) return { ok: true, value: false };
      if (spec.words?.some((w) => answer === w.toLowerCase())) return { ok: true, value: true };
      return fail(
        `请回答“是”或“否”（也可以回复 1 或 2）。${spec.help.zh}`,
        `Please answer “yes” or “no” (or reply 1 or 2). ${spec.help.en}`,
      );
    },
    extract(input) {
      const lower = input.toLowerCase();
      if (spec.when && cueHolds(spec.when, input)) return true;
      return spec.words?.some((w) => lower.includes(w.toLowerCase())) ? true : undefined;
    },
    format: (value, ctx) => (ctx.locale === "zh" ? (value ? "是" : "否") : value ? "Yes" : "No"),
  };
}

const isoString = z.iso.datetime({ offset: true });

/** A moment in time ("明天上午10点"), stored as an ISO instant. */
export function dateTime(key: string, spec: FieldSpec): Field<string> {
  return {
    ...base<string>(key, "datetime", spec),
    schema: isoString,
    parse(input, ctx) {
      const result = parseDateTime(input, ctx) ?? notATime(spec);
      return result.ok ? { ok: true, value: result.value.toISOString() } : result;
    },
    extract(input, ctx) {
      const result = parseDateTime(input, ctx);
      return result?.ok ? result.value.toISOString() : undefined;
    },
    format: (value, ctx) =>
      formatDateTime(new Date(value), { timeZone: ctx.timeZone, locale: ctx.locale, now: ctx.now }),
  };
}

export interface TimeRangeValue {
  start: string;
  end: string;
}

/** A start and end ("明天下午2点到3点半"), stored as ISO instants. */
export function timeRange(key: string, spec: FieldSpec): Field<TimeRangeValue> {
  return {
    ...base<TimeRangeValue>(key, "timerange", spec),
    schema: z.object({ start: isoString, end: isoString }).refine((r) => r.end > r.start),
    parse(input, ctx) {
      const result = parseTimeRange(input, ctx) ?? notATime(spec);
      return result.ok
        ? {
            ok: true,
            value: { start: result.value.start.toISOString(), end: result.value.end.toISOString() },
          }
        : result;
    },
    extract(input, ctx) {
      const result = parseTimeRange(input, ctx);
      return result?.ok
        ? { start: result.value.start.toISOString(), end: result.value.end.toISOString() }
        : undefined;
    },
    format: (value, ctx) =>
      formatTimeRange(
        { start: new Date(value.start), end: new Date(value.end) },
        { timeZone: ctx.timeZone, locale: ctx.locale, now: ctx.now },
      ),
  };
}

/** A calendar day ("下周三"), stored as YYYY-MM-DD in the school's zone. */
export function date(key: string, spec: FieldSpec): Field<string> {
  return {
    ...base<string>(key, "date", spec),
    schema: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    parse: (input, ctx) => parseDate(input, ctx) ?? notATime(spec),
    extract(input, ctx) {
      const result = parseDate(input, ctx);
      return result?.ok ? result.value : undefined;
    },
    format: (value, ctx) => formatDay(value, ctx),
  };
}

/** "11月30日(周一)" / "Mon 30 Nov": the day as the date-time fields show it, without the clock time. */
function formatDay(isoDate: string, ctx: FieldContext): string {
  const noon = DateTime.fromISO(`${isoDate}T12:00`, { zone: schoolZone(ctx.timeZone) }).toJSDate();
  const withTime = formatDateTime(noon, { timeZone: ctx.timeZone, locale: ctx.locale, now: ctx.now });
  return withTime.replace(/\s\d{2}:\d{2}$/, "");
}

function notATime(spec: FieldSpec): ParseResult<never> {
  return fail(
    `抱歉，我没有看懂这个时间。请换一种写法，例如：${spec.example.zh}`,
    `Sorry, I could not read that time. Please write it like: ${spec.example.en}`,
  );
}

/** A whole number such as attendees, pages or copies ("30人", "三十份"). */
export function count(
  key: string,
  spec: FieldSpec & { min?: number; max?: number; unitWords?: readonly string[] },
): Field<number> {
  const opts = { min: spec.min ?? 1, max: spec.max ?? 10_000, unitWords: [...(spec.unitWords ?? [])] };
  return {
    ...base<number>(key, "count", spec),
    schema: z.number().int().min(opts.min).max(opts.max),
    parse: (input) =>
      parseCount(input, opts) ??
      fail(
        `请回复一个数字（${opts.min}–${opts.max}），例如：${spec.example.zh}`,
        `Please reply with a number (${opts.min}–${opts.max}), e.g. ${spec.example.en}`,
      ),
    ...(opts.unitWords.length > 0
      ? {
          extract(input: string) {
            const value = countWithUnit(input, opts.unitWords);
            return value !== undefined && value >= opts.min && value <= opts.max ? value : undefined;
          },
        }
      : {}),
    format: (value) => String(value),
  };
}

function roomNames(room: RoomInfo): string[] {
  return [room.id, room.name, room.nameEn ?? "", ...room.aliases].filter(Boolean).map((n) => n.toLowerCase());
}

/** Finds the room a text names; the longest matching name wins ("301会议室" over "301"). */
export function findRoom(input: string, rooms: readonly RoomInfo[]): RoomInfo | undefined {
  const lower = input.toLowerCase();
  let best: { room: RoomInfo; length: number } | undefined;
  for (const room of rooms) {
    for (const name of roomNames(room)) {
      if (name.length >= 2 && lower.includes(name) && (!best || name.length > best.length)) {
        best = { room, length: name.length };
      }
    }
  }
  return best?.room;
}

/** A room's display name for summaries ("301会议室" rather than its id "r301"). */
export function roomName(id: unknown, ctx: Pick<FieldContext, "rooms" | "locale">): string {
  const found = ctx.rooms.find((r) => r.id === id);
  if (!found) return typeof id === "string" ? id : "";
  return ctx.locale === "en" ? (found.nameEn ?? found.name) : found.name;
}

/** A bookable room from the directory, by name, number or alias. */
export function room(key: string, spec: FieldSpec): Field<string> {
  return {
    ...base<string>(key, "room", spec),
    schema: z.string().min(1),
    parse(input, ctx) {
      const found = findRoom(input, ctx.rooms);
      if (found) return { ok: true, value: found.id };
      const zh = ctx.rooms.map((r) => `${r.name}（${r.capacity}人）`).join("、");
      const en = ctx.rooms.map((r) => `${r.nameEn ?? r.name} (${r.capacity})`).join(", ");
      return fail(
        `抱歉，没有找到这个场地。可预约的有：${zh}。`,
        `Sorry, I could not find that room. You can book: ${en}.`,
      );
    },
    extract: (input, ctx) => findRoom(input, ctx.rooms)?.id,
    format(value, ctx: FieldContext) {
      const found = ctx.rooms.find((r) => r.id === value);
      if (!found) return value;
      return ctx.locale === "zh"
        ? `${found.name}（${found.building}，${found.capacity}人）`
        : `${found.nameEn ?? found.name} (${found.building}, ${found.capacity} people)`;
    },
  };
}

/** Several items separated by 、，, ; or new lines ("投影仪、话筒"). "无"/"none" means an empty list. */
export function list(
  key: string,
  spec: FieldSpec & {
    max?: number;
    /** What in the opening message fills the list: equipment asked for, or supply items with quantities. */
    fills?: ListFact;
  },
): Field<string[]> {
  const max = spec.max ?? 20;
  const fills = spec.fills;
  return {
    ...base<string[]>(key, "list", spec),
    schema: z.array(z.string().min(1).max(100)).max(max),
    parse(input) {
      const trimmed = input.trim();
      if (/^(无|没有|不需要|none|no|n\/a|-)$/i.test(trimmed)) return { ok: true, value: [] };
      const items = trimmed
        .split(/[、,，;；\n]+/)
        .map((s) => s.trim())
        .filter(Boolean);
      if (items.length === 0)
        return fail(
          `请列出至少一项，例如：${spec.example.zh}`,
          `Please list at least one item, e.g. ${spec.example.en}`,
        );
      if (items.length > max || items.some((i) => i.length > 100)) {
        return fail(
          `最多 ${max} 项、每项不超过 100 字，请精简。`,
          `At most ${max} items of up to 100 characters each, please.`,
        );
      }
      return { ok: true, value: items };
    },
    ...(fills ? { extract: (input: string) => listFact(fills, input)?.slice(0, max) } : {}),
    format: (value, ctx) =>
      value.length === 0
        ? ctx.locale === "zh"
          ? "无"
          : "none"
        : value.join(ctx.locale === "zh" ? "、" : ", "),
  };
}
