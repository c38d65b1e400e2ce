import { afterEach, expect, test } from "vitest";
import { insertTickets } from "../../support/bulk-tickets.js";
import { ticketNumberIn } from "../../support/engine-harness.js";
import type { SlackCall } from "../../support/slack-fake-api.js";
import { fakeBot } from "../../support/slack-fake-api.js";
import { SlackHarness, teacher, technician } from "../../support/slack-harness.js";

let h: SlackHarness;
afterEach(async () => h.close());

const homeOpened = (user: string) => ({
  type: "app_home_opened",
  user,
  channel: `D${user.slice(1)}`,
  tab: "home",
  event_ts: `${Date.now() / 1000}`,
});

/** The text of a published Home tab, block by block. */
function homeLines(call: SlackCall | undefined): string[] {
  const view = call?.args.view as
    | { blocks: { text?: { text: string }; elements?: { text?: string | { text: string } }[] }[] }
    | undefined;
  return (view?.blocks ?? []).map(
    (b) =>
      b.text?.text ??
      (b.elements ?? []).map((e) => (typeof e.text === "string" ? e.text : (e.text?.text ?? ""))).join(" | "),
  );
}

const publishedFor = (user: string) => h.fake.of("views.publish").filter((c) => c.args.user_id === user);

/** A teacher's repair, message by message up to "确认"; returns the new ticket's number. */
async function reportRepair(...messages: string[]): Promise<string> {
  for (const text of [...messages, "分机 8021", "确认"]) await h.requests.dm(teacher, text);
  await h.settle();
  return ticketNumberIn(String(h.lastPostedTo(teacher.dm).args.text));
}

test("a teacher's Home tab lists their open tickets and is refreshed after they act", async () => {
  h = await SlackHarness.open();
  await h.requests.event(homeOpened(teacher.id));
  await h.settle();
  expect(homeLines(publishedFor(teacher.id)[0]).join("\n")).toContain("目前没有进行中的工单");

  const number = await reportRepair("教学楼A301 投影仪不亮");
  const latest = homeLines(publishedFor(teacher.id).at(-1)).join("\n");
  expect(latest).toContain(`🔴 *${number}* · 报修`);
  expect(latest).toContain("_待受理_");
});

test("a clerk's Home tab shows the post's queue, urgent first, with overdue tickets marked", async () => {
  h = await SlackHarness.open();
  const normal = await reportRepair("教学楼B204 窗户坏了", "否");
  const urgent = await reportRepair("教学楼A301 投影仪不亮");
  h.clock.advanceMinutes(3 * 60); // past the 2-working-hour response deadline of both

  await h.requests.event(homeOpened(technician.id));
  await h.settle();
  const lines = homeLines(publishedFor(technician.id).at(-1));
  expect(lines).toContain("待办：后勤（紧急优先，其次按期限）");
  const queue = lines.filter((l) => l.includes("综合办-"));
  expect(queue.map(ticketNumberIn)).toEqual([urgent, normal]);
  expect(queue.every((l) => l.includes("⏰ 已超时"))).toBe(true);
  // Form buttons and the menu button are on Home too.
  expect(JSON.stringify(publishedFor(technician.id).at(-1)?.args.view)).toContain(
    '"action_id":"form:repair"',
  );
});

test("a clerk's open Home tab is refreshed when a new ticket is delivered to them", async () => {
  h = await SlackHarness.open();
  await h.requests.event(homeOpened(technician.id));
  await h.settle();
  const before = publishedFor(technician.id).length;
  const number = await reportRepair("教学楼A301 投影仪不亮");
  expect(publishedFor(technician.id).length).toBeGreaterThan(before);
  expect(homeLines(publishedFor(technician.id).at(-1)).join("\n")).toContain(number);
});

test("the Home tab's menu button sends the service menu to the DM", async () => {
  h = await SlackHarness.open();
  await h.requests.event(homeOpened(teacher.id));
  await h.settle();
  await h.requests.interaction({
    type: "block_actions",
    user: { id: teacher.id, username: "wang", name: "wang", team_id: fakeBot.teamId },
    api_app_id: "A0OFFICE01",
    token: "legacy-verification-token",
    container: { type: "view", view_id: "V0HOME" },
    trigger_id: "trigger.home.1",
    team: { id: fakeBot.teamId, domain: "school" },
    view: {
      id: "V0HOME",
      type: "home",
      blocks: [],
      private_metadata: "",
      callback_id: "",
      state: { values: {} },
      hash: "1",
      team_id: fakeBot.teamId,
      app_id: "A0OFFICE01",
      bot_id: fakeBot.botId,
    },
    actions: [
      {
        type: "button",
        action_id: "home:menu",
        block_id: "home-actions",
        text: { type: "plain_text", text: "📋 服务菜单" },
        value: "zh",
        action_ts: "1",
      },
    ],
  });
  await h.settle();
  expect(String(h.lastPostedTo(teacher.id).args.text)).toContain("学校综合办公室");
});

test("a clerk's Home tab shows the first 20 of a long queue and how many more there are", async () => {
  h = await SlackHarness.open();
  insertTickets(
    h.app.db,
    Array.from({ length: 45 }, (_, i) => ({
      number: `综合办-20261126-${String(i + 1).padStart(3, "0")}`,
      createdAt: new Date(h.clock.read().getTime() - (60 - i) * 60_000),
    })),
  );
  await h.requests.event(homeOpened(technician.id));
  await h.settle();
  const lines = homeLines(publishedFor(technician.id).at(-1));
  expect(lines.filter((l) => l.includes("综合办-"))).toHaveLength(20);
  expect(lines.join("\n")).toContain("另有 25 项");
});

test("Home is published again only when what it shows has changed", async () => {
  h = await SlackHarness.open();
  await h.requests.event(homeOpened(teacher.id));
  await h.settle();
  const before = publishedFor(teacher.id).length;
  await h.requests.dm(teacher, "菜单");
  await h.settle();
  expect(publishedFor(teacher.id)).toHaveLength(before);
});
