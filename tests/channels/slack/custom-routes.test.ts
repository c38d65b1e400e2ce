import { afterEach, expect, test } from "vitest";
import { SlackHarness, teacher } from "../../support/slack-harness.js";

let h: SlackHarness;
afterEach(async () => h.close());

test("other HTTP routes (such as a room's calendar feed) are served on the same port as Slack's events", async () => {
  h = await SlackHarness.open({
    customRoutes: [
      {
        path: "/calendar/:room",
        method: "GET",
        handler: (req, res) => {
          res.writeHead(200, { "content-type": "text/calendar; charset=utf-8" });
          res.end(`BEGIN:VCALENDAR\nX-WR-CALNAME:${req.params?.room}\nEND:VCALENDAR`);
        },
      },
    ],
  });
  const feed = await fetch(`${h.baseUrl}/calendar/r301`);
  expect(feed.status).toBe(200);
  expect(await feed.text()).toContain("X-WR-CALNAME:r301");

  expect((await h.requests.dm(teacher, "菜单")).status).toBe(200);
  await h.settle();
  expect(h.postedTo(teacher.dm)).toHaveLength(1);
});
