import type { Locale } from "../core/locale.js";
import type { Choice } from "../core/messages.js";

/**
 * Choices as a numbered list for text-only chats; the engine maps a reply of "2" back to the second choice.
 *
 * ```ts
 * numberedChoices([{ label: "确认", value: "确认" }, { label: "取消", value: "取消" }], "zh");
 * // "1. 确认\n2. 取消\n（回复 1 或 2）"
 * ```
 */
export function numberedChoices(choices: readonly Choice[], locale: Locale): string {
  const lines = choices.map((c, i) => `${i + 1}. ${c.label}`);
  const numbers = choices.map((_, i) => String(i + 1));
  const last = numbers.pop();
  const hint =
    numbers.length === 0
      ? locale === "zh"
        ? `（回复 ${last}）`
        : `(reply ${last})`
      : locale === "zh"
        ? `（回复 ${numbers.join("、")} 或 ${last}）`
        : `(reply ${numbers.join(", ")} or ${last})`;
  return [...lines, hint].join("\n");
}

/** A message's text with its choices appended as a numbered list. */
export function textWithChoices(
  text: string,
  choices: readonly Choice[] | undefined,
  locale: Locale,
): string {
  return choices?.length ? `${text}\n${numberedChoices(choices, locale)}` : text;
}
