import { describe, expect, it } from "vitest";
import {
  clockEffect,
  milestonesMetBy,
  type TicketAction,
  type TicketStatus,
  transition,
} from "../../src/domain/ticket-status.js";

describe("ticket states", () => {
  it.each<[TicketStatus, TicketAction, TicketStatus]>([
    ["new", "accept", "accepted"],
    ["accepted", "start", "in_progress"],
    ["in_progress", "resolve", "resolved"],
    ["new", "resolve", "resolved"],
    ["reopened", "accept", "accepted"],
    ["accepted", "transfer", "new"],
  ])("a clerk moves a ticket from %s with %s to %s", (status, action, to) => {
    expect(transition({ status, action, role: "member", note: "说明" })).toEqual({ ok: true, to });
  });

  it("closes a resolved ticket when the requester confirms", () => {
    expect(transition({ status: "resolved", action: "close", role: "requester" })).toEqual({
      ok: true,
      to: "closed",
    });
  });

  it("returns to the status before waiting when the requester answers", () => {
    expect(
      transition({
        status: "waiting",
        action: "answer",
        role: "requester",
        note: "在三楼",
        statusBeforeWait: "in_progress",
      }),
    ).toEqual({ ok: true, to: "in_progress" });
  });

  it("refuses a referral or refusal without a reason (G12)", () => {
    for (const action of ["refer", "refuse"] as const) {
      expect(transition({ status: "new", action, role: "member" })).toEqual({
        ok: false,
        refusal: { reason: "note-required" },
      });
      expect(transition({ status: "new", action, role: "member", note: "   " })).toMatchObject({ ok: false });
      expect(transition({ status: "new", action, role: "member", note: "属于教务处职责" })).toMatchObject({
        ok: true,
      });
    }
  });

  it("refuses a resolve without a note saying what was done", () => {
    expect(transition({ status: "accepted", action: "resolve", role: "member" })).toMatchObject({
      ok: false,
      refusal: { reason: "note-required" },
    });
  });

  it("never lets a requester accept or resolve their own request", () => {
    expect(transition({ status: "new", action: "accept", role: "requester" })).toMatchObject({
      ok: false,
      refusal: { reason: "not-allowed", role: "requester" },
    });
    expect(transition({ status: "new", action: "resolve", role: "requester", note: "好了" })).toMatchObject({
      ok: false,
    });
  });

  it("refuses steps that make no sense in the current status, saying which status it is", () => {
    expect(transition({ status: "closed", action: "accept", role: "member" })).toMatchObject({
      ok: false,
      refusal: { reason: "wrong-status", status: "closed" },
    });
    expect(transition({ status: "new", action: "close", role: "head" })).toMatchObject({ ok: false });
    expect(transition({ status: "refused", action: "resolve", role: "head", note: "x" })).toMatchObject({
      ok: false,
    });
  });

  it("lets the requester or the office head reopen a resolved ticket with a reason", () => {
    expect(transition({ status: "resolved", action: "reopen", role: "requester", note: "还是不亮" })).toEqual(
      {
        ok: true,
        to: "reopened",
      },
    );
    expect(transition({ status: "closed", action: "reopen", role: "head", note: "复查" })).toMatchObject({
      ok: true,
    });
  });

  it("pauses the SLA clock while waiting on the requester and resumes on the answer", () => {
    expect(clockEffect("ask")).toBe("pause");
    expect(clockEffect("answer")).toBe("resume");
    expect(clockEffect("accept")).toBe("none");
  });

  it("counts accepting as the response and resolving as meeting every clock", () => {
    expect(milestonesMetBy("accept")).toEqual(["response"]);
    expect(milestonesMetBy("start")).toEqual(["response", "onsite"]);
    expect(milestonesMetBy("resolve")).toEqual(["response", "onsite", "plan", "resolution"]);
    expect(milestonesMetBy("transfer")).toEqual([]);
  });
});
