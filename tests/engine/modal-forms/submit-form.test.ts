import { afterEach, describe, expect, test } from "vitest";
import { bookings, tickets } from "../../../src/db/schema.js";
import { engineViews } from "../../../src/engine/views/engine-views.js";
import { type EngineHarness, openEngineHarness, shanghai } from "../../support/engine-harness.js";

let h: EngineHarness;
afterEach(async () => h.close());

const teacher = { channel: "slack" as const, userId: "U0FORMTEACH", displayName: "赵老师" };
const repair = {
  location: "教学楼A301",
  problem: "投影仪不亮",
  category: "teaching-equipment",
  urgent: "",
  contact: "分机 8021",
};

describe("submitting a whole flow as a form", () => {
  test("a valid repair form creates the ticket and answers like the conversation does", async () => {
    h = await openEngineHarness();
    const result = engineViews(h.app.context).submitForm({
      sender: teacher,
      flowId: "repair",
      locale: "zh",
      answers: repair,
      submissionId: "V1",
    });
    expect(result).toMatchObject({ ok: true, ticketNumber: "综合办-20261126-001" });
    expect(result.ok && result.replies[0]?.text).toContain("已受理，工单号：综合办-20261126-001");
    const deliveries = await h.delivered();
    expect(deliveries.map((d) => d.to)).toContain("刘师傅");
  });

  test("each bad or missing answer gets its own message in the user's language, and nothing is created", async () => {
    h = await openEngineHarness();
    const views = engineViews(h.app.context);
    const result = views.submitForm({
      sender: teacher,
      flowId: "repair",
      locale: "en",
      answers: { ...repair, category: "plumbing-ish", contact: "" },
      submissionId: "V1",
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        category: expect.stringContaining("is not one of the options"),
        contact: "Please fill in “contact”.",
      },
    });
    expect(h.db.select().from(tickets).all()).toEqual([]);
    expect(await h.delivered()).toEqual([]);
  });

  test("a field required only for some answers is asked for exactly then", async () => {
    h = await openEngineHarness();
    const views = engineViews(h.app.context);
    const notTeaching = { ...repair, category: "building" };
    expect(
      views.submitForm({
        sender: teacher,
        flowId: "repair",
        locale: "zh",
        answers: notTeaching,
        submissionId: "V1",
      }),
    ).toEqual({
      ok: false,
      errors: { urgent: "请填写“紧急”。" },
    });
    expect(
      views.submitForm({
        sender: teacher,
        flowId: "repair",
        locale: "zh",
        answers: { ...notTeaching, urgent: "no" },
        submissionId: "V1",
      }),
    ).toMatchObject({ ok: true });
  });

  test("the same form submitted twice creates one ticket", async () => {
    h = await openEngineHarness();
    const views = engineViews(h.app.context);
    const submission = {
      sender: teacher,
      flowId: "repair",
      locale: "zh" as const,
      answers: repair,
      submissionId: "V-same",
    };
    views.submitForm(submission);
    expect(views.submitForm(submission)).toEqual({ ok: true, replies: [] });
    expect((await h.delivered()).filter((d) => d.to === "刘师傅")).toHaveLength(1);
  });

  test("a room booking form books the room with the times from the pickers", async () => {
    h = await openEngineHarness();
    const result = engineViews(h.app.context).submitForm({
      sender: teacher,
      flowId: "room-booking",
      locale: "zh",
      answers: {
        room: "r105",
        time: "2026-11-27 09:00-10:00",
        purpose: "家长面谈",
        teaching: "no",
        attendees: "4",
        equipment: "",
      },
      submissionId: "V2",
    });
    expect(result).toMatchObject({ ok: true });
    expect(h.db.select().from(bookings).all()).toMatchObject([
      {
        roomId: "r105",
        startAt: shanghai("2026-11-27 09:00"),
        endAt: shanghai("2026-11-27 10:00"),
        attendees: 4,
      },
    ]);
  });
});

describe("flows as forms", () => {
  test("every flow is offered as a form with its fields, options and rooms", async () => {
    h = await openEngineHarness();
    const views = engineViews(h.app.context);
    const forms = views.forms("zh");
    expect(forms.map((f) => f.flowId)).toEqual(h.app.context.flows.all().map((f) => f.id));
    const booking = views.form("会议室预约", "zh");
    const room = booking?.fields.find((f) => f.key === "room");
    expect(room?.options?.map((o) => o.value)).toEqual(["r301", "r105", "hall", "a201"]);
    expect(room?.options?.[0]?.label).toBe("301会议室（行政楼，20人）");
    expect(booking?.fields.find((f) => f.key === "equipment")).toMatchObject({
      kind: "list",
      required: "optional",
      multiline: true,
    });
    expect(views.form("repair", "en")?.fields.find((f) => f.key === "urgent")).toMatchObject({
      required: "depends",
      options: [
        { value: "yes", label: "Yes" },
        { value: "no", label: "No" },
      ],
    });
    expect(views.form("停车证", "zh")).toBeUndefined();
  });
});
