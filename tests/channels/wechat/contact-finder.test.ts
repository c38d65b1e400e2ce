import { describe, expect, it } from "vitest";
import type { Recipient } from "../../../src/channels/channel.js";
import { contactQueries } from "../../../src/channels/wechat/contact-finder.js";

const clerk: Recipient = {
  personId: 7,
  name: "刘师傅",
  locale: "zh",
  preferredChannel: "wechat",
  slackUserId: null,
  wechatId: "wxid_liu",
  wechatAlias: "liu-shifu",
  wechatName: "刘师傅",
};

describe("looking up a WeChat contact for an outgoing message", () => {
  it("tries the contact id from their last message, then the alias, then the WeChat name", () => {
    expect(contactQueries(clerk, "alias-then-name")).toEqual([
      { id: "wxid_liu" },
      { alias: "liu-shifu" },
      { name: "刘师傅" },
    ]);
  });

  it("uses only the alias or only the name when configured so", () => {
    expect(contactQueries(clerk, "alias")).toEqual([{ id: "wxid_liu" }, { alias: "liu-shifu" }]);
    expect(contactQueries(clerk, "name")).toEqual([{ id: "wxid_liu" }, { name: "刘师傅" }]);
  });

  it("has nothing to try for someone without any WeChat details", () => {
    expect(
      contactQueries({ ...clerk, wechatId: null, wechatAlias: null, wechatName: null }, "alias-then-name"),
    ).toEqual([]);
  });
});
