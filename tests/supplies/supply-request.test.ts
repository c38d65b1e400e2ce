import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { allSupplyItems, movementsOf } from "../../src/db/queries/supplies.js";
import { getTicketByNumber } from "../../src/db/queries/tickets.js";
import { type EngineHarness, openEngineHarness, ticketNumberIn } from "../support/engine-harness.js";

let h: EngineHarness;
beforeEach(async () => {
  h = await openEngineHarness();
});
afterEach(() => h.close());

const stockOf = (name: string) => allSupplyItems(h.db).find((i) => i.name === name)!.stock;

describe("supplies requests against the stock (G8)", () => {
  it("an issued request reduces the stock and tells the requester to collect it the next working day 09:00–11:00", async () => {
    const teacher = h.user("王老师");
    teacher.say("领用签字笔10支、A4纸2包");
    const done = teacher.say("跳过");
    console.log(done);
    const receipt = teacher.say("确认");
    console.log(receipt);
    const number = ticketNumberIn(receipt);
    const toDesk = await h.delivered();
    console.log(toDesk);
    const desk = h.user("刘师傅");
    console.log(desk.say("库存"));
    console.log(desk.say(`发放 ${number}`));
    console.log(await h.delivered());
    console.log(desk.say("库存"));
    expect(stockOf("A4纸")).toBe(38);
    expect(getTicketByNumber(h.db, number)!.status).toBe("resolved");
    void movementsOf;
  });
});
