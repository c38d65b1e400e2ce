import { afterEach, describe, expect, it } from "vitest";
import { linkPruneJob } from "../../src/dashboard/link-prune-job.js";
import { dashboardLinkUses } from "../../src/db/schema.js";
import { EngineHarness } from "../support/engine-harness.js";
import { reportRepair, signInLinkIn } from "./dashboard-fixtures.js";

let h: EngineHarness;
afterEach(async () => {
  await h?.close();
});

const linkIn = signInLinkIn;

/** Opens a link as a browser would on the first hop: the status, the cookie it sets, the page. */
async function openLink(link: string) {
  const response = await fetch(link, { redirect: "manual" });
  return { status: response.status, cookie: response.headers.get("set-cookie"), body: await response.text() };
}

async function page(h: EngineHarness, cookie: string | null, path = "/dashboard") {
  const response = await fetch(`${h.baseUrl}${path}`, {
    headers: cookie ? { cookie: cookie.split(";")[0]! } : {},
  });
  return { status: response.status, body: await response.text() };
}

describe("dashboard sign-in by a one-time link from the chat (G19)", () => {
  it("the office head's link opens the dashboard once and sets a short, HttpOnly session cookie", async () => {
    h = await EngineHarness.open({ http: true });
    const reply = h.user("张主任").say("看板");
    expect(reply).toContain("10 分钟内有效");
    const link = linkIn(reply);
    expect(link.startsWith(`http://localhost:${h.app.httpPort}/`)).toBe(true);

    const first = await openLink(link);
    expect(first.status).toBe(303);
    expect(first.cookie).toMatch(/^office_dashboard=[^;]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=28800$/);
    const dashboard = await page(h, first.cookie);
    expect(dashboard.status).toBe(200);
    expect(dashboard.body).toContain("综合办实时看板");
    expect(dashboard.body).toContain("全部岗位");

    const again = await openLink(link);
    expect(again.status).toBe(403);
    expect(again.body).toContain("链接已使用过");
    expect(again.body).toContain("Link already used");
    expect(again.cookie).toBeNull();
  });

  it("refuses a forged link with 401 and an expired one with 403, and pages without a session with 401", async () => {
    h = await EngineHarness.open({ http: true });
    const link = linkIn(h.user("张主任").say("看板"));
    const [body, signature] = new URL(link).searchParams.get("token")!.split(".");
    const claims = JSON.parse(Buffer.from(body!, "base64url").toString());
    const otherPerson = Buffer.from(JSON.stringify({ ...claims, p: claims.p + 1 })).toString("base64url");
    const forged = await openLink(`${h.baseUrl}/dashboard/login?token=${otherPerson}.${signature}`);
    expect(forged.status).toBe(401);
    expect(forged.body).toContain("链接无效");

    h.clock.advanceMinutes(11);
    const expired = await openLink(link);
    expect(expired.status).toBe(403);
    expect(expired.body).toContain("链接已过期");
    expect(expired.body).toContain("Link expired");

    expect((await page(h, null)).status).toBe(401);
    expect((await page(h, "office_dashboard=made.up")).status).toBe(401);
  });

  it("a HEAD request (a link preview) leaves the link unused", async () => {
    h = await EngineHarness.open({ http: true });
    const link = linkIn(h.user("张主任").say("看板"));
    expect((await fetch(link, { method: "HEAD" })).status).toBe(200);
    expect((await openLink(link)).status).toBe(303);
  });

  it("the nightly prune forgets used links once expired, and such a link stays refused", async () => {
    h = await EngineHarness.open({ http: true });
    const link = linkIn(h.user("张主任").say("看板"));
    await openLink(link);
    const used = () => h.db.select().from(dashboardLinkUses).all().length;
    expect(used()).toBe(1);
    linkPruneJob.run(h.app.context, h.clock.read());
    expect(used()).toBe(1);
    h.clock.advanceMinutes(11);
    linkPruneJob.run(h.app.context, h.clock.read());
    expect(used()).toBe(0);
    expect((await openLink(link)).status).toBe(403);
  });

  it("a teacher is told politely that the dashboard is for office staff, and gets no link", async () => {
    h = await EngineHarness.open({ http: true });
    const reply = h.user("王老师").say("看板");
    expect(reply).toContain("只对办公室负责人和各岗位工作人员开放");
    expect(reply).not.toContain("http");
  });

  it("a clerk sees only their own post's queue; the head sees every post", async () => {
    h = await EngineHarness.open({ http: true });
    const repair = reportRepair(h);
    const clerk = await openLink(linkIn(h.user("李文员").say("看板")));
    const clerkPage = await page(h, clerk.cookie);
    expect(clerkPage.body).toContain("岗位：文印岗");
    expect(clerkPage.body).not.toContain(repair);
    const head = await openLink(linkIn(h.user("张主任").say("dashboard")));
    expect((await page(h, head.cookie)).body).toContain(repair);
  });
});
