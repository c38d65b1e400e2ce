import { describe, expect, it } from "vitest";
import { findPlace } from "../../../src/understanding/facts/places.js";

const rooms = [{ name: "报告厅", nameEn: "Lecture hall", aliases: ["大报告厅"] }];

describe("places named in a message", () => {
  it.each([
    ["三楼男厕所水龙头一直漏水", "三楼男厕所"],
    ["教学楼二楼走廊的灯不亮", "教学楼二楼走廊"],
    ["科技楼B栋四楼机房空调漏水", "科技楼B栋四楼机房"],
    ["初三（2）班的门坏了", "初三(2)班"],
    ["宿舍楼3号楼的热水器坏了", "宿舍楼3号楼"],
    ["A301的投影仪打不开了", "A301"],
    ["美术室的水池堵了", "美术室"],
    ["Room 112 projector is broken", "Room 112"],
    ["The sink in the art room is blocked", "art room"],
    ["staff room wifi is down", "staff room"],
    ["想借一下大报告厅", "大报告厅"],
  ])("'%s' → %s", (text, place) => {
    expect(findPlace(text, rooms)).toBe(place);
  });

  it("finds no place where none is named", () => {
    expect(findPlace("投影仪坏了", rooms)).toBeUndefined();
    expect(findPlace("the printer is jammed", rooms)).toBeUndefined();
  });
});
