import { describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { EngineHarness } from "../support/engine-harness.js";
import { SlackHarness } from "../support/slack-harness.js";
import { reportRepair, signInLinkIn } from "./dashboard-fixtures.js";

/** The head's sign-in link from the chat, opened on `base`; returns the session cookie. */
async function signInOn(app: App, base: string): Promise<string> {
  const [reply] = app.engine.handle({
    sender: { channel: "console", userId: "张主任", displayName: "张主任" },
    text: "看板",
  });
  const link = new URL(signInLinkIn(reply!.text));
  const response = await fetch(`${base}${link.pathname}${link.search}`, { redirect: "manual" });
  expect(response.status).toBe(303);
  return response.headers.get("set-cookie")!.split(";")[0]!;
}

/** Opens the event stream and returns its first chunk; the stream stays open. */
async function openStream(base: string, cookie: string) {
  const response = await fetch(`${base}/dashboard/events`, { headers: { cookie } });
  const reader = response.body!.getReader();
  const first = new TextDecoder().decode((await reader.read()).value);
  return { response, reader, first };
}

describe("where the dashboard is served", () => {
  it("on Slack's port when Slack owns PORT, and an open event stream does not keep the app from stopping", async () => {
    const h = await SlackHarness.open();
    try {
      const cookie = await signInOn(h.app, h.baseUrl);
      const page = await fetch(`${h.baseUrl}/dashboard`, { headers: { cookie } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("综合办实时看板");
      const chart = await fetch(`${h.baseUrl}/dashboard/assets/chart.umd.js`);
      expect(chart.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
      expect(await chart.text()).toContain("Chart");
      const stream = await openStream(h.baseUrl, cookie);
      expect(stream.response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
      expect(stream.first).toContain("retry: 3000");
    } finally {
      await h.close();
    }
  });

  it("by the bot's own server with only the console: a ticket change reaches the open stream", async () => {
    const h = await EngineHarness.open({ http: true });
    try {
      const cookie = await signInOn(h.app, h.baseUrl);
      const stream = await openStream(h.baseUrl, cookie);
      reportRepair(h);
      let received = stream.first;
      while (!received.includes("event: change")) {
        received += new TextDecoder().decode((await stream.reader.read()).value);
      }
      expect(received).toMatch(/event: change\ndata: \d+:/);
    } finally {
      await h.close();
    }
  });
});
