import { normalizeText } from "../text-normalize.js";

/** What the place grammar needs to know of a bookable room: its names. */
export interface NamedRoom {
  name: string;
  nameEn?: string | null;
  aliases: readonly string[];
}

const numeral = "[0-9一二三四五六七八九十两]";
// Words that never belong to a place's own name: pronouns, verbs and particles in front of it.
const notInName = "的了在是有要想借用把给帮请我你他她们这那个些里上下去来到和与跟及还就都也很";
const building = `(?:教学楼|行政楼|实验楼|综合楼|科技楼|办公楼|艺术楼|宿舍楼|学生宿舍|教师宿舍|图书馆|体育馆|艺体馆|食堂|礼堂|报告厅|校门|大门|操场|车棚|停车场)`;
const wing = `(?:[a-z]|${numeral}{1,2}号?)?(?:栋|座|号楼|区)`;
const floor = `${numeral}{1,2}(?:楼|层|f)`;
const roomCode = `[a-z]?\\d{3,4}(?:室|教室|房间)?`;
const suffix = `(?:教室|办公室|会议室|实验室|阅览室|更衣室|休息室|机房|室|厅|馆|走廊|楼道|楼梯|厕所|卫生间|洗手间|电梯|门口|大厅|宿舍|食堂|操场|车棚|停车场)`;
const namedRoom = `(?:[男女]|[^${notInName}\\P{Script=Han}]){0,4}?${suffix}`;
const classRoom = `(?:[高初][一二三]|${numeral}年级)\\s*[(（]?\\s*\\d{1,2}\\s*[)）]?\\s*班`;
const piece = `(?:${classRoom}|${building}(?:${wing})?|${floor}|${roomCode}|${namedRoom})`;
const chinesePlace = new RegExp(`${piece}(?:\\s*${piece})*`, "giu");
const englishPlace =
  /\b(?:(?:room|classroom|class|lab)\s+[a-z]?\d{1,4}[a-z]?|(?:the\s+)?(?:[a-z]+\s+)?(?:lab|staff room|office|library|gym|canteen|corridor|toilets?|hall|playground|music room|art room))\b/gi;
const englishStop = /^(?:the|a|an|my|our|in|of|at|on|this|that|school)\s+/i;

/**
 * Where a message says something is: a class ("高二(3)班"), a building with wing, floor and room
 * ("教学楼A栋三楼", "图书馆二楼阅览室"), a room code ("A105", "room 204"), a named room ("音乐教室") or a
 * landmark ("操场"), or one of the directory's rooms. The first place named wins; undefined when none.
 *
 * ```ts
 * findPlace("三楼男厕所水龙头一直漏水", []) // "三楼男厕所"
 * ```
 */
export function findPlace(text: string, rooms: readonly NamedRoom[] = []): string | undefined {
  const s = text.normalize("NFKC");
  const found: { at: number; text: string }[] = [];
  for (const m of s.matchAll(chinesePlace)) {
    const value = m[0].trim();
    // A lone single-character suffix ("室", "馆") or a bare floor is too little to be a place by itself.
    if (value.length >= 2 && !/^[室厅馆]$/.test(value)) found.push({ at: m.index, text: value });
  }
  for (const m of s.matchAll(englishPlace)) {
    const value = m[0].replace(englishStop, "").replace(englishStop, "").trim();
    if (value.length >= 3) found.push({ at: m.index, text: value });
  }
  const lower = normalizeText(s);
  for (const room of rooms) {
    for (const name of [room.name, room.nameEn ?? "", ...room.aliases]) {
      const at = name.length >= 2 ? lower.indexOf(normalizeText(name)) : -1;
      if (at >= 0) found.push({ at, text: s.slice(at, at + name.length) });
    }
  }
  found.sort((a, b) => a.at - b.at || b.text.length - a.text.length);
  return found[0]?.text;
}
