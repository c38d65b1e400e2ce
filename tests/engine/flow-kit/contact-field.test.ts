import { expect, it } from "vitest";
import { contact } from "../../../src/engine/flow-kit/index.js";

const field = contact("contact", {
  label: { zh: "联系方式", en: "contact" },
  prompt: { zh: "请留一个联系电话或分机。", en: "Please leave a phone number or extension." },
  help: { zh: "会联系您。", en: "We will call you." },
  example: { zh: "分机 8021", en: "ext. 8021" },
});

it("a contact field picks a mobile number or an extension out of the first message, and nothing else", () => {
  expect(field.extract?.("打印机卡纸了，电话13912345678", {} as never)).toBe("13912345678");
  expect(field.extract?.("空调不制冷 分机 8021", {} as never)).toBe("分机 8021");
  expect(field.extract?.("the printer jams, ext. 4410", {} as never)).toBe("ext. 4410");
  expect(field.extract?.("投影仪在301房间坏了", {} as never)).toBeUndefined();
});

it("a contact answer needs 3 to 60 characters", () => {
  expect(field.parse("12", {} as never)?.ok).toBe(false);
  expect(field.parse("分机 8021", {} as never)).toEqual({ ok: true, value: "分机 8021" });
  expect(field.parse("1".repeat(61), {} as never)?.ok).toBe(false);
});
