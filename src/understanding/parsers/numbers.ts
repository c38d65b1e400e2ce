/**
 * Pure number parsers for chat input: Chinese numerals ("二十五", "一百零五", "两"), full-width digits ("１２")
 * and counts in free text ("30人", "三十个人", "for 30 people", "复印 50 份").
 */
import type { Message } from "../../core/locale.js";
import type { ParseResult } from "./parse-result.js";

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};

const SMALL_UNITS: Readonly<Record<string, number>> = {
  十: 10,
  拾: 10,
  百: 100,
  佰: 100,
  千: 1000,
  仟: 1000,
};
const BIG_UNITS: Readonly<Record<string, number>> = {
  万: 10_000,
  萬: 10_000,
  亿: 100_000_000,
  億: 100_000_000,
};

/** Characters that can make up a Chinese numeral. */
export const CHINESE_NUMERAL_CHARS = "零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万萬亿億";

/**
 * Reads a whole number written in Arabic digits (also full-width), in Chinese numerals, or a mix such as "3万".
 *
 * "十二" → 12, "二十五" → 25, "一百零五" → 105, "两" → 2, "三百五" → 350, "二〇二六" → 2026, "１２" → 12, "1.5" → 1.5.
 * Returns undefined for anything else ("", "abc", "二三", "十百").
 */
export function parseChineseNumber(text: string): number | undefined {
  const s = text.normalize("NFKC").trim();
  if (s === "" || s.length > 40) return undefined;
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);

  const scaled = /^(\d+(?:\.\d+)?)\s*([十百千万亿萬億拾佰仟])$/.exec(s);
  if (scaled) {
    const unit = SMALL_UNITS[scaled[2]!] ?? BIG_UNITS[scaled[2]!]!;
    return Number(scaled[1]) * unit;
  }

  const chars = [...s];
  if (!chars.every((c) => c in DIGITS || c in SMALL_UNITS || c in BIG_UNITS)) return undefined;

  // Digit by digit, as in years and room numbers: "二〇二六" → 2026, "三零一" → 301.
  if (chars.every((c) => c in DIGITS)) {
    if (chars.length === 1) return DIGITS[chars[0]!];
    const spelled = chars.length >= 3 || chars.some((c) => DIGITS[c] === 0);
    if (!spelled || chars.includes("两")) return undefined;
    return Number(chars.map((c) => DIGITS[c]).join(""));
  }

  return readPositional(chars);
}

/** "一百零五" style numerals, including the spoken shortening "三百五" = 350 and "一万二" = 12000. */
function readPositional(chars: string[]): number | undefined {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastSmall = Number.POSITIVE_INFINITY;
  let lastBig = Number.POSITIVE_INFINITY;
  let lastUnit = 1;
  let zeroSeen = false;

  for (const c of chars) {
    const d = DIGITS[c];
    if (d !== undefined) {
      if (d === 0) {
        if (digit !== undefined && digit !== 0) return undefined;
        zeroSeen = true;
        digit = undefined;
        continue;
      }
      if (digit !== undefined) return undefined; // "二三十"
      digit = d;
      continue;
    }
    const small = SMALL_UNITS[c];
    if (small !== undefined) {
      if (small >= lastSmall) return undefined; // "十百"
      const n = digit ?? (small === 10 ? 1 : undefined);
      if (n === undefined) return undefined; // "百" without a digit
      section += n * small;
      lastSmall = small;
      lastUnit = small;
      digit = undefined;
      zeroSeen = false;
      continue;
    }
    const big = BIG_UNITS[c]!;
    if (big >= lastBig) return undefined;
    section += digit ?? 0;
    if (section === 0) return undefined;
    total += section * big;
    section = 0;
    digit = undefined;
    lastBig = big;
    lastSmall = Number.POSITIVE_INFINITY;
    lastUnit = big;
    zeroSeen = false;
  }

  if (digit !== undefined) {
    // "三百五" means 350 and "一万二" 12000, but "一百零五" is 105 and "二十五" is 25.
    section += !zeroSeen && lastUnit >= 100 ? (digit * lastUnit) / 10 : digit;
  }
  return total + section;
}

const EN_SMALL: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  dozen: 12,
  hundred: 100,
};
const EN_TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const EN_WORD_PATTERN = `\\b(?:(?:a|one)\\s+(?:hundred|dozen)|(?:${Object.keys(EN_TENS).join("|")})(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?|${Object.keys(EN_SMALL).join("|")})\\b`;

