import type { Field, FlowDefinition } from "../flow-kit/types.js";

const linePattern = /^\s*([^:：\n]{1,24}?)\s*[:：]\s*(.+?)\s*$/;

// Everyday names for a kind of field: "时间" is the booking's 使用时间, "地点" its 场地, "人数" the attendees.
const kindAliases: readonly { words: readonly string[]; fits: (f: Field) => boolean }[] = [
  {
    words: ["时间", "日期", "几点", "time", "date", "when"],
    fits: (f) => f.kind === "timerange" || f.kind === "datetime" || f.kind === "date",
  },
  {
    words: ["地点", "地方", "位置", "场地", "房间", "会议室", "教室", "where", "place", "room", "location"],
    fits: (f) => f.kind === "room" || f.key === "location" || f.key === "place",
  },
  {
    words: ["人数", "多少人", "people", "number of people", "headcount"],
    fits: (f) => f.key === "attendees",
  },
  { words: ["份数", "copies"], fits: (f) => f.key === "copies" },
  { words: ["页数", "pages"], fits: (f) => f.key === "pages" },
  { words: ["电话", "手机", "分机", "phone", "contact"], fits: (f) => f.key === "contact" },
];

/**
 * Finds the field a label names: its Chinese or English label or key ("地点", "Location", "location"), a
 * label it is part of ("时间" → "使用时间"), or an everyday name for its kind ("人数", "time").
 */
export function fieldByLabel(flow: FlowDefinition, label: string): Field | undefined {
  const raw = label.trim();
  const wanted = raw.toLowerCase();
  if (wanted === "") return undefined;
  const exact = flow.fields.find(
    (f) => f.label.zh === raw || f.label.en.toLowerCase() === wanted || f.key.toLowerCase() === wanted,
  );
  if (exact) return exact;
  if (wanted.length >= 2) {
    const within = flow.fields.filter(
      (f) => f.label.zh.includes(raw) || f.label.en.toLowerCase().includes(wanted),
    );
    if (within.length === 1) return within[0];
  }
  const alias = kindAliases.find((a) => a.words.includes(wanted));
  const fitting = alias ? flow.fields.filter(alias.fits) : [];
  return fitting.length >= 1 ? fitting[0] : undefined;
}

/** Explicit `字段: 值` / `field: value` lines in a message, matched to the flow's fields. */
export function labelLines(flow: FlowDefinition, text: string): { field: Field; raw: string }[] {
  const found: { field: Field; raw: string }[] = [];
  for (const line of text.split(/\r?\n/)) {
    const match = linePattern.exec(line);
    if (!match) continue;
    const field = fieldByLabel(flow, match[1]!);
    if (field) found.push({ field, raw: match[2]! });
  }
  return found;
}
