import { DateTime } from "luxon";
import { schoolZone } from "../../domain/school-zone.js";
import { findPlace } from "../../understanding/facts/places.js";
import { parseDateTime } from "../../understanding/parsers/date-time.js";
import type { Field, FieldContext, FlowDefinition, Values } from "../flow-kit/types.js";
import { fieldByLabel } from "./label-lines.js";

/** A natural correction: "不对，是A302", "改成下午4点", "人数改为15", "change the time to 4pm". */
export interface Correction {
  label?: string;
  value: string;
}

const sayNo =
  /^(?:不对|不是|错了|搞错了|说错了|写错了|更正一下|更正|纠正一下|纠正|sorry|no|actually)[，,。.!！\s]+(?:是|应该是|应为|改成|改为|换成|it'?s|make it)?\s*(.+)$/i;
const changeTo = /^(?:改成|改为|换成|应该是|应为|改到|change it to|make it)\s*(.+)$/i;
const labelTo = /^(.{1,10}?)\s*(?:改成|改为|换成|应该是|应为|改到)\s*(.+)$/;
const englishLabelTo = /^(?:change|set|make)\s+(?:the\s+)?(.+?)\s+to\s+(.+)$/i;

export function readCorrection(text: string): Correction | undefined {
  const t = text.trim();
  const no = sayNo.exec(t);
  if (no) return { value: no[1]!.trim() };
  const to = changeTo.exec(t);
  if (to) return { value: to[1]!.trim() };
  const labelled = labelTo.exec(t) ?? englishLabelTo.exec(t);
  if (labelled) return { label: labelled[1]!.trim(), value: labelled[2]!.trim() };
  return undefined;
}

// Fields whose parser only accepts its own kind of value come first: a room, a time, a number, an option.
const specific = new Set<Field["kind"]>([
  "room",
  "timerange",
  "datetime",
  "date",
  "count",
  "choice",
  "yesno",
]);

/** The fields a correction may be about, the likeliest first. */
export function correctionTargets(
  flow: FlowDefinition,
  correction: Correction,
  values: Values,
  current: Field | undefined,
  history: readonly string[],
  rooms: FieldContext["rooms"],
): Field[] {
  if (correction.label !== undefined) {
    const named = fieldByLabel(flow, correction.label);
    return named ? [named] : [];
  }
  const known = flow.fields.filter((f) => values[f.key] !== undefined || f === current);
  const recent = (f: Field) => -history.indexOf(f.key);
  const kinds = known.filter((f) => specific.has(f.kind)).sort((a, b) => recent(a) - recent(b));
  // A place said as the correction goes to the place field ("不对，是A302").
  const place = findPlace(correction.value, rooms)
    ? known.filter((f) => f.kind === "text" && (f.key === "location" || f.key === "place"))
    : [];
  const text = current?.kind === "text" ? [current] : [];
  return [...new Set([...kinds, ...place, ...text])];
}

/**
 * A new start for a time range given as a single time ("改成下午4点"): the same day and the same length as
 * before. Undefined when the value is not a time or the range is not set.
 */
export function shiftedRange(
  value: string,
  old: unknown,
  fctx: FieldContext,
): { start: string; end: string } | undefined {
  const range = old as { start?: string; end?: string } | undefined;
  if (!range?.start || !range.end) return undefined;
  const start = new Date(range.start);
  const length = new Date(range.end).getTime() - start.getTime();
  const dayStart = DateTime.fromJSDate(start, { zone: schoolZone(fctx.timeZone) }).startOf("day");
  const now = new Date(Math.max(dayStart.toMillis(), fctx.now.getTime()));
  const parsed = parseDateTime(value, { ...fctx, now });
  if (!parsed?.ok) return undefined;
  let at = DateTime.fromJSDate(parsed.value, { zone: schoolZone(fctx.timeZone) });
  // "下午4点" names no day: keep the booking's day.
  if (!/[日号天周月]|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday/i.test(value))
    at = at.set({ year: dayStart.year, month: dayStart.month, day: dayStart.day });
  const newStart = at.toJSDate();
  return { start: newStart.toISOString(), end: new Date(newStart.getTime() + length).toISOString() };
}