/** An English number word or phrase: "eight", "twenty-five", "a dozen", "an" (1). */
export function parseEnglishNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/^(?:a|one)\s+/, "");
  if (w === "a" || w === "an") return 1;
  const parts = w.split(/[-\s]+/);
  const first = parts[0] ?? "";
  const tens = EN_TENS[first];
  if (tens !== undefined) return tens + (parts[1] ? (EN_SMALL[parts[1]] ?? 0) : 0);
  return EN_SMALL[first];
}

/** Nouns that mark an English count even when the caller gave only Chinese unit words. */
const EN_COUNT_NOUNS =
  /^\s*(?:more\s+)?(?:people|persons?|guests?|attendees|participants|students|teachers|staff|seats?|copies|copy|pages?|sheets?|pieces?|pcs|sets?|boxes|box|items?)\b/i;
/** Chinese measure words that make a number a count ("三十个", "5位", "10名"). */
const CLASSIFIER = "(?:多|几|余|来)?\\s*(?:个|位|名)?";
/** What follows a number that is a time, date, room, floor, money ... rather than a count. */
const NOT_A_COUNT_AFTER =
  /^\s*(?:[:：点時时月日号號年周天%％/]|分钟|小时|楼|层|室|会议室|教室|房|班|年级|届|元|块|号楼|am\b|pm\b|a\.m|p\.m|st\b|nd\b|rd\b|th\b|hours?\b|hrs?\b|minutes?\b|mins?\b|days?\b|weeks?\b|years?\b|o'?clock\b)/i;
const NOT_A_COUNT_BEFORE = /(?:[:：/\-~#.]|第|周|星期|礼拜)\s*$|[A-Za-z]$/;
const RANGE_JOIN = "\\s*(?:-|~|到|至|或|\\bto\\b|\\bor\\b)\\s*";
const NUMBER_TOKEN_SOURCE = `(\\d+(?:\\.\\d+)?)|([${CHINESE_NUMERAL_CHARS}]+)|(${EN_WORD_PATTERN})`;

interface Token {
  value: number;
  index: number;
  end: number;
  raw: string;
  kind: "digits" | "zh" | "en";
}

export interface CountOptions {
  min?: number;
  max?: number;
  /** Unit words that mark the count, e.g. ["人", "份", "页", "个", "张"]; a number followed by one wins. */
  unitWords?: readonly string[];
}

/** Longer text is cut here; a count is expected near the start of a chat reply. */
const MAX_COUNT_INPUT = 20_000;

/**
 * Finds a count in free text: "30人", "三十个人", "for 30 people", "复印 50 份", "大概三十个".
 *
 * - undefined when the text holds no number that could be a count (times like "3点" and rooms like "301会议室" are skipped);
 * - an error when the count is outside [min, max], is not a whole number, or is a range such as "20-30人".
 * A number followed by one of `unitWords` is preferred over any other number.
 */
export function parseCount(text: string, opts: CountOptions = {}): ParseResult<number> | undefined {
  const s = text
    .normalize("NFKC")
    .slice(0, MAX_COUNT_INPUT)
    .replace(/(\d),(?=\d{3}(?!\d))/g, "$1");
  const tokens = findTokens(s);
  if (tokens.length === 0) return undefined;

  const unitWords = (opts.unitWords ?? []).filter((w) => w.trim() !== "");
  const unitRe =
    unitWords.length > 0
      ? new RegExp(`^\\s*${CLASSIFIER}\\s*(${unitWords.map(escapeRegExp).join("|")})`, "i")
      : undefined;
  const whole = s.trim().replace(/[\s.。!！?？~]+$/, "");

  let best: { token: Token; rank: number; unit?: string } | undefined;
  for (const token of tokens) {
    // Context windows rather than whole-text slices keep this linear on long input.
    const after = s.slice(token.end, token.end + 40);
    const before = s.slice(Math.max(0, token.index - 10), token.index);
    const unit = unitRe?.exec(after)?.[1];
    let rank: number;
    if (unit !== undefined) rank = 3;
    else if (/^\s*(?:多|几|余|来)?\s*(?:个|位|名)/.test(after) || EN_COUNT_NOUNS.test(after)) rank = 2;
    else if (NOT_A_COUNT_AFTER.test(after) || NOT_A_COUNT_BEFORE.test(before)) continue;
    else if (token.kind === "digits" || whole === token.raw) rank = 1;
    else if (token.kind === "zh" && token.raw.length > 1 && !/^[一两]/.test(token.raw)) rank = 1;
    else continue;
    if (!best || rank > best.rank) best = { token, rank, ...(unit !== undefined ? { unit } : {}) };
  }
  if (!best) return undefined;

  const { token, unit } = best;
  const other = rangePartner(s, token);
  if (other !== undefined) return { ok: false, error: ambiguousMessage(Math.max(other, token.value), unit) };
  return checkCount(token.value, opts, unit);
}

function findTokens(s: string): Token[] {
  const tokens: Token[] = [];
  const re = new RegExp(NUMBER_TOKEN_SOURCE, "gi");
  for (const m of s.matchAll(re)) {
    const raw = m[0];
    const index = m.index ?? 0;
    let value: number | undefined;
    let kind: Token["kind"];
    if (m[1] !== undefined) {
      value = Number(m[1]);
      kind = "digits";
    } else if (m[2] !== undefined) {
      value = parseChineseNumber(m[2]);
      kind = "zh";
    } else {
      value = parseEnglishNumber(raw);
      kind = "en";
    }
    if (value === undefined || !Number.isFinite(value)) continue;
    tokens.push({ value, index, end: index + raw.length, raw, kind });
  }
  return tokens;
}

/** The other end of "20-30人" / "二十到三十个人" around the chosen token, if the text gives a range. */
function rangePartner(s: string, token: Token): number | undefined {
  const numberish = `(\\d+(?:\\.\\d+)?|[${CHINESE_NUMERAL_CHARS}]+)`;
  const before = new RegExp(`${numberish}${RANGE_JOIN}$`).exec(
    s.slice(Math.max(0, token.index - 30), token.index),
  );
  if (before?.[1] !== undefined) {
    const value = parseChineseNumber(before[1]);
    if (value !== undefined) return value;
  }
  const window = s.slice(token.end, token.end + 60);
  const after = new RegExp(`^${RANGE_JOIN}${numberish}`).exec(window);
  if (after?.[1] !== undefined && !NOT_A_COUNT_AFTER.test(window.slice(after[0].length))) {
    const value = parseChineseNumber(after[1]);
    if (value !== undefined) return value;
  }
  return undefined;
}

function checkCount(value: number, opts: CountOptions, unit: string | undefined): ParseResult<number> {
  if (!Number.isInteger(value)) {
    const example = Math.max(opts.min ?? 0, Math.round(value));
    return {
      ok: false,
      error: {
        zh: `数量需要是整数，您给的是 ${value}。请告诉我一个整数，例如“${example}${unit ?? ""}”。`,
        en: `The number needs to be a whole number, but I read ${value}. Please give a whole number, e.g. “${example}”.`,
      },
    };
  }
  const { min, max } = opts;
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
    return { ok: false, error: rangeMessage(value, min, max, unit) };
  }
  return { ok: true, value };
}

function rangeMessage(
  value: number,
  min: number | undefined,
  max: number | undefined,
  unit?: string,
): Message {
  const example = min !== undefined && value < min ? min : (max ?? value);
  const ex = `${example}${unit ?? ""}`;
  if (min !== undefined && max !== undefined) {
    return {
      zh: `数量需要在 ${min} 到 ${max} 之间，您给的是 ${value}。请重新告诉我，例如“${ex}”。`,
      en: `The number needs to be between ${min} and ${max}, but I read ${value}. Please send it again, e.g. “${example}”.`,
    };
  }
  if (min !== undefined) {
    return {
      zh: `数量至少是 ${min}，您给的是 ${value}。请重新告诉我，例如“${ex}”。`,
      en: `The number needs to be at least ${min}, but I read ${value}. Please send it again, e.g. “${example}”.`,
    };
  }
  return {
    zh: `数量不能超过 ${max}，您给的是 ${value}。请重新告诉我，例如“${ex}”。`,
    en: `The number can be at most ${max}, but I read ${value}. Please send it again, e.g. “${example}”.`,
  };
}

function ambiguousMessage(upper: number, unit: string | undefined): Message {
  return {
    zh: `请告诉我一个确切的数字，而不是一个范围，例如“${upper}${unit ?? ""}”。`,
    en: `Please give me one exact number rather than a range, e.g. “${upper}”.`,
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
