import type { FlowRegistry } from "./flow-registry.js";
import type { Reply } from "./inbound.js";
import type { Locale } from "./parsers/parse-result.js";
import { texts } from "./texts/index.js";

/**
 * The services as choices; each choice's value is the service's title, which starts it. The list lives only in
 * the choices (text channels number them once), never also in the text.
 */
export function menuReply(flows: FlowRegistry, locale: Locale): Reply {
  const t = texts(locale);
  return {
    text: `${t.menuTitle}\n${t.menuFooter}`,
    choices: flows.all().map((f) => ({ label: f.title[locale], value: f.title[locale] })),
  };
}

/** The one short menu for a message the bot could not place: service titles only, said once. */
export function shortMenuReply(flows: FlowRegistry, locale: Locale): Reply {
  return {
    text: texts(locale).shortMenu,
    choices: flows.all().map((f) => ({ label: f.title[locale], value: f.title[locale] })),
  };
}
