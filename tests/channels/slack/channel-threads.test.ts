import { afterEach, expect, test } from "vitest";
import { fakeBot } from "../../support/slack-fake-api.js";
import { meetingsClerk, SlackHarness, teacher } from "../../support/slack-harness.js";
import { nextTs } from "../../support/slack-requests.js";

let h: SlackHarness;
afterEach(async () => h.close());

const staffRoom = "C0STAFFROOM";

function channelMessage(user: string, text: string, ts: string, threadTs?: string) {
  return {
    client_msg_id: `msg-${ts}`,
    type: "message",
    text,
    user,
    ts,
    team: fakeBot.teamId,
    channel: staffRoom,
    event_ts: ts,
    channel_type: "channel",
    ...(threadTs ? { thread_ts: threadTs, parent_user_id: teacher.id } : {}),
  };
}

function mention(user: string, text: string, ts: string, threadTs?: string) {
  return { ...channelMessage(user, text, ts, threadTs), type: "app_mention" };
}

test("an @mention in a channel answers in a thread, and the thread continues without mentions", async () => {
  h = await SlackHarness.open();
  const ts = nextTs();
  await h.requests.event(mention(teacher.id, `<@${fakeBot.userId}> 教学楼A301 投影仪不亮`, ts));
  // Slack also sends the same message as a plain channel message; it is the same message, handled once.
  await h.requests.event(channelMessage(teacher.id, `<@${fakeBot.userId}> 教学楼A301 投影仪不亮`, ts));
  await h.settle();
  const replies = h.postedTo(staffRoom);
  expect(replies.map((c) => c.args.thread_ts)).toEqual([ts, ts]);
  expect(String(replies.at(-1)?.args.text)).toContain("联系电话");

  await h.requests.event(channelMessage(teacher.id, "分机 8021", nextTs(), ts));
  await h.settle();
  const review = h.lastPostedTo(staffRoom);
  expect(review.args.thread_ts).toBe(ts);
  expect(String(review.args.text)).toContain("请核对【报修】");

  // A colleague cannot press the teacher's buttons.
  await h.requests.press(meetingsClerk.id, review, "确认");
  await h.settle();
  expect(h.fake.of("chat.postEphemeral")).toMatchObject([
    { args: { channel: staffRoom, user: meetingsClerk.id } },
  ]);
  expect(h.ticketRows()).toEqual([]);

  await h.requests.press(teacher.id, review, "确认");
  await h.settle();
  expect(h.ticketRows()).toHaveLength(1);
  expect(h.lastPostedTo(staffRoom).args.thread_ts).toBe(ts);
});

test("chatter in a channel and in threads the bot is not part of is ignored", async () => {
  h = await SlackHarness.open();
  await h.requests.event(channelMessage(teacher.id, "大家中午好", nextTs()));
  await h.requests.event(channelMessage(teacher.id, "投影仪坏了吗？", nextTs(), nextTs()));
  await h.settle();
  expect(h.fake.of("chat.postMessage")).toEqual([]);
});

test("a bare mention shows the service menu in a thread", async () => {
  h = await SlackHarness.open();
  const ts = nextTs();
  await h.requests.event(mention(teacher.id, `<@${fakeBot.userId}>`, ts));
  await h.settle();
  const menu = h.lastPostedTo(staffRoom);
  expect(menu.args.thread_ts).toBe(ts);
  expect(String(menu.args.text)).toContain("学校综合办公室");
});

test("a complaint started in a channel moves to a direct message", async () => {
  h = await SlackHarness.open();
  const ts = nextTs();
  await h.requests.event(mention(teacher.id, `<@${fakeBot.userId}> 我要投诉食堂的服务态度`, ts));
  await h.settle();
  expect(String(h.lastPostedTo(staffRoom).args.text)).toContain("私信");
  expect(h.postedTo(teacher.id).length).toBeGreaterThan(0);
  expect(h.textTo(staffRoom)).not.toContain("食堂");
});
