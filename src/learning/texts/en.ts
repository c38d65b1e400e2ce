import type { LearningTexts } from "./zh.js";

export const en: LearningTexts = {
  headOnly: "Only the office head can list unrecognised messages and adopt examples.",
  none: "No unrecognised messages lately.",
  title: (n) =>
    `The latest ${n} messages the bot was unsure of (newest first; reply "adopt <id> <service>" to add one as an example):`,
  line: (id, when, text, guess, picked, adopted) =>
    `#${id} ${when} "${text}" guessed: ${guess}${picked ? ` → picked: ${picked}` : ""}${adopted ? ` ✓ adopted as ${adopted}` : ""}`,
  noGuess: "none",
  usage: (services) => `Usage: adopt <id> <service>, e.g. "adopt 12 repair". Services: ${services}`,
  notFound: (id) => `There is no unrecognised message #${id} (it may have passed its retention time).`,
  unknownService: (name, services) => `There is no service called "${name}". Services: ${services}`,
  adopted: (id, text, service, ms) =>
    `Adopted #${id} "${text}" as an example of "${service}"; the intent model was retrained (${ms} ms) and uses it from now on.`,
};
