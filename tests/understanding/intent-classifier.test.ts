import { describe, expect, it } from "vitest";
import { IntentClassifier } from "../../src/understanding/intent-classifier.js";

const classes = [
  {
    id: "fix",
    words: ["报修"],
    examples: [
      "灯坏了",
      "水管漏水了",
      "门锁打不开",
      "电脑开不了机",
      "the light is broken",
      "the tap is leaking",
    ],
  },
  {
    id: "borrow",
    words: ["预约"],
    examples: [
      "借一下会议室",
      "明天借报告厅",
      "预约小会议室",
      "订一个房间开会",
      "book a room",
      "reserve the hall",
    ],
  },
  {
    id: "publish",
    words: ["通知"],
    examples: [
      "发一个停水通知",
      "公众号推送一下",
      "电子屏上滚动欢迎词",
      "公告栏贴个通知",
      "post a notice",
      "announce the winners",
    ],
  },
];

describe("intent classifier", () => {
  const classifier = IntentClassifier.train(classes);

  it("names the class of a sentence it never saw", () => {
    expect(classifier.classify("办公室的灯不亮了")?.ranked[0]?.id).toBe("fix");
    expect(classifier.classify("下午想借会议室")?.ranked[0]?.id).toBe("borrow");
    expect(classifier.classify("can I book the small room")?.ranked[0]?.id).toBe("borrow");
  });

  it("ranks every class with probabilities that sum to one", () => {
    const { ranked } = classifier.classify("投影仪坏了");
    expect(ranked.map((r) => r.id).sort()).toEqual(["borrow", "fix", "publish"]);
    expect(ranked.reduce((sum, r) => sum + r.probability, 0)).toBeCloseTo(1, 6);
  });

  it("is less sure about a message unlike any example than about one like them", () => {
    const unlike = classifier.classify("今天食堂吃什么").ranked[0]!.probability;
    expect(unlike).toBeLessThan(classifier.classify("厕所的灯坏了").ranked[0]!.probability);
  });

  it("trains the same model from the same examples", () => {
    const again = IntentClassifier.train(classes);
    expect(again.rank("会议室的门坏了")).toEqual(classifier.rank("会议室的门坏了"));
  });
});
