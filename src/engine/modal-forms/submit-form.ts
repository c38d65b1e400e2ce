import type { Locale } from "../../core/locale.js";
import type { Reply, ReplyDraft, Sender } from "../../core/messages.js";
import type { ReplyAddress } from "../../core/received.js";
import type { EngineContext } from "../context.js";
import type { FieldContext, FlowDefinition, Values } from "../flow-kit/types.js";
import { fieldContext, fieldRequirement } from "../form-runtime/field-context.js";
import { validate } from "../form-runtime/form-runtime.js";
import { texts } from "../texts/index.js";
import { asReplies, runTurn } from "../turn-runner.js";

export interface FormSubmission {
  sender: Sender;
  flowId: string;
  locale: Locale;
  /** Each field's answer as text (typed, picked, or composed from pickers); empty means unanswered. */
  answers: Readonly<Record<string, string | undefined>>;
  /** The channel's id for this form (Slack's view id): a second successful submit of it creates nothing. */
  submissionId: string;
  /** Where the confirmation goes: given, the replies are queued in the outbox with the ticket, not returned. */
  replyTo?: ReplyAddress | undefined;
}

export type FormResult =
  | { ok: true; replies: Reply[]; ticketNumber?: string }
  | { ok: false; errors: Record<string, string> };

function readAnswers(flow: FlowDefinition, answers: FormSubmission["answers"], fctx: FieldContext) {
  const values: Values = {};
  const errors: Record<string, string> = {};
  for (const field of flow.fields) {
    const raw = answers[field.key]?.trim();
    if (!raw) continue;
    const result = validate(field, raw, { ...fctx, values });
    if (result.ok) values[field.key] = result.value;
    else errors[field.key] = result.error[fctx.locale];
  }
  // A field required only for some answers is not asked for while those answers are still wrong.
  const unreadable = Object.keys(errors).length > 0;
  for (const field of flow.fields) {
    const need = fieldRequirement(field, values);
    if (need === undefined) {
      delete values[field.key];
      delete errors[field.key];
    } else if (values[field.key] === undefined && !errors[field.key]) {
      if (!need) values[field.key] = field.defaultValue ?? null;
      else if (!(unreadable && typeof field.required === "function")) {
        errors[field.key] = texts(fctx.locale).formRequired(field.label[fctx.locale]);
      }
    }
  }
  return { values, errors };
}

/** A refused confirmation (the slot was taken meanwhile) as one message, its alternatives listed. */
function asError(replies: readonly ReplyDraft[]): string {
  return replies.map((r) => [r.text, ...(r.choices ?? []).map((c) => `· ${c.label}`)].join("\n")).join("\n");
}

/**
 * Submits a whole flow at once (a Slack modal): every answer goes through the field's own parser and schema,
 * then the flow's cross-field check, then the flow's service confirms it — the same rules and the same turn runner as the conversation. Problems come
 * back per field, in the user's language, and change nothing.
 *
 * ```ts
 * submitForm(ctx, { sender, flowId: "repair", locale: "zh", answers: { location: "A301", ... }, submissionId: "V1" });
 * // { ok: true, ticketNumber: "综合办-20261125-001", replies: [...] } or { ok: false, errors: { contact: "..." } }
 * ```
 */
export function submitForm(ctx: EngineContext, submission: FormSubmission): FormResult {
  const flow = ctx.flows.get(submission.flowId);
  if (!flow) throw new Error(`no flow "${submission.flowId}" to submit a form for`);
  const { locale, sender } = submission;
  const turn = { sender, eventId: `form:${submission.submissionId}`, replyTo: submission.replyTo };
  return runTurn(ctx, turn, { ok: true, replies: [] } as FormResult, ({ tx, person, answer }) => {
    const refuse = (errors: Record<string, string>) => ({
      value: { ok: false as const, errors },
      keep: false,
    });
    const fctx = fieldContext(ctx, locale, {});
    const { values, errors } = readAnswers(flow, submission.answers, fctx);
    if (Object.keys(errors).length > 0) return refuse(errors);
    const problem = flow.check?.(values, { ...fctx, values });
    if (problem) return refuse({ [problem.field]: problem.error[locale] });
    const input = { flow, values, person: person(), locale, channel: sender.channel };
    const outcome = ctx.services.confirm(ctx, tx, input);
    if (!outcome.created)
      return refuse({ [outcome.state.step ?? flow.fields[0]!.key]: asError(outcome.replies) });
    const replies = asReplies(outcome.replies, locale);
    if (submission.replyTo) answer(replies);
    const returned = submission.replyTo ? [] : replies;
    return { value: { ok: true, replies: returned, ticketNumber: outcome.ticketNumber }, keep: true };
  });
}
