import { expect, it } from "vitest";
import { parseCommand } from "../../src/tickets/ticket-command-parser.js";
import { clerkChoices } from "../../src/tickets/ticket-notices.js";

const number = "综合办-20261126-001";

it("every button a clerk gets is a command the parser reads as the action it is labelled with", () => {
  for (const locale of ["zh", "en"] as const) {
    const actions = clerkChoices(number, locale).map((choice) => {
      const command = parseCommand(choice.value);
      expect(choice.value.startsWith(choice.label)).toBe(true);
      return command?.kind === "ticket-action" && command.number === number ? command.action : undefined;
    });
    expect(actions).toEqual(["accept", "resolve", "transfer", "ask", "refuse"]);
  }
});

it("the labels are the first word of each action in the reader's language", () => {
  expect(clerkChoices(number, "zh").map((c) => c.label)).toEqual(["接单", "完成", "转交", "询问", "退回"]);
  expect(clerkChoices(number, "en").map((c) => c.label)).toEqual([
    "accept",
    "resolve",
    "transfer",
    "ask",
    "refuse",
  ]);
});
