import type { Locale, Message } from "../../core/locale.js";
import type { Choice, ReplyDraft } from "../../core/messages.js";
import { parseDateTime } from "../../understanding/parsers/date-time.js";
import type { Field, FieldContext, FlowDefinition, Values } from "../flow-kit/types.js";
import { arrayOf, isRecord, isString } from "../stored-shape.js";
import { texts } from "../texts/index.js";
import { correctionTargets, readCorrection, shiftedRange } from "./corrections.js";
import { fieldRequirement, valueLines } from "./field-context.js";
import { fieldByLabel, labelLines } from "./label-lines.js";

/** Where a conversation stands inside a flow; stored as JSON beside the values. */
export interface FormState {
  /** The field being asked, or "review". */
  step: string;
  /** Fields answered through questions, in order, for "back". */
  history: string[];
  /** A field being re-asked from the review: its old value stays until a valid new one arrives. */
  changing?: string | undefined;
  /** A start time given without its end ("明天下午3点"); the next answer may be just the end ("4点半"). */
  partial?: string | undefined;
}

const optionalText = (x: unknown) => x === undefined || isString(x);

/**
 * Whether a stored form and its values can be continued; a damaged or older row is restarted, never trusted.
 * Checked by hand rather than with a schema: it runs on every turn.
 */
export function isResumable(form: unknown, values: unknown): form is FormState {
  return (
    isRecord(form) &&
    isString(form.step) &&
    arrayOf(isString)(form.history) &&
    optionalText(form.changing) &&
    optionalText(form.partial) &&
    isRecord(values)
  );
}

export interface FormTurn {
  values: Values;
  state: FormState;
  replies: ReplyDraft[];
  /** The user confirmed the review: create the ticket. */
  confirmed?: boolean;
  cancelled?: boolean;
}

const words = {
  confirm: ["确认", "确定", "提交", "好", "好的", "没问题", "confirm", "ok", "yes", "submit"],
  edit: ["修改", "编辑", "change", "edit"],
  cancel: ["取消", "退出", "不要了", "cancel", "quit", "stop"],
  back: ["返回", "上一步", "back"],
  help: ["帮助", "help", "?", "？"],
  skip: ["跳过", "无", "没有", "不需要", "skip", "none", "no"],
};

/** Words that steer the conversation and are never kept as a text value ("领导签字：确认"). */
const controlValues = [...words.confirm, ...words.edit, ...words.cancel, ...words.back];

export const isWord = (text: string, list: readonly string[]) => list.includes(text.trim().toLowerCase());
export const controlWords = words;

const changePattern = /^(?:修改|更改|改|change|edit)\s+(.+)$/i;
// Chinese is typed without a space ("修改地点"); only a known label after the verb makes that a change request.
const gluedChangePattern = /^(?:修改|更改|改)(.+)$/;

function changeRequest(flow: FlowDefinition, text: string): RegExpExecArray | null {
  const glued = gluedChangePattern.exec(text);
  if (glued && fieldByLabel(flow, glued[1]!)) return glued;
  return changePattern.exec(text);
}

function applies(field: Field, values: Values): boolean {
  return fieldRequirement(field, values) !== undefined;
}

/** Drops values of fields that no longer apply (e.g. leader sign-off after "not major"). */
function prune(flow: FlowDefinition, values: Values): Values {
  const out: Values = {};
  for (const field of flow.fields) {
    if (values[field.key] !== undefined && applies(field, values)) out[field.key] = values[field.key];
  }
  return out;
}

function nextField(flow: FlowDefinition, values: Values): Field | undefined {
  return flow.fields.find((f) => applies(f, values) && values[f.key] === undefined);
}

/** Parses one answer with the field's parser, then checks it against the field's schema. */
export function validate(
  field: Field,
  raw: string,
  fctx: FieldContext,
): { ok: true; value: unknown } | { ok: false; error: Message } {
  const parsed = field.parse(raw, fctx);
  if (!parsed)
    return {
      ok: false,
      error: { zh: `请按示例填写：${field.example.zh}`, en: `Please answer like: ${field.example.en}` },
    };
  if (!parsed.ok) return parsed;
  const checked = field.schema.safeParse(parsed.value);
  if (!checked.success) {
    return {
      ok: false,
      error: {
        zh: `“${field.label.zh}”的内容不符合要求，请按示例填写：${field.example.zh}`,
        en: `The ${field.label.en} is not valid; please answer like: ${field.example.en}`,
      },
    };
  }
  return { ok: true, value: checked.data };
}

function choicesFor(field: Field, locale: Locale): Choice[] | undefined {
  return field.options?.map((o) => ({ label: o.label[locale], value: o.value }));
}

