import type { Locale } from "../../core/locale.js";
import type { Sender } from "../../core/messages.js";
import type { EngineContext } from "../context.js";
import { type FormSpec, findFormSpec, formSpecs } from "../modal-forms/form-spec.js";
import { type FormResult, type FormSubmission, submitForm } from "../modal-forms/submit-form.js";
import { type HomeView, homeView } from "./home-view.js";

/**
 * What a rich channel (Slack) may ask the engine besides conversation turns: flows as whole forms, form
 * submission, and a person's home page. Plain functions, so the channel never sees the database.
 */
export interface EngineViews {
  forms(locale: Locale): FormSpec[];
  /** The form a user named ("报修", "room booking", "repair"); undefined when no flow matches. */
  form(name: string, locale: Locale): FormSpec | undefined;
  submitForm(submission: FormSubmission): FormResult;
  home(sender: Sender): HomeView;
}

/**
 * The engine's views over one context.
 *
 * ```ts
 * const views = engineViews(app.context);
 * views.form("报修", "zh")?.fields.map((f) => f.key); // ["location", "problem", "category", ...]
 * ```
 */
export function engineViews(ctx: EngineContext): EngineViews {
  return {
    forms: (locale) => formSpecs(ctx, locale),
    form: (name, locale) => findFormSpec(ctx, name, locale),
    submitForm: (submission) => submitForm(ctx, submission),
    home: (sender) => homeView(ctx, sender),
  };
}

export type { FormResult, FormSpec, FormSubmission, HomeView };
