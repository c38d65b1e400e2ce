import ical, { type VEvent } from "node-ical";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type RunningHttpServer, startHttpServer } from "../../src/http/http-server.js";
import { calendarRoutes } from "../../src/rooms/calendar-route.js";
import { book } from "../support/booking-harness.js";
import { type EngineHarness, openEngineHarness, shanghai } from "../support/engine-harness.js";

let h: EngineHarness;
let server: RunningHttpServer;
beforeEach(async () => {
  h = await openEngineHarness();
});
afterEach(async () => {
  await server?.close();
  await h.close();
});

async function serve(token: string | undefined): Promise<string> {
  server = await startHttpServer({
    port: 0,
    host: "127.0.0.1",
    routes: [calendarRoutes({ ctx: h.app.context, token })],
  });
  return `http://127.0.0.1:${server.port}`;
}

describe("per-room iCal feeds", () => {
  it("serves a room's bookings that a calendar app can read back: approved confirmed, pending tentative", async () => {
    const approved = book(h, "王老师", {
      room: "301",
      time: "11月30日14:00-15:30",
      purpose: "初二数学教研活动",
      attendees: 12,
      equipment: "投影仪",
    });
    h.user("王会务").say(`批准 ${approved}`);
    const pending = book(h, "李老师", { room: "301", time: "12月1日09:00-10:00", purpose: "家长会" });
    book(h, "赵老师", { room: "105", time: "11月30日14:00-15:00", attendees: 5 });
    const cancelled = book(h, "钱老师", { room: "301", time: "12月2日09:00-10:00", purpose: "社团" });
    h.user("钱老师").say(`取消预约 ${cancelled}`);

    const base = await serve("s3cret");
    const response = await fetch(`${base}/calendar/r301.ics?token=s3cret`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const parsed = ical.sync.parseICS(await response.text());
    const events = Object.values(parsed).filter((c): c is VEvent => c?.type === "VEVENT");
    const seen = events
      .map((e) => ({
        summary: String(e.summary),
        start: e.start.getTime(),
        end: e.end?.getTime(),
        status: e.status,
        location: String(e.location),
      }))
      .sort((a, b) => a.start - b.start);
    expect(seen).toEqual([
      {
        summary: "初二数学教研活动",
        start: shanghai("2026-11-30 14:00").getTime(),
        end: shanghai("2026-11-30 15:30").getTime(),
        status: "CONFIRMED",
        location: "301会议室, 行政楼",
      },
      {
        summary: "家长会 (待审批)",
        start: shanghai("2026-12-01 09:00").getTime(),
        end: shanghai("2026-12-01 10:00").getTime(),
        status: "TENTATIVE",
        location: "301会议室, 行政楼",
      },
    ]);
    const first = events.find((e) => String(e.summary) === "初二数学教研活动")!;
    expect(String(first.description)).toBe(`${approved} · 王老师 · 12人 · 投影仪`);
    expect(pending).toMatch(/^综合办-/);
  });

  it("refuses a wrong or missing token with 403", async () => {
    const base = await serve("s3cret");
    expect((await fetch(`${base}/calendar/r301.ics?token=guess`)).status).toBe(403);
    expect((await fetch(`${base}/calendar/r301.ics`)).status).toBe(403);
  });

  it("answers 404 for an unknown room, another path, or when no token is configured", async () => {
    const base = await serve("s3cret");
    expect((await fetch(`${base}/calendar/gym.ics?token=s3cret`)).status).toBe(404);
    expect((await fetch(`${base}/calendar/r301?token=s3cret`)).status).toBe(404);
    await server.close();
    const off = await serve("");
    expect((await fetch(`${off}/calendar/r301.ics?token=`)).status).toBe(404);
  });
});
