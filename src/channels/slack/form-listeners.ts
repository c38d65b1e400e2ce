import type { App } from "@slack/bolt";
import type { Locale } from "../../core/locale.js";
import type { FormSpec } from "../../engine/modal-forms/form-spec.js";
import type { FormResult } from "../../engine/views/engine-views.js";
import { formAnswers, formCallbackId, formMetadata, formModal } from "./form-modal.js";
import type { SlackRuntime } from "./slack-runtime.js";
import { slackTexts } from "./slack-texts.js";

/**
 * Opens a flow's modal. Call right after the ack: Slack's trigger id is good for 3 seconds. The user's name
 * is fetched afterwards, so it is known (without a Web API call) when the form is submitted.
 */
export async function openForm(
  rt: SlackRuntime,
  input: { triggerId: string; user: string; spec: FormSpec; locale: Locale },
) {
  const { spec, locale } = input;
  await rt.api
    .openView(input.triggerId, formModal(spec, { flowId: spec.flowId, locale }), {
      user: input.user,
      flow: spec.flowId,
    })
    .catch(() => undefined);
  await rt.api.userName(input.user);
}

/**
 * A submitted modal: checked and saved by the engine before the ack, because Slack shows field errors only
 * in the ack (`response_action: "errors"`); the confirmation DM is queued with the ticket and goes out through
 * the outbox, and the Home refresh follows the ack.
 */
export function registerFormListeners(app: App, rt: SlackRuntime): void {
  app.view(formCallbackId, async ({ ack, body, view }) => {
    const user = body.user.id;
    const meta = formMetadata(view.private_metadata);
    const spec = meta && rt.views().form(meta.flowId, meta.locale);
    if (!meta || !spec) {
      rt.log.warn({ user, metadata: view.private_metadata }, "a form for an unknown flow was submitted");
      await ack();
      return;
    }
    let result: FormResult;
    try {
      result = rt.views().submitForm({
        sender: { channel: "slack", userId: user, displayName: rt.api.knownName(user) },
        flowId: meta.flowId,
        locale: meta.locale,
        answers: formAnswers(spec, view.state.values),
        submissionId: view.id,
        replyTo: { channel: user, dm: true, user },
      });
    } catch (error) {
      rt.log.error({ err: error, user, flow: meta.flowId }, "form submission failed");
      const first = spec.fields[0]?.key ?? "";
      await ack({ response_action: "errors", errors: { [first]: slackTexts(meta.locale).formFailed } });
      return;
    }
    if (!result.ok) {
      await ack({ response_action: "errors", errors: result.errors });
      return;
    }
    await ack();
    rt.later(rt.home.refresh(user));
  });
}