function question(field: Field, values: Values, locale: Locale): ReplyDraft {
  const optional = fieldRequirement(field, values) === false;
  const t = texts(locale);
  const example = `${locale === "zh" ? "例如：" : "e.g. "}${field.example[locale]}`;
  const text = [field.prompt[locale], field.options ? "" : example, optional ? t.optionalHint : ""]
    .filter(Boolean)
    .join(" ");
  const choices = choicesFor(field, locale);
  const withSkip = optional ? [...(choices ?? []), { label: t.skip, value: t.skip }] : choices;
  const asked = { key: field.key, kind: field.kind };
  return withSkip
    ? { kind: "question", text, choices: withSkip, field: asked }
    : { kind: "question", text, field: asked };
}

export function reviewReply(flow: FlowDefinition, values: Values, fctx: FieldContext): ReplyDraft {
  const t = texts(fctx.locale);
  return {
    kind: "review",
    text: [
      t.reviewTitle(flow.title[fctx.locale]),
      ...valueLines(flow, values, fctx),
      t.reviewFooter(flow.fields[0]!.label[fctx.locale]),
    ].join("\n"),
    choices: [
      { label: t.confirm, value: t.confirm, style: "primary" },
      { label: t.edit, value: t.edit },
      { label: t.cancel, value: t.cancel, style: "danger" },
    ],
  };
}

/** Asks the next missing field, or checks across fields and shows the review. */
function advance(
  flow: FlowDefinition,
  values: Values,
  state: FormState,
  fctx: FieldContext,
  replies: ReplyDraft[],
): FormTurn {
  const pruned = prune(flow, values);
  const next = nextField(flow, pruned);
  if (next) {
    replies.push(question(next, pruned, fctx.locale));
    return { values: pruned, state: { ...state, step: next.key, changing: undefined }, replies };
  }
  const problem = flow.check?.({ ...pruned }, { ...fctx, values: pruned });
  if (problem) {
    const field = flow.fields.find((f) => f.key === problem.field);
    replies.push({ text: problem.error[fctx.locale] });
    if (field) {
      replies.push(question(field, pruned, fctx.locale));
      return { values: pruned, state: { ...state, step: field.key, changing: field.key }, replies };
    }
  }
  replies.push(reviewReply(flow, pruned, { ...fctx, values: pruned }));
  return { values: pruned, state: { ...state, step: "review", changing: undefined }, replies };
}

function applyLines(
  flow: FlowDefinition,
  text: string,
  values: Values,
  fctx: FieldContext,
  replies: ReplyDraft[],
): number {
  const lines = labelLines(flow, text);
  for (const { field, raw } of lines) {
    if (field.kind === "text" && isWord(raw, controlValues)) {
      replies.push({ text: texts(fctx.locale).notAValue(field.label[fctx.locale]) });
      continue;
    }
    const result = validate(field, raw, { ...fctx, values });
    if (result.ok) values[field.key] = result.value;
    else
      replies.push({
        text: `${result.error[fctx.locale]} ${values[field.key] !== undefined ? texts(fctx.locale).keptOld(field.label[fctx.locale]) : ""}`.trim(),
      });
  }
  return lines.length;
}

/**
 * Starts a flow from the message that named it: explicit `字段: 值` lines and whatever the field parsers
 * recognise in free text are filled in at once, then the first missing field is asked.
 */
export function startForm(flow: FlowDefinition, text: string, fctx: FieldContext): FormTurn {
  const values: Values = {};
  const replies: ReplyDraft[] = [{ text: texts(fctx.locale).startFlow(flow.title[fctx.locale]) }];
  const explicit = new Set(labelLines(flow, text).map((l) => l.field.key));
  applyLines(flow, text, values, fctx, replies);
  if (explicit.size === 0) {
    for (const field of flow.fields) {
      if (!field.extract || values[field.key] !== undefined) continue;
      const found = field.extract(text, { ...fctx, values });
      if (found !== undefined && field.schema.safeParse(found).success) values[field.key] = found;
    }
  }
  for (const field of flow.fields) {
    if (values[field.key] === undefined && field.fallback !== undefined) values[field.key] = field.fallback;
  }
  return advance(flow, values, { step: "", history: [] }, fctx, replies);
}

