import { type ConceptLexicon, conceptHits, wordList } from "../concept-lexicon.js";
import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from "../parsers/numbers.js";
import { stationeryWords, teachingConsumableWords } from "../school-lexicons.js";
import { containsWord, normalizeText } from "../text-normalize.js";

const measure = "支|枝|包|个|盒|本|张|箱|瓶|卷|把|套|件|只|份|袋|令|块|根|桶|台|副|批";
const quantity = `(\\d+|[${CHINESE_NUMERAL_CHARS}]+)\\s*(${measure})`;
const before = new RegExp(`${quantity}\\s*$`);
const after = new RegExp(`^\\s*(?:[×x*]\\s*(\\d+)|[^，,。；;\\d]{0,6}?${quantity})`);
const english =
  /\b(\d+|a|one|two|three|four|five|six|ten)\s+(box|boxes|pack|packs|packet|ream|reams|set|sets)\s+of\s*$/i;

/**
 * Supply items a message asks for, each with its quantity when stated: "领三包A4纸" → ["A4纸×3包"],
 * "两个文件夹和一盒订书钉" → ["文件夹×2个", "订书钉×1盒"]. Items are the stationery and teaching-consumable
 * words of the lexicons.
 */
export function findSupplyItems(text: string): string[] {
  const s = text.normalize("NFKC");
  const norm = normalizeText(s);
  const hits = conceptHits(norm, [stationeryWords, teachingConsumableWords]).filter(
    // "办公用品"/"文具" name the kind, not an item.
    (h) => !["办公用品", "办公文具", "文具", "教学耗材", "实验耗材"].includes(h.word),
  );
  return hits.map((hit) => {
    const name = s.slice(hit.at, hit.at + hit.word.length);
    const lead = before.exec(norm.slice(Math.max(0, hit.at - 8), hit.at));
    const trail = after.exec(norm.slice(hit.at + hit.word.length, hit.at + hit.word.length + 12));
    const en = english.exec(norm.slice(Math.max(0, hit.at - 20), hit.at));
    const n = (raw: string) => parseChineseNumber(raw) ?? raw;
    if (lead) return `${name}${n(lead[1]!)}${lead[2]}`;
    if (trail?.[1]) return `${name}×${trail[1]}`;
    if (trail?.[2]) return `${name}${n(trail[2])}${trail[3]}`;
    if (en) return `${name} ×${en[1]} ${en[2]}`;
    return name;
  });
}

const requestableLexicon: ConceptLexicon = {
  id: "equipment",
  words: wordList(
    "投影仪、投影、话筒、麦克风、音响、白板、电脑、笔记本电脑、电视屏、录播、翻页笔、桌签、座签、茶水、横幅、签到表、桌椅、projector、microphones、microphone、speakers、speaker、whiteboard、laptop、name cards",
  ),
};
const needs = wordList("需要、要用、准备、带、配、提供、加上、need、needs、with、bring、prepare");

/** Equipment a request asks to have ready: "需要话筒、音响" → ["话筒", "音响"]; only when a need is stated. */
export function findRequestedEquipment(text: string): string[] | undefined {
  const norm = normalizeText(text);
  if (!needs.some((w) => containsWord(norm, w))) return undefined;
  const hits = conceptHits(norm, [requestableLexicon]);
  const found = [...new Set(hits.map((h) => text.normalize("NFKC").slice(h.at, h.at + h.word.length)))];
  return found.length > 0 ? found : undefined;
}

/** Whether a supply item states how many ("签字笔×10", "A4纸两包"); a paper size such as "A4" is no quantity. */
export function hasQuantity(item: string): boolean {
  return /[0-9一二两三四五六七八九十百]/.test(item.normalize("NFKC").replace(/[ab][3-6]/gi, ""));
}
