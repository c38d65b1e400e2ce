import { describe, expect, it } from "vitest";
import { onTimeRate } from "../../src/dashboard/dashboard-data.js";
import type { ClockRow } from "../../src/db/queries/dashboard.js";
import { shanghai } from "../support/engine-harness.js";

const due = shanghai("2026-12-01 17:30");
const now = shanghai("2026-12-02 10:00");
const clock = (status: ClockRow["status"], metAt: string | null): ClockRow => ({
  type: "repair",
  postId: "houqin",
  status,
  milestone: "resolution",
  dueAt: due,
  metAt: metAt === null ? null : shanghai(metAt),
  pausedAt: null,
});

describe("the dashboard's on-time rate (issue 12's definition, G16)", () => {
  it("is 5 of 7 = 71.4 % on issue 12's ten tickets: refused, cancelled and referred are left out", () => {
    const rows = [
      ...Array.from({ length: 5 }, () => clock("closed", "2026-12-01 10:00")),
      clock("resolved", "2026-12-02 09:00"),
      clock("in_progress", null),
      clock("refused", "2026-12-01 09:00"),
      clock("cancelled", "2026-12-01 09:00"),
      clock("referred", "2026-12-01 09:00"),
    ];
    const rate = onTimeRate(rows, now);
    expect(rate).toMatchObject({ met: 5, counted: 7 });
    expect(rate.rate?.toFixed(1)).toBe("71.4");
  });

  it("leaves out clocks still running or paused while waiting on the requester", () => {
    const running = { ...clock("accepted", null), dueAt: shanghai("2026-12-03 10:00") };
    const paused = { ...clock("waiting", null), pausedAt: shanghai("2026-12-01 09:00") };
    expect(onTimeRate([running, paused], now)).toEqual({ met: 0, counted: 0, rate: null });
  });
});
