import { expect, test } from "vitest";
import { formAnswers, formMetadata, formModal } from "../../../src/channels/slack/form-modal.js";
import type { FormSpec } from "../../../src/engine/modal-forms/form-spec.js";

const spec: FormSpec = {
  flowId: "meeting-space-and-equipment-request",
  title: "A title far longer than Slack's twenty-four characters",
  description: "Book a room",
  fields: [
    {
      key: "room",
      kind: "room",
      label: "room",
      hint: "",
      example: "301",
      required: "always",
      options: [{ value: "r301", label: "Room 301" }],
      multiline: false,
    },
    {
      key: "time",
      kind: "timerange",
      label: "time",
      hint: "",
      example: "",
      required: "always",
      multiline: false,
    },
    {
      key: "start",
      kind: "datetime",
      label: "start",
      hint: "",
      example: "",
      required: "optional",
      multiline: false,
    },
    {
      key: "note",
      kind: "text",
      label: "note",
      hint: "",
      example: "",
      required: "depends",
      maxLength: 500,
      multiline: true,
    },
  ],
};

test("a modal's pickers and menus come back as the text the engine parses", () => {
  const answers = formAnswers(spec, {
    room: {
      value: {
        type: "static_select",
        selected_option: { text: { type: "plain_text", text: "Room 301" }, value: "r301" },
      },
    },
    time: { value: { type: "datepicker", selected_date: "2026-11-26" } },
    "time::start": { value: { type: "timepicker", selected_time: "14:00" } },
    "time::end": { value: { type: "timepicker", selected_time: "15:30" } },
    start: { value: { type: "datepicker", selected_date: "2026-11-27" } },
    "start::time": { value: { type: "timepicker", selected_time: null } },
    note: { value: { type: "plain_text_input", value: "  bring chairs " } },
  });
  expect(answers).toEqual({
    room: "r301",
    time: "2026-11-26 14:00-15:30",
    start: "2026-11-27",
    note: "bring chairs",
  });
});

test("the modal keeps Slack's limits and remembers its flow and language", () => {
  const view = formModal(spec, { flowId: spec.flowId, locale: "en" });
  expect(view.title.text).toHaveLength(24);
  expect(view.submit?.text).toBe("Submit");
  expect(formMetadata(view.private_metadata ?? "")).toEqual({ flowId: spec.flowId, locale: "en" });
  const optional = view.blocks
    .filter((b) => b.type === "input")
    .map((b) => [b.block_id, (b as { optional?: boolean }).optional]);
  expect(optional).toEqual([
    ["room", false],
    ["time", false],
    ["time::start", false],
    ["time::end", false],
    ["start", true],
    ["start::time", true],
    ["note", true],
  ]);
  expect(formMetadata("not json")).toBeUndefined();
  expect(formMetadata(JSON.stringify({ flowId: "x", locale: "fr" }))).toBeUndefined();
});
