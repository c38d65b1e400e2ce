import { describe, expect, it } from "vitest";
import {
  bookingPurpose,
  meetingTopic,
  noticeSubject,
  printedDocument,
  wholeMessage,
} from "../../../src/understanding/facts/free-text.js";
import { findRequestedEquipment, findSupplyItems } from "../../../src/understanding/facts/items.js";
import { findOrganisation } from "../../../src/understanding/facts/organisations.js";

describe("free text taken from the opening message", () => {
  it("keeps the description as written", () => {
    expect(wholeMessage("  实验室的门，关不上  ")).toBe("实验室的门，关不上");
  });

  it("finds a notice's subject", () => {
    expect(noticeSubject("帮忙发一个通知：周五下午停电检修")).toBe("周五下午停电检修");
    expect(noticeSubject("下周三全校体检，请在公告栏贴个通知")).toBe("下周三全校体检");
    expect(noticeSubject("需要发一个关于期中考试安排的通知")).toBe("期中考试安排");
    expect(noticeSubject("Please post a notice about the bus times")).toBe("the bus times");
  });

  it("finds a meeting's name, a document to print and a booking's purpose", () => {
    expect(meetingTopic("下周二要开中层会，请帮忙布置")).toBe("中层会");
    expect(meetingTopic("毕业典礼需要布置主席台")).toBe("毕业典礼");
    expect(printedDocument("复印一下这份家长信，30份")).toBe("家长信");
    expect(printedDocument("Please make 20 copies of the reading list")).toBe("reading list");
    expect(bookingPurpose("周五借301开年级组会")).toBe("年级组会");
  });

  it("finds organisations, equipment asked for and supply items with quantities", () => {
    expect(findOrganisation("要给区教育局发一份文件")).toBe("区教育局");
    expect(findOrganisation("收到市教研室的通知")).toBe("市教研室");
    expect(findRequestedEquipment("明天借301，需要投影仪和话筒")).toEqual(["投影仪", "话筒"]);
    expect(findRequestedEquipment("明天借301")).toBeUndefined();
    expect(findSupplyItems("想申请两个文件夹和一盒订书钉")).toEqual(["文件夹2个", "订书钉1盒"]);
    expect(findSupplyItems("粉笔和板擦")).toEqual(["粉笔", "板擦"]);
  });
});
