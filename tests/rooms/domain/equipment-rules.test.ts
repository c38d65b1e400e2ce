import { describe, expect, it } from "vitest";
import {
  canonicalEquipment,
  equipmentIn,
  equipmentInEnglish,
  hasEquipment,
} from "../../../src/rooms/domain/equipment-rules.js";

describe("equipment names", () => {
  it("reads Chinese and English names of the same equipment as one", () => {
    expect(canonicalEquipment("投影")).toBe("投影仪");
    expect(canonicalEquipment("Projector")).toBe("投影仪");
    expect(canonicalEquipment("麦克风")).toBe("话筒");
    expect(canonicalEquipment("茶水")).toBe("茶水");
  });

  it("names equipment in English for English readers", () => {
    expect(["投影仪", "话筒", "电视屏", "茶水"].map(equipmentInEnglish)).toEqual([
      "projector",
      "microphone",
      "screen",
      "茶水",
    ]);
  });

  it("checks a room has everything asked for", () => {
    expect(hasEquipment(["投影仪", "话筒", "白板"], ["projector", "麦克风"])).toBe(true);
    expect(hasEquipment(["电视屏", "白板"], ["投影仪"])).toBe(false);
    expect(hasEquipment(["电视屏"], [])).toBe(true);
  });

  it("finds the equipment a question mentions", () => {
    expect(equipmentIn("明天下午有带投影仪和话筒的空会议室吗")).toEqual(["投影仪", "话筒"]);
    expect(equipmentIn("free rooms with a projector tomorrow")).toEqual(["投影仪"]);
    expect(equipmentIn("明天下午有哪些空会议室")).toEqual([]);
  });
});
