import type { types } from "@slack/bolt";
import type { Locale } from "../../core/locale.js";
import type { FieldKind } from "../../core/messages.js";
import { slackTexts } from "./slack-texts.js";

type StateValues = Record<
  string,
  Record<string, { selected_date?: string | null; selected_time?: string | null }>
>;
type PickedKind = "date" | "datetime" | "timerange";

export const pickerActions = {
  date: "pick:date",
  start: "pick:start",
  end: "pick:end",
  use: "pick:use",
} as const;

const pickedKinds: readonly string[] = ["date", "datetime", "timerange"] satisfies PickedKind[];

const placeholder = (text: string) => ({ type: "plain_text" as const, text });

/**
 * Slack's date and time pickers for a question about a time, with a button that sends the picked time as
 * text ("2026-11-26 14:00-15:30"), so the engine reads it with the same parser as a typed answer.
 */
export function pickerBlock(
  kind: FieldKind,
  locale: Locale,
  owner: string | undefined,
): types.ActionsBlock | undefined {
  if (!pickedKinds.includes(kind)) return undefined;
  const t = slackTexts(locale);
  const elements: types.ActionsBlockElement[] = [
    { type: "datepicker", action_id: pickerActions.date, placeholder: placeholder(t.pickDate) },
  ];
  if (kind !== "date") {
    const startLabel = kind === "timerange" ? t.pickStart : t.pickTime;
    elements.push({
      type: "timepicker",
      action_id: pickerActions.start,
      placeholder: placeholder(startLabel),
    });
  }
  if (kind === "timerange")
    elements.push({ type: "timepicker", action_id: pickerActions.end, placeholder: placeholder(t.pickEnd) });
  elements.push({
    type: "button",
    action_id: pickerActions.use,
    style: "primary",
    text: placeholder(t.usePicked),
    value: kind,
  });
  return { type: "actions", block_id: owner ? `pick:${kind}@${owner}` : `pick:${kind}`, elements };
}

/** The picked time as the engine's text, or undefined while a needed picker is still empty. */
export function pickedText(
  kind: string,
  blockId: string,
  state: StateValues | undefined,
): string | undefined {
  const picked = state?.[blockId] ?? {};
  const date = picked[pickerActions.date]?.selected_date;
  const start = picked[pickerActions.start]?.selected_time;
  const end = picked[pickerActions.end]?.selected_time;
  if (!date) return undefined;
  if (kind === "date") return date;
  if (kind === "datetime") return start ? `${date} ${start}` : undefined;
  return start && end ? `${date} ${start}-${end}` : undefined;
}
