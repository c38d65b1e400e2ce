import { allSupplyItems, movementsOf } from "../../src/db/queries/supplies.js";
import { type EngineHarness, ticketNumberIn } from "../support/engine-harness.js";

/** A teacher asks for supplies in one message, skips the date and confirms; returns the receipt. */
export function askForSupplies(
  h: EngineHarness,
  who: string,
  text: string,
): { receipt: string; number: string } {
  const teacher = h.user(who);
  teacher.say(text);
  teacher.say("跳过");
  const receipt = teacher.say("确认");
  return { receipt, number: ticketNumberIn(receipt) };
}

export function itemNamed(h: EngineHarness, name: string) {
  const item = allSupplyItems(h.db).find((i) => i.name === name);
  if (!item) throw new Error(`no catalogue item ${name}`);
  return item;
}

export const stockOf = (h: EngineHarness, name: string) => itemNamed(h, name).stock;
export const movementsOfItem = (h: EngineHarness, name: string) => movementsOf(h.db, itemNamed(h, name).id);