/** One turn inside a flow: an answer, a correction, back, help, change, confirm or cancel. */
export function continueForm(
  flow: FlowDefinition,
  values: Values,
  state: FormState,
  text: string,
  fctx: FieldContext,
): FormTurn {
  const t = texts(fctx.locale);
  const locale = fctx.locale;
  const trimmed = text.trim();
  const current = flow.fields.find((f) => f.key === state.step);

  if (isWord(trimmed, words.cancel))
    return { values: {}, state, replies: [{ text: t.cancelled }], cancelled: true };

  if (isWord(trimmed, words.help)) {
    const replies: ReplyDraft[] = current
      ? [
          { text: t.fieldHelp(current.label[locale], current.help[locale], current.example[locale]) },
          question(current, values, locale),
        ]
      : [reviewReply(flow, values, fctx)];
    return { values, state, replies };
  }

  if (isWord(trimmed, words.back)) {
    if (state.changing) return advance(flow, values, { ...state, changing: undefined }, fctx, []);
    const history = [...state.history];
    const key = history.pop();
    const field = flow.fields.find((f) => f.key === key);
    if (!field)
      return {
        values,
        state,
        replies: [{ text: t.nothingToGoBack }, ...(current ? [question(current, values, locale)] : [])],
      };
    const rest = { ...values };
    delete rest[field.key];
    return { values: rest, state: { step: field.key, history }, replies: [question(field, rest, locale)] };
  }

  const corrected = applyCorrection(flow, trimmed, values, state, current, fctx);
  if (corrected)
    return advance(flow, corrected.values, { ...state, changing: undefined }, fctx, corrected.replies);

  const change = changeRequest(flow, trimmed);
  if (change || (state.step === "review" && isWord(trimmed, words.edit))) {
    const field = change ? fieldByLabel(flow, change[1]!) : undefined;
    if (!field) {
      const labels = flow.fields.filter((f) => applies(f, values)).map((f) => f.label[locale]);
      const prefix = change
        ? t.unknownField(change[1]!, labels.join(locale === "zh" ? "、" : ", "))
        : t.pickEdit;
      return {
        values,
        state,
        replies: [{ text: prefix, choices: labels.map((l) => ({ label: l, value: `${t.edit} ${l}` })) }],
      };
    }
    return {
      values,
      state: { ...state, step: field.key, changing: field.key },
      replies: [question(field, values, locale)],
    };
  }

  const replies: ReplyDraft[] = [];
  if (labelLines(flow, trimmed).length > 0) {
    const next = { ...values };
    applyLines(flow, trimmed, next, fctx, replies);
    return advance(flow, next, state, fctx, replies);
  }

  if (state.step === "review") {
    if (isWord(trimmed, words.confirm)) return { values, state, replies: [], confirmed: true };
    return { values, state, replies: [{ text: t.notUnderstood }, reviewReply(flow, values, fctx)] };
  }

  if (!current) return advance(flow, values, state, fctx, replies);
  // "确认"/"修改" while a text is asked is no answer: never store a control word as a value.
  if (current.kind === "text" && isWord(trimmed, controlValues)) {
    return {
      values,
      state,
      replies: [{ text: t.notAValue(current.label[locale]) }, question(current, values, locale)],
    };
  }
  const optional = fieldRequirement(current, values) === false;
  if (optional && isWord(trimmed, words.skip)) {
    // A skipped list is an empty one ("所需设备：无"), so "跳过" is never stored as an item.
    const skipped = current.kind === "list" ? [] : null;
    const history = [...state.history, current.key];
    return advance(flow, { ...values, [current.key]: skipped }, { ...state, history }, fctx, replies);
  }
  let result = validate(current, trimmed, { ...fctx, values });
  if (!result.ok && current.kind === "timerange" && state.partial) {
    const joined = validate(current, `${state.partial}到${trimmed}`, { ...fctx, values });
    if (joined.ok) result = joined;
  }
  if (!result.ok) {
    // Only a start was given: keep it, so an answer with just the end completes the range.
    const partial =
      current.kind === "timerange" && parseDateTime(trimmed, fctx)?.ok ? trimmed : state.partial;
    const kept =
      state.changing && values[current.key] !== undefined ? ` ${t.keptOld(current.label[locale])}` : "";
    return {
      values,
      state: { ...state, partial },
      replies: [{ text: `${result.error[locale]}${kept}` }, question(current, values, locale)],
    };
  }
  const history = state.changing ? state.history : [...state.history, current.key];
  return advance(
    flow,
    { ...values, [current.key]: result.value },
    { ...state, history, partial: undefined },
    fctx,
    replies,
  );
}

/** "不对，是A302" / "改成下午4点" / "人数改为15": changes the field whose kind the new value fits. */
function applyCorrection(
  flow: FlowDefinition,
  text: string,
  values: Values,
  state: FormState,
  current: Field | undefined,
  fctx: FieldContext,
): { values: Values; replies: ReplyDraft[] } | undefined {
  const correction = readCorrection(text);
  if (!correction) return undefined;
  const targets = correctionTargets(flow, correction, values, current, state.history, fctx.rooms);
  for (const field of targets) {
    if (!applies(field, values)) continue;
    const result = validate(field, correction.value, { ...fctx, values });
    const value = result.ok
      ? result.value
      : field.kind === "timerange"
        ? shiftedRange(correction.value, values[field.key], fctx)
        : undefined;
    if (value === undefined || !field.schema.safeParse(value).success) continue;
    const next = { ...values, [field.key]: value };
    const shown = (field.format as (v: unknown, c: FieldContext) => string)(value, { ...fctx, values: next });
    return {
      values: next,
      replies: [{ text: texts(fctx.locale).corrected(field.label[fctx.locale], shown) }],
    };
  }
  return undefined;
}
