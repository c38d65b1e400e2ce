import type { types, ViewStateValue } from "@slack/bolt";
import { clip } from "../../core/clip.js";
import type { Locale } from "../../core/locale.js";
import type { FormFieldSpec, FormSpec } from "../../engine/modal-forms/form-spec.js";
import { slackTexts } from "./slack-texts.js";

export const formCallbackId = "office_form";
export const formActionPrefix = "form:";

/** Which form, in which language: a form button's value and the modal's `private_metadata`. */
export interface FormMetadata {
  flowId: string;
  locale: Locale;
}

type StateValues = Record<string, Record<string, ViewStateValue>>;
type InputElement = types.InputBlock["element"];

const valueAction = "value";
const plain = (text: string, max: number) => ({
  type: "plain_text" as const,
  text: clip(text, max),
  emoji: true,
});

/** The extra blocks a field needs beyond its first one (the time pickers after the date). */
const partsOf = (field: FormFieldSpec): string[] =>
  field.kind === "datetime" ? ["time"] : field.kind === "timerange" ? ["start", "end"] : [];
const partBlockId = (key: string, part: string) => `${key}::${part}`;

function mainElement(field: FormFieldSpec): InputElement {
  const placeholder = plain(field.example, 150);
  if (field.options) {
    return {
      type: "static_select",
      action_id: valueAction,
      placeholder,
      options: field.options.slice(0, 100).map((o) => ({ text: plain(o.label, 75), value: o.value })),
    };
  }
  switch (field.kind) {
    case "date":
    case "datetime":
    case "timerange":
      return { type: "datepicker", action_id: valueAction };
    case "count":
      return { type: "number_input", action_id: valueAction, is_decimal_allowed: false, placeholder };
    default:
      return {
        type: "plain_text_input",
        action_id: valueAction,
        multiline: field.multiline,
        placeholder,
        ...(field.maxLength ? { max_length: field.maxLength } : {}),
      };
  }
}

function fieldBlocks(field: FormFieldSpec, locale: Locale): types.InputBlock[] {
  const t = slackTexts(locale);
  const optional = field.required !== "always";
  const first: types.InputBlock = {
    type: "input",
    block_id: field.key,
    label: plain(field.label, 2000),
    hint: plain(field.hint, 2000),
    optional,
    element: mainElement(field),
  };
  const partLabel = { time: t.pickTime, start: t.pickStart, end: t.pickEnd } as Record<string, string>;
  const parts = partsOf(field).map(
    (part): types.InputBlock => ({
      type: "input",
      block_id: partBlockId(field.key, part),
      label: plain(`${field.label} · ${partLabel[part] ?? part}`, 2000),
      optional,
      element: { type: "timepicker", action_id: valueAction },
    }),
  );
  return [first, ...parts];
}

/**
 * A flow as a Slack modal: one input per field (choices as menus, times as date and time pickers), with the
 * flow's own labels, help and examples. Its answers go back to the engine as text, field by field.
 */
export function formModal(spec: FormSpec, meta: FormMetadata): types.ModalView {
  const t = slackTexts(meta.locale);
  return {
    type: "modal",
    callback_id: formCallbackId,
    private_metadata: JSON.stringify(meta),
    title: plain(spec.title, 24),
    submit: plain(t.submit, 24),
    close: plain(t.close, 24),
    blocks: [
      { type: "context", elements: [{ type: "plain_text", text: spec.description, emoji: true }] },
      ...spec.fields.flatMap((f) => fieldBlocks(f, meta.locale)),
    ],
  };
}

function readValue(value: ViewStateValue | undefined): string {
  if (!value) return "";
  return value.selected_option?.value ?? value.selected_date ?? value.selected_time ?? value.value ?? "";
}

/**
 * A submitted modal's answers as the engine's text: "2026-11-26 14:00-15:30" for a time range picked as a
 * date and two times, the option's value for a menu, the typed text otherwise.
 */
export function formAnswers(spec: FormSpec, state: StateValues): Record<string, string> {
  const read = (blockId: string) => readValue(state[blockId]?.[valueAction]).trim();
  const answers: Record<string, string> = {};
  for (const field of spec.fields) {
    const [date, ...times] = [field.key, ...partsOf(field).map((p) => partBlockId(field.key, p))].map(read);
    const time = field.kind === "timerange" ? times.filter(Boolean).join("-") : (times[0] ?? "");
    answers[field.key] = [date, time].filter(Boolean).join(" ");
  }
  return answers;
}

/** A button that opens a flow's form (under the service menu, on App Home). */
export function formButton(form: { flowId: string; title: string }, locale: Locale): types.Button {
  const meta: FormMetadata = { flowId: form.flowId, locale };
  return {
    type: "button",
    action_id: `${formActionPrefix}${form.flowId}`,
    text: plain(slackTexts(locale).formButton(form.title), 75),
    value: JSON.stringify(meta),
  };
}

export function formMetadata(raw: string): FormMetadata | undefined {
  try {
    const meta = JSON.parse(raw) as Partial<FormMetadata>;
    if (typeof meta.flowId !== "string" || (meta.locale !== "zh" && meta.locale !== "en")) return undefined;
    return { flowId: meta.flowId, locale: meta.locale };
  } catch {
    return undefined;
  }
}
