import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { openForm } from "./form-listeners.js";
import { formActionPrefix, formMetadata } from "./form-modal.js";
import { homeMenuAction } from "./home-tab.js";
import { afterPress, messageLocale, ownerOf } from "./message-blocks.js";
import { pickedText, pickerActions } from "./picker-blocks.js";
import { menuWord, type SlackRuntime } from "./slack-runtime.js";
import { slackTexts } from "./slack-texts.js";

type Press = BlockAction<ButtonAction>;

/**
 * A pressed button: its text goes to the engine exactly as if typed (stored before the ack), and the message
 * loses the button(s) right after (`chat.update`). The event id is the message (a reply's choices) or the
 * message and button (a notice's), so a double click or a replayed payload runs once.
 */
function press(rt: SlackRuntime, body: Press, action: ButtonAction, text: string | undefined): void {
  const user = body.user.id;
  const channel = body.channel?.id ?? String(body.container.channel_id ?? "");
  const message = body.message;
  const locale = messageLocale(message?.blocks as { block_id?: string }[] | undefined) ?? rt.defaultLocale;
  const t = slackTexts(locale);
  const owner = ownerOf(action.block_id);
  if (owner && owner !== user) {
    rt.later(rt.api.ephemeral(channel, user, t.notYours).catch(() => undefined));
    return;
  }
  if (!text) {
    rt.later(rt.api.ephemeral(channel, user, t.pickFirst).catch(() => undefined));
    return;
  }
  const ts = message?.ts ?? String(body.container.message_ts ?? "");
  const dm = channel.startsWith("D");
  const threadTs: string | undefined = message?.thread_ts;
  if (!dm && threadTs) rt.threads.remember(channel, threadTs);
  const once = action.action_id.startsWith("once:");
  rt.relay.take({
    user,
    text,
    eventId: once ? `press:${channel}:${ts}:${action.action_id}` : `press:${channel}:${ts}`,
    where: { channel, threadTs, dm },
  });
  if (!message) return;
  const pressed = {
    actionId: action.action_id,
    label: action.action_id === pickerActions.use ? text : action.text.text,
    user,
    locale,
  };
  rt.later(
    rt.api
      .update(
        { channel, ts, text: message.text ?? text, ...afterPress(message, pressed) },
        { action: action.action_id },
      )
      .catch(() => undefined),
  );
}

export function registerActionListeners(app: App, rt: SlackRuntime): void {
  app.action<Press>(/^(choice|once):\d+$/, async ({ ack, body, action }) => {
    await ack();
    press(rt, body, action, action.value);
  });

  app.action<Press>(pickerActions.use, async ({ ack, body, action }) => {
    await ack();
    press(rt, body, action, pickedText(action.value ?? "", action.block_id, body.state?.values));
  });

  // Picking a date or a time only fills the picker; the "use this time" button sends it.
  app.action(/^pick:(date|start|end)$/, async ({ ack }) => {
    await ack();
  });

  app.action<Press>(new RegExp(`^${formActionPrefix}`), async ({ ack, body, action }) => {
    await ack();
    const wanted = formMetadata(action.value ?? "");
    const spec = wanted && rt.views().form(wanted.flowId, wanted.locale);
    if (wanted && spec)
      rt.later(openForm(rt, { triggerId: body.trigger_id, user: body.user.id, spec, locale: wanted.locale }));
  });

  app.action<Press>(homeMenuAction, async ({ ack, body, action }) => {
    await ack();
    const locale = action.value === "en" ? "en" : "zh";
    rt.relay.take({
      user: body.user.id,
      text: menuWord(locale),
      eventId: `home-menu:${body.trigger_id}`,
      where: { channel: body.user.id, dm: true },
    });
  });
}
