import type { Locale } from "../../core/locale.js";
import type { EngineContext } from "../context.js";
import type { Field, FieldContext, FieldKind, FlowDefinition } from "../flow-kit/types.js";
import { fieldContext } from "../form-runtime/field-context.js";

export interface FormOption {
  value: string;
  label: string;
}

/** One field of a flow as a form input, in one language. */
export interface FormFieldSpec {
  key: string;
  kind: FieldKind;
  label: string;
  /** The field's help and example, shown under the input. */
  hint: string;
  example: string;
  /** "depends": required for some answers to other fields; checked when the form is submitted. */
  required: "always" | "optional" | "depends";
  /** Fixed options (choice, yes/no, room); the value is what the field's parser accepts. */
  options?: FormOption[];
  maxLength?: number;
  multiline: boolean;
}

/** A flow as a whole form (for a Slack modal), built from the same definition as the conversation. */
export interface FormSpec {
  flowId: string;
  title: string;
  description: string;
  fields: FormFieldSpec[];
}

function requirement(field: Field): FormFieldSpec["required"] {
  if (typeof field.required === "function") return "depends";
  return field.required ? "always" : "optional";
}

function optionsOf(field: Field, fctx: FieldContext): FormOption[] | undefined {
  if (field.kind === "room") {
    const format = field.format as (value: string, ctx: FieldContext) => string;
    return fctx.rooms.map((room) => ({ value: room.id, label: format(room.id, fctx) }));
  }
  return field.options?.map((o) => ({ value: o.value, label: o.label[fctx.locale] }));
}

function fieldSpec(field: Field, fctx: FieldContext): FormFieldSpec {
  const { locale } = fctx;
  const maxLength = (field.schema as { maxLength?: number | null }).maxLength ?? undefined;
  const options = optionsOf(field, fctx);
  return {
    key: field.key,
    kind: field.kind,
    label: field.label[locale],
    hint: `${field.help[locale]} ${locale === "zh" ? "例如：" : "e.g. "}${field.example[locale]}`,
    example: field.example[locale],
    required: requirement(field),
    ...(options ? { options } : {}),
    ...(maxLength ? { maxLength } : {}),
    multiline: field.kind === "list" || (field.kind === "text" && (maxLength ?? 0) > 100),
  };
}

function specOf(flow: FlowDefinition, fctx: FieldContext): FormSpec {
  return {
    flowId: flow.id,
    title: flow.title[fctx.locale],
    description: flow.description[fctx.locale],
    fields: flow.fields.map((f) => fieldSpec(f, fctx)),
  };
}

/**
 * Every flow as a form, in menu order.
 *
 * ```ts
 * formSpecs(ctx, "zh")[0]; // { flowId: "repair", title: "报修", fields: [{ key: "location", ... }, ...] }
 * ```
 */
export function formSpecs(ctx: EngineContext, locale: Locale): FormSpec[] {
  const fctx = fieldContext(ctx, locale, {});
  return ctx.flows.all().map((flow) => specOf(flow, fctx));
}

/** The form of the flow a user named: its id, its title in either language, or an intent word ("报修"). */
export function findFormSpec(ctx: EngineContext, name: string, locale: Locale): FormSpec | undefined {
  const flow = ctx.flows.get(name.trim()) ?? ctx.flows.byTitle(name) ?? understoodFlow(ctx, name);
  return flow ? specOf(flow, fieldContext(ctx, locale, {})) : undefined;
}

function understoodFlow(ctx: EngineContext, name: string) {
  const { band, candidates } = ctx.understanding.interpret(name);
  const top = candidates[0];
  return band === "confident" && top?.kind === "flow" ? ctx.flows.get(top.id) : undefined;
}
