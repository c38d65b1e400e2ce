// The flow-definition kit: everything a file in flows/ may import.

export { hasQuantity } from "../../understanding/facts/items.js";
export { defineFlow, onSite, plan, resolve, respond, workingDays, workingHours } from "./define-flow.js";
export type { Cue, ListFact, TextFact } from "./fact-sources.js";
export {
  choice,
  choices,
  contact,
  count,
  date,
  dateTime,
  type FieldSpec,
  list,
  room,
  roomName,
  type TimeRangeValue,
  text,
  timeRange,
  yesNo,
} from "./fields.js";
export { parseRepeat, type RepeatValue, repeat } from "./repeat-field.js";
export { summaryText } from "./summary-text.js";
export type { ChoiceOption, Field, FieldContext, FlowDefinition, SlaTarget, Text, Values } from "./types.js";
