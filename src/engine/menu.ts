import type { Locale } from "../core/locale.js";
import type { ReplyDraft } from "../core/messages.js";
import type { FlowRegistry } from "./flow-registry.js";
import { texts } from "./texts/index.js";

/**
 * The services as choices; each choice's value is the service's title, which starts it. The list lives only in
 * the choices (text channels number them once), never also in the text.
 */
export function menuReply(flows: FlowRegistry, locale: Locale): ReplyDraft {
  const t = texts(locale);
  return {
    kind: "menu",
    text: `${t.menuTitle}\n${t.menuFooter}`,
    choices: flows.all().map((f) => ({ label: f.title[locale], value: f.title[locale] })),
  };
}

/** The one short menu for a message the bot could not place: service titles only, said once. */
export function shortMenuReply(flows: FlowRegistry, locale: Locale): ReplyDraft {
  return {
    kind: "menu",
    text: texts(locale).shortMenu,
    choices: flows.all().map((f) => ({ label: f.title[locale], value: f.title[locale] })),
  };
}
