import type { Locale } from "../../core/locale.js";
import type { OutgoingMessage, Reply } from "../../core/messages.js";
import { numberedChoices, textWithChoices } from "../numbered-choices.js";

const copyHint: Record<Locale, string> = { zh: "复制以下内容回复即可：", en: "Reply with one of these:" };

/**
 * A reply to the sender as WeChat text: its choices as a numbered list, which the engine reads back ("2" is
 * the second choice; the choice's text or a clear start of it works too). When the text numbers the choices
 * itself (the menu does), only the "回复 1、2 或 3" hint is added.
 */
export function replyText(reply: Omit<Reply, "files">): string {
  const { text, choices, locale } = reply;
  const numbered =
    choices?.length && choices.every((choice, i) => text.includes(`${i + 1}. ${choice.label}`));
  if (!numbered) return textWithChoices(text, choices, locale);
  const hint = numberedChoices(choices, locale).split("\n").at(-1);
  return `${text}\n${hint}`;
}

/**
 * A message from the outbox (an assignment notice, a status update, a rating poll) as WeChat text. Its
 * choices are commands such as `接单 综合办-20261127-003` or `评价 … 5`; numbers would not work, because the
 * person's answer is read in their own conversation, which never offered them. So each command is written
 * out to copy, unless the text already shows it (the assignment notice lists its commands itself).
 */
export function deliveryText(message: OutgoingMessage, locale: Locale): string {
  const text = message.urgent && !message.text.includes("🔴") ? `🔴 ${message.text}` : message.text;
  const commands = (message.choices ?? [])
    .filter((choice) => !text.includes(choice.value))
    .map((choice) => (choice.label === choice.value ? choice.value : `${choice.label}：${choice.value}`));
  return commands.length === 0 ? text : [text, copyHint[locale], ...commands].join("\n");
}
