import type { Field, FlowDefinition } from "../flow-kit/types.js";

const linePattern = /^\s*([^:：\n]{1,24}?)\s*[:：]\s*(.+?)\s*$/;

/** Finds the field a label names: its Chinese or English label, or its key ("地点", "Location", "location"). */
export function fieldByLabel(flow: FlowDefinition, label: string): Field | undefined {
  const wanted = label.trim().toLowerCase();
  return flow.fields.find(
    (f) =>
      f.label.zh === label.trim() || f.label.en.toLowerCase() === wanted || f.key.toLowerCase() === wanted,
  );
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
