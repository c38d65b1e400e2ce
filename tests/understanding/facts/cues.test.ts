import { describe, expect, it } from "vitest";
import { hasCue } from "../../../src/understanding/facts/cues.js";

describe("cues a message states", () => {
  it.each([
    "A301的投影仪打不开了，下午还要上课",
    "明早有实验课，烧杯架断了",
    "插座冒火花了",
    "吊灯晃得厉害，怕砸到学生",
    "马上要上课了，话筒没声音",
    "The projector died and I have a class this afternoon",
  ])("'%s' is urgent", (text) => {
    expect(hasCue(text, "urgent")).toBe(true);
  });

  it("a plain fault is not urgent", () => {
    expect(hasCue("三楼走廊的灯不亮", "urgent")).toBe(false);
  });

  it("tells suggestions, document directions, consumables and cross-department meetings", () => {
    expect(hasCue("希望食堂周六也开门", "suggestion")).toBe(true);
    expect(hasCue("我要投诉食堂", "suggestion")).toBe(false);
    expect(hasCue("县教育局来了一份文件", "incomingDocument")).toBe(true);
    expect(hasCue("要给区教研室回一个函", "outgoingDocument")).toBe(true);
    expect(hasCue("化学实验需要领试管", "teachingConsumable")).toBe(true);
    expect(hasCue("领三包A4纸", "teachingConsumable")).toBe(false);
    expect(hasCue("德育处和总务处一起开个会", "crossDepartment")).toBe(true);
    expect(hasCue("我不要匿名", "anonymous")).toBe(false);
  });
});
