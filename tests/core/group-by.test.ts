import { expect, test } from "vitest";
import { groupBy } from "../../src/core/group-by.js";

test("groups keep the order of their first item, and items their order", () => {
  const alerts = [
    { to: "刘师傅", no: 3 },
    { to: "李文员", no: 1 },
    { to: "刘师傅", no: 2 },
  ];
  expect([...groupBy(alerts, (a) => a.to)]).toEqual([
    ["刘师傅", [alerts[0], alerts[2]]],
    ["李文员", [alerts[1]]],
  ]);
  expect(groupBy([], (a: { to: string }) => a.to).size).toBe(0);
});
