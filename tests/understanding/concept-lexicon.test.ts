import { describe, expect, it } from "vitest";
import { conceptHits, conceptsIn, wordList } from "../../src/understanding/concept-lexicon.js";
import { schoolLexicons } from "../../src/understanding/school-lexicons.js";

describe("concept lexicons", () => {
  it("reads '办公文具' as stationery, not as '公文' (a document)", () => {
    expect(conceptsIn("想领一些办公文具", schoolLexicons)).toContain("stationery");
    expect(conceptsIn("想领一些办公文具", schoolLexicons)).not.toContain("document");
  });

  it("finds an equipment word and a symptom in one fault report", () => {
    const hits = conceptHits("实验室投影仪没反应", schoolLexicons);
    expect(hits.map((h) => [h.concept, h.word])).toEqual(
      expect.arrayContaining([
        ["equipment", "投影仪"],
        ["symptom", "没反应"],
      ]),
    );
  });

  it("matches English words whole: 'lab' is a place, but not inside 'label'", () => {
    expect(conceptsIn("the lab sink", schoolLexicons)).toContain("place");
    expect(conceptHits("print a label", schoolLexicons).map((h) => h.word)).not.toContain("lab");
  });

  it("finds a word each time it is written, in the message's order", () => {
    const equipment = conceptHits("A301的投影仪和A302的投影仪都坏了，话筒也没声音", schoolLexicons).filter(
      (h) => h.concept === "equipment",
    );
    expect(equipment.map((h) => h.word)).toEqual(["投影仪", "投影仪", "话筒"]);
    expect(equipment[0]!.at).toBeLessThan(equipment[1]!.at);
  });

  it("splits a word list written with 、", () => {
    expect(wordList("粉笔、 板擦、chalk、")).toEqual(["粉笔", "板擦", "chalk"]);
  });
});
