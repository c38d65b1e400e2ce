import type { Locale } from "../core/locale.js";
import type { ReplyDraft } from "../core/messages.js";
import type { FlowRegistry } from "./flow-registry.js";
import { texts } from "./texts/index.js";

/** The numbered list of services; each choice's value is the service's title, which starts it. */
export function menuReply(flows: FlowRegistry, locale: Locale): ReplyDraft {
  const t = texts(locale);
  const all = flows.all();
  const lines = all.map(
    (f, i) => `${i + 1}. ${f.title[locale]}${locale === "zh" ? "：" : ": "}${f.description[locale]}`,
  );
  return {
    kind: "menu",
    text: [t.menuTitle, ...lines, t.menuFooter].join("\n"),
    choices: all.map((f) => ({ label: f.title[locale], value: f.title[locale] })),
  };
}
