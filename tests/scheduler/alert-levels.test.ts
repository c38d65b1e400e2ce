import { describe, expect, it } from "vitest";
import { planAlerts } from "../../src/scheduler/alert-levels.js";

const due = new Date("2026-11-30T02:00:00Z");
const escalateAt = new Date("2026-11-30T03:00:00Z");
const minutes = (n: number) => new Date(due.getTime() + n * 60_000);

describe("alert levels", () => {
  it("before the deadline a clock gets the reminder and is looked at again at the deadline", () => {
    expect(planAlerts(0, due, escalateAt, minutes(-24))).toEqual({
      send: [1],
      alertLevel: 1,
      nextAlertAt: due,
    });
  });

  it("at the deadline a reminded clock gets the overdue alert and waits for the escalation point", () => {
    expect(planAlerts(1, due, escalateAt, due)).toEqual({
      send: [2],
      alertLevel: 2,
      nextAlertAt: escalateAt,
    });
  });

  it("at the escalation point the office head is told and the clock is never looked at again", () => {
    expect(planAlerts(2, due, escalateAt, escalateAt)).toEqual({
      send: [3],
      alertLevel: 3,
      nextAlertAt: null,
    });
  });

  it("after downtime past the deadline there is no 'due soon' reminder, only the overdue alert", () => {
    expect(planAlerts(0, due, escalateAt, minutes(10))).toEqual({
      send: [2],
      alertLevel: 2,
      nextAlertAt: escalateAt,
    });
  });

  it("after downtime past the escalation point both the overdue alert and the escalation go out", () => {
    expect(planAlerts(0, due, escalateAt, minutes(600))).toEqual({
      send: [2, 3],
      alertLevel: 3,
      nextAlertAt: null,
    });
  });

  it("a clock looked at again without reaching its next point sends nothing", () => {
    expect(planAlerts(1, due, escalateAt, minutes(-5))).toEqual({
      send: [],
      alertLevel: 1,
      nextAlertAt: due,
    });
  });
});
