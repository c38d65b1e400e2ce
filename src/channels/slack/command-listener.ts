import type { App } from "@slack/bolt";
import { detectLocale } from "../../engine/texts/index.js";
import { openForm } from "./form-listeners.js";
import { menuWord, type SlackRuntime } from "./slack-runtime.js";
import { slackTexts } from "./slack-texts.js";

const formWords = /^(?:form|表单填写|表单|填表)(?:\s+([\s\S]+))?$/i;

/**
 * `/office` shows the service menu, `/office 报修 投影仪坏了` starts that flow, `/office form 会议室预约` opens
 * the flow's modal. The conversation continues in the user's DM with the bot, whatever channel it came from.
 */
export function registerCommandListener(app: App, rt: SlackRuntime): void {
  app.command(rt.slashCommand, async ({ ack, command }) => {
    const text = command.text.trim();
    const form = formWords.exec(text);
    if (form) {
      const locale = detectLocale(form[1] ?? "") ?? rt.defaultLocale;
      const spec = form[1] ? rt.views().form(form[1], locale) : undefined;
      if (!spec) {
        const titles = rt
          .views()
          .forms(locale)
          .map((f) => f.title);
        await ack({
          response_type: "ephemeral",
          text: slackTexts(locale).whichForm(titles.join(locale === "zh" ? "、" : ", ")),
        });
        return;
      }
      await ack();
      rt.later(openForm(rt, { triggerId: command.trigger_id, user: command.user_id, spec, locale }));
      return;
    }
    const locale = detectLocale(text) ?? rt.defaultLocale;
    const inDm = command.channel_name === "directmessage";
    rt.relay.take({
      user: command.user_id,
      text: text || menuWord(locale),
      eventId: `command:${command.trigger_id}`,
      where: { channel: command.user_id, dm: true },
    });
    await ack(inDm ? undefined : { response_type: "ephemeral", text: slackTexts(locale).repliedInDm });
  });
}
