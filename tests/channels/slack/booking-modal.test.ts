import { afterEach, expect, test } from "vitest";
import { bookings } from "../../../src/db/schema.js";
import { shanghai } from "../../support/engine-harness.js";
import { meetingsClerk, SlackHarness, teacher } from "../../support/slack-harness.js";

let h: SlackHarness;
afterEach(async () => h.close());

type Values = Record<string, Record<string, unknown>>;

/** The booking modal's inputs as Slack reports them in `view.state.values`. */
function bookingForm(answers: {
  room?: string;
  date?: string;
  start?: string;
  end?: string;
  purpose?: string;
  teaching?: string;
  attendees?: string;
  equipment?: string;
}): Values {
  const select = (value: string | undefined) => ({
    type: "static_select",
    selected_option: value ? { text: { type: "plain_text", text: value }, value } : null,
  });
  return {
    room: { value: select(answers.room) },
    time: { value: { type: "datepicker", selected_date: answers.date ?? null } },
    "time::start": { value: { type: "timepicker", selected_time: answers.start ?? null } },
    "time::end": { value: { type: "timepicker", selected_time: answers.end ?? null } },
    purpose: { value: { type: "plain_text_input", value: answers.purpose ?? null } },
    teaching: { value: select(answers.teaching) },
    attendees: { value: { type: "number_input", value: answers.attendees ?? null } },
    equipment: { value: { type: "plain_text_input", value: answers.equipment ?? null } },
  };
}

const valid = {
  room: "r301",
  date: "2026-11-26",
  start: "14:00",
  end: "15:30",
  purpose: "初二数学教研活动",
  teaching: "no",
  attendees: "12",
  equipment: "投影仪、话筒",
};

async function openBookingModal() {
  const response = await h.requests.command({ user: teacher.id, text: "form 会议室预约" });
  expect(response).toEqual({ status: 200, body: "" });
  await h.settle();
  const [opened] = h.fake.of("views.open");
  if (!opened) throw new Error("no modal was opened");
  return opened;
}

test("/office form 会议室预约 opens the booking form built from the flow", async () => {
  h = await SlackHarness.open();
  const opened = await openBookingModal();
  expect(opened.args.trigger_id).toMatch(/^trigger\./);
  const view = opened.args.view as {
    callback_id: string;
    title: { text: string };
    blocks: {
      type: string;
      block_id?: string;
      label?: { text: string };
      optional?: boolean;
      element?: { type: string; options?: unknown[] };
    }[];
  };
  expect(view.callback_id).toBe("office_form");
  expect(view.title.text).toBe("会议室预约");
  const inputs = view.blocks.filter((b) => b.type === "input");
  const byBlock = Object.fromEntries(inputs.map((b) => [b.block_id, [b.element?.type, b.optional]]));
  expect(byBlock).toMatchObject({
    room: ["static_select", false],
    time: ["datepicker", false],
    "time::start": ["timepicker", false],
    "time::end": ["timepicker", false],
    purpose: ["plain_text_input", false],
    teaching: ["static_select", false],
    attendees: ["number_input", false],
    equipment: ["plain_text_input", true],
  });
  expect(inputs[0]?.element?.options).toHaveLength(4);
});

test("a booking submitted through the modal is created, confirmed by DM and sent to the meetings team", async () => {
  h = await SlackHarness.open();
  const opened = await openBookingModal();

  const response = await h.requests.submitView(teacher.id, opened, bookingForm(valid));
  expect(response).toEqual({ status: 200, body: "" });
  await h.settle();

  const [booking] = h.app.db.select().from(bookings).all();
  expect(booking).toMatchObject({
    roomId: "r301",
    status: "pending",
    purpose: "初二数学教研活动",
    attendees: 12,
    equipment: ["投影仪", "话筒"],
  });
  expect(booking?.startAt).toEqual(shanghai("2026-11-26 14:00"));
  expect(booking?.endAt).toEqual(shanghai("2026-11-26 15:30"));
  const [ticket] = h.ticketRows();
  expect(ticket).toMatchObject({ type: "room-booking", channel: "slack" });
  expect(String(h.lastPostedTo(teacher.id).args.text)).toContain(`已受理，工单号：${ticket?.number}`);
  expect(h.textTo(meetingsClerk.id)).toContain(ticket?.number);
});

test("a modal with invalid answers gets per-field errors and creates nothing", async () => {
  h = await SlackHarness.open();
  const opened = await openBookingModal();

  const response = await h.requests.submitView(
    teacher.id,
    opened,
    bookingForm({ ...valid, purpose: undefined, end: "13:00" }),
  );
  await h.settle();

  const body = JSON.parse(response.body) as { response_action: string; errors: Record<string, string> };
  expect(body.response_action).toBe("errors");
  expect(Object.keys(body.errors).sort()).toEqual(["purpose", "time"]);
  expect(body.errors.purpose).toBe("请填写“用途”。");
  expect(h.ticketRows()).toEqual([]);
  expect(h.app.db.select().from(bookings).all()).toEqual([]);
  expect(h.fake.of("chat.postMessage")).toEqual([]);
});

test("the flow's own cross-field check applies in the modal: too many people for the room", async () => {
  h = await SlackHarness.open();
  const opened = await openBookingModal();
  const response = await h.requests.submitView(
    teacher.id,
    opened,
    bookingForm({ ...valid, attendees: "50" }),
  );
  const body = JSON.parse(response.body) as { errors: Record<string, string> };
  expect(body.errors).toEqual({ attendees: expect.stringContaining("301会议室最多容纳 20 人") });
  expect(h.ticketRows()).toEqual([]);
});

test("a slot taken since the form was opened is reported on the time field with free alternatives", async () => {
  h = await SlackHarness.open();
  const opened = await openBookingModal();
  await h.requests.submitView(teacher.id, opened, bookingForm(valid));
  await h.settle();

  const response = await h.requests.submitView(
    teacher.id,
    opened,
    bookingForm({ ...valid, purpose: "家长会" }),
  );
  const body = JSON.parse(response.body) as { errors: Record<string, string> };
  expect(body.errors.time).toContain("已被预约");
  expect(h.ticketRows()).toHaveLength(1);
});

test("the same modal submitted twice creates one booking", async () => {
  h = await SlackHarness.open();
  const opened = await openBookingModal();
  await h.requests.submitView(teacher.id, opened, bookingForm(valid), "V0SAMEVIEW");
  await h.requests.submitView(teacher.id, opened, bookingForm(valid), "V0SAMEVIEW");
  await h.settle();
  expect(h.app.db.select().from(bookings).all()).toHaveLength(1);
  expect(h.postedTo(teacher.id)).toHaveLength(1);
});

test("the menu's form button opens the same modal", async () => {
  h = await SlackHarness.open();
  await h.requests.dm(teacher, "菜单");
  await h.settle();
  await h.requests.press(teacher.id, h.lastPostedTo(teacher.dm), "📝 会议室预约");
  await h.settle();
  const [opened] = h.fake.of("views.open");
  expect((opened?.args.view as { private_metadata?: string } | undefined)?.private_metadata).toBe(
    JSON.stringify({ flowId: "room-booking", locale: "zh" }),
  );
  // Opening a form does not use up the menu.
  expect(h.fake.of("chat.update")).toEqual([]);
});
