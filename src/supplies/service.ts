import type { Service } from "../services/service.js";
import { confirmTicket } from "../tickets/confirm-ticket.js";
import { suppliesJobs } from "./jobs/supplies-jobs.js";
import { continueStocktake, stocktakeAwaiting } from "./stock-commands.js";
import { parseSuppliesCommand, runSuppliesCommand } from "./supply-commands.js";
import { issueChoices, planSupplies } from "./supply-request.js";
import { suppliesTexts } from "./texts/index.js";

/**
 * The supplies desk (G8): a catalogue with stock (seeded from the directory), receiving, stock levels,
 * requests checked against the catalogue on confirm, teaching consumables approved by the teaching department
 * in chat, issuing that reduces stock, low-stock alerts, the monthly stocktake and the quarterly purchase list.
 */
export function suppliesService(): Service {
  return {
    id: "supplies",
    commands: { parse: parseSuppliesCommand, run: runSuppliesCommand },
    followUp: (scope, data, text, startsSomething) => {
      const d = data as { kind?: string; left?: number[] };
      if (d.kind !== stocktakeAwaiting || !Array.isArray(d.left)) return undefined;
      return continueStocktake(scope, { left: d.left }, text, startsSomething);
    },
    confirm: (ctx, tx, input) => {
      const { values, step } = planSupplies(ctx, tx, input);
      return confirmTicket(ctx, tx, { ...input, values }, step);
    },
    // A supplies request is issued or declined by the desk, not worked on.
    assignment: (ticket, locale) => {
      const t = suppliesTexts(locale);
      const teaching = ticket.fields.kind === "teaching";
      return {
        hint: teaching ? t.deskHintTeaching(ticket.number) : t.deskHint(ticket.number),
        choices: teaching ? [] : issueChoices(ticket.number, locale),
      };
    },
    jobs: suppliesJobs,
  };
}
